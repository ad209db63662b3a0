// One brochure case's losses, item by item with the brochure's figures, and their total.

import type { LossPreset } from '../../core/lib.js';
import { formatAmount } from '../../core/format.js';
import { local } from '../../i18n/index.js';
import { useT } from '../context.js';
import { useFullContent } from '../full-content.js';

export function CaseTable({ preset }: { preset: LossPreset }) {
  const { content } = useFullContent();
  const { t, lang } = useT();
  const scenario = content.loss.scenarios.find((s) => s.id === preset.scenario);
  const label = (id: string) => {
    const item = scenario?.items.find((i) => i.id === id);
    return item ? local(item.label, lang) : id;
  };
  return (
    <table class="preset-table walkthrough-table">
      <thead>
        <tr>
          <th scope="col">{t('walkthrough.item')}</th>
          <th scope="col">{t('walkthrough.amount')}</th>
        </tr>
      </thead>
      <tbody>
        {preset.items.map((id) => (
          <tr key={id}>
            <th scope="row">{label(id)}</th>
            <td>{formatAmount(preset.expected.items[id] ?? 0, lang)}</td>
          </tr>
        ))}
        <tr class="total-row">
          <th scope="row">{t('walkthrough.total')}</th>
          <td>{formatAmount(preset.expected.total, lang)}</td>
        </tr>
      </tbody>
    </table>
  );
}
