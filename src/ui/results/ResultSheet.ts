// The result as a printable sheet, to take home from a seminar or to a meeting with an agent: the
// partner's logo, who made the check, for which company and when, the decision (verdict, discount,
// premium), each likely loss and what a plan would pay of it, the APPI duty, the steps to take as
// a checklist, every answer, and a link with a QR code to open the result again.

import { answerText, breachDuty, coverFor, visibleAnswers, type CoverageProgram } from '../../core/lib.js';
import type { Decision } from '../../core/decision.js';
import type { StarLadder } from '../../core/stars/ladder.js';
import type { Answers, Content, Lang } from '../../core/types.js';
import { formatAmount, formatDate, formatYen } from '../../core/format.js';
import { local, type TFunction } from '../../i18n/index.js';
import { openSheet, type Sheet } from '../print-sheet.js';
import { positionOfLadder, starPositionText } from '../star-position.js';
import { actionText, controlOf, effortLabels } from './action-labels.js';
import { firstChoice } from './CoverChooser.js';
import { discountSentence, verdictText } from './decision-text.js';
import type { LossCard } from './estimates.js';
import { qrDrawing } from './qr-drawing.js';

type Row = [string, string];
type Section = Sheet['sections'][number];

export interface ResultSheetInput {
  content: Content;
  answers: Answers;
  /** The decision and the losses as on screen (the owner's typed assumptions, the partner's scenarios). */
  decision: Decision;
  estimates: LossCard[];
  /** The partner whose check this is, named (with its logo) at the top of the sheet. */
  partner: { name: string; logoUrl?: string } | undefined;
  /** The company's name, when the owner gave it (in the quote form). */
  companyName: string | undefined;
  /** Where the company stands on the star ladder; absent when the partner hides it. */
  stars?: StarLadder;
  /** The programme whose first plan and limits the sheet holds the losses against. */
  coverage: CoverageProgram | undefined;
  /** A link that opens this result again (the answers in its fragment). */
  resumeUrl: string;
  t: TFunction;
  lang: Lang;
}

/** Every step of the plans to the next and the top tier, as a checklist: "☐ action", effort. */
function checklist(content: Content, steps: string[], t: TFunction, lang: Lang): Section[] {
  if (steps.length === 0) return [];
  const rows = steps.map((id): Row => [`\u2610 ${actionText(content, id, lang)}`, effortLabels(controlOf(content, id), t).join(' · ')]);
  return [{ heading: t('results.sheetActions'), rows, layout: 'checklist' }];
}

export function openResultSheet(input: ResultSheetInput): Window | null {
  return openSheet(resultSheet(input));
}

/** What a plan would pay of each loss: the programme's first plan and limits, as on screen before any choice. */
function coverRows(coverage: CoverageProgram | undefined, estimates: LossCard[], t: TFunction, lang: Lang): Section[] {
  const choice = firstChoice(coverage);
  if (!choice) return [];
  const plan = choice.program.plans.find((p) => p.id === choice.planId);
  const limits = choice.program.limitSets.find((l) => l.id === choice.limitSetId);
  return [
    {
      heading: t('results.sheetCover', {
        plan: plan ? local(plan.label, lang) : choice.planId,
        limits: limits ? local(limits.label, lang) : choice.limitSetId,
      }),
      layout: 'amounts',
      rows: estimates.flatMap(({ scenario, estimate }): Row[] => {
        const cover = coverFor(estimate, choice.program, choice.planId, choice.limitSetId, choice.options);
        return cover
          ? [[local(scenario.title, lang), t('results.sheetCoverRow', { paid: formatAmount(cover.paid, lang), left: formatAmount(cover.uncovered, lang) })]]
          : [];
      }),
    },
  ];
}

/** Who, for whom and when, and the decision. */
function headRows(decision: Decision, { partner, companyName, stars, t, lang }: ResultSheetInput): Row[] {
  const { ipa, premium } = decision;
  const date = formatDate(new Date(), lang);
  return [
    ...(partner ? [[t('results.sheetPartner'), partner.name] as Row] : []),
    ...(companyName ? [[t('results.sheetCompany'), companyName] as Row] : []),
    [t('results.sheetDate'), date],
    [t('results.sheetVerdict'), verdictText(decision, t, lang)],
    [t('results.sheetScore'), `${ipa.score} / 100 (${local(ipa.band.title, lang)})`],
    [t('results.sheetDiscount'), discountSentence(decision, t, lang)],
    ...(premium
      ? [[t('results.sheetPremium'), t('results.sheetPremiumRow', { after: formatYen(premium.after, lang), before: formatYen(premium.before, lang) })] as Row]
      : []),
    ...(stars && stars.levels.length > 0 ? [[t('quote.summaryLabels.stars'), starPositionText(positionOfLadder(stars), t)] as Row] : []),
  ];
}

/** Every answer, as owners read them (3億円, 20,000件), not as stored (300000000). */
function answerRows(content: Content, answers: Answers, lang: Lang): Row[] {
  return content.questions.flatMap((q): Row[] => {
    const answer = answers[q.id];
    if (answer === undefined) return [];
    return [[local(q.text, lang), answerText(content, q.id, answer, lang)]];
  });
}

/** The sheet; a promise, as its QR code is drawn by an encoder loaded on first use. */
export async function resultSheet(input: ResultSheetInput): Promise<Sheet> {
  const { content, decision, estimates, coverage, resumeUrl, partner, t, lang } = input;
  const answers = visibleAnswers(content, input.answers);
  const { plans } = decision;
  const steps = [...new Set([...(plans.next?.steps ?? []), ...(plans.top?.steps ?? [])].map((s) => s.questionId))];
  // Without the encoder (offline, say) the link is still written out.
  const qr = await qrDrawing(resumeUrl).catch(() => undefined);
  const sections: Section[] = [
    { rows: headRows(decision, input) },
    {
      heading: t('results.sheetLoss'),
      layout: 'amounts',
      rows: estimates.map(({ scenario, estimate }): Row => [
        local(scenario.title, lang),
        `${formatAmount(estimate.total, lang)} (${formatAmount(estimate.range.low, lang)}–${formatAmount(estimate.range.high, lang)})`,
      ]),
    },
    ...coverRows(coverage, estimates, t, lang),
    {
      heading: t('results.sheetAppi'),
      rows: estimates.flatMap(({ scenario, estimate }): Row[] => {
        const duty = breachDuty(content.loss.model, answers, scenario, estimate);
        return duty.triggers.length === 0 ? [] : [[local(scenario.title, lang), t('results.sheetAppiRow', { days: String(duty.finalDays) })]];
      }),
    },
    ...checklist(content, steps, t, lang),
    { heading: t('results.sheetAnswers'), rows: answerRows(content, answers, lang), layout: 'compact' },
  ];
  return {
    lang,
    title: t('results.sheetTitle'),
    // Absolute: the sheet is a document of its own, which may not share the page's base address.
    ...(partner?.logoUrl && { logo: { src: new URL(partner.logoUrl, document.baseURI).href, alt: t('app.logoAlt', { name: partner.name }) } }),
    sections,
    link: {
      heading: t('results.sheetResume'),
      text: t('results.sheetResumeText'),
      url: resumeUrl,
      ...(qr && { qr: { ...qr, label: t('results.sheetQrLabel') } }),
    },
    note: t('results.sheetNote'),
    printLabel: t('sheet.print'),
  };
}
