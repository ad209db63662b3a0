// The result as a printable sheet, to take home from a seminar or to a meeting with an agent: who
// made the check and when, the decision (verdict, discount, premium), each likely loss, the APPI
// duty, the steps to take as a checklist, and every answer.

import { answerText, breachDuty, decisionFor, estimateScenario, scenariosFor, visibleAnswers } from '../../core/lib.js';
import type { Answers, Content, DiscountScheme, Lang, RateTable } from '../../core/types.js';
import { formatAmount, formatYen } from '../../i18n/format.js';
import { local, type TFunction } from '../../i18n/index.js';
import { openSheet } from '../print-sheet.js';
import { actionText, controlOf, effortLabels } from './action-labels.js';
import { discountSentence, verdictText } from './decision-text.js';

export interface ResultSheetInput {
  content: Content;
  scheme: DiscountScheme;
  rateTable: RateTable | undefined;
  answers: Answers;
  /** The partner whose check this is, named at the top of the sheet. */
  partnerName: string | undefined;
  t: TFunction;
  lang: Lang;
}

/** Every step of the plans to the next and the top tier, as checklist rows: "☐ action", effort. */
function checklist(content: Content, steps: string[], t: TFunction, lang: Lang): [string, string][] {
  return steps.map((id) => [`\u2610 ${actionText(content, id, lang)}`, effortLabels(controlOf(content, id), t).join(' · ')]);
}

export function openResultSheet({ content, scheme, rateTable, answers: allAnswers, partnerName, t, lang }: ResultSheetInput): Window | null {
  const answers = visibleAnswers(content, allAnswers);
  const decision = decisionFor(content, scheme, rateTable, answers);
  const { ipa, premium, plans } = decision;
  const estimates = scenariosFor(content, answers)
    .map((scenario) => ({ scenario, estimate: estimateScenario(content, scenario, { answers }) }))
    .sort((a, b) => b.estimate.total - a.estimate.total); // largest first, as on screen
  const steps = [...new Set([...(plans.next?.steps ?? []), ...(plans.top?.steps ?? [])].map((s) => s.questionId))];
  const date = new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', { dateStyle: 'long' }).format(new Date());
  return openSheet({
    lang,
    title: t('results.sheetTitle'),
    sections: [
      {
        rows: [
          ...(partnerName ? [[t('results.sheetPartner'), partnerName] as [string, string]] : []),
          [t('results.sheetDate'), date],
          [t('results.sheetVerdict'), verdictText(decision, t, lang)],
          [t('results.sheetScore'), `${ipa.score} / 100 (${local(ipa.band.title, lang)})`],
          [t('results.sheetDiscount'), discountSentence(decision, t, lang)],
          ...(premium
            ? [
                [
                  t('results.sheetPremium'),
                  t('results.sheetPremiumRow', { after: formatYen(premium.after, lang), before: formatYen(premium.before, lang) }),
                ] as [string, string],
              ]
            : []),
        ],
      },
      {
        heading: t('results.sheetLoss'),
        amounts: true,
        rows: estimates.map(({ scenario, estimate }) => [
          local(scenario.title, lang),
          `${formatAmount(estimate.total, lang)} (${formatAmount(estimate.range.low, lang)}–${formatAmount(estimate.range.high, lang)})`,
        ]),
      },
      {
        heading: t('results.sheetAppi'),
        rows: estimates.flatMap(({ scenario, estimate }): [string, string][] => {
          const duty = breachDuty(content.loss.model, answers, scenario, estimate);
          return duty.triggers.length === 0 ? [] : [[local(scenario.title, lang), t('results.sheetAppiRow', { days: String(duty.finalDays) })]];
        }),
      },
      ...(steps.length > 0 ? [{ heading: t('results.sheetActions'), rows: checklist(content, steps, t, lang) }] : []),
      {
        heading: t('results.sheetAnswers'),
        rows: content.questions.flatMap((q): [string, string][] => {
          const answer = answers[q.id];
          if (answer === undefined) return [];
          // Amounts as owners read them (3億円), not as stored (300000000).
          const text = q.type === 'amount' && typeof answer === 'number' ? formatAmount(answer, lang) : answerText(content, q.id, answer, lang);
          return [[local(q.text, lang), text]];
        }),
      },
    ],
    note: t('results.sheetNote'),
    printLabel: t('sheet.print'),
  });
}
