// Likely loss: one card per scenario that concerns the company, largest first, each with a stacked
// bar by loss type, the range, what a chosen plan would pay, the items with their formulas filled
// in, the assumptions to adjust, and the brochure's own case beside it. Figures come from core.

import { useMemo, useState } from 'preact/hooks';
import {
  coverFor,
  estimateScenario,
  LOSS_TYPES,
  parseDriverInput,
  questionText,
  scenariosFor,
  type CoverageProgram,
  type Driver,
  type ItemEstimate,
  type LossEstimate,
  type LossScenario,
} from '../../core/lib.js';
import type { Lang } from '../../core/types.js';
import { formatAmount, formatNumber, formatRate } from '../../i18n/format.js';
import { local, type TFunction } from '../../i18n/index.js';
import type { LossInput } from '../../state/store.js';
import { keepAmountsWhole } from '../amounts.js';
import { useT, useWidget, useWidgetContext } from '../context.js';
import { useFullContent } from '../full-content.js';

export function formatDriverValue(driver: Driver, value: number, lang: Lang): string {
  if (driver.format === 'yen') return formatAmount(value, lang);
  if (driver.format === 'percent') return formatRate(value, lang);
  const number = formatNumber(value, lang);
  const unit = driver.unit ? local(driver.unit, lang) : '';
  return lang === 'ja' ? `${number}${unit}` : `${number} ${unit}`.trim();
}

/**
 * "5,000円 × 20% × 10,000人 = 1,000万円": the item's formula with this company's numbers. A lone
 * step or fixed amount is shown without repeating its result.
 */
export function formulaText(entry: ItemEstimate, scenario: LossScenario, lang: Lang, fixedLabel: string): string {
  const drivers = new Map(scenario.drivers.map((d) => [d.id, d]));
  const terms = entry.terms.map(({ term, amount, operands }) => {
    if ('steps' in term) {
      const driver = drivers.get(term.steps.driver)!;
      return `${local(driver.label, lang)} ${formatDriverValue(driver, operands[0]!, lang)} → ${formatAmount(amount, lang)}`;
    }
    const [rate, ...values] = operands as [number, ...number[]];
    const parts = (term.per ?? []).map((id, i) => formatDriverValue(drivers.get(id)!, values[i]!, lang));
    if (rate !== 1 || parts.length === 0) parts.unshift(rate < 1 ? String(rate) : formatAmount(rate, lang));
    return parts.join(' × ') + (term.divideBy ? ` ÷ ${term.divideBy}` : '');
  });
  const only = entry.terms.length === 1 ? entry.terms[0]! : undefined;
  if (only && 'steps' in only.term && only.amount === entry.amount) return terms[0]!;
  if (only && !('steps' in only.term) && !only.term.per?.length && only.amount === entry.amount) return fixedLabel;
  return `${terms.join(' + ')} = ${formatAmount(entry.amount, lang)}`;
}

function inputValues(inputs: Record<string, LossInput> | undefined): Record<string, number> {
  const values: Record<string, number> = {};
  for (const [id, input] of Object.entries(inputs ?? {})) if (input.value !== undefined) values[id] = input.value;
  return values;
}

interface CoverChoice {
  program: CoverageProgram;
  planId: string;
  limitSetId: string;
}

export function LossSection() {
  const { partner } = useWidgetContext();
  const { content } = useFullContent();
  const { t } = useT();
  const answers = useWidget((s) => s.answers);
  const lossInputs = useWidget((s) => s.lossInputs);
  const programs = partner.quote.coverage ? content.loss.coverage.filter((p) => p.id === partner.quote.coverage) : content.loss.coverage;
  const [choice, setChoice] = useState<CoverChoice | undefined>(() =>
    programs[0] ? { program: programs[0], planId: programs[0].plans[0]!.id, limitSetId: programs[0].limitSets[0]!.id } : undefined,
  );

  const cards = useMemo(
    () =>
      scenariosFor(content, answers)
        .filter((scenario) => !partner.scenarios || partner.scenarios.includes(scenario.id))
        .map((scenario) => ({ scenario, estimate: estimateScenario(content, scenario, { answers, inputs: inputValues(lossInputs[scenario.id]) }) }))
        .sort((a, b) => b.estimate.total - a.estimate.total),
    [content, answers, lossInputs, partner],
  );
  // One scale for every bar, so that the scenarios compare at a glance.
  const scale = Math.max(1, ...cards.map((c) => c.estimate.range.high));

  return (
    <section class="subsection loss" aria-labelledby="loss-heading" part="loss">
      <h3 id="loss-heading">{t('loss.heading')}</h3>
      <p>{t('loss.intro')}</p>
      {choice && <CoverChooser choice={choice} programs={programs} onChange={setChoice} />}
      {cards.map(({ scenario, estimate }) => (
        <ScenarioCard key={scenario.id} scenario={scenario} estimate={estimate} scale={scale} choice={choice} />
      ))}
      <p class="note">{t('loss.disclaimer')}</p>
    </section>
  );
}

