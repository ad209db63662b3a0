// The agent's phone number as a link a phone can call (tel:), written as the partner wrote it.

import { useT, useWidgetContext } from './context.js';

/** Digits and a leading +, nothing else (full-width digits made half-width): what a tel: link takes. */
export function telHref(phone: string): string | undefined {
  const digits = phone.normalize('NFKC').replace(/[^\d+]/g, '');
  return /^\+?\d{3,}$/.test(digits) ? `tel:${digits}` : undefined;
}

/** The agent's number to call, asking for the reference when it is not shown just above. */
export function AgentPhone({ reference }: { reference?: string }) {
  const { partner } = useWidgetContext();
  const { t } = useT();
  const contact = partner.partner?.contact;
  const href = contact?.phone ? telHref(contact.phone) : undefined;
  if (!contact?.phone || !href) return null;
  return (
    <p class="agent-phone">
      {reference ? t('quote.callWithReference', { reference }) : t('quote.call')} <a href={href}>{contact.phone}</a>
      {contact.hours && <span class="note"> {t('quote.callHours', { hours: contact.hours })}</span>}
    </p>
  );
}
