// The star ladder in the results (ui/results/StarLadder.tsx): a line in the decision, and the
// ladder on demand with what the next level still needs, how to close it and where it comes from.

import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Answers } from '../../src/core/types.js';
import type { MountOptions } from '../../src/embed/mount.js';
import type { WidgetContextValue } from '../../src/ui/context.js';
import { openDetails, renderWidget } from './render.js';
import { webShopRetailer } from '../profiles.js';

afterEach(cleanup);

const FIVE_BASICS: Answers = { updates: 'done', antivirus: 'done', passwords: 'done', accessControl: 'done', threatAwareness: 'done' };

async function showResults(answers: Answers, lang: 'ja' | 'en' = 'ja', options: MountOptions = {}, context?: Partial<WidgetContextValue>) {
  const view = renderWidget(lang, options, undefined, undefined, context);
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
    // The line's button opens the ladder below and puts the owner there.
    const ladder = document.querySelector('details[part="more-stars"]') as HTMLDetailsElement;
    expect(ladder.open).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'セキュリティの★：★1 まで、あと4項目です。' }));
    expect(ladder.open).toBe(true);
    expect(document.activeElement).toBe(ladder.querySelector('summary'));
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
    // A level above another in its scheme counts what it adds to it.
    expect(level('supplyChainFour').querySelector('.star-status')?.textContent).toMatch(/^★3 に加えて、不足 \d+項目$/);
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

  it("asks whether a policy is published beside ★2's requirement, not in the check's steps", async () => {
    const view = await showResults({ ...webShopRetailer, ...FIVE_BASICS });
    const { content, stepsFor } = await import('../../src/core/index.js');
    const asked = stepsFor(content, view.store.getState().answers).flatMap((s) => s.questions.map((q) => q.id));
    expect(asked).toContain('writtenRules');
    expect(asked).not.toContain('securityPolicy');
    await openDetails('more-stars');
    const policy = level('securityActionTwo').querySelector('[data-requirement="policy"]') as HTMLElement;
    const question = policy.querySelector('[data-question="securityPolicy"]') as HTMLElement;
    expect(question.querySelector('legend')?.textContent).toBe('会社としての情報セキュリティ基本方針を定め、社外に公開していますか');
    fireEvent.click(screen.getByRole('radio', { name: '定めて、ホームページなどで公開している' }));
    expect(view.store.getState().answers.securityPolicy).toBe('published');
    expect(policy.dataset.status).toBe('met');
  });

  it('keeps ★2 open once the answer there meets it, so the answer keeps its focus, and asks it only once', async () => {
    const { content } = await import('../../src/core/index.js');
    // Every item of IPA's self-check answered: ★2 then needs only the policy.
    const selfCheck = Object.fromEntries(content.questions.filter((q) => q.type === 'control' && (q.ipaTopics ?? []).length > 0).map((q) => [q.id, 'partly']));
    const view = await showResults({ ...webShopRetailer, ...selfCheck, ...FIVE_BASICS });
    await openDetails('more-stars');
    const published = screen.getByRole('radio', { name: '定めて、ホームページなどで公開している' });
    published.focus();
    fireEvent.click(published);
    expect(view.store.getState().answers.securityPolicy).toBe('published');
    expect(level('securityActionTwo').dataset.status).toBe('met');
    expect(level('supplyChainThree').querySelector('.star-requirements')).not.toBeNull();
    expect(published.isConnected).toBe(true);
    expect(document.activeElement).toBe(published);
    // ★3 needs the same answer: it is asked once, where it was first.
    expect(document.querySelectorAll('[data-question="securityPolicy"]')).toHaveLength(1);
  });

  it("asks nothing and offers no draft on a shared link's result, which is the sharer's", async () => {
    await showResults({ ...webShopRetailer, ...FIVE_BASICS }, 'ja', {}, { shared: { ok: true } });
    await openDetails('more-stars');
    const policy = level('securityActionTwo').querySelector('[data-requirement="policy"]') as HTMLElement;
    expect(policy.dataset.status).toBe('missing');
    expect(policy.querySelector('[data-question]')).toBeNull();
    expect(policy.querySelector('[part="policy-draft"]')).toBeNull();
  });

  it('is hidden everywhere when the partner turns it off', async () => {
    await showResults({ ...webShopRetailer, ...FIVE_BASICS }, 'ja', { starLadder: false });
    await openDetails();
    expect(starSummary()).toBeUndefined();
    expect(document.querySelector('[part="more-stars"]')).toBeNull();
    expect(document.querySelector('[part="more-score"]')).not.toBeNull();
  });
});

