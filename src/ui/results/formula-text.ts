// A loss item's formula as text, with this company's numbers filled in ("5,000円 × 20% × 10,000人
// = 1,000万円"), and a driver's value in its own format (yen, percent, count with its unit).

import type { Driver, ItemEstimate, LossScenario, TermValue } from '../../core/lib.js';
import type { Lang } from '../../core/types.js';
import { formatAmount, formatNumber, formatRate } from '../../core/format.js';
import { local } from '../../i18n/index.js';

export function formatDriverValue(driver: Driver, value: number, lang: Lang): string {
  if (driver.format === 'yen') return formatAmount(value, lang);
  if (driver.format === 'percent') return formatRate(value, lang);
  const number = formatNumber(value, lang);
  const unit = driver.unit ? local(driver.unit, lang) : '';
  return lang === 'ja' ? `${number}${unit}` : `${number} ${unit}`.trim();
}

/** A value that went into a formula: in its driver's format, or as a plain number when the scenario has no such driver. */
function operandText(driver: Driver | undefined, value: number, lang: Lang): string {
  return driver ? formatDriverValue(driver, value, lang) : formatNumber(value, lang);
}

/** One term: "driver value → amount" for a step table, "rate × value × value (÷ n)" for a product. */
function termText({ term, amount, operands }: TermValue, drivers: ReadonlyMap<string, Driver>, lang: Lang): string {
  if ('steps' in term) {
    const driver = drivers.get(term.steps.driver);
    const [value] = operands;
    if (!driver || value === undefined) return formatAmount(amount, lang);
    return `${local(driver.label, lang)} ${formatDriverValue(driver, value, lang)} → ${formatAmount(amount, lang)}`;
  }
  // The operands are the rate, then one value per driver in `per`.
  const per = term.per ?? [];
  const parts = operands.slice(1).map((value, i) => {
    const id = per[i];
    return operandText(id === undefined ? undefined : drivers.get(id), value, lang);
  });
  if (term.rate !== 1 || parts.length === 0) parts.unshift(term.rate < 1 ? String(term.rate) : formatAmount(term.rate, lang));
  return parts.join(' × ') + (term.divideBy ? ` ÷ ${term.divideBy}` : '');
}

/**
 * "5,000円 × 20% × 10,000人 = 1,000万円": the item's formula with this company's numbers. A lone
 * step or fixed amount is shown without repeating its result.
 */
export function formulaText(entry: ItemEstimate, scenario: LossScenario, lang: Lang, fixedLabel: string): string {
  const drivers = new Map(scenario.drivers.map((d) => [d.id, d]));
  const only = entry.terms.length === 1 ? entry.terms[0] : undefined;
  if (only && only.amount === entry.amount) {
    if ('steps' in only.term) return termText(only, drivers, lang);
    if (!only.term.per?.length) return fixedLabel;
  }
  const terms = entry.terms.map((value) => termText(value, drivers, lang));
  return `${terms.join(' + ')} = ${formatAmount(entry.amount, lang)}`;
}
