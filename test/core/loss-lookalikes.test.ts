// Look-alikes: a company described the way a brochure describes its case (industry, size, records,
// incident) gets a range that contains the brochure's figure, from its profile alone. Beside them,
// ordinary companies (sole proprietor to 300 people) get figures that scale with them.

import { describe, expect, it } from 'vitest';
import { content, estimate, scenariosFor } from '../../src/core/index.js';
import type { Answers } from '../../src/core/types.js';

interface LookAlike {
  brochure: string;
  scenario: string;
  figure: number;
  answers: Answers;
  /** What the brochure says of the incident itself, beyond the company. */
  incident?: Record<string, number>;
}

const lookAlikes: LookAlike[] = [
  {
    brochure: 'AIG: 20-person firm, 10,000 contact records leaked by an attack',
    scenario: 'personalDataLeak',
    figure: 26_700_000,
    answers: { industry: 'professional', employees: 20, pcs: 20, servers: 1, records: 10_000, dataKinds: ['contacts'], revenue: 300_000_000 },
  },
  {
    brochure: 'Sompo: education-support company, revenue ~5億, 1,000,000 IDs leaked from its cloud service',
    scenario: 'personalDataLeak',
    figure: 541_000_000,
    answers: { industry: 'education', employees: 50, pcs: 50, servers: 2, records: 1_000_000, dataKinds: ['contacts'], revenue: 500_000_000 },
  },
  {
    brochure: "Sompo: 150-person food maker, an executive's PC infected and old mail sent out",
    scenario: 'malwareByMail',
    figure: 10_000_000,
    answers: { industry: 'manufacturing', employees: 150, pcs: 120, servers: 3, records: 3000, revenue: 5_000_000_000 },
  },
  {
    brochure: "Sompo: cloud service provider, enquiry system exposed, thousands of customers' records",
    scenario: 'serviceBreach',
    figure: 13_000_000,
    answers: { industry: 'itServices', employees: 30, pcs: 30, servers: 4, records: 4000, dataKinds: ['contacts'], revenue: 500_000_000 },
  },
  {
    brochure: 'Sompo: large manufacturer attacked from abroad, ~20,000 records, network isolated',
    scenario: 'operationsStopped',
    figure: 520_000_000,
    answers: { industry: 'manufacturing', employees: 2000, pcs: 1500, servers: 40, records: 20_000, revenue: 50_000_000_000 },
  },
  {
    brochure: 'Sompo: real-estate company of hundreds, a customer file of ~500 mis-attached',
    scenario: 'misdirected',
    figure: 2_300_000,
    answers: { industry: 'realEstate', employees: 300, pcs: 300, servers: 5, records: 5000, revenue: 5_000_000_000 },
  },
  {
    brochure: 'JCCI: manufacturer with a member web shop, ~70,000 accounts accessed',
    scenario: 'webBreach',
    figure: 50_000_000,
    answers: { industry: 'manufacturing', employees: 100, pcs: 80, servers: 3, records: 70_000, webShop: 'yes', website: 'yes', revenue: 3_000_000_000 },
  },
  {
    brochure: 'JCCI: retailer whose web shop leaked ~100,000 card numbers',
    scenario: 'cardLeak',
    figure: 90_000_000,
    answers: {
      industry: 'retail',
      employees: 50,
      pcs: 40,
      servers: 2,
      records: 100_000,
      webShop: 'yes',
      website: 'yes',
      onlineCards: 'yes',
      revenue: 1_000_000_000,
    },
    incident: { cardsExposed: 100_000 },
  },
];

describe('a company like a brochure case lands near it', () => {
  it.each(lookAlikes.map((l) => [l.brochure, l] as const))('%s', (_name, { scenario, figure, answers, incident }) => {
    const { range } = estimate(scenario, { answers, inputs: incident });
    expect(range.low).toBeLessThanOrEqual(figure);
    expect(range.high).toBeGreaterThanOrEqual(figure);
  });

  it('has a look-alike for every brochure preset', () => {
    const covered = new Set(lookAlikes.map((l) => l.scenario));
    for (const preset of content.loss.presets) expect(covered).toContain(preset.scenario);
  });
});

const ordinary: [string, Answers][] = [
  ['sole proprietor, 300 contacts', { industry: 'professional', employees: 0, pcs: 1, servers: 0, records: 300, dataKinds: ['contacts'], revenue: 10_000_000 }],
  ['restaurant, 15 people', { industry: 'restaurant', employees: 15, pcs: 3, servers: 0, records: 500, dataKinds: ['contacts'], revenue: 60_000_000 }],
  ['clinic, 5,000 patients', { industry: 'medical', employees: 8, pcs: 6, servers: 1, records: 5000, dataKinds: ['contacts', 'health'], revenue: 80_000_000 }],
  [
    '5-person web shop taking cards',
    {
      industry: 'retail',
      employees: 5,
      pcs: 5,
      servers: 0,
      records: 5000,
      dataKinds: ['contacts', 'cards'],
      webShop: 'yes',
      onlineCards: 'yes',
      revenue: 50_000_000,
    },
  ],
  ['30-person shop', { industry: 'retail', employees: 30, pcs: 15, servers: 1, records: 3000, dataKinds: ['contacts'], revenue: 300_000_000 }],
  [
    '3億 retailer with a card web shop, 20,000 customers',
    {
      industry: 'retail',
      employees: 30,
      pcs: 25,
      servers: 1,
      records: 20_000,
      dataKinds: ['contacts', 'cards'],
      webShop: 'yes',
      onlineCards: 'yes',
      revenue: 300_000_000,
    },
  ],
  [
    '10-person IT firm',
    { industry: 'itServices', employees: 10, pcs: 12, servers: 2, records: 2000, dataKinds: ['contacts', 'entrusted'], revenue: 150_000_000 },
  ],
  ['150-person maker', { industry: 'manufacturing', employees: 150, pcs: 120, servers: 3, records: 2000, dataKinds: ['contacts'], revenue: 3_000_000_000 }],
  [
    '300-person wholesaler',
    { industry: 'wholesale', employees: 300, pcs: 280, servers: 8, records: 30_000, dataKinds: ['contacts', 'bank'], revenue: 10_000_000_000 },
  ],
];

describe('ordinary companies get figures they can believe', () => {
  it.each(ordinary)('%s: every likely figure below revenue, every range wide and ordered', (_name, answers) => {
    const revenue = answers.revenue as number;
    for (const scenario of scenariosFor(content, answers)) {
      const { total, range } = estimate(scenario.id, { answers });
      expect(total).toBeLessThan(revenue);
      expect(range.low).toBeLessThan(total);
      expect(range.high).toBeGreaterThan(total);
      // Cyber losses are uncertain: nine in ten between at most about half and at least a third more.
      expect(range.high / range.low).toBeGreaterThan(1.25);
    }
  });

  it('prices a card leak by the cards exposed, not by every customer at the JNSA rate', () => {
    const answers = ordinary[5]![1];
    expect(estimate('cardLeak', { answers }).total).toBeLessThan(60_000_000);
    expect(estimate('personalDataLeak', { answers }).total).toBeLessThan(60_000_000);
    // Not storing card data shortens the period exposed from about two years to about six months.
    const stored = estimate('cardLeak', { answers, samples: 0 });
    const passedThrough = estimate('cardLeak', { answers: { ...answers, cardNonRetention: 'done' }, samples: 0 });
    expect(passedThrough.drivers.cardsExposed!.value).toBe(Math.round(stored.drivers.cardsExposed!.value / 4));
  });
});
