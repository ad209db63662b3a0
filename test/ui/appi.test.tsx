// The APPI duty and the basis of each figure, as the owner sees them in a scenario.

import { cleanup, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWidget, openDetails } from './render.js';

afterEach(cleanup);

async function showResults(profile: Record<string, unknown>, lang: 'ja' | 'en' = 'ja') {
  const view = renderWidget(lang);
  for (const [id, value] of Object.entries(profile)) view.store.getState().answer(id, value as never);
  view.store.getState().goTo('results');
  await Promise.resolve();
  await openDetails();
  return view;
}

const card = (id: string) => document.querySelector(`[data-scenario="${id}"]`) as HTMLElement;
const base = { industry: 'retail', revenue: 300_000_000, pcs: 10, servers: 1, webShop: 'no', onlineCards: 'no' };

describe('APPI duty in a scenario', () => {
  it('says an attack on personal data must be reported, by when, and that fines are not insurable', async () => {
    await showResults({ ...base, records: 500, dataKinds: ['contacts'] });
    const note = card('personalDataLeak').querySelector('details.appi')!;
    expect(within(note as HTMLElement).getByText('個人情報保護法：報告と本人への通知が必要になります')).toBeTruthy();
    expect(note.textContent).toContain('不正アクセスなど、悪意による漏えいのおそれ');
    expect(note.textContent).toContain('確報：知ってから60日以内に');
    expect(note.textContent).toContain('罰金は保険では支払われません');
  });

  it('gives a misdirected email to a few people no duty, and 30 days where a trigger applies', async () => {
    await showResults({ ...base, records: 500, dataKinds: ['contacts'] });
    expect(card('misdirected').querySelector('details.appi')).toBeNull();
    cleanup();
    await showResults({ ...base, records: 500, dataKinds: ['health'] }, 'en');
    const note = card('misdirected').querySelector('details.appi')!;
    expect(note.textContent).toContain('it involves sensitive data such as medical history');
    expect(note.textContent).toContain('Final report: within 30 days of learning of it');
  });
});

describe('the basis of each figure', () => {
  it('names the source of every line item and every assumption', async () => {
    await showResults({ ...base, records: 10_000, dataKinds: ['contacts'] });
    const leak = card('personalDataLeak');
    const forensics = leak.querySelector('[data-item="forensics"] .basis')!;
    expect(forensics.textContent).toMatch(/^根拠：パソコン1台100万円.*（AIG損保のパンフレットの事例（1万件の漏えい））$/);
    for (const item of leak.querySelectorAll('[data-item]')) expect(item.querySelector('.basis')!.textContent).toMatch(/^根拠：.+（.+）$/);
    expect(leak.querySelector('.assumptions')!.textContent).toContain('当方の仮定（変更できます）');
  });
});
