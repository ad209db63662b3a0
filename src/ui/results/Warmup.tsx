// Shown nowhere: on the last question step, works out the decision for the answers so far when
// the browser is idle, and makes the number formats the results use. After the last Next the
// results then only draw (on a slow phone, the work was most of a 1-2 s wait).

import { useEffect } from 'preact/hooks';
import { formatAmount, formatAmountBrief, formatRate, formatYen } from '../../core/format.js';
import { useT } from '../context.js';
import { decisionOf, useDecisionKey } from './use-decision.js';

/** Runs `work` when the browser is idle (soon after, where it cannot tell); returns how to cancel it. */
function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(work, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }
  const timer = setTimeout(work, 200);
  return () => clearTimeout(timer);
}

export function Warmup() {
  const key = useDecisionKey();
  const { lang } = useT();
  useEffect(
    () =>
      whenIdle(() => {
        decisionOf(...key);
        for (const format of [formatAmount, formatAmountBrief, formatRate, formatYen]) format(123_456_789, lang);
      }),
    [...key, lang],
  );
  return null;
}
