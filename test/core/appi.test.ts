// The APPI breach duty: one test per trigger, the encryption exemption, and the deadlines.

import { describe, expect, it } from 'vitest';
import { breachDuty, content, estimate } from '../../src/core/index.js';
import type { Answers } from '../../src/core/types.js';

const scenario = (id: string) => content.loss.scenarios.find((s) => s.id === id)!;
const duty = (id: string, answers: Answers, encrypted?: boolean) =>
  breachDuty(content.loss.model, answers, scenario(id), estimate(id, { answers, samples: 0 }), encrypted === undefined ? {} : { encrypted });

describe('APPI breach duty', () => {
  it('is not due for a misdirected email to a few people with plain contact data', () => {
    const result = duty('misdirected', { records: 3000, dataKinds: ['contacts'] }); // a tenth: 300 people
    expect(result).toMatchObject({ required: false, triggers: [], people: 300, finalDays: 30 });
  });

  it('is due when sensitive data such as medical records is involved, even for a few people', () => {
    expect(duty('misdirected', { records: 100, dataKinds: ['health'] })).toMatchObject({ required: true, triggers: ['sensitive'] });
  });

  it('is due when misuse could cause financial harm: card or bank details', () => {
    expect(duty('misdirected', { records: 100, dataKinds: ['bank'] }).triggers).toEqual(['financialHarm']);
    expect(duty('cardLeak', { records: 100, onlineCards: 'yes' }).triggers).toContain('financialHarm');
  });

  it('is due after an attack (possible malicious intent), with 60 days for the final report', () => {
    const result = duty('personalDataLeak', { records: 200, dataKinds: ['contacts'] });
    expect(result).toMatchObject({ required: true, triggers: ['malicious'], finalDays: 60, preliminaryDays: [3, 5] });
  });

  it('is due for more than 1,000 people, whatever the data and cause', () => {
    expect(duty('misdirected', { records: 20_000, dataKinds: ['contacts'] }).triggers).toEqual(['overThousand']);
    expect(duty('misdirected', { records: 10_000, dataKinds: ['contacts'] }).triggers).toEqual([]); // exactly 1,000 is not more
  });

  it('lapses when the data was strongly encrypted, and says so', () => {
    const result = duty('personalDataLeak', { records: 5000, dataKinds: ['health'] }, true);
    expect(result).toMatchObject({ required: false, exemptByEncryption: true });
    expect(result.triggers).toEqual(['sensitive', 'malicious', 'overThousand']);
  });

  it('states the penalties, which no insurance pays', () => {
    expect(duty('personalDataLeak', { records: 10 }).penalties).toEqual({ orderBreach: 100_000_000, reportBreach: 500_000 });
  });

  it('does not apply to a company holding no personal data', () => {
    expect(duty('ransomware', { records: 0, dataKinds: ['partnerSecrets'] })).toMatchObject({ required: false, triggers: [] });
  });
});
