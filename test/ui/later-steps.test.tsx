// The widget's first load lacks the texts of the steps after the first (scripts/content.ts): a
// step reached before they have arrived shows its heading and a loading note, then its questions.

import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { content, contentIds, expectedLength, questionPart, type Content } from '../../src/core/index.js';
import { checkConfig } from '../../src/core/partner/config.js';
import { partnerChoices } from '../../src/core/partner/choices.js';
import { createI18n } from '../../src/i18n/index.js';
import { fillLanguage, firstScreenContent, japaneseLaterSteps } from '../../src/i18n/translations.js';
import { memoryStorage } from '../../src/state/persist.js';
import { createWidgetStore } from '../../src/state/store.js';
import { App } from '../../src/ui/App.js';
import { WidgetContext } from '../../src/ui/context.js';

afterEach(cleanup);

describe('a later step before its texts have arrived', () => {
  it('shows its heading and a loading note, then its questions', async () => {
    const firstLoad = firstScreenContent(questionPart(content));
    let fill!: () => void;
    let requests = 0;
    const ensureContent = () => {
      requests++;
      return new Promise<Content>((resolve) => {
        fill = () => {
          fillLanguage(firstLoad, 'ja', japaneseLaterSteps(content));
          resolve(content);
        };
      });
    };
    const store = createWidgetStore({ content: firstLoad, lang: 'ja', storage: memoryStorage() });
    store.getState().goTo('basics');
    const { container } = render(
      <WidgetContext.Provider
        value={{
          store,
          content: firstLoad,
          expectedLength: { ja: expectedLength(content, 'ja'), en: expectedLength(content, 'en') },
          i18n: createI18n('ja'),
          partner: partnerChoices(checkConfig({}, contentIds(content)).config),
          emit: () => {},
          setLanguage: async () => {},
          ensureLanguage: async () => {},
          ensureHelp: async () => {},
          addStyles: () => {},
          ensureContent,
        }}
      >
        <App />
      </WidgetContext.Provider>,
    );
    expect(screen.getByRole('heading', { level: 2, name: '基本の対策' })).toBeTruthy();
    expect(container.querySelector('.step > .loading')?.textContent).toBe('読み込んでいます…');
    expect(screen.queryByRole('button', { name: '次へ' })).toBeNull();
    expect(requests).toBe(1);
    fill();
    await waitFor(() => expect(screen.getByRole('group', { name: /更新が出たらすぐに/ })).toBeTruthy());
    await waitFor(() => expect(screen.getByRole('button', { name: '次へ' })).toBeTruthy());
    expect(container.querySelector('.step > .loading')).toBeNull();
  });
});
