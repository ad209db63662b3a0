// Partner colours come from the host page's CSS (custom properties on the element). A colour pair
// that fails WCAG AA contrast is reported in the console, so the partner can fix it; the widget
// keeps working either way.

type Rgb = [number, number, number];

/** #rgb, #rrggbb and rgb()/rgba(); undefined for anything else (named colours, variables). */
export function parseColor(value: string): Rgb | undefined {
  const text = value.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(text)?.[1];
  if (hex) {
    const full = hex.length === 3 ? hex.replace(/./g, '$&$&') : hex;
    return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as Rgb;
  }
  const rgb = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)/.exec(text);
  return rgb ? [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])] : undefined;
}

function luminance([r, g, b]: Rgb): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Text pairs the widget draws: foreground property, background property. */
const PAIRS: [string, string][] = [
  ['--crc-color-primary-contrast', '--crc-color-primary'],
  ['--crc-color-primary', '--crc-color-surface'],
  ['--crc-color-text', '--crc-color-surface'],
  ['--crc-color-muted', '--crc-color-surface'],
  ['--crc-color-error', '--crc-color-surface'],
  ['--crc-color-text', '--crc-color-subtle'],
];

export function contrastProblems(read: (property: string) => string): string[] {
  const problems: string[] = [];
  for (const [fore, back] of PAIRS) {
    const a = parseColor(read(fore));
    const b = parseColor(read(back));
    if (!a || !b) continue;
    const ratio = contrastRatio(a, b);
    if (ratio < 4.5) problems.push(`${fore} on ${back}: ${ratio.toFixed(2)}:1 (needs 4.5:1)`);
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
