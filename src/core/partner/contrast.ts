// WCAG contrast of the partner's colours: the text pairs the widget draws, checked with the
// widget's own defaults for the colours a partner leaves out, and a nearby colour that passes
// when a pair fails (the configurator suggests it; the widget itself only warns in the console).

import type { PartnerConfig, ThemeColor } from './config.js';

export type Rgb = [number, number, number];

/** WCAG AA for body text. */
export const MIN_CONTRAST = 4.5;

/** The widget's colours when the partner sets none (the same as in src/ui/styles.css; a test keeps them equal). */
export const DEFAULT_THEME_COLORS: Record<ThemeColor, string> = {
  primary: '#1f4e8c',
  primaryContrast: '#ffffff',
  text: '#1c2430',
  muted: '#4a5565',
  surface: '#ffffff',
  subtle: '#f2f5f9',
  border: '#b9c3d0',
  focus: '#c2410c',
  error: '#b42318',
};

/** Text pairs the widget draws: foreground, background. */
export const TEXT_PAIRS: readonly (readonly [ThemeColor, ThemeColor])[] = [
  ['primaryContrast', 'primary'],
  ['primary', 'surface'],
  ['text', 'surface'],
  ['muted', 'surface'],
  ['error', 'surface'],
  ['text', 'subtle'],
];

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

export function toHex(color: Rgb): string {
  return `#${color.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
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

/**
 * The colour nearest to `fore` (mixed towards black or white, whichever reaches the contrast with
 * less change) that reads on `back`; `fore` itself when it already does.
 */
export function readableColor(fore: Rgb, back: Rgb, min = MIN_CONTRAST): Rgb {
  if (contrastRatio(fore, back) >= min) return fore;
  const mix = (target: number, t: number) => fore.map((c) => Math.round(c + (target - c) * t)) as Rgb;
  const candidates = [0, 255].flatMap((target) => {
    // The contrast grows with t towards the far end, so a binary search finds the least change.
    if (contrastRatio(mix(target, 1), back) < min) return [];
    let [low, high] = [0, 1];
    for (let i = 0; i < 20; i++) {
      const t = (low + high) / 2;
      if (contrastRatio(mix(target, t), back) >= min) high = t;
      else low = t;
    }
    return [{ t: high, color: mix(target, high) }];
  });
  candidates.sort((a, b) => a.t - b.t);
  return candidates[0]?.color ?? (contrastRatio([0, 0, 0], back) > contrastRatio([255, 255, 255], back) ? [0, 0, 0] : [255, 255, 255]);
}

export interface ContrastCheck {
  fore: ThemeColor;
  back: ThemeColor;
  ratio: number;
  /** A colour for `fore` that passes, when this pair fails. */
  suggestion?: string;
}

/** Every text pair of the theme (defaults for what it leaves out) that fails AA, with a suggestion. */
export function contrastFailures(theme: PartnerConfig['theme'] = {}): ContrastCheck[] {
  const colorOf = (key: ThemeColor) => parseColor(theme[key] ?? '') ?? parseColor(DEFAULT_THEME_COLORS[key]);
  return TEXT_PAIRS.flatMap(([fore, back]) => {
    const a = colorOf(fore);
    const b = colorOf(back);
    if (!a || !b) return [];
    const ratio = contrastRatio(a, b);
    return ratio >= MIN_CONTRAST ? [] : [{ fore, back, ratio, suggestion: toHex(readableColor(a, b)) }];
  });
}
