// The simulated incidents behind a range do the itemised estimate's arithmetic, compiled: with no
// driver varying, every simulated incident must cost exactly the itemised total, for any company.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { content, estimateScenario, scenariosFor } from '../../src/core/index.js';
import { simulatedTotals } from '../../src/core/loss/simulate.js';
import { visibleAnswers } from '../../src/core/flow/conditions.js';
import type { LossScenario } from '../../src/core/loss/types.js';
import type { Answers } from '../../src/core/types.js';

/** The scenario with no uncertain driver: a simulated incident is then the itemised one. */
const certain = (scenario: LossScenario): LossScenario => ({
  ...scenario,
  drivers: scenario.drivers.map(({ uncertainty: _, ...driver }) => driver),
});

const controls = content.questions.filter((q) => q.type === 'control').map((q) => q.id);
const company = fc.record({
  industry: fc.constantFrom('retail', 'medical', 'manufacturing', 'itServices', 'education'),
  revenue: fc.integer({ min: 10_000_000, max: 10_000_000_000 }),
  employees: fc.integer({ min: 1, max: 300 }),
  pcs: fc.integer({ min: 1, max: 300 }),
  servers: fc.integer({ min: 0, max: 20 }),
  records: fc.integer({ min: 0, max: 500_000 }),
  dataKinds: fc.subarray(['contacts', 'cards', 'bank', 'health', 'partnerSecrets', 'entrusted']),
  website: fc.constantFrom('yes', 'no'),
  webShop: fc.constantFrom('yes', 'no'),
  onlineCards: fc.constantFrom('yes', 'no'),
  itServices: fc.constantFrom('yes', 'no'),
  done: fc.subarray(controls),
});

function simulatedAtOne(scenario: LossScenario, answers: Answers, inputs: Record<string, number> = {}) {
  const counted = visibleAnswers(content, answers);
  const { total, mitigations } = estimateScenario(content, scenario, { answers, inputs, samples: 0 });
  const applied = new Set(mitigations.filter((m) => m.applied).map((m) => m.control));
  const totals = simulatedTotals(certain(scenario), content.loss.model, counted, inputs, applied, scenario.items, 3, Math.random);
  return { total, totals: [...totals] };
}

describe('simulated incidents', () => {
  it('cost the itemised total when no driver varies, for any company and any controls done', () => {
    fc.assert(
      fc.property(company, ({ done, ...profile }) => {
        const answers: Answers = { ...profile, ...Object.fromEntries(done.map((id) => [id, 'done'])) };
        for (const scenario of scenariosFor(content, answers)) {
          const { total, totals } = simulatedAtOne(scenario, answers);
          expect(totals, scenario.id).toEqual([total, total, total]);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('take a typed value as it is, and ignore one the driver does not accept', () => {
    const answers: Answers = { industry: 'retail', revenue: 300_000_000, records: 20_000, dataKinds: ['contacts'] };
    const leak = content.loss.scenarios.find((s) => s.id === 'personalDataLeak')!;
    const typed = simulatedAtOne(leak, answers, { records: 5_000 });
    expect(typed.totals).toEqual([typed.total, typed.total, typed.total]);
    expect(typed.total).toBeLessThan(simulatedAtOne(leak, answers).total);
    expect(simulatedAtOne(leak, answers, { records: -5 }).totals).toEqual(simulatedAtOne(leak, answers).totals);
  });
});
