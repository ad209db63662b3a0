// The JS mount API: renders a widget into an element's shadow root.
//   const widget = mount(document.querySelector('#check'), { lang: 'en', partner: { id: 'sakura', name: 'さくら保険代理店' } });
//   widget.unmount();

import { render } from 'preact';
import builtInContent from 'virtual:crc-content-ja';
import builtInIds from 'virtual:crc-content-ids';
import { RESULTS_STEP } from '../core/flow/steps.js';
import { hasShareFragment } from '../core/share/key.js';
import type { ShareError, ShareResult } from '../core/share/link.js';
import { version } from '../core/version.js';
import type { PartnerQuoteSettings } from '../core/quote/types.js';
import type { Lang, QuestionContent } from '../core/types.js';
import { createI18n, pickLang } from '../i18n/index.js';
import { loadHelp, loadLanguage, loadLaterStrings, loadResultsContent } from '../i18n/load.js';
import { detachableStorage, memoryStorage, snapshotStorage, storageKey } from '../state/persist.js';
import { createWidgetStore, STATE_VERSION, type WidgetStore } from '../state/store.js';
import { App, preloadLaterSteps } from '../ui/App.js';
import { preloadHelpText } from '../ui/question/Help.js';
import { WidgetContext, type PartnerChoices } from '../ui/context.js';
import css from '../ui/styles.css?inline';
import { checkConfig, themeCss, type PartnerConfig } from './config.js';

export interface MountOptions extends Omit<PartnerConfig, 'lang'> {
  /** Start language (ja, en, or a browser tag such as en-US); a language the user picked later wins. */
  lang?: string;
  /** Key under which this instance saves its answers. Default: the element's id, else its position on the page. */
  instanceId?: string;
}

/** Events dispatched on the host element; names are prefixed with "cyber-risk-check:". */
export const EVENT_PREFIX = 'cyber-risk-check:';

export interface MountedWidget {
  readonly store: WidgetStore;
  readonly instanceId: string;
  /** Precise configuration problems found at mount (also logged to the console). */
  readonly configProblems: readonly string[];
  /** Switches the language, loading it first when needed. */
  setLanguage(lang: Lang): Promise<void>;
  unmount(): void;
}

/** One constructed sheet per stylesheet text, shared by every instance on the page. */
const sheets = new Map<string, CSSStyleSheet>();

/**
 * Adds stylesheets to a shadow root, each once, in the order given. Constructable stylesheets need
 * no <style> in the page and no 'unsafe-inline' in the CSP.
 */
function styleAdder(shadow: ShadowRoot): (css: string) => void {
  const added = new Set<string>();
  const constructable = 'adoptedStyleSheets' in shadow && typeof CSSStyleSheet.prototype.replaceSync === 'function';
  return (text) => {
    if (!text || added.has(text)) return;
    added.add(text);
    if (constructable) {
      let sheet = sheets.get(text);
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(text);
        sheets.set(text, sheet);
      }
      shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
    } else {
      // Browsers without constructable stylesheets (Safari < 16.4) get a <style> inside the shadow root.
      const style = document.createElement('style');
      style.textContent = text;
      shadow.appendChild(style);
    }
  };
}

function defaultInstanceId(target: HTMLElement): string {
  if (target.id) return target.id;
  const peers = Array.from(document.querySelectorAll(target.localName));
  return `${location.pathname}#${Math.max(peers.indexOf(target), 0)}`;
}

function storageFor(kind: PartnerConfig['persist'], key: string) {
  if (kind === 'none') return memoryStorage();
  return snapshotStorage(key, STATE_VERSION, () => (kind === 'session' ? window.sessionStorage : window.localStorage));
}

/** The partner's choices from its checked configuration (unknown ids were already dropped by checkConfig). */
export function partnerChoices(config: PartnerConfig): PartnerChoices {
  const quote: PartnerQuoteSettings = {
    id: config.partner?.id ?? 'unconfigured',
    name: config.partner?.name ?? '',
    channels: config.quote?.channels ?? [],
    ...(config.partner?.privacyPolicyUrl && { privacyPolicyUrl: config.partner.privacyPolicyUrl }),
    ...(config.quote?.agentLanguage && { agentLanguage: config.quote.agentLanguage }),
    ...(config.coverage && { coverage: config.coverage }),
  };
  return {
    quote,
    ...(config.discountScheme !== undefined && { schemeId: config.discountScheme }),
    ...(config.rateTable !== undefined && { rateTableId: config.rateTable }),
    ...(config.scenarios && { scenarios: config.scenarios }),
    ...(config.partner && { partner: config.partner }),
  };
}

