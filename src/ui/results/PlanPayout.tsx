// What the chosen plan would pay for a scenario and what would be left to the company: the part
// over a type's limit, and the types the plan does not cover.

import type { CoverResult } from '../../core/lib.js';
import { formatAmount } from '../../i18n/format.js';
import { keepAmountsWhole } from '../amounts.js';
import { useT } from '../context.js';

export function PlanPayout({ cover }: { cover: CoverResult }) {
  const { t, lang } = useT();
  return (
    <div class="cover-result">
      <p>
        <strong>{keepAmountsWhole(t('loss.paid', { amount: formatAmount(cover.paid, lang) }))}</strong>
        {' / '}
        {keepAmountsWhole(t('loss.uncovered', { amount: formatAmount(cover.uncovered, lang) }))}
      </p>
      <ul class="plain-list">
        {cover.byType
          .filter((c) => c.overLimit > 0)
          .map((c) => (
            <li key={`over-${c.type}`}>
              {keepAmountsWhole(
                t('loss.overLimit', { type: t(`loss.types.${c.type}`), limit: formatAmount(c.limit, lang), amount: formatAmount(c.overLimit, lang) }),
              )}
            </li>
          ))}
        {cover.byType
          .filter((c) => c.notCovered > 0)
          .map((c) => (
            <li key={`not-${c.type}`}>
              {keepAmountsWhole(t('loss.notCoveredType', { type: t(`loss.types.${c.type}`), amount: formatAmount(c.notCovered, lang) }))}
            </li>
          ))}
      </ul>
    </div>
  );
}
