// A scenario's loss by type (liability, cost, lost profit): a stacked bar with the range under it,
// on a scale shared by all scenarios, and the amounts as a list beside it.

import { LOSS_TYPES, type LossEstimate } from '../../core/lib.js';
import { formatAmount } from '../../core/format.js';
import { keepAmountsWhole } from '../amounts.js';
import { useT } from '../context.js';
import { pure } from '../pure.js';

/** The bar is decoration: the list after it says the same in words. */
function StackedBar({ estimate, scale }: { estimate: LossEstimate; scale: number }) {
  let x = 0;
  const width = (amount: number) => (100 * amount) / scale;
  return (
    <svg class="loss-bar" viewBox="0 0 100 14" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect class="loss-track" x="0" y="2" width="100" height="10" />
      {LOSS_TYPES.map((type) => {
        const w = width(estimate.byType[type]);
        const rect = <rect key={type} class={`loss-${type}`} x={x} y="2" width={w} height="10" />;
        x += w;
        return rect;
      })}
      <line class="loss-range" x1={width(estimate.range.low)} x2={width(estimate.range.high)} y1="13" y2="13" />
    </svg>
  );
}

export const LossByType = pure(function LossByType({ estimate, scale }: { estimate: LossEstimate; scale: number }) {
  const { t, lang } = useT();
  return (
    <>
      <StackedBar estimate={estimate} scale={scale} />
      <ul class="loss-types" aria-label={t('loss.chartLabel')}>
        {LOSS_TYPES.filter((type) => estimate.byType[type] > 0).map((type) => (
          <li key={type} class={`legend-${type}`}>
            {keepAmountsWhole(t('loss.typeAmount', { type: t(`loss.types.${type}`), amount: formatAmount(estimate.byType[type], lang) }))}
          </li>
        ))}
      </ul>
    </>
  );
});
