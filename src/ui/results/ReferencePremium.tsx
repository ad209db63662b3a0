// A reference premium from the partner's rate table, before and after the discount: worked out from
// published examples for the company's industry and revenue, never a quote. Its basis (the examples
// used, the industry standing in for the company's, whether the revenue lies outside the examples)
// is one click away, so an owner can judge how far to trust the figure.

import { answerText, discountedPremium, formatList, type PremiumFigures, type RateTable } from '../../core/lib.js';
import { formatAmount, formatNumber, formatRate, formatYen } from '../../core/format.js';
import { local } from '../../i18n/index.js';
import { keepAmountsWhole } from '../amounts.js';
import { useT } from '../context.js';
import { useFullContent } from '../full-content.js';
import { pure } from '../pure.js';

/** The premium of core's decisionFor, from `table`; `rate` is the discount to show it after. */
export const ReferencePremium = pure(function ReferencePremium({ premium, table, rate }: { premium: PremiumFigures; table: RateTable; rate: number }) {
  const { t, lang } = useT();
  const base = premium.before;
  const plan = table.plans.find((p) => p.id === premium.planId);
  if (!plan) return null;
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
      <PremiumBasisDetails premium={premium} planLabel={local(plan.label, lang)} />
    </>
  );
});

/** The basis as a disclosure: its summary says whether the figure is printed, in between or extended. */
function PremiumBasisDetails({ premium, planLabel }: { premium: PremiumFigures; planLabel: string }) {
  const { t, lang } = useT();
  const { content } = useFullContent();
  const { basis } = premium.reference;
  const industry = (id: string) => answerText(content, 'industry', id, lang);
  const outside = basis.position === 'below' || basis.position === 'above';
  const revenues = formatList(
    basis.rows.map((r) => formatAmount(r.revenue, lang)),
    lang,
  );
  return (
    <details class="premium-basis">
      <summary>{t(`discount.premiumBasis.summary.${outside ? 'outside' : basis.position}`)}</summary>
      <ul class="plain-list">
        <li>{keepAmountsWhole(t('discount.premiumBasis.rows', { industry: industry(basis.pricedAs), revenues, plan: planLabel }))}</li>
        {basis.pricedAs !== basis.industry && (
          <li>{t('discount.premiumBasis.mapped', { industry: industry(basis.industry), pricedAs: industry(basis.pricedAs) })}</li>
        )}
        {outside && <li>{t('discount.premiumBasis.outside')}</li>}
        {outside && basis.exponentFrom === 'table' && <li>{t('discount.premiumBasis.exponent', { factor: formatNumber(2 ** basis.exponent, lang) })}</li>}
        {basis.limit && <li>{keepAmountsWhole(t(`discount.premiumBasis.${basis.limit.kind}`, { revenue: formatAmount(basis.limit.revenue, lang) }))}</li>}
        {basis.includedDiscount > 0 && <li>{t('discount.premiumBasis.included', { rate: formatRate(basis.includedDiscount, lang) })}</li>}
      </ul>
    </details>
  );
}
