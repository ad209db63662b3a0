// Test mode, said on screen on every view of the quote step, so that nobody mistakes a trial for
// a real request (the request itself carries test: true).

import { useT, useWidgetContext } from '../context.js';

export function TestModeNote() {
  const { partner } = useWidgetContext();
  const { t } = useT();
  if (!partner.quote.test) return null;
  return (
    <p class="test-mode" role="note">
      {t('quote.testMode')}
    </p>
  );
}
