// "What if": the discount with the ticked improvement steps done. The user's answers never change;
// the ticked steps apply to a copy of them.

import { useMemo, useState } from 'preact/hooks';
import { discountFor, type DiscountResult, type ImprovementPlans } from '../../core/lib.js';
import type { Answers, Content, DiscountScheme } from '../../core/types.js';
import { useDeferred } from '../deferred.js';

export interface WhatIf {
  /** The question ids of the steps ticked. */
  ticked: ReadonlySet<string>;
  toggle: (questionId: string) => void;
  /** The discount with the ticked steps done; undefined when none is ticked. */
  result: DiscountResult | undefined;
}

export function useWhatIf(content: Content, scheme: DiscountScheme, answers: Answers, plans: ImprovementPlans): WhatIf {
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  // The box shows ticked in the next frame; the discount it brings, in the one after.
  const counted = useDeferred(ticked);
  const whatIfAnswers = useMemo<Answers>(() => {
    const applied: Answers = { ...answers };
    for (const step of [...(plans.next?.steps ?? []), ...(plans.top?.steps ?? [])]) if (counted.has(step.questionId)) applied[step.questionId] = step.to;
    return applied;
  }, [answers, counted, plans]);
  const toggle = (id: string) =>
    setTicked((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  // Only when the ticked steps change: the discount is worked out again, not on every render.
  const result = useMemo(() => (counted.size > 0 ? discountFor(content, scheme, whatIfAnswers) : undefined), [content, scheme, whatIfAnswers, counted]);
  return { ticked, toggle, result };
}
