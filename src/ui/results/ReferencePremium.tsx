// A reference premium from the partner's rate table, before and after the discount: a published
// example for the company's industry and revenue, never a quote.

import { basePremium, discountedPremium, type RateTable } from '../../core/lib.js';
import type { Answers } from '../../core/types.js';
import { formatRate, formatYen } from '../../i18n/format.js';
import { local } from '../../i18n/index.js';
import { keepAmountsWhole } from '../amounts.js';
import { useT } from '../context.js';

export interface PremiumBasis {
  table: RateTable;
  plan: RateTable['plans'][number];
  /** The annual premium before any discount, in yen. */
  base: number;
}

/** The table's first plan priced for the company; undefined without a table, or when it has no example that fits. */
export function premiumBasis(table: RateTable | undefined, answers: Answers): PremiumBasis | undefined {
  const plan = table?.plans[0];
  if (!table || !plan) return undefined;
  const industry = typeof answers.industry === 'string' ? answers.industry : undefined;
  const revenue = typeof answers.revenue === 'number' ? answers.revenue : undefined;
  const base = basePremium(table, industry, revenue, plan.id);
  return base === undefined ? undefined : { table, plan, base };
}

export function ReferencePremium({ premium, rate }: { premium: PremiumBasis; rate: number }) {
  const { t, lang } = useT();
  const { table, plan, base } = premium;
  return (
    <>
      <h4>{t('discount.premiumHeading')}</h4>
      <dl class="premium">
        <dt>{t('discount.premiumPlan')}</dt>
        <dd>{local(plan.label, lang)}</dd>
        <dt>{t('discount.premiumBefore')}</dt>
        <dd>{keepAmountsWhole(t('discount.perYear', { yen: formatYen(base, lang) }))}</dd>
        <dt>{t('discount.premiumAfter', { rate: formatRate(rate, lang) })}</dt>
        <dd>{keepAmountsWhole(t('discount.perYear', { yen: formatYen(discountedPremium(base, rate), lang) }))}</dd>
      </dl>
      <p class="note">{t('discount.premiumSource', { source: local(table.source, lang) })}</p>
    </>
  );
}
