// The security discount's tiers as a ladder with the company on it (and where the ticked "what if"
// steps would take it), then which extra parts of the discount apply.

import type { DiscountResult } from '../../core/lib.js';
import { formatRate } from '../../core/format.js';
import { local } from '../../i18n/index.js';
import { useT } from '../context.js';
import { useFullContent } from '../full-content.js';
import { pure } from '../pure.js';

export const TierLadder = pure(function TierLadder({ result, whatIf }: { result: DiscountResult; whatIf: DiscountResult | undefined }) {
  const { scheme } = useFullContent();
  const { t, lang } = useT();
  return (
    <>
      <h4>{t('discount.ladderHeading')}</h4>
      <ol class="ladder" aria-label={t('discount.ladderLabel')}>
        {scheme.security.tiers.map((tier, i) => {
          const here = i === result.tierIndex;
          const there = whatIf && i === whatIf.tierIndex && !here;
          return (
            <li key={tier.id} class={`rung${here ? ' here' : ''}${there ? ' what-if' : ''}${i <= result.tierIndex ? ' reached' : ''}`} data-tier={tier.id}>
              <span class="rung-rate">{formatRate(tier.rate, lang)}</span>
              <span class="rung-label">{tier.label ? local(tier.label, lang) : ''}</span>
              {here && <span class="rung-marker">{t('discount.youAreHere')}</span>}
              {there && <span class="rung-marker what-if-marker">{t('discount.whatIfHere')}</span>}
            </li>
          );
        })}
      </ol>
      {result.parts.map(({ part, applied }) => (
        <p key={part.id} class={applied ? 'part applied' : 'part'}>
          {t(applied ? 'discount.partApplied' : 'discount.partNotApplied', { label: local(part.label, lang), rate: formatRate(part.rate, lang) })}
        </p>
      ))}
    </>
  );
});
