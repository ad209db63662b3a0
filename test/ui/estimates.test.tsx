// The results keep each scenario's estimate until its answers or its typed drivers change.

import { describe, expect, it } from 'vitest';
import { content, estimateScenario } from '../../src/core/index.js';
import { estimateFor } from '../../src/ui/results/estimates.js';

const answers = { industry: 'retail', revenue: 300_000_000, records: 20_000, dataKinds: ['contacts'] };
const leak = content.loss.scenarios.find((s) => s.id === 'personalDataLeak')!;
const ransomware = content.loss.scenarios.find((s) => s.id === 'ransomware')!;

describe('estimateFor', () => {
  it('keeps an estimate per scenario, and works it out again when its typed drivers or the answers change', () => {
    const first = estimateFor(content, leak, answers, undefined);
    expect(first).toEqual(estimateScenario(content, leak, { answers }));
    const other = estimateFor(content, ransomware, answers, undefined);
    // Another scenario's estimate does not push this one out; a typed text without a value changes nothing.
    expect(estimateFor(content, leak, answers, { records: { text: '2万' } })).toBe(first);
    expect(estimateFor(content, ransomware, answers, {})).toBe(other);

    const typed = estimateFor(content, leak, answers, { records: { text: '5000', value: 5_000 } });
    expect(typed).not.toBe(first);
    expect(typed.total).toBe(estimateScenario(content, leak, { answers, inputs: { records: 5_000 } }).total);
    expect(estimateFor(content, leak, { ...answers }, { records: { text: '5000', value: 5_000 } })).not.toBe(typed);
  });
});
