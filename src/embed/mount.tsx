// The JS mount API: renders a widget into an element's shadow root.
//   const widget = mount(document.querySelector('#check'), { lang: 'en', partner: { id: 'sakura', name: 'さくら保険代理店' } });
//   widget.unmount();

import { render } from 'preact';
import builtInContent from 'virtual:crc-content-ja';
import builtInIds from 'virtual:crc-content-ids';
import expectedLength from 'virtual:crc-content-length'; // the intro's figures, worked out at build
import { EVENT_PREFIX, type EmitWidgetEvent } from '../core/events.js';
import { partnerChoices } from '../core/partner/choices.js';
import { checkConfig, seminarOf, type PartnerConfig, type SeminarSettings } from '../core/partner/config.js';
import type { Answers, AnswerValue, Lang, QuestionContent } from '../core/types.js';
import type { Prefilled } from '../core/flow/prefill.js';
import { hasContinueFragment, hasShareFragment, isAttendeeFragment } from '../core/share/key.js';
import { quickCheckIds } from '../core/flow/steps.js';
import { version } from '../core/version.js';
import { createI18n, pickLang } from '../i18n/index.js';
import { loadHelp, loadLanguage, loadResultsContent } from '../i18n/load.js';
import { detachableStorage, memoryStorage, snapshotStorage, storageKey, type SnapshotStorage } from '../state/persist.js';
import { createWidgetStore, STATE_VERSION, type WidgetStore } from '../state/store.js';
import { App, preloadLaterSteps } from '../ui/App.js';
import { WidgetContext, type WidgetContextValue } from '../ui/context.js';
import { preloadHelpText } from '../ui/question/Help.js';
import css from '../ui/styles.css?inline';
import { reportSteps, type StepReporter } from './lifecycle.js';
import { styleAdder } from './styles.js';
import { themeCss } from './theme.js';

export { EVENT_PREFIX };

export interface MountOptions extends Omit<PartnerConfig, 'lang'> {
  /** Start language (ja, en, or a browser tag such as en-US); a language the user picked later wins. */
  lang?: string;
  /** Key under which this instance saves its answers. Default: the element's id, else its position on the page. */
  instanceId?: string;
  /** Answers the page already knows, by question id (company questions only), e.g. { industry: 'retail', revenue: 300000000 }, or that as JSON. */
  prefill?: Record<string, AnswerValue> | string;
}

export interface MountedWidget {
  readonly store: WidgetStore;
  readonly instanceId: string;
  /** Precise configuration problems found at mount (also logged to the console). */
  readonly configProblems: readonly string[];
  /** Switches the language, loading it first when needed. */
  setLanguage(lang: Lang): Promise<void>;
  /** Gives answers the page knows to the company questions not answered yet; says which were used and why others were not. */
  prefill(answers: Record<string, AnswerValue>): Promise<Prefilled>;
  unmount(): void;
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

/** Takes in what another tab saves for this instance (local storage only: session storage is the tab's own); returns the way to stop. */
function watchOtherTabs(store: WidgetStore, storage: SnapshotStorage, content: QuestionContent, key: string): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === key) void import('./other-tab.js').then((tab) => tab.takeOtherTabSave(store, storage, content, event.newValue));
  };
  addEventListener('storage', onStorage);
  return () => removeEventListener('storage', onStorage);
}

/** The configuration checked, with its problems in the console: a wrong part falls back to its default. */
function checkedOptions(options: MountOptions | null | undefined, sourceProblems: readonly string[]) {
  // Pages call mount() from plain JavaScript too, so the options are read as what they may be.
  const { instanceId, lang, prefill, ...rest }: Record<string, unknown> = { ...options };
  // A language tag (en-US) is fine here; anything but a string goes to the check, which reports it.
  const checked = checkConfig(typeof lang === 'string' || lang === undefined ? rest : { ...rest, lang }, builtInIds);
  const { config } = checked;
  const problems = [...sourceProblems, ...checked.problems];
  if (problems.length > 0) console.error(`cyber-risk-check: the configuration has problems; defaults are used for these parts:\n  ${problems.join('\n  ')}`);
  return {
    config,
    problems,
    instanceId: typeof instanceId === 'string' && instanceId ? instanceId : undefined,
    lang: typeof lang === 'string' ? lang : undefined,
    prefill,
  };
}

