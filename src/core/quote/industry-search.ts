// Finding an industry in the official classification: what the owner types (in either language,
// in hiragana or katakana, full- or half-width) matched against names, codes and everyday words;
// before anything is typed, the groups of the industry chosen in the check, else the common ones.

import { toKatakana } from '../parse/contact.js';
import { local, type IndustryClassification, type IndustryDivision, type IndustryGroup, type Lang, type LocalText } from '../types.js';

export interface IndustryChoice {
  code: string;
  label: LocalText;
  division: Pick<IndustryDivision, 'code' | 'label'>;
  /** What choosing it means for cover (the group's own note, else its division's). */
  note?: LocalText;
  /** Which self-check industry it belongs to. */
  industry: string;
}

export function industryChoices(classification: IndustryClassification): IndustryChoice[] {
  return classification.divisions.flatMap(({ groups, note: divisionNote, code, label }) =>
    groups.map((group: IndustryGroup) => {
      const note = group.note ?? divisionNote;
      return { code: group.code, label: group.label, division: { code, label }, industry: group.industry, ...(note && { note }) };
    }),
  );
}

export function industryByCode(classification: IndustryClassification | undefined, code: string): IndustryChoice | undefined {
  return classification ? industryChoices(classification).find((choice) => choice.code === code) : undefined;
}

/** Lower case, full-width letters and digits made half-width, hiragana made katakana, punctuation gone. */
export function searchable(text: string): string {
  return toKatakana(text.normalize('NFKC').toLowerCase())
    .replace(/[\s,，、・()（）.「」-]+/g, ' ')
    .trim();
}

function haystack(choice: IndustryChoice, keywords: string | undefined): string {
  const { label, division } = choice;
  return searchable([choice.code, label.ja, label.en, division.label.ja, division.label.en, keywords ?? ''].join(' '));
}

/**
 * The groups matching every word typed, those of the check's industry first; with nothing typed,
 * the groups of that industry (or the common ones when it is "other" or not answered).
 */
export function findIndustries(classification: IndustryClassification, query: string, selfCheckIndustry?: string): IndustryChoice[] {
  const choices = industryChoices(classification);
  const words = searchable(query).split(' ').filter(Boolean);
  const own = (choice: IndustryChoice) => selfCheckIndustry !== undefined && selfCheckIndustry !== 'other' && choice.industry === selfCheckIndustry;
  if (words.length === 0) {
    const suggested = choices.filter(own);
    return suggested.length > 0 ? suggested : classification.common.flatMap((code) => choices.filter((choice) => choice.code === code));
  }
  const keywords = new Map(classification.divisions.flatMap((d) => d.groups.map((g) => [g.code, g.keywords] as const)));
  const matches = choices.filter((choice) => {
    const text = haystack(choice, keywords.get(choice.code));
    return words.every((word) => text.includes(word));
  });
  return [...matches.filter(own), ...matches.filter((choice) => !own(choice))];
}

/** "76 飲食店" as the agent reads it. */
export function industryName(choice: IndustryChoice, lang: Lang): string {
  return `${choice.code} ${local(choice.label, lang)}`;
}
