import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { content } from '../../src/core/index.js';
import { optionsOf } from '../../src/core/flow/options.js';
import { bestOption } from '../../src/core/scoring/weighted.js';
import { policyDraft, policyText, type PolicyDraftInput } from '../../src/core/stars/policy-draft.js';
import { NOT_APPLICABLE, type Answers, type ControlQuestion } from '../../src/core/types.js';

const template = content.policyTemplate!;
const textOf = (control: string, lang: 'ja' | 'en' = 'ja') => template.measures.find((m) => m.control === control)!.text[lang]!;
const profile: Answers = { industry: 'retail', employees: 12, webShop: 'yes', personalRecords: 3000 };
const input: PolicyDraftInput = { companyName: '株式会社 山田商店', lang: 'ja', adopted: new Date('2026-12-06T12:00:00Z') };
const draft = (answers: Answers, extra: Partial<PolicyDraftInput> = {}) => policyDraft(content, { ...profile, ...answers }, { ...input, ...extra })!;

describe('the draft basic security policy', () => {
  it('names the company, the day it is adopted, and only the measures it takes or committed to', () => {
    const result = draft({ updates: 'done', antivirus: 'done', passwords: 'partly', backups: 'notDone', mfa: 'unknown' }, { planned: ['backups'] });
    expect(result.title).toBe('情報セキュリティ基本方針');
    expect(result.preamble.startsWith('株式会社 山田商店（以下「当社」）は')).toBe(true);
    expect(result.measures).toEqual(['updates', 'antivirus', 'backups']);
    const text = policyText(result);
    for (const taken of ['updates', 'antivirus', 'backups']) expect(text).toContain(textOf(taken));
    for (const notTaken of ['passwords', 'mfa', 'training', 'incidentResponse']) expect(text).not.toContain(textOf(notTaken));
    expect(result.closing).toEqual(['2026年12月6日 制定', '株式会社 山田商店', expect.stringMatching(/^代表者/)]);
  });

  it('puts the measures after the clause the template names, and leaves the section out when there are none', () => {
    const titles = (answers: Answers) => draft(answers).sections.map((s) => s.title);
    expect(titles({ updates: 'done' })).toEqual(['経営者の責任', '社内の体制', '法令と契約の遵守', '取り組む対策', '見直しと改善']);
    expect(titles({ updates: 'notDone' })).toEqual(['経営者の責任', '社内の体制', '法令と契約の遵守', '見直しと改善']);
  });

  it('leaves out a measure for a question the company was not asked, even when it was answered before', () => {
    // The website questions are asked only of a company with a website or shop.
    const answers = { webUpdates: 'done', webAdminLogin: 'done', updates: 'done' };
    expect(draft(answers).measures).toContain('webUpdates');
    expect(draft({ ...answers, webShop: 'no', website: 'none' }).measures).toEqual(['updates']);
  });

  it('writes a name as typed, even one with "$&" or "{date}" in it', () => {
    expect(draft({}, { companyName: 'Ca$$h & $& {date} Co.' }).preamble.startsWith('Ca$$h & $& {date} Co.（以下「当社」）')).toBe(true);
  });

  it('leaves out a control answered "not applicable", and one ticked in the plan but not asked', () => {
    const notApplicable = content.questions.find(
      (q): q is ControlQuestion => q.type === 'control' && q.allowNotApplicable === true && template.measures.some((m) => m.control === q.id),
    )!;
    expect(draft({ [notApplicable.id]: 'done' }).measures).toContain(notApplicable.id);
    expect(draft({ [notApplicable.id]: NOT_APPLICABLE }).measures).not.toContain(notApplicable.id);
    expect(draft({ webShop: 'no', website: 'none' }, { planned: ['webUpdates'] }).measures).not.toContain('webUpdates');
    expect(draft({}, { planned: ['webUpdates'] }).measures).toContain('webUpdates');
  });

  it('writes English, with a name typed over several lines made one', () => {
    const result = draft({ training: 'done' }, { lang: 'en', companyName: '  Yamada\n Trading  Co. ' });
    expect(result.preamble.startsWith('Yamada Trading Co. ("we")')).toBe(true);
    expect(result.sections.find((s) => s.title === 'What we do')?.paragraphs).toEqual([textOf('training', 'en')]);
    // One measure is still a list item, like many.
    expect(policyText(result).split('\r\n')).toContain(`- ${textOf('training', 'en')}`);
    expect(result.closing[0]).toBe('Adopted on 6 December 2026');
  });

  it('as text: numbered sections, the measures as a list, Windows line ends', () => {
    const text = policyText(draft({ updates: 'done', antivirus: 'done' }));
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('情報セキュリティ基本方針');
    expect(lines).toContain('4. 取り組む対策');
    expect(lines).toContain(`・${textOf('updates')}`);
    expect(lines).toContain('5. 見直しと改善');
    expect(text).not.toMatch(/[^\r]\n/);
  });

  it('never promises a measure the owner neither takes nor ticked, for any answers', () => {
    const controls = content.questions.filter((q): q is ControlQuestion => q.type === 'control');
    const answer = fc.record(Object.fromEntries(controls.map((q) => [q.id, fc.constantFrom(...optionsOf(q, content).map((o) => o.id))])));
    const planned = fc.subarray(controls.map((q) => q.id));
    fc.assert(
      fc.property(answer, planned, (answers, ticked) => {
        const result = draft(answers, { planned: ticked });
        for (const id of result.measures) {
          const question = controls.find((q) => q.id === id)!;
          expect(answers[id] === bestOption(question, content).id || ticked.includes(id)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('is absent from content without a template', () => {
    const { policyTemplate: _, ...withoutTemplate } = content;
    expect(policyDraft(withoutTemplate, profile, input)).toBeUndefined();
  });
});
