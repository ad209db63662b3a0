// What the widget uses of a partner's checked configuration: the discount scheme, the reference
// premiums, the scenarios shown, who receives quote requests, and the partner's own details.

import type { PartnerQuoteSettings } from '../quote/types.js';
import type { PartnerConfig } from './config.js';

/** What the partner (chamber, agency) chose, from its checked configuration. */
export interface PartnerChoices {
  /** Discount scheme id; the content's first when absent. */
  schemeId?: string;
  /** Rate table id for reference premiums; the scheme's own when absent, none when null. */
  rateTableId?: string | null;
  /** Who receives quote requests, and how. */
  quote: PartnerQuoteSettings;
  /** Loss scenarios to show; all that concern the company when absent. */
  scenarios?: string[];
  /** The partner's name, logo and contact details, shown in the widget. */
  partner?: PartnerConfig['partner'];
  /** false: the partner hides the star ladder. */
  starLadder?: false;
}

/** The partner's choices from its checked configuration (unknown ids were already dropped by checkConfig). */
export function partnerChoices(config: PartnerConfig): PartnerChoices {
  const quote: PartnerQuoteSettings = {
    id: config.partner?.id ?? 'unconfigured',
    name: config.partner?.name ?? '',
    channels: config.quote?.channels ?? [],
    ...(config.partner?.privacyPolicyUrl && { privacyPolicyUrl: config.partner.privacyPolicyUrl }),
    ...(config.quote?.agentLanguage && { agentLanguage: config.quote.agentLanguage }),
    ...(config.coverage && { coverage: config.coverage }),
    ...(config.test === true && { test: true }),
    ...(config.starLadder === false && { starLadder: false as const }),
  };
  return {
    quote,
    ...(config.discountScheme !== undefined && { schemeId: config.discountScheme }),
    ...(config.rateTable !== undefined && { rateTableId: config.rateTable }),
    ...(config.scenarios && { scenarios: config.scenarios }),
    ...(config.partner && { partner: config.partner }),
    ...(config.starLadder === false && { starLadder: false as const }),
  };
}
