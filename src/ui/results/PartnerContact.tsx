import { useT, useWidgetContext } from '../context.js';

/** Whom to contact: the partner's name, phone, mail, hours and page, as far as it gave them. */
export function PartnerContact() {
  const { partner } = useWidgetContext();
  const { t } = useT();
  const info = partner.partner;
  if (!info?.contact) return null;
  const { phone, email, hours, url } = info.contact;
  return (
    <section class="subsection partner-contact" aria-labelledby="partner-contact-heading" part="contact">
      <h3 id="partner-contact-heading">{t('results.contactHeading')}</h3>
      <p class="partner-name">{info.name}</p>
      <ul class="plain-list">
        {phone && <li>{t('results.contactPhone', { value: phone })}</li>}
        {email && <li>{t('results.contactEmail', { value: email })}</li>}
        {hours && <li>{t('results.contactHours', { value: hours })}</li>}
        {url && (
          <li>
            <a href={url} target="_blank" rel="noopener">
              {t('results.contactWeb')}
            </a>
          </li>
        )}
      </ul>
    </section>
  );
}
