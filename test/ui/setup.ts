// Component tests render the results and the quote form right away; in the widget they load lazily
// (that path is covered by the e2e tests), so load them once before the tests.
import { beforeAll } from 'vitest';
import { preloadLaterSteps } from '../../src/ui/App.js';

beforeAll(async () => {
  await preloadLaterSteps();
});
