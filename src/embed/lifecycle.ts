// Tells the host page where the owner is: each step they move to, and reaching the results. The
// widget has no analytics of its own; these events are for the host page's.

import { RESULTS_STEP } from '../core/flow/steps.js';
import type { EmitWidgetEvent, WidgetEventPayloads } from '../core/events.js';
import type { Answers } from '../core/types.js';
import type { WidgetStore } from '../state/store.js';

export interface StepReporter {
  /** Makes a change that is not the owner's doing (a shared link opening), without reporting it. */
  quietly(change: () => void): void;
  stop(): void;
}

export function reportSteps(store: WidgetStore, emit: EmitWidgetEvent, summary: (answers: Answers) => Promise<WidgetEventPayloads['completed']>): StepReporter {
  let step = store.getState().step;
  let reporting = true;
  const stop = store.subscribe((state) => {
    if (!reporting || state.step === step) return;
    emit('step-change', { from: step, to: state.step });
    step = state.step;
    if (step === RESULTS_STEP) void summary(state.answers).then((completed) => emit('completed', completed));
  });
  return {
    quietly(change) {
      reporting = false;
      change();
      step = store.getState().step;
      reporting = true;
    },
    stop,
  };
}