export function mount(target: HTMLElement, options: MountOptions = {}): MountedWidget {
  const { instanceId: givenId, lang: givenLang, ...rest } = options;
  // Questions come from questions/ at build, never from a page: the check refuses a `content` key.
  const content: QuestionContent = builtInContent;
  // A language tag (en-US) is fine here; anything but a string goes to the check, which reports it.
  const { config, problems } = checkConfig(typeof givenLang === 'string' || givenLang === undefined ? rest : { ...rest, lang: givenLang }, builtInIds);
  if (problems.length > 0) console.error(`cyber-risk-check: the configuration has problems; defaults are used for these parts:\n  ${problems.join('\n  ')}`);

  const shadow = target.shadowRoot ?? target.attachShadow({ mode: 'open' });
  const addStyles = styleAdder(shadow);
  addStyles(css);
  addStyles(themeCss(config.theme));
  const instanceId = givenId ?? defaultInstanceId(target);
  const lang: Lang = pickLang(typeof givenLang === 'string' ? givenLang : undefined, config.lang, document.documentElement.lang, navigator.language);
  const seminar = config.seminar === true ? {} : config.seminar || undefined;
  // In a seminar, answers last for the browser session unless the partner says otherwise.
  const persist = config.persist ?? (seminar ? 'session' : 'local');
  const storage = detachableStorage(storageFor(persist, storageKey(instanceId)));
  const store = createWidgetStore({ content, lang, storage });
  // Lifecycle events for the host page's own analytics; the widget has none. Opening a shared link
  // is neither a step the user took nor their completion, so it is not reported.
  let step = store.getState().step;
  let reporting = true;
  const unsubscribe = store.subscribe((state) => {
    if (!reporting || state.step === step) return;
    emit('step-change', { from: step, to: state.step });
    step = state.step;
    if (step === RESULTS_STEP) {
      void Promise.all([import('./summary.js'), ensureContent()]).then(([{ completedSummary }, full]) =>
        emit('completed', completedSummary(full, partner, state.answers)),
      );
    }
  });
  // A shared link (#crc=…) opens that result in memory, leaving this browser's own answers alone.
  // Its decoder loads only on such a page, with the results' strings (its banner's too); nothing is
  // shown (or saved) until it has been read.
  let shared: { ok: true } | { ok: false; error: ShareError } | undefined;
  const openShared = (fragment: ShareResult) => {
    if (!fragment.ok) {
      console.error(`cyber-risk-check: the shared link could not be read (${fragment.error})`);
      shared = { ok: false, error: fragment.error };
      return;
    }
    storage.detach();
    reporting = false;
    store.getState().reset();
    for (const [id, value] of Object.entries(fragment.answers)) store.getState().answer(id, value);
    store.getState().goTo(RESULTS_STEP);
    step = RESULTS_STEP;
    reporting = true;
    shared = { ok: true };
  };
  const sharedLink =
    typeof location !== 'undefined' && hasShareFragment(location.hash)
      ? Promise.all([import('../core/share/link.js'), loadLaterStrings()]).then(
          ([{ decodeShare }]) => openShared(decodeShare(content, location.hash)),
          (error: Error) => console.error(`cyber-risk-check: the shared link could not be opened (${error.message})`),
        )
      : undefined;
  const i18n = createI18n(store.getState().lang);
  const partner = partnerChoices(config);
  const emit = (name: string, detail: unknown) => target.dispatchEvent(new CustomEvent(EVENT_PREFIX + name, { detail, bubbles: true, composed: true }));

  // Built-in content arrives in Japanese; other languages are filled in from their chunk.
  const ensureLanguage = (next: Lang) => loadLanguage(next, content);
  const ensureHelp = () => Promise.all([loadHelp(content), preloadHelpText()]).then(() => undefined);
  const ensureContent = () => loadResultsContent(content);
  const setLanguage = async (next: Lang) => {
    try {
      await ensureLanguage(next);
      store.getState().setLang(next);
    } catch (error) {
      console.error(`cyber-risk-check: the ${next} language could not be loaded (${(error as Error).message})`);
    }
  };

  const container = document.createElement('div');
  shadow.appendChild(container);
  let mounted = true;
  const show = () => {
    if (!mounted) return;
    render(
      <WidgetContext.Provider
        value={{
          store,
          content,
          i18n,
          partner,
          emit,
          setLanguage,
          ensureLanguage,
          ensureHelp,
          ensureContent,
          addStyles,
          configProblem: problems.length > 0,
          ...(shared && { shared }),
          ...(seminar && { seminar }),
        }}
      >
        <App />
      </WidgetContext.Provider>,
      container,
    );
  };
  const startLang = store.getState().lang;
  const languageReady = startLang === 'ja' ? undefined : ensureLanguage(startLang).catch(() => store.getState().setLang('ja')); // show Japanese rather than nothing
  if (!languageReady && !sharedLink) show();
  else void Promise.all([languageReady, sharedLink]).then(show);

  // Once the page's own scripts have run, so that listeners added after the snippet still hear it.
  const ready = () => {
    emit('ready', { instanceId, version, lang: store.getState().lang });
    // After the first screen: the help texts and the partner's colours checked (reading computed
    // styles would hold up the first paint), then the results and their content.
    setTimeout(() => {
      void ensureHelp();
      void import('./contrast.js').then(({ warnAboutContrast }) => mounted && warnAboutContrast(target));
    }, 800);
    setTimeout(() => void Promise.all([preloadLaterSteps(), ensureContent()]), 1500);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ready, { once: true });
  else setTimeout(ready, 0);

  return {
    store,
    instanceId,
    configProblems: problems,
    setLanguage,
    unmount() {
      mounted = false;
      unsubscribe();
      render(null, container);
      container.remove();
    },
  };
}
