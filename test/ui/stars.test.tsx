// The star ladder in the results (ui/results/StarLadder.tsx): a line in the decision, and the
// ladder on demand with what the next level still needs, how to close it and where it comes from.

import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Answers } from '../../src/core/types.js';
import type { MountOptions } from '../../src/embed/mount.js';
import { openDetails, renderWidget } from './render.js';
import { webShopRetailer } from '../profiles.js';

afterEach(cleanup);

const FIVE_BASICS: Answers = { updates: 'done', antivirus: 'done', passwords: 'done', accessControl: 'done', threatAwareness: 'done' };

async function showResults(answers: Answers, lang: 'ja' | 'en' = 'ja', options: MountOptions = {}) {
  const view = renderWidget(lang, options);
  for (const [id, value] of Object.entries(answers)) view.store.getState().answer(id, value);
  view.store.getState().goTo('results');
  await Promise.resolve();
  return view;
}

const starSummary = () => document.querySelector('.star-summary')?.textContent;
const level = (id: string) => document.querySelector(`[data-level="${id}"]`) as HTMLElement;

describe('the star ladder in the results', () => {
  it('says in the decision what the company meets and how much the next star needs', async () => {
    await showResults({ ...webShopRetailer, ...FIVE_BASICS });
    expect(starSummary()).toBe('セキュリティの★：★1 の条件を満たしています。★2 まで、あと2項目です。');
    cleanup();
    await showResults({ ...webShopRetailer, updates: 'done' });
    expect(starSummary()).toBe('セキュリティの★：★1 まで、あと4項目です。');
  });

  it('lists each level, opens the next with what is missing, the action that closes it and its source', async () => {
    await showResults({ ...webShopRetailer, ...FIVE_BASICS, writtenRules: 'done' });
    await openDetails('more-stars');
    expect(level('securityActionOne').dataset.status).toBe('met');
    const next = level('securityActionTwo');
    expect(next.dataset.status).toBe('notMet');
    const policy = next.querySelector('[data-requirement="policy"]') as HTMLElement;
    expect(policy.textContent).toContain('情報セキュリティ基本方針を定めて、ホームページで公開する');
    expect(policy.textContent).toContain('出典：IPA「SECURITY ACTION」制度の案内');
    // The supply-chain scheme: marked provisional, never met, its levels closed.
    expect(screen.getByText('暫定')).toBeTruthy();
    expect(level('supplyChainThree').dataset.status).toBe('notMet');
    expect(level('supplyChainThree').querySelector('.star-requirements')).toBeNull();
  });

  it('tells the owner to confirm what the check does not ask, and never calls a provisional level met', async () => {
    const everything: Answers = { ...webShopRetailer };
    const view = await showResults(everything);
    const { content } = await import('../../src/core/index.js');
    for (const q of content.questions)
      if (q.type === 'control')
        view.store
          .getState()
          .answer(
            q.id,
            q.id === 'securityPolicy'
              ? 'published'
              : q.id === 'pastIncidents'
                ? 'none'
                : q.id === 'securityAction'
                  ? 'twoStars'
                  : q.id === 'certification'
                    ? 'held'
                    : 'done',
          );
    await openDetails('more-stars');
    expect(level('securityActionTwo').dataset.status).toBe('met');
    expect(level('supplyChainThree').dataset.status).toBe('noKnownGaps');
    expect(document.querySelectorAll('[data-status="met"][data-level^="supplyChain"]')).toHaveLength(0);
    expect(starSummary()).toContain('制度の準備中');
    expect(level('supplyChainThree').textContent).toContain('未確認');
  });

  it('is hidden everywhere when the partner turns it off', async () => {
    await showResults({ ...webShopRetailer, ...FIVE_BASICS }, 'ja', { starLadder: false });
    await openDetails();
    expect(starSummary()).toBeUndefined();
    expect(document.querySelector('[part="more-stars"]')).toBeNull();
    expect(document.querySelector('[part="more-score"]')).not.toBeNull();
  });
});
