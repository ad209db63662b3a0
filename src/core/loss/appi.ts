// The APPI breach duty (amended Act on the Protection of Personal Information, from April 2022):
// whether a leak, or a possible leak, of this kind must be reported to the Personal Information
// Protection Commission (PPC) and the people told, and by when. Pure: from the data the company
// holds (its profile), how the incident happens (the scenario's cause) and how many people it touches.

import type { Answers } from '../types.js';
import type { LossModel, LossScenario } from './types.js';

type AppiRules = NonNullable<LossModel['appi']>;
import type { LossEstimate } from './estimate.js';

/** What makes a report due: any one is enough. */
export type BreachTrigger = 'sensitive' | 'financialHarm' | 'malicious' | 'overThousand';

export interface BreachDuty {
  /** Whether the company must report to the PPC and notify the people concerned. */
  required: boolean;
  /** The triggers that apply, in the law's order. */
  triggers: BreachTrigger[];
  /** Strongly encrypted data that leaks is exempt: the duty lapses. */
  exemptByEncryption: boolean;
  /** People whose data the scenario touches. */
  people: number;
  /** Days to the preliminary report (about 3–5, "promptly") and to the final report (30, or 60 after an attack). */
  preliminaryDays: [number, number];
  finalDays: number;
  /** Yen: the most for breaching a PPC order, the most for breaching the duty to report; neither is insurable. */
  penalties: { orderBreach: number; reportBreach: number };
}

/** The people a scenario touches: the first of the model's people drivers it has. */
function peopleTouched(rules: AppiRules, estimate: LossEstimate): number {
  for (const id of rules.peopleDrivers) {
    const driver = estimate.drivers[id];
    if (driver) return driver.value;
  }
  return 0;
}

export function breachDuty(
  model: LossModel,
  answers: Answers,
  scenario: LossScenario,
  estimate: LossEstimate,
  options: { encrypted?: boolean } = {},
): BreachDuty {
  const rules = model.appi;
  // A model without the rules (content of one's own) knows of no duty.
  if (!rules)
    return {
      required: false,
      triggers: [],
      exemptByEncryption: false,
      people: 0,
      preliminaryDays: [0, 0],
      finalDays: 0,
      penalties: { orderBreach: 0, reportBreach: 0 },
    };
  const kinds = [...(Array.isArray(answers.dataKinds) ? answers.dataKinds : []), ...(scenario.exposes ?? [])];
  const people = Math.round(peopleTouched(rules, estimate));
  const holdsPersonalData = people > 0 || kinds.some((k) => !rules.nonPersonalKinds.includes(k));
  const triggers: BreachTrigger[] = [];
  if (holdsPersonalData) {
    if (kinds.some((k) => rules.sensitiveKinds.includes(k))) triggers.push('sensitive');
    if (kinds.some((k) => rules.financialKinds.includes(k))) triggers.push('financialHarm');
    // An attack is a possible leak with malicious intent, whatever the number of people.
    if (scenario.cause === 'attack') triggers.push('malicious');
    if (people > rules.threshold) triggers.push('overThousand');
  }
  const exemptByEncryption = options.encrypted === true;
  return {
    required: triggers.length > 0 && !exemptByEncryption,
    triggers,
    exemptByEncryption,
    people,
    preliminaryDays: rules.preliminaryDays,
    finalDays: rules.finalDays[scenario.cause],
    penalties: rules.penalties,
  };
}
