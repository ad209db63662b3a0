// Seminar screens are shared: after a while without input, count down (cancellable) and start
// over, so the next attendee never sees the last one's answers.

import { useEffect, useRef, useState } from 'preact/hooks';
import { useT, useWidgetContext } from './context.js';

const ACTIVITY = ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart'] as const;

export function IdleReset({ idleSeconds, countdownSeconds }: { idleSeconds: number; countdownSeconds: number }) {
  const { store } = useWidgetContext();
  const { t } = useT();
  const [left, setLeft] = useState<number | null>(null);
  const idle = useRef<ReturnType<typeof setTimeout>>();

  useEffect(() => {
    const arm = () => {
      clearTimeout(idle.current);
      setLeft(null);
      idle.current = setTimeout(() => setLeft(countdownSeconds), idleSeconds * 1000);
    };
    arm();
    // Input inside the widget's shadow root reaches window too (these events are composed).
    for (const type of ACTIVITY) window.addEventListener(type, arm, { passive: true });
    return () => {
      clearTimeout(idle.current);
      for (const type of ACTIVITY) window.removeEventListener(type, arm);
    };
  }, [idleSeconds, countdownSeconds]);

  useEffect(() => {
    if (left === null) return;
    if (left === 0) {
      store.getState().reset();
      setLeft(null);
      idle.current = setTimeout(() => setLeft(countdownSeconds), idleSeconds * 1000);
      return;
    }
    const tick = setTimeout(() => setLeft(left - 1), 1000);
    return () => clearTimeout(tick);
  }, [left]);

  // The countdown takes focus when it appears, so that Enter or Space is enough to stay. (An effect,
  // not a layout effect: this lazy part would need useLayoutEffect exported from the first screen.)
  const counting = left !== null;
  const stay = useRef<HTMLButtonElement>(null);
  useEffect(() => stay.current?.focus(), [counting]);

  if (left === null) return null;
  return (
    <div class="idle" role="alertdialog" aria-labelledby="idle-title" aria-describedby="idle-text">
      <p id="idle-title" class="idle-title">
        {t('seminar.idleTitle')}
      </p>
      <p id="idle-text">{t('seminar.idleText', { seconds: left })}</p>
      {/* Any input counts as activity, so pressing this cancels the countdown. */}
      <button type="button" class="button primary" ref={stay}>
        {t('seminar.idleContinue')}
      </button>
    </div>
  );
}
