import { describe, expect, it } from 'vitest';
import { content, contentIds, isFullContent, questionPart, resultsPart } from '../../src/core/index.js';
import { controlScoring, fillScoring, withoutScoring } from '../../src/core/content/parts.js';
import { eachLocalText, extractLanguage, fillLanguage, japaneseOnly } from '../../src/i18n/translations.js';

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