/** Events to the host page: they bubble and cross the shadow boundary. */
function emitterFor(target: HTMLElement): EmitWidgetEvent {
  return (name, payload) => target.dispatchEvent(new CustomEvent(EVENT_PREFIX + name, { detail: { version, ...payload }, bubbles: true, composed: true }));
}

/**
 * What the page brings (the campaign that led here, answers it knows) loads apart from the first
 * code; the address is read now, as a later navigation may drop its parameters.
 */
function loadFromPage(store: WidgetStore, content: QuestionContent, config: PartnerConfig, prefill: unknown) {
  const pageAnswers: Answers = {};
  const visit = { search: location.search, href: location.href };
  const fromPage = import('./from-page.js').then((page) => {
    page.keepAttribution(store, visit, config.quote?.attributionParams);
    if (prefill !== undefined) page.prefillInto(store, content, prefill, pageAnswers);
    return page;
  });
  return { pageAnswers, fromPage };
}

/** Switches the language once it is loaded; a language that cannot load leaves the current one. */
function languageSwitch(store: WidgetStore, ensureLanguage: (lang: Lang) => Promise<void>) {
  return async (next: Lang) => {
    try {
      await ensureLanguage(next);
      store.getState().setLang(next);
    } catch (error) {
      console.error(`cyber-risk-check: the ${next} language could not be loaded (${String(error)})`);
    }
  };
}

/** Loading what comes after the first screen, for one widget's content. */
function contentLoaders(content: QuestionContent) {
  // Built-in content arrives in Japanese; other languages are filled in from their chunk.
  const ensureLanguage = (next: Lang) => loadLanguage(next, content);
  const ensureHelp = () => Promise.all([loadHelp(content), preloadHelpText()]).then(() => undefined);
  const ensureContent = () => loadResultsContent(content);
  return { ensureLanguage, ensureHelp, ensureContent };
}

