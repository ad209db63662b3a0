// On the presenter's opening screen: a QR code the room scans to open the quick check on their
// phones, with its address written out for anyone who cannot scan.

import { useMemo } from 'preact/hooks';
import type { ExpectedLength } from '../../core/flow/estimate.js';
import { useT, useWidgetContext } from '../context.js';
import { QrCode } from '../results/QrCode.js';
import { attendeeUrl } from './links.js';

/** `length`: the quick check's, in the current language. */
export function AttendeeQr({ length }: { length: ExpectedLength }) {
  const { seminar } = useWidgetContext();
  const { t } = useT();
  const url = useMemo(() => attendeeUrl(seminar?.attendeeUrl), [seminar]);
  return (
    <aside class="attendee-qr" aria-labelledby="attendee-qr-heading" part="attendee-qr">
      <QrCode text={url} label={t('quick.attendeeQrLabel')} />
      <div>
        <h3 id="attendee-qr-heading">{t('quick.attendeeHeading')}</h3>
        <p>{t('quick.attendeeIntro', { count: length.questions, minutes: length.minutes })}</p>
        <p class="attendee-url">{url}</p>
      </div>
    </aside>
  );
}
