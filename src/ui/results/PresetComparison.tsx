// A brochure's worked case beside the company's own estimate, item by item, for the scenarios the
// brochures have cases for.

import { useState } from 'preact/hooks';
import type { LossEstimate, LossPreset, LossScenario } from '../../core/lib.js';
import { formatAmount } from '../../core/format.js';
import { local } from '../../i18n/index.js';
import { useT } from '../context.js';
import { useFullContent } from '../full-content.js';
import { pure } from '../pure.js';

/** The case's figures and the company's, item by item, with both totals. */
function PresetTable({ scenario, estimate, preset }: { scenario: LossScenario; estimate: LossEstimate; preset: LossPreset }) {
  const { t, lang } = useT();
  const mine = new Map(estimate.items.map((i) => [i.item.id, i.amount]));
  return (
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
  );
}

export const PresetComparison = pure(function PresetComparison({ scenario, estimate }: { scenario: LossScenario; estimate: LossEstimate }) {
  const { content } = useFullContent();
  const { t, lang } = useT();
  const presets = content.loss.presets.filter((p) => p.scenario === scenario.id);
  const [presetId, setPresetId] = useState('');
  if (presets.length === 0) return null;
  const preset = presets.find((p) => p.id === presetId);
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
          <PresetTable scenario={scenario} estimate={estimate} preset={preset} />
        </>
      )}
    </div>
  );
});