function CoverChooser({ choice, programs, onChange }: { choice: CoverChoice; programs: CoverageProgram[]; onChange: (c: CoverChoice) => void }) {
  const { t, lang } = useT();
  return (
    <div class="cover-chooser">
      {programs.length > 1 && (
        <label>
          <span>{t('loss.program')}</span>
          <select
            value={choice.program.id}
            onChange={(e) => {
              const program = programs.find((p) => p.id === e.currentTarget.value)!;
              onChange({ program, planId: program.plans[0]!.id, limitSetId: program.limitSets[0]!.id });
            }}
          >
            {programs.map((p) => (
              <option key={p.id} value={p.id}>
                {local(p.title, lang)}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        <span>{t('loss.plan')}</span>
        <select value={choice.planId} onChange={(e) => onChange({ ...choice, planId: e.currentTarget.value })}>
          {choice.program.plans.map((p) => (
            <option key={p.id} value={p.id}>
              {local(p.label, lang)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('loss.limitSet')}</span>
        <select value={choice.limitSetId} onChange={(e) => onChange({ ...choice, limitSetId: e.currentTarget.value })}>
          {choice.program.limitSets.map((l) => (
            <option key={l.id} value={l.id}>
              {local(l.label, lang)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

function StackedBar({ estimate, scale }: { estimate: LossEstimate; scale: number }) {
  let x = 0;
  const width = (amount: number) => (100 * amount) / scale;
  return (
    <svg class="loss-bar" viewBox="0 0 100 14" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect class="loss-track" x="0" y="2" width="100" height="10" />
      {LOSS_TYPES.map((type) => {
        const w = width(estimate.byType[type]);
        const rect = <rect key={type} class={`loss-${type}`} x={x} y="2" width={w} height="10" />;
        x += w;
        return rect;
      })}
      <line class="loss-range" x1={width(estimate.range.low)} x2={width(estimate.range.high)} y1="13" y2="13" />
    </svg>
  );
}

function ScenarioCard({
  scenario,
  estimate,
  scale,
  choice,
}: {
  scenario: LossScenario;
  estimate: LossEstimate;
  scale: number;
  choice: CoverChoice | undefined;
}) {
  const { content } = useFullContent();
  const { t, lang } = useT();
  const cover = choice ? coverFor(estimate, choice.program, choice.planId, choice.limitSetId) : undefined;
  const coveredById = new Map(cover?.items.map((i) => [i.itemId, i.covered]));
  const headingId = `scenario-${scenario.id}`;
  return (
    <article class="scenario" aria-labelledby={headingId} data-scenario={scenario.id}>
      <h4 id={headingId}>{local(scenario.title, lang)}</h4>
      <p class="note">{local(scenario.story, lang)}</p>
      <p class="loss-likely" aria-live="polite">
        {keepAmountsWhole(t('loss.likely', { amount: formatAmount(estimate.total, lang) }))}
      </p>
      <p class="note" title={t('loss.rangeHelp')}>
        {keepAmountsWhole(t('loss.range', { low: formatAmount(estimate.range.low, lang), high: formatAmount(estimate.range.high, lang) }))}
      </p>
      <StackedBar estimate={estimate} scale={scale} />
      <ul class="loss-types" aria-label={t('loss.chartLabel')}>
        {LOSS_TYPES.filter((type) => estimate.byType[type] > 0).map((type) => (
          <li key={type} class={`legend-${type}`}>
            {keepAmountsWhole(t('loss.typeAmount', { type: t(`loss.types.${type}`), amount: formatAmount(estimate.byType[type], lang) }))}
          </li>
        ))}
      </ul>

      {cover && (
        <div class="cover-result">
          <p>
            <strong>{keepAmountsWhole(t('loss.paid', { amount: formatAmount(cover.paid, lang) }))}</strong>
            {' / '}
            {keepAmountsWhole(t('loss.uncovered', { amount: formatAmount(cover.uncovered, lang) }))}
          </p>
          <ul class="plain-list">
            {cover.byType
              .filter((c) => c.overLimit > 0)
              .map((c) => (
                <li key={`over-${c.type}`}>
                  {keepAmountsWhole(
                    t('loss.overLimit', { type: t(`loss.types.${c.type}`), limit: formatAmount(c.limit, lang), amount: formatAmount(c.overLimit, lang) }),
                  )}
                </li>
              ))}
            {cover.byType
              .filter((c) => c.notCovered > 0)
              .map((c) => (
                <li key={`not-${c.type}`}>
                  {keepAmountsWhole(t('loss.notCoveredType', { type: t(`loss.types.${c.type}`), amount: formatAmount(c.notCovered, lang) }))}
                </li>
              ))}
          </ul>
        </div>
      )}

      <details class="loss-items">
        <summary>{t('loss.itemsHeading')}</summary>
        <ul class="plain-list">
          {estimate.items.map((entry) => (
            <li key={entry.item.id} data-item={entry.item.id}>
              <span class="item-label">{t('loss.itemLabel', { label: local(entry.item.label, lang) })}</span>
              <strong class="amount">{formatAmount(entry.amount, lang)}</strong>
              {cover && (
                <span class="step-meta">
                  {t(`loss.types.${entry.item.type}`)} · {coveredById.get(entry.item.id) ? t('loss.covered') : t('loss.notCovered')}
                </span>
              )}
              <span class="formula">{keepAmountsWhole(formulaText(entry, scenario, lang, t('loss.fixed')))}</span>
            </li>
          ))}
        </ul>
      </details>

      {estimate.mitigations
        .filter((m) => m.saving > 0)
        .map((m) => (
          <p key={`${m.control}-${m.driver}`} class={m.applied ? 'mitigation applied' : 'mitigation'}>
            {keepAmountsWhole(
              t(m.applied ? 'loss.mitigationApplied' : 'loss.mitigationPossible', {
                control: questionText(content, m.control, lang),
                amount: formatAmount(m.saving, lang),
              }),
            )}
          </p>
        ))}

      <Assumptions scenario={scenario} estimate={estimate} />
      <PresetComparison scenario={scenario} estimate={estimate} />
    </article>
  );
}

function reasonText(t: TFunction, reason: string): string {
  return t(`loss.reasons.${reason}`);
}

function Assumptions({ scenario, estimate }: { scenario: LossScenario; estimate: LossEstimate }) {
  const { store } = useWidgetContext();
  const { t, lang } = useT();
  const inputs = useWidget((s) => s.lossInputs[scenario.id]);
  return (
    <details class="assumptions">
      <summary>{t('loss.adjust')}</summary>
      <p class="note">{t('loss.adjustHint')}</p>
      {scenario.drivers.map((driver) => {
        const id = `driver-${scenario.id}-${driver.id}`;
        const typed = inputs?.[driver.id];
        const resolved = estimate.drivers[driver.id]!;
        const parsed = typed && typed.text.trim() !== '' ? parseDriverInput(driver, typed.text) : undefined;
        const error = parsed && !parsed.ok ? parsed.error : undefined;
        const shown = resolved.unmitigated ?? resolved.value;
        return (
          <div class="driver" key={driver.id}>
            <label for={id}>{local(driver.label, lang)}</label>
            <input
              id={id}
              type="text"
              inputMode={driver.format === 'yen' ? 'text' : 'decimal'}
              value={typed?.text ?? (driver.format === 'percent' ? String(Math.round(shown * 1000) / 10) : String(shown))}
              aria-invalid={error ? 'true' : undefined}
              aria-describedby={`${id}-note`}
              onInput={(e) => store.getState().adjust(scenario.id, driver, e.currentTarget.value)}
            />
            {driver.format === 'percent' && <span class="unit">%</span>}
            <p class="step-meta" id={`${id}-note`}>
              {error ? <span class="error">{t('loss.invalid', { reason: reasonText(t, error) })}</span> : t(`loss.origin.${resolved.origin}`)}
              {driver.source && ` · ${local(driver.source, lang)}`}
            </p>
          </div>
        );
      })}
    </details>
  );
}

function PresetComparison({ scenario, estimate }: { scenario: LossScenario; estimate: LossEstimate }) {
  const { content } = useFullContent();
  const { t, lang } = useT();
  const presets = content.loss.presets.filter((p) => p.scenario === scenario.id);
  const [presetId, setPresetId] = useState('');
  if (presets.length === 0) return null;
  const preset = presets.find((p) => p.id === presetId);
  const mine = new Map(estimate.items.map((i) => [i.item.id, i.amount]));
  const selectId = `preset-${scenario.id}`;
  return (
    <div class="preset">
      <label for={selectId}>{t('loss.presetsHeading')}</label>
      <select id={selectId} value={presetId} onChange={(e) => setPresetId(e.currentTarget.value)}>
        <option value="">{t('loss.presetNone')}</option>
        {presets.map((p) => (
          <option key={p.id} value={p.id}>
            {local(p.title, lang)}
          </option>
        ))}
      </select>
      {preset && (
        <>
          <p class="note">
            {local(preset.story, lang)} {t('loss.presetSource', { source: local(preset.source, lang) })}
          </p>
          <table class="preset-table">
            <thead>
              <tr>
                <th scope="col">{t('loss.presetItem')}</th>
                <th scope="col">{t('loss.presetColumnCase')}</th>
                <th scope="col">{t('loss.presetColumnYou')}</th>
              </tr>
            </thead>
            <tbody>
              {scenario.items.map((item) => {
                const inCase = preset.expected.items[item.id];
                return (
                  <tr key={item.id}>
                    <th scope="row">{local(item.label, lang)}</th>
                    <td>{inCase === undefined ? t('loss.notInCase') : formatAmount(inCase, lang)}</td>
                    <td>{formatAmount(mine.get(item.id) ?? 0, lang)}</td>
                  </tr>
                );
              })}
              <tr class="total-row">
                <th scope="row">{t('loss.presetTotal')}</th>
                <td>{formatAmount(preset.expected.total, lang)}</td>
                <td>{formatAmount(estimate.total, lang)}</td>
              </tr>
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
