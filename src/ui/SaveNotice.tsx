// Told once when answers cannot be saved in this browser (storage full or blocked): they will not
// survive a reload, and the results' share link is the way to keep them. Also told when answers
// saved earlier could not be read back. Loads only then.

import { useState } from 'preact/hooks';
import { useT, useWidget } from './context.js';

export function SaveNotice() {
  const { t } = useT();
  const [open, setOpen] = useState(true);
  const restoreFailed = useWidget((s) => s.restoreFailed);
  const saveFailed = useWidget((s) => s.saveFailed);
  if (!open) return null;
  return (
    <div class="config-problem save-notice">
      {/* An alert, as it is inserted with its words: a status region added whole is often not read out. */}
      <div role="alert">
        {restoreFailed && <p>{t('app.restoreFailed')}</p>}
        {(saveFailed || !restoreFailed) && <p>{t('app.saveFailed')}</p>}
      </div>
      <button type="button" class="link-button" onClick={() => setOpen(false)}>
        {t('app.saveFailedDismiss')}
      </button>
    </div>
  );
}
