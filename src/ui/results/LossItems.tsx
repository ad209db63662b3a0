// A scenario's line items, each with its amount, its loss type and whether the chosen plan covers
// it, its formula with this company's numbers filled in, and the basis of its unit costs.

import type { CoverResult, LossEstimate, LossScenario } from '../../core/lib.js';
import { formatAmount } from '../../core/format.js';
import { local } from '../../i18n/index.js';
import type { Lang, LocalText } from '../../core/text.js';
import { keepAmountsWhole } from '../amounts.js';
import { useT } from '../context.js';
import { useFullContent } from '../full-content.js';
import { formulaText } from './formula-text.js';

export function LossItems({ scenario, estimate, cover }: { scenario: LossScenario; estimate: LossEstimate; cover: CoverResult | undefined }) {
  const { t, lang } = useT();
  const { sources } = useFullContent().content.loss.model;
  const coverById = new Map(cover?.items.map((i) => [i.itemId, i]));
  /** Covered, covered in part (a limit, a sub-limit, the deductible) with what is paid, or not covered. */
  const coverText = (itemId: string) => {
    const item = coverById.get(itemId);
    if (!item?.covered) return t('loss.notCovered');
    return item.paid >= item.amount ? t('loss.covered') : t('loss.partlyCovered', { amount: formatAmount(item.paid, lang) });
  };
  return (
    <details class="loss-items">
      <summary>{t('loss.itemsHeading')}</summary>
      <ul class="plain-list">
        {estimate.items.map((entry) => (
          <li key={entry.item.id} data-item={entry.item.id}>
            <span class="item-label">{t('loss.itemLabel', { label: local(entry.item.label, lang) })}</span>
            <strong class="amount">{formatAmount(entry.amount, lang)}</strong>
            {cover && (
              <span class="step-meta">
                {t(`loss.types.${entry.item.type}`)} · {coverText(entry.item.id)}
              </span>
            )}
            <span class="formula">{keepAmountsWhole(formulaText(entry, scenario, lang, t('loss.fixed')))}</span>
            <span class="step-meta basis">{keepAmountsWhole(basisText(entry.item, sources, lang, t))}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** "Basis: ¥1.0M per computer… (AIG brochure…)": the item's note and the title of its source. */
export function basisText(
  item: { basis: string; note: LocalText },
  sources: Record<string, { title: LocalText }>,
  lang: Lang,
  t: (key: string, values: Record<string, string>) => string,
): string {
  const source = sources[item.basis];
  return t('loss.basis', { note: local(item.note, lang), source: source ? local(source.title, lang) : item.basis });
}
