// "What if": the discount with the ticked improvement steps done. The user's answers never change;
// the ticked steps apply to a copy of them. The ticked steps are the owner's plan: kept in the
// store, so they survive a reload and go with the quote request.

import { useMemo } from 'preact/hooks';
import { discountFor, type DiscountResult, type ImprovementPlans } from '../../core/lib.js';
import type { Answers, Content, DiscountScheme } from '../../core/types.js';
import { useWidget, useWidgetContext } from '../context.js';
import { useDeferred } from '../deferred.js';

export interface WhatIf {
  /** The question ids of the steps ticked. */
  ticked: ReadonlySet<string>;
  toggle: (questionId: string) => void;
  /** The discount with the ticked steps done; undefined when none is ticked. */
  result: DiscountResult | undefined;
}

export function useWhatIf(content: Content, scheme: DiscountScheme, answers: Answers, plans: ImprovementPlans): WhatIf {
  const { store } = useWidgetContext();
  const planned = useWidget((s) => s.planned);
  const ticked = useMemo<ReadonlySet<string>>(() => new Set(planned), [planned]);
  // The box shows ticked in the next frame; the discount it brings, in the one after.
  const counted = useDeferred(ticked);
  const whatIfAnswers = useMemo<Answers>(() => {
    const applied: Answers = { ...answers };
    for (const step of [...(plans.next?.steps ?? []), ...(plans.top?.steps ?? [])]) if (counted.has(step.questionId)) applied[step.questionId] = step.to;
    return applied;
  }, [answers, counted, plans]);
  const toggle = (id: string) => store.getState().togglePlanned(id);
  // Only when the ticked steps change: the discount is worked out again, not on every render.
  const result = useMemo(() => (counted.size > 0 ? discountFor(content, scheme, whatIfAnswers) : undefined), [content, scheme, whatIfAnswers, counted]);
  return { ticked, toggle, result };
}
