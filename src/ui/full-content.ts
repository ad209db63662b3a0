// The whole content and the partner's scheme, for the parts shown after the questions. Its own
// module, so that the discount code it needs stays out of the first screen.

import { useMemo } from 'preact/hooks';
import { isFullContent } from '../core/content/parts.js';
import { partnerScheme } from '../core/discount/tier.js';
import type { Content, DiscountScheme, RateTable } from '../core/types.js';
import { useWidgetContext } from './context.js';

/**
 * The whole content with the partner's scheme. The parts that use it load through lazy(), which
 * waits for ensureContent before rendering them.
 */
export function useFullContent(): { content: Content; scheme: DiscountScheme; rateTable?: RateTable } {
  const { content, partner } = useWidgetContext();
  if (!isFullContent(content)) throw new Error('cyber-risk-check: a results part was rendered before the content it needs was loaded');
  return useMemo(() => ({ content, ...partnerScheme(content, partner) }), [content, partner]);
}
