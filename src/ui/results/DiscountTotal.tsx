// The combined discount, how its group and security parts combine under the cap, whether the group
// discount applies, and whether the scheme is only an illustration.

import type { DiscountResult } from '../../core/lib.js';
import { formatRate } from '../../core/format.js';
import { local } from '../../i18n/index.js';
import { useT } from '../context.js';
import { useFullContent } from '../full-content.js';
import { pure } from '../pure.js';

export const DiscountTotal = pure(function DiscountTotal({ result }: { result: DiscountResult }) {
  const { scheme } = useFullContent();
  const { t, lang } = useT();
  return (
    <>
      <p class="discount-total" aria-live="polite">
        {t('discount.total', { rate: formatRate(result.totalRate, lang) })}
      </p>
      <p>
        {t(scheme.combine === 'multiply' ? 'discount.breakdownMultiply' : 'discount.breakdownAdd', {
          group: formatRate(result.groupRate, lang),
          security: formatRate(result.securityRate, lang),
        })}
        {t('discount.capped', { cap: formatRate(scheme.cap, lang) })}
      </p>
      {scheme.group && (
        <p>
          {result.groupEligible
            ? t('discount.groupYes', { label: local(scheme.group.label, lang), rate: formatRate(scheme.group.rate, lang) })
            : t('discount.groupNo', { label: local(scheme.group.label, lang) })}
        </p>
      )}
      {scheme.illustrative && <p class="note">{t('discount.illustrative')}</p>}
    </>
  );
});
