// The shipped question set (questions/) against what issue #3 promises.

import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../scripts/content.js';
import { collectItems, type ContentFile } from '../../src/core/content/files.js';
import { content, expectedLength, visibleQuestionIds } from '../../src/core/index.js';
import { LANGS, type ControlQuestion, type Question } from '../../src/core/types.js';

const QUESTIONS_DIR = new URL('../../questions', import.meta.url).pathname;

const controls = content.questions.filter((q): q is ControlQuestion => q.type === 'control');
const profile = content.questions.filter((q) => q.type !== 'control');
const byId = new Map(content.questions.map((q) => [q.id, q]));

/**
 * Each of IPA's items must be answered by exactly one control question asked of every company, so
 * that the IPA total is IPA's own sum of 25 answers. Problems name the file and JSONPath to fix.
 */
function ipaCoverageProblems(files: ContentFile[]): string[] {
  const { items } = collectItems(files, (at, message) => {
    throw new Error(`${at.file} ${at.path}: ${message}`);
  });
  return items.ipaTopics.flatMap((topic) => {
    const item = `IPA item ${topic.value.number} (${JSON.stringify(topic.value.id)})`;
    const covering = items.questions.flatMap((q) => {
      const index = q.value.type === 'control' ? (q.value.ipaTopics?.indexOf(topic.value.id) ?? -1) : -1;
      return index === -1 ? [] : [{ q, where: `${q.file} ${q.path}.ipaTopics[${index}] (question ${JSON.stringify(q.value.id)})` }];
    });
    if (covering.length === 0) return [`${topic.file} ${topic.path}: ${item} is answered by no control question; list it in one question's ipaTopics`];
    const problems = covering.length > 1 ? [`${item} is answered by ${covering.length} questions, not one: ${covering.map((c) => c.where).join('; ')}`] : [];
    for (const { q, where } of covering) if (q.value.showIf) problems.push(`${where}: ${item} must be asked of every company, not under showIf`);
    return problems;
  });
}

function conditionTargets(condition: Question['showIf']): string[] {
  if (!condition) return [];
  if ('all' in condition) return condition.all.flatMap(conditionTargets);
  if ('any' in condition) return condition.any.flatMap(conditionTargets);
  if ('not' in condition) return conditionTargets(condition.not);
  return [condition.question];
}

