import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { render as renderPreact, type ComponentType } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { content, contentIds, expectedLength, questionPart, resultsPart, type Content, type QuestionContent } from '../../src/core/index.js';
import { createI18n } from '../../src/i18n/index.js';
import { memoryStorage } from '../../src/state/persist.js';
import { createWidgetStore } from '../../src/state/store.js';
import { checkConfig } from '../../src/core/partner/config.js';
import { partnerChoices } from '../../src/core/partner/choices.js';
import { WidgetContext } from '../../src/ui/context.js';
import { lazy } from '../../src/ui/lazy.js';

afterEach(cleanup);

function inWidget(children: preact.ComponentChildren, questions: QuestionContent = content, ensureContent = async () => content) {
  const store = createWidgetStore({ content: questions, lang: 'ja', storage: memoryStorage() });
  const value = {
    store,
    content: questions,
    expectedLength: { ja: expectedLength(content, 'ja'), en: expectedLength(content, 'en') },
    i18n: createI18n('ja'),
    partner: partnerChoices(checkConfig({}, contentIds(content)).config),
    emit: () => {},
    setLanguage: async () => {},
    ensureLanguage: async () => {},
    ensureHelp: async () => {},
    addStyles: () => {},
    ensureContent,
  };
  return <WidgetContext.Provider value={value}>{children}</WidgetContext.Provider>;
}

describe('lazy parts', () => {
  it('shows a loading note, then the part once loaded', async () => {
    let finish!: (c: ComponentType<object>) => void;
    const Part = lazy(() => new Promise<ComponentType<object>>((resolve) => (finish = resolve)));
    render(inWidget(<Part />));
    expect(screen.getByRole('status').textContent).toBe('読み込んでいます…');
    finish(() => <p>ready</p>);
    await waitFor(() => expect(screen.getByText('ready')).toBeTruthy());
  });

  it('does not stay on the loading note when the part finishes loading between render and effect', async () => {
    let finish!: (c: ComponentType<object>) => void;
    const Part = lazy(() => new Promise<ComponentType<object>>((resolve) => (finish = resolve)));
    const loading = Part.preload(); // the background prefetch has started
    // Preact's own render, as in the browser: effects run after paint, not at once as under act().
    const container = document.body.appendChild(document.createElement('div'));
    renderPreact(inWidget(<Part />), container);
    expect(container.textContent).toBe('読み込んでいます…');
    finish(() => <p>ready</p>);
    await loading; // loaded before the effect runs
    await waitFor(() => expect(container.textContent).toBe('ready'));
    renderPreact(null, container);
    container.remove();
  });

  it('waits for the rest of the content as well as for the code', async () => {
    const questions = questionPart(content);
    let fill!: () => void;
    const ensureContent = () => new Promise<Content>((resolve) => (fill = () => resolve(Object.assign(questions, resultsPart(content)))));
    const Part = lazy(async () => () => <p>ready</p>);
    render(inWidget(<Part />, questions, ensureContent));
    await Part.preload();
    expect(screen.getByRole('status').textContent).toBe('読み込んでいます…');
    fill();
    await waitFor(() => expect(screen.getByText('ready')).toBeTruthy());
  });

  it('does not wait for the rest of the content when the part does without it', async () => {
    const questions = questionPart(content);
    let asked = false;
    const ensureContent = () => {
      asked = true;
      return new Promise<Content>(() => {}); // never arrives
    };
    const Part = lazy(async () => () => <p>ready</p>, { needsContent: false });
    render(inWidget(<Part />, questions, ensureContent));
    await waitFor(() => expect(screen.getByText('ready')).toBeTruthy());
    expect(asked).toBe(false);
  });
});
