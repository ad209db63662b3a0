// Whatever a browser's storage holds for the widget (left by an old version, cut short, edited by
// hand, or planted by another script on the page), the widget shows its header and a step the
// owner can use, and never a NaN, an Infinity or a negative size. Fixed seed, bounded count.

import { cleanup, screen, waitFor } from '@testing-library/preact';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { content } from '../../src/core/index.js';
import { snapshotStorage, storageKey } from '../../src/state/persist.js';
import { STATE_VERSION } from '../../src/state/store.js';
import { webShopRetailer } from '../profiles.js';
import { renderWidget } from './render.js';

afterEach(cleanup);

const key = storageKey('fuzz');
const questionIds = content.questions.map((q) => q.id);
const optionIds = [...new Set(content.questions.flatMap((q) => ('options' in q && q.options ? q.options.map((o) => o.id) : [])))];
const scenarioIds = content.loss.scenarios.map((s) => s.id);
const driverIds = [...new Set(content.loss.scenarios.flatMap((s) => s.drivers.map((d) => d.id)))];

/** Numbers and values a damaged or planted snapshot may hold. */
const oddValue = fc.oneof(
  fc.constantFrom(1e308, -1e308, -1, 0, 1e21, Number.MAX_SAFE_INTEGER, 0.5, 'NaN', 'Infinity', '', null, true, [], {}),
  fc.constantFrom(...optionIds),
  fc.array(fc.constantFrom(...optionIds), { maxLength: 4 }),
  fc.double(),
  fc.string({ maxLength: 12 }),
);

const plausibleState = fc.record(
  {
    lang: fc.constantFrom('ja', 'en', 'fr', 7),
    step: fc.constantFrom('intro', 'profile', 'basics', 'results', 'quote', 'walkthrough', 'nope', ''),
    answers: fc.dictionary(fc.constantFrom(...questionIds, 'nope', '__proto__'), oddValue, { maxKeys: 30 }),
    drafts: fc.dictionary(fc.constantFrom(...questionIds), fc.oneof(fc.string({ maxLength: 8 }), oddValue)),
    lossInputs: fc.dictionary(
      fc.constantFrom(...scenarioIds, 'nope'),
      fc.dictionary(fc.constantFrom(...driverIds), fc.record({ text: fc.oneof(fc.string({ maxLength: 8 }), oddValue), value: oddValue }, { requiredKeys: [] })),
    ),
    quote: fc.oneof(fc.dictionary(fc.constantFrom('companyName', 'legalForm', 'industryCode', 'overseasRegions', 'consent', 'plan'), oddValue), oddValue),
    submission: fc.oneof(
      fc.record({
        status: fc.constantFrom('idle', 'review', 'sending', 'sent', 'failed', 'nope'),
        request: fc.oneof(oddValue, fc.record({ idempotencyKey: fc.string() })),
      }),
      oddValue,
    ),
    planned: fc.oneof(fc.array(fc.constantFrom(...questionIds, 'nope')), oddValue),
    attribution: fc.oneof(fc.record({ page: oddValue, params: fc.dictionary(fc.string({ maxLength: 6 }), oddValue) }), oddValue),
  },
  { requiredKeys: [] },
);

/** A real company's answers, some numbers made absurd, on the results with assumptions typed in. */
const damagedCompany = fc
  .record({
    numbers: fc.dictionary(fc.constantFrom('revenue', 'employees', 'pcs', 'servers', 'records'), oddValue),
    lossInputs: plausibleState.map((state) => state.lossInputs ?? {}),
    step: fc.constantFrom('results', 'quote'),
  })
  .map(({ numbers, lossInputs, step }) => ({ step, answers: { ...webShopRetailer, ...numbers }, lossInputs }));

/** What storage may hold under the widget's key: a snapshot of this version, of another, or no JSON at all. */
const storedText = fc.oneof(
  { weight: 4, arbitrary: plausibleState.map((state) => JSON.stringify({ version: STATE_VERSION, state })) },
  { weight: 4, arbitrary: damagedCompany.map((state) => JSON.stringify({ version: STATE_VERSION, state })) },
  { weight: 1, arbitrary: fc.jsonValue().map((value) => JSON.stringify({ version: STATE_VERSION, state: value })) },
  { weight: 1, arbitrary: fc.jsonValue().map((value) => JSON.stringify(value)) },
  { weight: 1, arbitrary: plausibleState.map((state) => JSON.stringify({ version: STATE_VERSION, state }).slice(0, 40)) },
);

/** Sizes and positions drawn in SVG, and every text: nothing that is not a finite number where one belongs. */
function badNumbersShown(root: ParentNode): string[] {
  const bad: string[] = [];
  for (const element of root.querySelectorAll('svg, svg *')) {
    for (const name of ['width', 'height', 'x', 'y', 'r', 'cx', 'cy', 'x1', 'x2', 'y1', 'y2']) {
      const value = element.getAttribute(name);
      if (value !== null && !(Number.isFinite(parseFloat(value)) && (!['width', 'height', 'r'].includes(name) || parseFloat(value) >= 0)))
        bad.push(`${element.tagName} ${name}="${value}"`);
    }
  }
  const text = (root as Element).textContent ?? '';
  for (const word of ['NaN', 'Infinity', 'undefined', '[object Object]']) if (text.includes(word)) bad.push(`text has ${word}`);
  return bad;
}

describe('whatever is stored', () => {
  it('the widget shows its header and a step to use, with no NaN, Infinity or negative size', async () => {
    const steps = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(storedText, async (text) => {
        const storage = new Map<string, string>([[key, text]]);
        const fake = {
          getItem: (k: string) => storage.get(k) ?? null,
          setItem: (k: string, v: string) => void storage.set(k, v),
          removeItem: (k: string) => void storage.delete(k),
        };
        const view = renderWidget(
          'ja',
          {},
          undefined,
          snapshotStorage(key, STATE_VERSION, () => fake as unknown as Storage),
        );
        try {
          expect(view.container.querySelector('header.header')).toBeTruthy();
          await waitFor(() => expect(screen.getAllByRole('heading', { level: 2 }).length).toBeGreaterThan(0));
          // A usable step: something to press; the results and the quote form once they have loaded.
          expect(screen.getAllByRole('button').length).toBeGreaterThan(0);
          const step = view.container.querySelector('[data-step]')!.getAttribute('data-step');
          steps.set(step!, (steps.get(step!) ?? 0) + 1);
          if (step === 'results') await screen.findByRole('heading', { level: 3 }, { timeout: 5000 });
          expect(badNumbersShown(view.container)).toEqual([]);
        } finally {
          cleanup();
        }
      }),
      { seed: 20261205, numRuns: 150 },
    );
    // The draws reach the results and the quote form, not only the first screen.
    expect(steps.get('results')).toBeGreaterThan(10);
    expect(steps.get('quote')).toBeGreaterThan(5);
  }, 60_000);
});
