import { useT } from './context.js';

/** "Step 2 of 6: The basics", as text and as a native progress bar. */
export function Progress({ current, total, title }: { current: number; total: number; title: string }) {
  const { t } = useT();
  const label = t('progress.step', { current, total, title });
  return (
    <div class="progress" part="progress">
      <p class="progress-text" id="progress-text">
        {label}
      </p>
      <progress max={total} value={current} aria-labelledby="progress-text" />
    </div>
  );
}