describe('the shipped question set', () => {
  it('asks every company between 30 and 40 security controls', () => {
    // IPA's 25 items take one question each; the sections for web shops, card payments, control
    // systems and IT providers add up to 6 more where they apply (41 in all).
    const askedOfAll = visibleQuestionIds(content, {});
    const asked = controls.filter((q) => askedOfAll.has(q.id));
    expect(asked.length).toBeGreaterThanOrEqual(30);
    expect(asked.length).toBeLessThanOrEqual(40);
  });

  it('asks every profile fact the estimate and the quote reuse', () => {
    const expected = [
      'industry',
      'revenue',
      'employees',
      'pcs',
      'servers',
      'records',
      'dataKinds',
      'website',
      'webShop',
      'onlineCards',
      'controlSystems',
      'itServices',
      'overseas',
      'chamberMember',
    ];
    expect(profile.map((q) => q.id)).toEqual(expected);
    expect(profile.every((q) => q.category === 'profile')).toBe(true);
  });

  it('offers the industries insurers rate by', () => {
    const industry = byId.get('industry')!;
    const ids = 'options' in industry ? industry.options!.map((o) => o.id) : [];
    expect(ids).toEqual([
      'manufacturing',
      'construction',
      'retail',
      'wholesale',
      'logistics',
      'restaurant',
      'realEstate',
      'itServices',
      'professional',
      'medical',
      'education',
      'other',
    ]);
  });

  it.each(LANGS)('gives every control a text, a why and a how in %s', (lang) => {
    for (const q of controls) {
      expect(q.text[lang]?.trim(), q.id).toBeTruthy();
      expect(q.help?.why[lang]?.trim(), q.id).toBeTruthy();
      expect(q.help?.how[lang]?.trim(), q.id).toBeTruthy();
    }
  });

  it('gives every control a weight, an effort estimate and at least a tag or an IPA topic', () => {
    for (const q of controls) {
      expect(q.weight, q.id).toBeGreaterThanOrEqual(0);
      expect(q.effort, q.id).toBeDefined();
      expect((q.tags?.length ?? 0) + (q.ipaTopics?.length ?? 0), q.id).toBeGreaterThan(0);
    }
  });

  it('writes the Japanese help in complete, polite sentences', () => {
    for (const q of content.questions) {
      if (!q.help) continue;
      for (const text of [q.help.why.ja, q.help.how.ja]) {
        expect(text.endsWith('。'), `${q.id}: ${text}`).toBe(true);
        expect(/(です|ます|ません|ました|ください|しょう)。/.test(text), `${q.id}: ${text}`).toBe(true);
      }
    }
  });

  it("answers each of IPA's 25 self-check items with exactly one question, asked of every company", () => {
    expect(content.ipaTopics.map((t) => t.number)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(ipaCoverageProblems(readContentFiles(QUESTIONS_DIR))).toEqual([]);
    const askedOfAll = visibleQuestionIds(content, {});
    for (const topic of content.ipaTopics) {
      expect(
        controls.filter((q) => q.ipaTopics?.includes(topic.id) && askedOfAll.has(q.id)).map((q) => q.id),
        topic.id,
      ).toHaveLength(1);
    }
  });

  it('names the file and path when an IPA item has two questions, none, or a conditional one', () => {
    const files = readContentFiles(QUESTIONS_DIR);
    const edit = (name: string, change: (questions: ControlQuestion[]) => void) => {
      const copy = structuredClone(files);
      change((copy.find((f) => f.file === name)!.data as { questions: ControlQuestion[] }).questions);
      return ipaCoverageProblems(copy);
    };
    const everyday = 'questions/controls/everyday.json';
    const byId = (questions: ControlQuestion[], id: string) => questions.find((q) => q.id === id)!;
    expect(edit(everyday, (qs) => (byId(qs, 'mailSending').ipaTopics = ['misdirectedMail', 'protectedAttachments']))).toEqual([
      'IPA item 8 ("protectedAttachments") is answered by 2 questions, not one: ' +
        `${everyday} $.questions[1].ipaTopics[1] (question "mailSending"); ${everyday} $.questions[2].ipaTopics[0] (question "protectedAttachments")`,
    ]);
    expect(edit(everyday, (qs) => delete byId(qs, 'protectedAttachments').ipaTopics)).toEqual([
      'questions/ipa.json $.ipaTopics[7]: IPA item 8 ("protectedAttachments") is answered by no control question; list it in one question\'s ipaTopics',
    ]);
    expect(edit(everyday, (qs) => (byId(qs, 'protectedAttachments').showIf = { question: 'website', equals: 'yes' }))).toEqual([
      `${everyday} $.questions[2].ipaTopics[0] (question "protectedAttachments"): IPA item 8 ("protectedAttachments") must be asked of every company, not under showIf`,
    ]);
  });

  it('covers the controls insurers weigh', () => {
    const ids = new Set(controls.map((q) => q.id));
    for (const id of [
      'mfa',
      'remoteAccess',
      'offlineBackup',
      'edr',
      'adminRights',
      'logging',
      'assetInventory',
      'webUpdates',
      'cardNonRetention',
      'suppliers',
      'securityAction',
      'certification',
      'writtenRules',
      'incidentResponse',
      'pastIncidents',
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
  });

  it('lets conditions look only at earlier questions, so there can be no cycle', () => {
    const position = new Map(content.questions.map((q, i) => [q.id, i]));
    for (const q of content.questions) {
      for (const target of conditionTargets(q.showIf)) {
        expect(position.has(target), `${q.id} → ${target}`).toBe(true);
        expect(position.get(target)!, `${q.id} → ${target}`).toBeLessThan(position.get(q.id)!);
      }
    }
  });

  it('offers "does not apply" only where a control can genuinely not apply', () => {
    expect(
      controls
        .filter((q) => q.allowNotApplicable)
        .map((q) => q.id)
        .sort(),
    ).toEqual(['personalDevices', 'remoteAccess', 'wifi']);
  });
});

describe('conditional questions', () => {
  const shown = (answers: Record<string, string>) => visibleQuestionIds(content, answers);
  const inCategory = (category: string) => controls.filter((q) => q.category === category).map((q) => q.id);

  it('asks card questions only of companies taking card payments online', () => {
    for (const id of inCategory('cards')) {
      expect(shown({ onlineCards: 'no' }).has(id)).toBe(false);
      expect(shown({ onlineCards: 'yes' }).has(id)).toBe(true);
    }
  });

  it('asks web questions only with a website or web shop', () => {
    for (const id of inCategory('website')) {
      expect(shown({ website: 'no', webShop: 'no' }).has(id)).toBe(false);
      expect(shown({ website: 'yes', webShop: 'no' }).has(id)).toBe(true);
      expect(shown({ website: 'no', webShop: 'yes' }).has(id)).toBe(true);
    }
  });

  it('asks control-system questions only with connected equipment', () => {
    for (const id of inCategory('controlSystems')) {
      expect(shown({ controlSystems: 'no' }).has(id)).toBe(false);
      expect(shown({ controlSystems: 'yes' }).has(id)).toBe(true);
    }
  });

  it('asks IT-services questions of IT providers, whether declared or by industry', () => {
    for (const id of inCategory('itServices')) {
      expect(shown({ itServices: 'no', industry: 'retail' }).has(id)).toBe(false);
      expect(shown({ itServices: 'yes', industry: 'retail' }).has(id)).toBe(true);
      expect(shown({ itServices: 'no', industry: 'itServices' }).has(id)).toBe(true);
    }
  });
});

describe('expected length', () => {
  it.each(LANGS)('takes under 10 minutes in %s, even with every conditional question', (lang) => {
    const baseline = expectedLength(content, lang);
    expect(baseline.seconds).toBeLessThan(600);
    const everything = { website: 'yes', webShop: 'yes', onlineCards: 'yes', controlSystems: 'yes', itServices: 'yes' };
    const all = expectedLength(content, lang, everything);
    // Every question but those only the star ladder asks, beside it in the results.
    expect(all.questions).toBe(content.questions.filter((q) => !(q.type === 'control' && q.starsOnly)).length);
    expect(all.questions).toBe(content.questions.length - 1);
    expect(all.seconds).toBeLessThan(600);
    expect(all.seconds).toBeGreaterThan(baseline.seconds);
  });
});
