// How much a scenario's loss is lower with a control done: already included when it is done, or
// possible when it is not.

import { questionText, type LossEstimate } from '../../core/lib.js';
import { formatAmount } from '../../core/format.js';
import { keepAmountsWhole } from '../amounts.js';
import { useT } from '../context.js';
import { useFullContent } from '../full-content.js';
import { pure } from '../pure.js';

export const MitigationSavings = pure(function MitigationSavings({ estimate }: { estimate: LossEstimate }) {
  const { content } = useFullContent();
  const { t, lang } = useT();
  return (
    <>
      {estimate.mitigations
        .filter((m) => m.saving > 0)
        .map((m) => (
          <p key={`${m.control}-${m.driver}`} class={m.applied ? 'mitigation applied' : 'mitigation'}>
            {keepAmountsWhole(
              t(m.applied ? 'loss.mitigationApplied' : 'loss.mitigationPossible', {
                control: questionText(content, m.control, lang),
                amount: formatAmount(m.saving, lang),
              }),
            )}
          </p>
        ))}
    </>
  );
});
