// The decision of the results' first screen, shared by the parts that show it: worked out once per
// answer set (the last one is kept), not once per component or render; and ahead of need, while
// the owner answers the last questions (see Warmup).

import { decisionFor, type Decision } from '../../core/decision.js';
import type { Answers, Content, DiscountScheme, RateTable } from '../../core/types.js';
import type { LossInput } from '../../state/store.js';
import { useWidget, useWidgetContext } from '../context.js';
import { useWidgetLater } from '../deferred.js';
import { useFullContent } from '../full-content.js';
import { estimateFor } from './estimates.js';
import { inputValues } from './loss-inputs.js';

type LossInputs = Record<string, Record<string, LossInput>>;
type Key = readonly [Content, DiscountScheme, RateTable | undefined, Answers, LossInputs, readonly string[] | undefined];

let last: { key: Key; decision: Decision } | undefined;

export function decisionOf(...key: Key): Decision {
  if (last && last.key.every((part, i) => part === key[i])) return last.decision;
  const [content, scheme, rateTable, answers, lossInputs, scenarios] = key;
  const decision = decisionFor(content, scheme, rateTable, answers, {
    ...(scenarios && { scenarios }),
    inputs: Object.fromEntries(Object.entries(lossInputs).map(([scenario, drivers]) => [scenario, inputValues(drivers)])),
    estimate: (scenario) => estimateFor(content, scenario, answers, lossInputs[scenario.id]),
  });
  last = { key, decision };
  return decision;
}

/** What decisionOf needs, from the widget: the same objects in every part, so that they share it. */
export function useDecisionKey(): Key {
  const { partner } = useWidgetContext();
  const { content, scheme, rateTable } = useFullContent();
  const answers = useWidget((s) => s.answers);
  // Typed assumptions reach the first screen's figures a frame late: typing stays quick.
  const lossInputs = useWidgetLater((s) => s.lossInputs);
  return [content, scheme, rateTable, answers, lossInputs, partner.scenarios];
}

export function useDecision(): Decision {
  return decisionOf(...useDecisionKey());
}
