import { act, render } from '@testing-library/preact';
import { content, contentIds, expectedLength } from '../../src/core/index.js';
import type { Lang } from '../../src/core/types.js';
import { createI18n } from '../../src/i18n/index.js';
import { memoryStorage, type SnapshotStorage } from '../../src/state/persist.js';
import { createWidgetStore } from '../../src/state/store.js';
import { checkConfig } from '../../src/core/partner/config.js';
import { partnerChoices } from '../../src/core/partner/choices.js';
import type { MountOptions } from '../../src/embed/mount.js';
import { App } from '../../src/ui/App.js';
import { WidgetContext, type WidgetContextValue } from '../../src/ui/context.js';

/** The whole widget (without the shadow root) on a store kept in memory, ready to render. */
export function widgetTree(
  lang: Lang = 'ja',
  choices: MountOptions = {},
  emit: (name: string, detail: unknown) => void = () => {},
  storage: SnapshotStorage = memoryStorage(),
  context: Partial<WidgetContextValue> = {},
) {
  const store = createWidgetStore({ content, lang, storage });
  const i18n = createI18n(lang);
  const partner = partnerChoices(checkConfig(choices, contentIds(content)).config);
  const tree = (
    <WidgetContext.Provider
      value={{
        store,
        content,
        expectedLength: { ja: expectedLength(content, 'ja'), en: expectedLength(content, 'en') },
        i18n,
        partner,
        emit,
        setLanguage: async (l) => store.getState().setLang(l),
        ensureLanguage: async () => {},
        ensureHelp: async () => {},
        addStyles: () => {},
        ensureContent: async () => content,
        ...context,
      }}
    >
      <App />
    </WidgetContext.Provider>
  );
  return { tree, store };
}

/** Renders the whole widget; effects and the frames they wait for run at once (testing-library's act). */
export function renderWidget(
  lang: Lang = 'ja',
  choices: MountOptions = {},
  emit: (name: string, detail: unknown) => void = () => {},
  storage?: SnapshotStorage,
  context?: Partial<WidgetContextValue>,
) {
  const { tree, store } = widgetTree(lang, choices, emit, storage, context);
  return { ...render(tree), store };
}

/**
 * A getByText matcher for the element whose whole text is `text`, although parts of it (amounts,
 * see ui/amounts.tsx) sit in spans of their own; its children's texts alone do not match.
 */
export function wholeText(text: string | RegExp) {
  const matches = (value: string | null) => (typeof text === 'string' ? value === text : text.test(value ?? ''));
  return (_: string, element: Element | null) =>
    !!element && matches(element.textContent) && ![...element.children].some((child) => matches(child.textContent));
}

/** Opens the results' disclosures (all, or the one with this part name), as a click on each summary would. */
export async function openDetails(part?: string): Promise<void> {
  const details = [...document.querySelectorAll<HTMLDetailsElement>('details.disclosure')].filter((d) => !part || d.getAttribute('part') === part);
  await act(() => {
    for (const d of details) {
      d.open = true;
      d.dispatchEvent(new Event('toggle'));
    }
  });
}