describe('the draft basic security policy', () => {
  const openDraft = async () => {
    await openDetails('more-stars');
    await openDetails('policy-draft');
    return (await screen.findByRole('region', { name: '下書き' })) as HTMLElement;
  };

  it("is offered beside ★2's missing policy, with the company's name typed once and only the measures taken or planned", async () => {
    const view = await showResults({ ...webShopRetailer, ...FIVE_BASICS, backups: 'notDone', training: 'notDone' });
    view.store.getState().togglePlanned('backups');
    const preview = await openDraft();
    expect(preview.textContent).toContain('〇〇株式会社（以下「当社」）');
    expect(screen.getByText('会社名を入れると、下書きに入ります。')).toBeTruthy();
    const { content } = await import('../../src/core/index.js');
    const measure = (control: string) => content.policyTemplate!.measures.find((m) => m.control === control)!.text.ja;
    expect(preview.textContent).toContain(measure('updates'));
    expect(preview.textContent).toContain(measure('backups'));
    expect(preview.textContent).not.toContain(measure('training'));
    expect(screen.getByText('方針に入れた対策：6項目')).toBeTruthy();
    // The self-check is also missing for ★2: the steps to the declaration say so before it.
    const steps = [...document.querySelectorAll('.policy-next li')].map((li) => li.textContent);
    expect(steps).toHaveLength(5);
    expect(steps[3]).toBe('★2 の残りの条件も満たします：IPA の「5分でできる！情報セキュリティ自社診断」で自社の状況を確かめる。');

    const name = screen.getByLabelText('会社名') as HTMLInputElement;
    fireEvent.input(name, { target: { value: '株式会社 山田商店' } });
    expect(view.store.getState().quote.companyName).toBe('株式会社 山田商店');
    expect(preview.textContent).toContain('株式会社 山田商店（以下「当社」）');
    expect(screen.getByRole('link', { name: 'IPA の SECURITY ACTION のサイトを開く' }).getAttribute('href')).toBe('https://security-shien.ipa.go.jp/');
  });

  it('saves the draft as text named for what it is', async () => {
    const view = await showResults({ ...webShopRetailer, ...FIVE_BASICS });
    view.store.getState().setQuoteField('companyName', '山田商店');
    await openDraft();
    const saved: Blob[] = [];
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (saved.push(blob as Blob), 'blob:policy'));
    const names: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    fireEvent.click(screen.getByRole('button', { name: 'テキストファイルで保存（編集用）' }));
    expect(names).toEqual(['情報セキュリティ基本方針（下書き）.txt']);
    const text = await saved[0]!.text();
    expect(text).toContain('山田商店（以下「当社」）');
    expect(text).toContain('1. 経営者の責任');
    create.mockRestore();
    click.mockRestore();
  });

  it('is not offered once the policy is published', async () => {
    await showResults({ ...webShopRetailer, ...FIVE_BASICS, securityPolicy: 'published' });
    await openDetails('more-stars');
    const policy = level('securityActionTwo').querySelector('[data-requirement="policy"]') as HTMLElement;
    expect(policy.dataset.status).toBe('met');
    expect(policy.querySelector('[part="policy-draft"]')).toBeNull();
  });
});
