// The foot of the quote form: how many fields need fixing, back to the results, and on to the
// confirmation screen.

import { RESULTS_STEP } from '../../core/lib.js';
import { useT, useWidgetContext } from '../context.js';

export function SendBar({ errorCount }: { errorCount: number }) {
  const { store } = useWidgetContext();
  const { t } = useT();
  return (
    <>
      <p class="error-summary" role="alert">
        {errorCount > 0 ? t('quote.errors.summary', { count: errorCount }) : ''}
      </p>
      <div class="step-nav">
        <button type="button" class="button secondary" onClick={() => store.getState().goTo(RESULTS_STEP)}>
          {t('quote.back')}
        </button>
        <button type="submit" class="button primary">
          {t('quote.review')}
        </button>
      </div>
    </>
  );
}
