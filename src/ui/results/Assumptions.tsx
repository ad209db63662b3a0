// The assumptions behind a scenario's estimate, to adjust: one field per driver with where its
// value came from (typed, the profile, a default) or why a typed value cannot be used.

import { parseDriverInput, type Driver, type DriverValue, type LossEstimate, type LossScenario } from '../../core/lib.js';
import { local } from '../../i18n/index.js';
import type { LossInput } from '../../state/store.js';
import { useT, useWidget, useWidgetContext } from '../context.js';
import { keepAmountsWhole } from '../amounts.js';
import { useFullContent } from '../full-content.js';
import { basisText } from './LossItems.js';

/** The value shown before anything is typed: the one before mitigating controls, a percent as 0–100, yen with commas. */
function shownValue(driver: Driver, resolved: DriverValue): string {
  const shown = resolved.unmitigated ?? resolved.value;
  if (driver.format === 'percent') return String(Math.round(shown * 1000) / 10);
  return driver.format === 'yen' ? Math.round(shown).toLocaleString('en-US') : String(shown);
}

interface DriverFieldProps {
  scenarioId: string;
  driver: Driver;
  resolved: DriverValue;
  typed: LossInput | undefined;
}

function DriverField({ scenarioId, driver, resolved, typed }: DriverFieldProps) {
  const { store } = useWidgetContext();
  const { t, lang } = useT();
  const { sources } = useFullContent().content.loss.model;
  const id = `driver-${scenarioId}-${driver.id}`;
  const parsed = typed && typed.text.trim() !== '' ? parseDriverInput(driver, typed.text) : undefined;
  const error = parsed && !parsed.ok ? parsed.error : undefined;
  return (
    <div class="driver">
      <label for={id}>{local(driver.label, lang)}</label>
      <input
        id={id}
        type="text"
        inputMode={driver.format === 'yen' ? 'text' : 'decimal'}
        value={typed?.text ?? shownValue(driver, resolved)}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={`${id}-note`}
        onInput={(e) => store.getState().adjust(scenarioId, driver, e.currentTarget.value)}
      />
      {driver.format === 'percent' && <span class="unit">%</span>}
      <p class="step-meta" id={`${id}-note`}>
        {error ? <span class="error">{t('loss.invalid', { reason: t(`loss.reasons.${error}`) })}</span> : t(`loss.origin.${resolved.origin}`)}
        {keepAmountsWhole(` · ${basisText({ basis: driver.basis, note: driver.source }, sources, lang, t)}`)}
      </p>
    </div>
  );
}

export function Assumptions({ scenario, estimate }: { scenario: LossScenario; estimate: LossEstimate }) {
  const { t } = useT();
  const inputs = useWidget((s) => s.lossInputs[scenario.id]);
  return (
    <details class="assumptions">
      <summary>{t('loss.adjust')}</summary>
      <p class="note">{t('loss.adjustHint')}</p>
      {scenario.drivers.map((driver) => {
        // The estimate resolves every driver of its scenario; one it did not resolve has no value to adjust.
        const resolved = estimate.drivers[driver.id];
        return resolved && <DriverField key={driver.id} scenarioId={scenario.id} driver={driver} resolved={resolved} typed={inputs?.[driver.id]} />;
      })}
    </details>
  );
}
