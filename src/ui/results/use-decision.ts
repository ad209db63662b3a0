// The decision of the results' first screen, shared by the parts that show it: worked out once per
// answer set (the last one is kept), not once per component or render.

import { decisionFor, type Decision } from '../../core/decision.js';
import type { Answers, Content, DiscountScheme, RateTable } from '../../core/types.js';
import type { LossInput } from '../../state/store.js';
import { useWidget, useWidgetContext } from '../context.js';
import { useFullContent } from '../full-content.js';
import { inputValues } from './loss-inputs.js';

type Key = readonly [Content, DiscountScheme, RateTable | undefined, Answers, Record<string, Record<string, LossInput>>, readonly string[] | undefined];

let last: { key: Key; decision: Decision } | undefined;

export function useDecision(): Decision {
  const { partner } = useWidgetContext();
  const { content, scheme, rateTable } = useFullContent();
  const answers = useWidget((s) => s.answers);
  const lossInputs = useWidget((s) => s.lossInputs);
  const key: Key = [content, scheme, rateTable, answers, lossInputs, partner.scenarios];
  if (!last || last.key.some((part, i) => part !== key[i])) {
    const decision = decisionFor(content, scheme, rateTable, answers, {
      ...(partner.scenarios && { scenarios: partner.scenarios }),
      inputs: Object.fromEntries(Object.entries(lossInputs).map(([scenario, drivers]) => [scenario, inputValues(drivers)])),
    });
    last = { key, decision };
  }
  return last.decision;
}
