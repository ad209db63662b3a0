// What the chosen plan would pay for a scenario and what would be left to the company, and for each
// part left, in plain words: why (the plan does not respond to the trigger, needs an option, does not
// pay that kind of item, excludes it, a limit, a sub-limit, the deductible) and what would pay it.

import type { CoverFix, CoverResult, CoveredItem, CoverageProgram, Shortfall } from '../../core/lib.js';
import { formatAmount, formatList } from '../../core/format.js';
import { local } from '../../i18n/index.js';
import type { Lang, LocalText } from '../../core/text.js';
import { keepAmountsWhole } from '../amounts.js';
import { useT } from '../context.js';
import { useFullContent } from '../full-content.js';

type T = (key: string, values?: Record<string, string>) => string;

interface Namer {
  plan: (id: string | undefined) => string;
  option: (id: string | undefined) => string;
  limitSet: (id: string | undefined) => string;
  rule: (id: string | undefined) => string;
}

function namer(program: CoverageProgram | undefined, lang: Lang): Namer {
  const named = (list: readonly { id: string; label: LocalText }[] | undefined) => (id: string | undefined) => {
    const found = list?.find((x) => x.id === id);
    return found ? local(found.label, lang) : (id ?? '');
  };
  const rules = [...(program?.exclusions ?? []), ...(program?.subLimits ?? []), ...(program?.options ?? []).flatMap((o) => o.subLimits ?? [])];
  return { plan: named(program?.plans), option: named(program?.options), limitSet: named(program?.limitSets), rule: named(rules) };
}

/** "Wide would pay it", "with the IT option it would", "Set 2 would pay it all". */
function fixText(fix: CoverFix | undefined, name: Namer, t: T): string {
  if (!fix) return '';
  if (fix.limitSetId) return t(fix.partial ? 'loss.fix.limitSetPartial' : 'loss.fix.limitSet', { limitSet: name.limitSet(fix.limitSetId) });
  if (fix.planId && fix.optionId) return t('loss.fix.planOption', { plan: name.plan(fix.planId), option: name.option(fix.optionId) });
  if (fix.planId) return t('loss.fix.plan', { plan: name.plan(fix.planId) });
  return t('loss.fix.option', { option: name.option(fix.optionId) });
}

/** Why an item, or part of it, is not paid. */
function whyText(item: CoveredItem, shortfall: Shortfall, planId: string, name: Namer, t: T): string {
  const values = {
    plan: name.plan(planId),
    trigger: t(`loss.triggerNames.${item.trigger}`),
    option: name.option(shortfall.fix?.optionId),
    rule: name.rule(shortfall.ruleId),
  };
  const why = t(`loss.why.${shortfall.reason}`, values);
  // For a missing option the option is named in the reason already.
  const fix = shortfall.reason === 'option' ? '' : fixText(shortfall.fix, name, t);
  return fix ? `${why}${t('loss.fix.join')}${fix}` : why;
}

export function PlanPayout({ cover }: { cover: CoverResult }) {
  const { t, lang } = useT();
  const program = useFullContent().content.loss.coverage.find((p) => p.id === cover.programId);
  const name = namer(program, lang);
  const amount = (yen: number) => formatAmount(yen, lang);
  // One line per reason an item is not paid or is capped by a sub-limit, naming every item it holds
  // for ("A (1万円) and B (2万円): Basic does not cover…"); the limits and the deductible once.
  const byReason = new Map<string, string[]>();
  for (const item of cover.items) {
    for (const u of item.unpaid) {
      if (u.reason === 'limit' || u.reason === 'deductible') continue;
      const why = whyText(item, u, cover.planId, name, t);
      const part = t('loss.gapItem', { label: local(item.label, lang), amount: amount(u.amount) });
      byReason.set(why, [...(byReason.get(why) ?? []), part]);
    }
  }
  const itemGaps = [...byReason].map(([why, parts]) => ({ key: why, text: `${t('loss.gap', { items: formatList(parts, lang) })}${why}` }));
  const limitGaps = cover.byType
    .filter((c) => c.overLimit > 0)
    .map((c) => {
      const fix = cover.items
        .filter((i) => i.type === c.type)
        .flatMap((i) => i.unpaid)
        .find((u) => u.reason === 'limit')?.fix;
      const text = t('loss.why.limit', { type: t(`loss.types.${c.type}`), limit: amount(c.limit), amount: amount(c.overLimit) });
      const change = fixText(fix, name, t);
      return { key: `limit-${c.type}`, text: change ? `${text}${t('loss.fix.join')}${change}` : text };
    });
  const deductibleGap =
    cover.deductible > 0 && program
      ? [{ key: 'deductible', text: t('loss.why.deductible', { rule: local(program.deductible.label, lang), amount: amount(cover.deductible) }) }]
      : [];
  const gaps = [...itemGaps, ...limitGaps, ...deductibleGap];
  return (
    <div class="cover-result">
      <p>
        <strong>{keepAmountsWhole(t('loss.paid', { amount: amount(cover.paid) }))}</strong>
        {' / '}
        {keepAmountsWhole(t('loss.uncovered', { amount: amount(cover.uncovered) }))}
      </p>
      {gaps.length > 0 && (
        <ul class="plain-list cover-gaps" aria-label={t('loss.gapsHeading')}>
          {gaps.map((gap) => (
            <li key={gap.key}>{keepAmountsWhole(gap.text)}</li>
          ))}
        </ul>
      )}
      {cover.example && <p class="note">{t('loss.exampleLimits')}</p>}
    </div>
  );
}
