import { createContext, type ComponentType } from 'preact';
import { useContext, useLayoutEffect, useMemo, useReducer, useRef } from 'preact/hooks';
import type { i18n, TFunction } from 'i18next';
import type { EmitWidgetEvent } from '../core/events.js';
import type { PartnerChoices } from '../core/partner/choices.js';
import type { SeminarSettings } from '../core/partner/config.js';
import type { ExpectedLength } from '../core/flow/estimate.js';
import type { Answers, Content, Lang, QuestionContent } from '../core/types.js';
import type { StoreState, WidgetStore } from '../state/store.js';

export interface WidgetContextValue {
  store: WidgetStore;
  /** The questions; the rest of the content is filled in by ensureContent (see full-content.ts). */
  content: QuestionContent;
  /**
   * The intro's expected length by language (core's expectedLength), worked out for the whole
   * content: the widget's comes from its build, as its first load lacks the texts of the later
   * steps that the estimate reads.
   */
  expectedLength: Record<Lang, ExpectedLength>;
  i18n: i18n;
  partner: PartnerChoices;
  /** Dispatches a CustomEvent on the host element (bubbling, composed). */
  emit: EmitWidgetEvent;
  /** The configuration had problems and defaults are in use for parts of them: listed in debug mode, else empty. */
  configProblems?: readonly string[];
  /** Answers the host page gave (prefill), which are not the owner's own. */
  pageAnswers?: Answers;
  /** Seminar mode: set when on (see the partner configuration). */
  seminar?: SeminarSettings;
  /** A seminar's or a quick check's screens (see ui/quick/screens.tsx), once loaded. */
  seminarScreens?: SeminarScreens;
  /** Showing a shared link's result (answers in memory only), or why a shared link could not be read. */
  shared?: { ok: true } | { ok: false; error: string };
  /** The banner about the link the page was opened with (shared or take-home), in the language shown. */
  linkNotice?: (t: TFunction) => string;
  /** Switches the language once its strings are loaded. */
  setLanguage: (lang: Lang) => Promise<void>;
  /** Loads a language's strings and content text without switching to it (the agent's language). */
  ensureLanguage: (lang: Lang) => Promise<void>;
  /** Makes sure the questions' help texts are loaded. */
  ensureHelp: () => Promise<void>;
  /** Makes sure the whole content (what the results need) is loaded. */
  ensureContent: () => Promise<Content>;
  /** Adds a stylesheet to this widget's shadow root (once), e.g. one that came with a lazy part. */
  addStyles: (css: string) => void;
}

export interface SeminarScreens {
  /** Instead of the intro: the presenter's (the deck, the room's QR code) or the quick check's. */
  Intro: ComponentType;
  /** The deck of brochure cases. */
  Deck: ComponentType;
  /** Instead of the results while the quick check alone is asked. */
  QuickResult: ComponentType;
  /** On attendees' phones: starts over after a while without input. */
  IdleReset: ComponentType;
  /** Fetches the screen that comes after the questions: the quick check's result, or the deck. */
  preload: (quickCheck: boolean) => Promise<unknown>;
}

export const WidgetContext = createContext<WidgetContextValue | null>(null);

export function useWidgetContext(): WidgetContextValue {
  const value = useContext(WidgetContext);
  if (!value) throw new Error('Widget components must be rendered inside <WidgetContext.Provider>');
  return value;
}

/**
 * Subscribes to a slice of the store. Subscribing in a layout effect (and checking once at
 * subscribe time) catches updates made between render and subscription, which useEffect misses.
 */
export function useWidget<T>(selector: (state: StoreState) => T): T {
  const { store } = useWidgetContext();
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const selected = selector(store.getState());
  const latest = useRef({ selector, selected });
  latest.current = { selector, selected };
  useLayoutEffect(() => {
    const check = () => {
      if (!Object.is(latest.current.selector(store.getState()), latest.current.selected)) rerender(0);
    };
    check();
    return store.subscribe(check);
  }, [store]);
  return selected;
}

/** The translation function for the widget's current language. */
export function useT(): { t: TFunction; lang: Lang } {
  const { i18n } = useWidgetContext();
  const lang = useWidget((s) => s.lang);
  const t = useMemo(() => i18n.getFixedT(lang), [i18n, lang]);
  return { t, lang };
}
