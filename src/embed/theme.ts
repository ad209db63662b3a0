// The partner's colours, radius and font as CSS custom properties on the widget's shadow host.

import type { PartnerConfig, ThemeColor } from '../core/partner/config.js';

export const THEME_PROPERTIES: Record<ThemeColor, string> = {
  primary: '--crc-color-primary',
  primaryContrast: '--crc-color-primary-contrast',
  text: '--crc-color-text',
  muted: '--crc-color-muted',
  surface: '--crc-color-surface',
  subtle: '--crc-color-subtle',
  border: '--crc-color-border',
  focus: '--crc-color-focus',
  error: '--crc-color-error',
};

/** The theme as CSS for the shadow root. Values passed the schema's patterns, so they cannot break out of a declaration. */
export function themeCss(theme: PartnerConfig['theme']): string {
  if (!theme) return '';
  const declarations = (Object.keys(THEME_PROPERTIES) as ThemeColor[]).filter((key) => theme[key]).map((key) => `${THEME_PROPERTIES[key]}: ${theme[key]};`);
  if (theme.radius !== undefined) declarations.push(`--crc-radius: ${theme.radius}px;`);
  if (theme.fontFamily) declarations.push(`--crc-font-family: ${theme.fontFamily};`);
  return declarations.length ? `:host { ${declarations.join(' ')} }` : '';
}
