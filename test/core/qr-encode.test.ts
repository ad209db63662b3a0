// The widget's own QR encoder, read back by an independent decoder (jsQR) and compared with a
// general encoder (qrcode-generator), whose layout it must match module for module once the mask
// is the same.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import jsQR from 'jsqr';
import qrcode from 'qrcode-generator';
import { qrModules } from '../../src/ui/results/qr-encode.js';

/** The modules drawn as a picture, 4 pixels a module with a 4-module quiet zone, then decoded. */
function decode(modules: boolean[][]): string | undefined {
  const scale = 4;
  const side = (modules.length + 8) * scale;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  modules.forEach((row, r) =>
    row.forEach((dark, c) => {
      if (!dark) return;
      for (let y = 0; y < scale; y++)
        for (let x = 0; x < scale; x++) {
          const at = (((r + 4) * scale + y) * side + (c + 4) * scale + x) * 4;
          pixels[at] = pixels[at + 1] = pixels[at + 2] = 0;
        }
    }),
  );
  return jsQR(pixels, side, side, { inversionAttempts: 'dontInvert' })?.data;
}

/** qrcode-generator's modules for the same text at level M. */
function reference(text: string): boolean[][] {
  const code = qrcode(0, 'M');
  code.addData(text);
  code.make();
  const size = code.getModuleCount();
  return Array.from({ length: size }, (_, r) => Array.from({ length: size }, (_, c) => code.isDark(r, c)));
}

/** The mask a code was drawn with, read from its format information beside the top-left finder. */
function maskOf(modules: boolean[][]): number {
  const bits = [0, 1, 2, 3, 4, 5, 7, 8].map((r) => modules[r]![8]!).concat([7, 5, 4, 3, 2, 1, 0].map((c) => modules[8]![c]!));
  const format = bits.reduce((value, bit, i) => value | (Number(bit) << i), 0) ^ 0x5412;
  return (format >> 10) & 7;
}

const SHARE_LINK = 'https://cci.example/check/#crc-continue=2.k3x9a.0f3a19c2b7e1d05.4u-2s-0-9k.h7';

describe('the QR encoder', () => {
  it('writes a share link that a decoder reads back, in the smallest version that holds it', () => {
    const modules = qrModules(SHARE_LINK);
    expect(decode(modules)).toBe(SHARE_LINK);
    expect(modules.length).toBe(reference(SHARE_LINK).length);
  });

  it('is read back for any text, from one character to versions with two block groups and version information', () => {
    const text = fc.oneof(
      fc.string({ minLength: 1, maxLength: 40 }),
      fc.string({ minLength: 100, maxLength: 400 }),
      fc.webUrl({ withFragments: true, withQueryParameters: true }),
    );
    fc.assert(
      fc.property(text, (value) => {
        const modules = qrModules(value);
        expect(decode(modules)).toBe(value);
        const theirs = reference(value);
        expect(modules.length).toBe(theirs.length);
        // Drawn with the mask the general encoder chose, every module is the same.
        expect(qrModules(value, maskOf(theirs))).toEqual(theirs);
      }),
      { numRuns: 60 },
    );
  });

  it('reads back Japanese (UTF-8) and texts at the largest sizes a share link reaches', () => {
    for (const text of ['サイバーリスク診断', `${SHARE_LINK}${'a'.repeat(900)}`]) expect(decode(qrModules(text))).toBe(text);
  });

  it('refuses a text too long for any QR code at level M', () => {
    expect(() => qrModules('x'.repeat(2400))).toThrow(RangeError);
  });
});
