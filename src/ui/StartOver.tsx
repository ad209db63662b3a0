import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useT, useWidgetContext } from './context.js';

/** "Start over" asks once before it deletes every answer. */
export function StartOver() {
  const { store } = useWidgetContext();
  const { t } = useT();
  const [confirming, setConfirming] = useState(false);
  // Asking takes focus, on the answer that keeps the answers.
  const keep = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => keep.current?.focus(), [confirming]);
  if (!confirming) {
    return (
      <button type="button" class="button secondary" onClick={() => setConfirming(true)}>
        {t('app.startOver')}
      </button>
    );
  }
  return (
    <div class="confirm" role="group" aria-labelledby="confirm-start-over">
      <p id="confirm-start-over">{t('app.confirmStartOver')}</p>
      <button type="button" class="button danger" onClick={() => store.getState().reset()}>
        {t('app.confirmYes')}
      </button>
      <button type="button" class="button secondary" ref={keep} onClick={() => setConfirming(false)}>
        {t('app.confirmNo')}
      </button>
    </div>
  );
}
