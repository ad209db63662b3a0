import { describe, expect, it } from 'vitest';
import { contrastProblems, contrastRatio, parseColor } from '../../src/embed/contrast.js';

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
});
