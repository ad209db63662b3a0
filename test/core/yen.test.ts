import { describe, expect, it } from 'vitest';
import { parseCount, parseYen } from '../../src/core/parse/yen.js';

describe('parseYen accepts amounts as owners write them', () => {
  const accepted: [string, number][] = [
    ['500000000', 500_000_000],
    ['500,000,000', 500_000_000],
    ['５００，０００，０００', 500_000_000],
    ['5億', 500_000_000],
    ['5億円', 500_000_000],
    ['５億', 500_000_000],
    ['５億円', 500_000_000],
    ['50000万', 500_000_000],
    ['50,000万円', 500_000_000],
    ['5.2億', 520_000_000],
    ['５．２億円', 520_000_000],
    ['1億2000万', 120_000_000],
    ['1億2,000万円', 120_000_000],
    ['3千万', 30_000_000],
    ['3千万円', 30_000_000],
    ['500万', 5_000_000],
    ['1.1万', 11_000],
    ['¥120万', 1_200_000],
    ['￥5億', 500_000_000],
    ['500,000千円', 500_000_000],
    ['5 億 円', 500_000_000],
    ['　5億　', 500_000_000],
    ['約5億', 500_000_000],
    ['1兆', 1_000_000_000_000],
    ['30億', 3_000_000_000],
    ['+5000万', 50_000_000],
    ['12345', 12_345],
  ];
  it.each(accepted)('%s → %d', (input, expected) => {
    expect(parseYen(input)).toEqual({ ok: true, value: expected });
  });
});

describe('parseYen rejects what is not an amount, saying why', () => {
  const rejected: [string, string][] = [
    ['', 'empty'],
    ['   ', 'empty'],
    ['abc', 'invalid'],
    ['五億', 'invalid'],
    ['5億abc', 'invalid'],
    ['5,2億', 'invalid'],
    ['1,00', 'invalid'],
    ['5..2億', 'invalid'],
    ['5億億', 'invalid'],
    ['2000万1億', 'invalid'],
    ['1e9', 'invalid'],
    ['円', 'invalid'],
    ['-5億', 'negative'],
    ['−5億', 'negative'],
    ['－500万円', 'negative'],
    ['0', 'zero'],
    ['0円', 'zero'],
    ['9999兆', 'tooLarge'],
  ];
  it.each(rejected)('%j → %s', (input, error) => {
    expect(parseYen(input)).toEqual({ ok: false, error });
  });

  it('accepts zero when the field allows it', () => {
    expect(parseYen('0', { allowZero: true })).toEqual({ ok: true, value: 0 });
  });
});

describe('parseCount', () => {
  it.each([
    ['25', 25],
    ['２５', 25],
    ['25人', 25],
    ['1,200', 1_200],
    ['1万', 10_000],
    ['1.5万件', 15_000],
    ['0', 0],
  ] as const)('%s → %d', (input, expected) => {
    expect(parseCount(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['2.5', 'notWhole'],
    ['-3', 'negative'],
    ['many', 'invalid'],
    ['', 'empty'],
  ] as const)('%j → %s', (input, error) => {
    expect(parseCount(input)).toEqual({ ok: false, error });
  });

  it('applies the question limits', () => {
    expect(parseCount('0', { min: 1 })).toEqual({ ok: false, error: 'tooSmall' });
    expect(parseCount('200001', { max: 200_000 })).toEqual({ ok: false, error: 'tooLarge' });
    expect(parseCount('200000', { max: 200_000 })).toEqual({ ok: true, value: 200_000 });
  });
});
