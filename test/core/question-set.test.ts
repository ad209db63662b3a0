// The shipped question set (questions/) against what issue #3 promises.

import { describe, expect, it } from 'vitest';
import { content, expectedLength, visibleQuestionIds } from '../../src/core/index.js';
import { LANGS, type ControlQuestion, type Question } from '../../src/core/types.js';

const controls = content.questions.filter((q): q is ControlQuestion => q.type === 'control');
const profile = content.questions.filter((q) => q.type !== 'control');
const byId = new Map(content.questions.map((q) => [q.id, q]));

function conditionTargets(condition: Question['showIf']): string[] {
  if (!condition) return [];
  if ('all' in condition) return condition.all.flatMap(conditionTargets);
  if ('any' in condition) return condition.any.flatMap(conditionTargets);
  if ('not' in condition) return conditionTargets(condition.not);
  return [condition.question];
}

describe('the shipped question set', () => {
  it('asks between 30 and 40 security controls', () => {
    expect(controls.length).toBeGreaterThanOrEqual(30);
    expect(controls.length).toBeLessThanOrEqual(40);
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

  it("covers each of IPA's 25 self-check topics with a question asked of every company", () => {
    expect(content.ipaTopics.map((t) => t.number)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    const askedOfAll = visibleQuestionIds(content, {});
    for (const topic of content.ipaTopics) {
      const covering = controls.filter((q) => q.ipaTopics?.includes(topic.id) && askedOfAll.has(q.id));
      expect(covering.length, topic.id).toBeGreaterThan(0);
    }
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
    expect(all.questions).toBe(content.questions.length);
    expect(all.seconds).toBeLessThan(600);
    expect(all.seconds).toBeGreaterThan(baseline.seconds);
  });
});
