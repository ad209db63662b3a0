import type { ComponentChildren } from 'preact';

/**
 * The heading of the current step. It takes focus when the step changes (see App), so keyboard
 * and screen-reader users land at the start of the new content.
 */
export function StepHeading({ children }: { children: ComponentChildren }) {
  return (
    <h2 id="step-heading" class="step-heading" tabIndex={-1}>
      {children}
    </h2>
  );
}
