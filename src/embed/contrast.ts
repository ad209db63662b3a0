// Partner colours can also come from the host page's CSS (custom properties on the element). A
// colour pair that fails WCAG AA contrast is reported in the console, so the partner can fix it;
// the widget keeps working either way.

import { contrastRatio, MIN_CONTRAST, parseColor, TEXT_PAIRS } from '../core/partner/contrast.js';
import { THEME_PROPERTIES } from './theme.js';

export function contrastProblems(read: (property: string) => string): string[] {
  const problems: string[] = [];
  for (const [foreKey, backKey] of TEXT_PAIRS) {
    const [fore, back] = [THEME_PROPERTIES[foreKey], THEME_PROPERTIES[backKey]];
    const a = parseColor(read(fore));
    const b = parseColor(read(back));
    if (!a || !b) continue;
    const ratio = contrastRatio(a, b);
    if (ratio < MIN_CONTRAST) problems.push(`${fore} on ${back}: ${ratio.toFixed(2)}:1 (needs ${MIN_CONTRAST}:1)`);
  }
  return problems;
}

export function warnAboutContrast(host: Element): void {
  const style = getComputedStyle(host);
  const problems = contrastProblems((property) => style.getPropertyValue(property));
  if (problems.length > 0) {
    console.warn(`cyber-risk-check: these colours fail WCAG AA contrast and will be hard to read:\n  ${problems.join('\n  ')}`);
  }
}
