// The APPI breach duty (amended Act on the Protection of Personal Information, from April 2022):
// whether a leak, or a possible leak, of this kind must be reported to the Personal Information
// Protection Commission (PPC) and the people told, and by when. Pure: from the data the company
// holds (its profile), how the incident happens (the scenario's cause) and how many people it touches.

import type { Answers } from '../types.js';
import type { LossScenario } from './types.js';
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

const SENSITIVE_KINDS = ['health'];
const FINANCIAL_KINDS = ['cards', 'bank'];
const THRESHOLD = 1000;

/** The people a scenario touches: whoever its `records` or `cardsExposed` driver counts. */
function peopleTouched(estimate: LossEstimate): number {
  return estimate.drivers.cardsExposed?.value ?? estimate.drivers.records?.value ?? 0;
}

export function breachDuty(answers: Answers, scenario: LossScenario, estimate: LossEstimate, options: { encrypted?: boolean } = {}): BreachDuty {
  const kinds = Array.isArray(answers.dataKinds) ? answers.dataKinds : [];
  const people = Math.round(peopleTouched(estimate));
  const holdsPersonalData = people > 0 || kinds.some((k) => k !== 'partnerSecrets');
  const triggers: BreachTrigger[] = [];
  if (holdsPersonalData) {
    if (kinds.some((k) => SENSITIVE_KINDS.includes(k))) triggers.push('sensitive');
    if (scenario.id === 'cardLeak' || kinds.some((k) => FINANCIAL_KINDS.includes(k))) triggers.push('financialHarm');
    // An attack is a possible leak with malicious intent, whatever the number of people.
    if (scenario.cause === 'attack') triggers.push('malicious');
    if (people > THRESHOLD) triggers.push('overThousand');
  }
  const exemptByEncryption = options.encrypted === true;
  return {
    required: triggers.length > 0 && !exemptByEncryption,
    triggers,
    exemptByEncryption,
    people,
    preliminaryDays: [3, 5],
    finalDays: scenario.cause === 'attack' ? 60 : 30,
    penalties: { orderBreach: 100_000_000, reportBreach: 500_000 },
  };
}