/** Once the page's own scripts have run (so that listeners added after the snippet still hear it): ready, then the parts that load later. */
function whenPageReady(ready: () => void, loaders: ReturnType<typeof contentLoaders>, checkContrast: () => void, preloadLater: () => Promise<unknown>): void {
  const start = () => {
    ready();
    // After the first screen: the help texts and the partner's colours checked (reading computed
    // styles would hold up the first paint), then the results and their content.
    setTimeout(() => {
      void loaders.ensureHelp();
      checkContrast();
    }, 800);
    setTimeout(() => void Promise.all([preloadLater(), loaders.ensureContent()]), 1500);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else setTimeout(start, 0);
}

/** What comes after the questions: the quick check's result needs none of the full results' code. */
function preloadLater({ store, seminar, seminarScreens }: WidgetContextValue): Promise<unknown> {
  const { quickCheck } = store.getState();
  return Promise.all([quickCheck || preloadLaterSteps(!!seminar), seminarScreens?.preload(quickCheck)]);
}

/**
 * A seminar's parts (see seminar-parts.ts), into the context before the first paint; the quick
 * check's opening screen without the seminar's styles. Shown without them rather than not at all.
 */
function loadSeminarParts(context: WidgetContextValue, withStyles: boolean): Promise<void> {
  return import('./seminar-parts.js')
    .then(async ({ seminarParts }) => void (context.seminarScreens = await seminarParts(context.addStyles, withStyles)))
    .catch((error: unknown) => console.error(`cyber-risk-check: the seminar's parts could not load (${String(error)})`));
}

/**
 * Opens the page's shared link, or carries a take-home link's answers into this widget's own check,
 * if it has one: their code loads only then. The context learns what became of it.
 */
function openLinkIfAny(context: WidgetContextValue, storage: { detach(): void }, steps: StepReporter, takeHome: boolean): Promise<void> | undefined {
  if (!takeHome && !hasShareFragment(location.hash)) return undefined;
  return import('./page-link.js')
    .then(async (links) => void Object.assign(context, await links.openPageLink(context.content, context.store, storage, steps, takeHome)))
    .catch((error: unknown) => console.error(`cyber-risk-check: the link could not be opened (${String(error)})`));
}

/**
 * The seminar role for this visit. A take-home link is opened at home: the plain check, kept as
 * usual, whatever the page's role. A seminar page opened from the presenter's QR code is an attendee's.
 */
function seminarFromPage(seminar: SeminarSettings | undefined, takeHome: boolean): SeminarSettings | undefined {
  if (takeHome || !seminar) return undefined;
  return isAttendeeFragment(location.hash) ? { ...seminar, role: 'attendee' } : seminar;
}

/** `sourceProblems`: what went wrong getting the options (the element's inline JSON, its config-src). */
export function mount(target: HTMLElement, options?: MountOptions | null, sourceProblems: readonly string[] = []): MountedWidget {
  const { config, problems, instanceId: givenId, lang: givenLang, prefill } = checkedOptions(options, sourceProblems);
  // Questions come from questions/ at build, never from a page: the check refuses a `content` key.
  const content: QuestionContent = builtInContent;
  const shadow = target.shadowRoot ?? target.attachShadow({ mode: 'open' });
  const addStyles = styleAdder(shadow);
  addStyles(css);
  addStyles(themeCss(config.theme));
  const instanceId = givenId ?? defaultInstanceId(target);
  const takeHome = hasContinueFragment(location.hash);
  const seminar = seminarFromPage(seminarOf(config.seminar), takeHome);
  // In a seminar, answers last for the browser session unless the partner says otherwise.
  const storage = detachableStorage(storageFor(config.persist ?? (seminar ? 'session' : 'local'), storageKey(instanceId)));
  const lang = pickLang(givenLang, config.lang, document.documentElement.lang, navigator.language);
  // Attendees answer the quick check only (when the content marks one).
  const store = createWidgetStore({ content, lang, storage, quickCheck: seminar?.role === 'attendee' && quickCheckIds(content).size > 0 });
  const stopWatchingTabs = watchOtherTabs(store, storage, content, storageKey(instanceId));
  const { pageAnswers, fromPage } = loadFromPage(store, content, config, prefill);
  const partner = partnerChoices(config);
  const loaders = contentLoaders(content);
  const emit = emitterFor(target);
  const steps = reportSteps(store, emit, async (answers) => {
    const [{ completedSummary }, full] = await Promise.all([import('./summary.js'), loaders.ensureContent()]);
    return completedSummary(full, partner, answers);
  });
  const setLanguage = languageSwitch(store, loaders.ensureLanguage);

  const container = shadow.appendChild(document.createElement('div'));
  let mounted = true;
  const i18n = createI18n(store.getState().lang);
  const context: WidgetContextValue = { store, content, expectedLength, i18n, partner, emit, setLanguage, addStyles, pageAnswers, ...loaders };
  if (problems.length > 0) context.configProblems = config.debug ? problems : [];
  if (seminar) context.seminar = seminar;
  const show = () => mounted && render(<WidgetContext.Provider value={context}>{<App />}</WidgetContext.Provider>, container);

  // A take-home link that cannot be read starts the quick check, which needs the seminar's parts.
  const linkOpened = openLinkIfAny(context, storage, steps, takeHome)?.then(() => (store.getState().quickCheck ? loadSeminarParts(context, false) : undefined));
  const seminarReady = seminar && loadSeminarParts(context, true);
  const startLang = store.getState().lang;
  const languageReady = startLang === 'ja' ? undefined : loaders.ensureLanguage(startLang).catch(() => store.getState().setLang('ja')); // Japanese rather than nothing
  const prefilled = prefill === undefined ? undefined : fromPage.catch(() => undefined);
  if (!languageReady && !linkOpened && !prefilled && !seminarReady) show();
  else void Promise.all([languageReady, linkOpened, prefilled, seminarReady]).then(show);

  whenPageReady(
    () => emit('ready', { instanceId, lang: store.getState().lang }),
    loaders,
    () => void import('./contrast.js').then(({ warnAboutContrast }) => mounted && warnAboutContrast(target)),
    () => preloadLater(context),
  );

  return {
    store,
    instanceId,
    configProblems: problems,
    setLanguage,
    prefill: (answers) => fromPage.then((page) => page.prefillInto(store, content, answers, pageAnswers)),
    unmount() {
      mounted = false;
      steps.stop();
      stopWatchingTabs();
      storage.detach(); // a send still finishing in this widget must not write over its successor's saves
      render(null, container);
      container.remove();
    },
  };
}
