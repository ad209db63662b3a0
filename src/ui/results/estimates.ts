// Each scenario's estimate, kept until its answers or its typed drivers change: a what-if typed
// into one scenario re-estimates that one only, and the decision and the loss details share it.

import { estimateScenario, scenariosFor, type LossEstimate, type LossScenario } from '../../core/lib.js';
import type { Answers, Content } from '../../core/types.js';
import type { LossInput } from '../../state/store.js';
import { inputValues } from './loss-inputs.js';

interface Kept {
  answers: Answers;
  inputs: string;
  estimate: LossEstimate;
}

const kept = new WeakMap<Content, Map<string, Kept>>();

export function estimateFor(content: Content, scenario: LossScenario, answers: Answers, typed: Record<string, LossInput> | undefined): LossEstimate {
  const values = inputValues(typed);
  const inputs = JSON.stringify(values);
  let byScenario = kept.get(content);
  if (!byScenario) kept.set(content, (byScenario = new Map<string, Kept>()));
  const last = byScenario.get(scenario.id);
  if (last && last.answers === answers && last.inputs === inputs) return last.estimate;
  const estimate = estimateScenario(content, scenario, { answers, inputs: values });
  byScenario.set(scenario.id, { answers, inputs, estimate });
  return estimate;
}

export interface LossCard {
  scenario: LossScenario;
  estimate: LossEstimate;
}

/** The scenarios the partner shows, each with its estimate, largest first: on screen and on the printed sheet alike. */
export function lossCards(
  content: Content,
  answers: Answers,
  lossInputs: Record<string, Record<string, LossInput>>,
  shown: readonly string[] | undefined,
): LossCard[] {
  return scenariosFor(content, answers)
    .filter((scenario) => !shown || shown.includes(scenario.id))
    .map((scenario) => ({ scenario, estimate: estimateFor(content, scenario, answers, lossInputs[scenario.id]) }))
    .sort((a, b) => b.estimate.total - a.estimate.total);
}
