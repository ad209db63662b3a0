import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contrastProblems } from '../../src/embed/contrast.js';
import { THEME_PROPERTIES } from '../../src/embed/theme.js';
import { contrastFailures, contrastRatio, DEFAULT_THEME_COLORS, parseColor, readableColor, type Rgb } from '../../src/core/partner/contrast.js';

describe('partner colour contrast', () => {
  it('reads hex and rgb colours', () => {
    expect(parseColor('#fff')).toEqual([255, 255, 255]);
    expect(parseColor(' #1F4E8C ')).toEqual([31, 78, 140]);
    expect(parseColor('rgb(0, 0, 0)')).toEqual([0, 0, 0]);
    expect(parseColor('rebeccapurple')).toBeUndefined();
  });

  it('computes WCAG ratios: black on white is 21:1, grey #777 on white about 4.48:1', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    expect(contrastRatio([0x77, 0x77, 0x77], [255, 255, 255])).toBeCloseTo(4.48, 2);
  });

  it('passes the default theme and names a failing partner colour', () => {
    const defaults: Record<string, string> = {
      '--crc-color-primary': '#1f4e8c',
      '--crc-color-primary-contrast': '#ffffff',
      '--crc-color-text': '#1c2430',
      '--crc-color-muted': '#4a5565',
      '--crc-color-surface': '#ffffff',
      '--crc-color-subtle': '#f2f5f9',
      '--crc-color-error': '#b42318',
    };
    expect(contrastProblems((p) => defaults[p] ?? '')).toEqual([]);
    const yellow: Record<string, string> = { ...defaults, '--crc-color-primary': '#ffd400' };
    expect(contrastProblems((p) => yellow[p] ?? '')).toEqual([
      '--crc-color-primary-contrast on --crc-color-primary: 1.43:1 (needs 4.5:1)',
      '--crc-color-primary on --crc-color-surface: 1.43:1 (needs 4.5:1)',
    ]);
  });

  it('knows the same default colours as the stylesheet', () => {
    const css = readFileSync(new URL('../../src/ui/styles.css', import.meta.url), 'utf8');
    for (const [key, value] of Object.entries(DEFAULT_THEME_COLORS)) {
      expect(css, key).toContain(`${THEME_PROPERTIES[key as keyof typeof THEME_PROPERTIES]}: ${value};`);
    }
  });

  it('finds no failure in the default theme, and suggests a passing colour for a failing one', () => {
    expect(contrastFailures()).toEqual([]);
    const failures = contrastFailures({ primary: '#ffd400' });
    expect(failures.map((f) => `${f.fore}/${f.back}`)).toEqual(['primaryContrast/primary', 'primary/surface']);
    const onSurface = failures[1]!;
    expect(contrastRatio(parseColor(onSurface.suggestion!)!, [255, 255, 255])).toBeGreaterThanOrEqual(4.5);
    // A darker yellow-brown, not black: the suggestion stays near the partner's colour.
    expect(onSurface.suggestion).not.toBe('#000000');
  });

  it('always suggests a colour that reads, and changes nothing that already does', () => {
    const rgb = fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }));
    fc.assert(
      fc.property(rgb, rgb, (fore, back) => {
        const suggestion = readableColor(fore as Rgb, back as Rgb);
        if (contrastRatio(fore as Rgb, back as Rgb) >= 4.5) expect(suggestion).toEqual(fore);
        else expect(contrastRatio(suggestion, back as Rgb)).toBeGreaterThanOrEqual(4.5);
      }),
    );
  });
});
