// One brochure case's losses, item by item as the presenter shows them, then their total.

import type { CaseSlide } from '../../core/loss/deck.js';
import { formatAmount } from '../../core/format.js';
import { local } from '../../i18n/index.js';
import { useT } from '../context.js';

export function CaseTable({ slide, shown }: { slide: CaseSlide; shown: number }) {
  const { t, lang } = useT();
  return (
    <table class="preset-table walkthrough-table">
      <thead>
        <tr>
          <th scope="col">{t('walkthrough.item')}</th>
          <th scope="col">{t('walkthrough.amount')}</th>
        </tr>
      </thead>
      <tbody aria-live="polite">
        {slide.items.slice(0, shown).map((item) => (
          <tr key={item.id} data-yen={item.amount}>
            <th scope="row">{local(item.label, lang)}</th>
            <td>{formatAmount(item.amount, lang)}</td>
          </tr>
        ))}
        {shown > slide.items.length && (
          <tr class="total-row" data-yen={slide.total}>
            <th scope="row">{t('walkthrough.total')}</th>
            <td>{formatAmount(slide.total, lang)}</td>
          </tr>
        )}
      </tbody>
    </table>
  );
}

/** What each plan of the programme would pay for the case, and what the company would bear. */
export function PlanPays({ slide }: { slide: CaseSlide }) {
  const { t, lang } = useT();
  return (
    <section class="plan-pays" aria-labelledby="plan-pays-heading">
      <h3 id="plan-pays-heading">{t('walkthrough.plans', { program: local(slide.program.title, lang), limits: local(slide.limitSet.label, lang) })}</h3>
      <ul>
        {slide.plans.map((plan) => (
          <li key={plan.id} data-plan={plan.id} data-paid={plan.paid}>
            {t(plan.uncovered > 0 ? 'walkthrough.planPays' : 'walkthrough.planPaysAll', {
              plan: local(plan.label, lang),
              paid: formatAmount(plan.paid, lang),
              uncovered: formatAmount(plan.uncovered, lang),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** For the presenter's eyes: where the case comes from, its largest item, and how far the plans differ. */
export function PresenterNotes({ slide }: { slide: CaseSlide }) {
  const { t, lang } = useT();
  const largest = [...slide.items].sort((a, b) => b.amount - a.amount)[0];
  const pays = slide.plans.map((plan) => plan.paid);
  return (
    <aside class="presenter-notes" aria-label={t('walkthrough.notes')}>
      <p>{t('walkthrough.source', { source: local(slide.preset.source, lang) })}</p>
      {largest && slide.total > 0 && (
        <p>
          {t('walkthrough.noteLargest', {
            item: local(largest.label, lang),
            amount: formatAmount(largest.amount, lang),
            share: Math.round((largest.amount / slide.total) * 100),
          })}
        </p>
      )}
      {pays.length > 1 && <p>{t('walkthrough.notePlans', { gap: formatAmount(Math.max(...pays) - Math.min(...pays), lang) })}</p>}
    </aside>
  );
}
