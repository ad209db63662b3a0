// What the APPI asks of the company if this scenario happens: report to the PPC and tell the people
// concerned, by when, and why (the triggers); the encryption exemption and the uninsurable penalties.

import { breachDuty, type LossEstimate, type LossScenario } from '../../core/lib.js';
import { formatAmount } from '../../core/format.js';
import { keepAmountsWhole } from '../amounts.js';
import { useT, useWidget } from '../context.js';
import { useFullContent } from '../full-content.js';
import { pure } from '../pure.js';

export const BreachDutyNote = pure(function BreachDutyNote({ scenario, estimate }: { scenario: LossScenario; estimate: LossEstimate }) {
  const { t, lang } = useT();
  const answers = useWidget((s) => s.answers);
  const { model } = useFullContent().content.loss;
  const duty = breachDuty(model, answers, scenario, estimate);
  if (duty.triggers.length === 0) return null;
  return (
    <details class="appi">
      <summary>{t('loss.appi.summary')}</summary>
      <p>{t('loss.appi.because')}</p>
      <ul class="plain-list">
        {duty.triggers.map((trigger) => (
          <li key={trigger}>{t(`loss.appi.triggers.${trigger}`)}</li>
        ))}
      </ul>
      <ol>
        <li>{t('loss.appi.preliminary', { from: String(duty.preliminaryDays[0]), to: String(duty.preliminaryDays[1]) })}</li>
        <li>{t('loss.appi.final', { days: String(duty.finalDays) })}</li>
        <li>{t('loss.appi.notify')}</li>
      </ol>
      <p class="note">{t('loss.appi.encryption')}</p>
      <p class="note">
        {keepAmountsWhole(
          t('loss.appi.penalties', { order: formatAmount(duty.penalties.orderBreach, lang), report: formatAmount(duty.penalties.reportBreach, lang) }),
        )}
      </p>
    </details>
  );
});
