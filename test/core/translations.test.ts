import { quickCheckIds } from '../../src/core/flow/steps.js';
import { describe, expect, it } from 'vitest';
import builtInLength from 'virtual:crc-content-length';
import builtInQuickLength from 'virtual:crc-quick-length';
import { content, contentIds, expectedLength, isFullContent, questionPart, resultsPart } from '../../src/core/index.js';
import { controlScoring, fillScoring, withoutScoring } from '../../src/core/content/parts.js';
import {
  eachLocalText,
  extractLanguage,
  fillLanguage,
  firstScreenContent,
  japaneseHelp,
  japaneseLaterSteps,
  japaneseOnly,
} from '../../src/i18n/translations.js';

describe('content by language', () => {
  it('ships Japanese only, and filling in the English strings gives back the full content', () => {
    const japanese = japaneseOnly(content);
    let texts = 0;
    eachLocalText(japanese, (text) => {
      texts++;
      expect(Object.keys(text)).toEqual(['ja']);
    });
    expect(texts).toBeGreaterThan(200);
    expect(japanese).not.toEqual(content);
    fillLanguage(japanese, 'en', extractLanguage(content, 'en'));
    expect(japanese).toEqual(content);
  });

  it('keys strings by their path in the content', () => {
    const strings = extractLanguage(content, 'en');
    const index = content.questions.findIndex((q) => q.id === 'updates');
    expect(strings[`questions.${index}.text`]).toBe('Do you install updates for computers, phones and software as soon as they come out?');
    expect(strings['scales.ipa.options.0.label']).toBe('Yes, in place');
  });
});

describe("the first screen's texts", () => {
  it("keeps the first step's texts and every title, and leaves the later steps' texts and the help for later", () => {
    const first = firstScreenContent(content);
    const [profile, basics] = [0, 1].map((i) => content.categories[i]!.id);
    const question = (id: string | undefined, from = first) => from.questions.find((q) => q.category === id)!;
    expect(question(profile).text).toEqual({ ja: question(profile, content).text.ja });
    expect(question(basics).text).toEqual({ ja: '' });
    expect(question(profile).help!.why).toEqual({ ja: '' });
    expect(first.categories[0]!.intro).toEqual({ ja: content.categories[0]!.intro!.ja });
    expect(first.categories[1]!.intro).toEqual({ ja: '' });
    expect(first.categories.map((c) => c.title)).toEqual(content.categories.map((c) => ({ ja: c.title.ja })));
    // What is left out comes back from the two maps the widget loads later.
    const later = japaneseLaterSteps(content);
    expect(Object.keys(later).some((path) => path.includes('.help.'))).toBe(false);
    fillLanguage(first, 'ja', later);
    fillLanguage(first, 'ja', japaneseHelp(content));
    expect(first).toEqual(japaneseOnly(content));
  });

  it("gives the intro's expected length as worked out from every text, which the first load lacks", () => {
    expect(builtInLength).toEqual({ ja: expectedLength(content, 'ja'), en: expectedLength(content, 'en') });
    expect(expectedLength(firstScreenContent(content), 'ja').seconds).toBeLessThan(builtInLength.ja.seconds);
  });

  it("gives the quick check's expected length from its questions alone", () => {
    const quick = quickCheckIds(content);
    const quickContent = { ...content, questions: content.questions.filter((question) => quick.has(question.id)) };
    expect(builtInQuickLength).toEqual({ ja: expectedLength(quickContent, 'ja'), en: expectedLength(quickContent, 'en') });
    expect(builtInQuickLength.ja.questions).toBe(quick.size);
    expect(builtInQuickLength.ja.minutes).toBeLessThan(builtInLength.ja.minutes);
  });
});

describe('content in two parts', () => {
  it('splits into the questions and what the results need, which together give back the content', () => {
    const questions = questionPart(content);
    expect(Object.keys(questions).sort()).toEqual(['categories', 'questions', 'scales']);
    expect(isFullContent(questions)).toBe(false);
    const whole = Object.assign(japaneseOnly(questions), japaneseOnly(resultsPart(content)));
    expect(isFullContent(whole)).toBe(true);
    fillLanguage(whole, 'en', extractLanguage(content, 'en'));
    expect(whole).toEqual(content);
  });

  it('leaves the scoring fields of the questions for later, and puts them back', () => {
    const firstLoad = withoutScoring(questionPart(content));
    const controls = firstLoad.questions.filter((q) => q.type === 'control');
    expect(controls.length).toBeGreaterThan(20);
    for (const q of controls) expect(Object.keys(q)).not.toEqual(expect.arrayContaining(['weight']));
    expect(controls.some((q) => 'tags' in q || 'effort' in q || 'ipaTopics' in q)).toBe(false);
    expect(firstLoad.questions.find((q) => q.id === 'updates')!.text).toEqual(content.questions.find((q) => q.id === 'updates')!.text);
    const scoring = controlScoring(content);
    expect(scoring.updates!.weight).toBe((content.questions.find((q) => q.id === 'updates') as { weight: number }).weight);
    fillScoring(firstLoad, scoring);
    expect(firstLoad).toEqual(questionPart(content));
  });

  it('names the ids a partner configuration may use without the results part', () => {
    const ids = contentIds(resultsPart(content));
    expect(ids.discountSchemes).toEqual(content.discountSchemes.map((s) => s.id));
    expect(ids.scenarios).toContain('ransomware');
    expect(ids.coverage.length).toBe(content.loss.coverage.length);
  });
});
