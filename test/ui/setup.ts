// Component tests render the results and the quote form right away; in the widget they load lazily
// (that path is covered by the e2e tests), so load them once before the tests.
import { beforeAll } from 'vitest';
import { registerStrings } from '../../src/i18n/index.js';
import en from '../../src/i18n/locales/en.json';
import enLater from '../../src/i18n/locales/en-results.json';
import { preloadLaterSteps } from '../../src/ui/App.js';

beforeAll(async () => {
  await preloadLaterSteps();
  // English as the widget loads it when chosen; component tests render with full content.
  registerStrings('en', en);
  registerStrings('en', enLater);
});
