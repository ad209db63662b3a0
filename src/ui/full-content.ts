// The whole content and the partner's scheme, for the parts shown after the questions. Its own
// module, so that the discount code it needs stays out of the first screen.

import { useMemo } from 'preact/hooks';
import { isFullContent } from '../core/content/parts.js';
import { schemeById } from '../core/discount/tier.js';
import type { Content, DiscountScheme, RateTable } from '../core/types.js';
import { useWidgetContext, type PartnerChoices } from './context.js';

/** The partner's discount scheme and rate table, unknown ids falling back to the defaults. */
export function resolveScheme(content: Content, partner: PartnerChoices): { scheme: DiscountScheme; rateTable?: RateTable } {
  const scheme = schemeById(content, partner.schemeId);
  if (!scheme) throw new Error('cyber-risk-check: the content has no discount scheme');
  const tableId = partner.rateTableId === undefined ? scheme.rateTable : partner.rateTableId;
  const rateTable = tableId === null ? undefined : content.rateTables.find((t) => t.id === tableId);
  return rateTable ? { scheme, rateTable } : { scheme };
}

/**
 * The whole content with the partner's scheme. The parts that use it load through lazy(), which
 * waits for ensureContent before rendering them.
 */
export function useFullContent(): { content: Content; scheme: DiscountScheme; rateTable?: RateTable } {
  const { content, partner } = useWidgetContext();
  if (!isFullContent(content)) throw new Error('cyber-risk-check: a results part was rendered before the content it needs was loaded');
  return useMemo(() => ({ content, ...resolveScheme(content, partner) }), [content, partner]);
}
