import { describe, expect, it } from 'vitest';
import { MAX_YEN, normalizeDigits, parseCount, parseYen } from '../../src/core/parse/yen.js';

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
    ['3百万', 3_000_000],
    ['3千', 3_000],
    ['1兆2000億', 1_200_000_000_000],
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

describe('parseYen accepts amounts as English-speaking owners write them', () => {
  const accepted: [string, number][] = [
    ['300 million', 300_000_000],
    ['300 Million', 300_000_000],
    ['300 MILLION', 300_000_000],
    ['300million', 300_000_000],
    ['3 hundred million', 300_000_000],
    ['300M', 300_000_000],
    ['300m', 300_000_000],
    ['300 m', 300_000_000],
    ['1.2 billion', 1_200_000_000],
    ['1.2bn', 1_200_000_000],
    ['1.2BN', 1_200_000_000],
    ['1.2b', 1_200_000_000],
    ['1.2B', 1_200_000_000],
    ['1.1 million', 1_100_000],
    ['0.1 million', 100_000],
    ['2.345 million', 2_345_000],
    ['1,500 million', 1_500_000_000],
    ['¥300,000,000', 300_000_000],
    ['¥ 300 million', 300_000_000],
    ['JPY 300,000,000', 300_000_000],
    ['jpy300000000', 300_000_000],
    ['JPY 1.2bn', 1_200_000_000],
    ['300,000,000 yen', 300_000_000],
    ['300,000,000 Yen', 300_000_000],
    ['300,000,000 JPY', 300_000_000],
    ['300 million yen', 300_000_000],
    ['50 thousand', 50_000],
    ['50 Thousand yen', 50_000],
    ['50k', 50_000],
    ['50K', 50_000],
    ['1.5k', 1_500],
    ['3 hundred', 300],
    ['3 hundred thousand', 300_000],
    ['1 million 200 thousand', 1_200_000],
    ['2 billion 300 million', 2_300_000_000],
    ['1 billion 2 million 3 thousand 4', 1_002_003_004],
    ['2 thousand 5 hundred', 2_500],
    ['+300 million', 300_000_000],
    ['  300 million  ', 300_000_000],
    ['３００Ｍ', 300_000_000],
    ['ＪＰＹ　３００　ｍｉｌｌｉｏｎ', 300_000_000],
  ];
  it.each(accepted)('%s → %d', (input, expected) => {
    expect(parseYen(input)).toEqual({ ok: true, value: expected });
  });

  it('scales decimals exactly, with no floating-point residue', () => {
    for (let tenths = 1; tenths < 100; tenths++) {
      const text = `${Math.floor(tenths / 10)}.${tenths % 10}`;
      expect(parseYen(`${text} million`)).toEqual({ ok: true, value: tenths * 100_000 });
      expect(parseYen(`${text}bn`)).toEqual({ ok: true, value: tenths * 100_000_000 });
      expect(parseCount(`${text}k`)).toEqual({ ok: true, value: tenths * 100 });
    }
  });
});

describe('parseYen rejects English text that is not an amount', () => {
  const rejected: [string, string][] = [
    ['abc', 'invalid'],
    ['million', 'invalid'],
    ['yen', 'invalid'],
    ['JPY', 'invalid'],
    ['five million', 'invalid'],
    ['3 million 億', 'invalid'],
    ['3 million 2億', 'invalid'],
    ['300 million million', 'invalid'],
    ['300 thousand million', 'invalid'],
    ['5 millions', 'invalid'],
    ['300 mil', 'invalid'],
    ['300 mm', 'invalid'],
    ['1 trillion', 'invalid'],
    ['300 million 5 billion', 'invalid'],
    ['5,3 million', 'invalid'],
    ['$300 million', 'invalid'],
    ['300 million dollars', 'invalid'],
    ['yen 300', 'invalid'],
    ['1e20', 'invalid'],
    ['1E9', 'invalid'],
    ['10^20', 'invalid'],
    ['1.2.3 million', 'invalid'],
    ['-300 million', 'negative'],
    ['−300 million', 'negative'],
    ['-¥300,000,000', 'negative'],
    ['¥-300,000,000', 'negative'],
    ['¥−5億', 'negative'],
    ['JPY -1.2bn', 'negative'],
    ['0 million', 'zero'],
    ['0k yen', 'zero'],
    ['0.0000001 million', 'zero'],
    ['2 million billion', 'invalid'],
    ['1000001 billion', 'tooLarge'],
    ['100000000000000000000', 'tooLarge'],
    ['1' + '0'.repeat(400), 'tooLarge'],
    ['1.' + '0'.repeat(400) + ' million', 'tooLarge'],
  ];
  it.each(rejected)('%j → %s', (input, error) => {
    expect(parseYen(input)).toEqual({ ok: false, error });
  });

  it('accepts up to the limit, and not one yen more', () => {
    expect(parseYen('1,000,000 billion')).toEqual({ ok: true, value: MAX_YEN });
    expect(parseYen('1000兆')).toEqual({ ok: true, value: MAX_YEN });
    expect(parseYen('1,000,000,000,000,001')).toEqual({ ok: false, error: 'tooLarge' });
  });
});

describe('parseCount in English', () => {
  it.each([
    ['20 thousand', 20_000],
    ['20 Thousand', 20_000],
    ['10k', 10_000],
    ['10K', 10_000],
    ['1.5 million', 1_500_000],
    ['1.5M件', 1_500_000],
    ['2.5k人', 2_500],
    ['3 hundred', 300],
  ] as const)('%s → %d', (input, expected) => {
    expect(parseCount(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['1.2345k', 'notWhole'],
    ['-10k', 'negative'],
    ['ten', 'invalid'],
    ['25 people', 'invalid'],
    ['¥25', 'invalid'],
    ['25円', 'invalid'],
  ] as const)('%j → %s', (input, error) => {
    expect(parseCount(input)).toEqual({ ok: false, error });
  });

  it('applies the question limits to English forms too', () => {
    expect(parseCount('1m', { max: 100_000 })).toEqual({ ok: false, error: 'tooLarge' });
    expect(parseCount('100k', { max: 100_000 })).toEqual({ ok: true, value: 100_000 });
    expect(parseCount('0k', { min: 1 })).toEqual({ ok: false, error: 'tooSmall' });
  });
});

describe('normalizeDigits', () => {
  it('turns full-width signs, digits and letters into ASCII, dashes into -, and drops spaces', () => {
    expect(normalizeDigits('－１２，３４５．６')).toBe('-12,345.6');
    expect(normalizeDigits('＋３　００Ｍ')).toBe('+300M');
    expect(normalizeDigits('1、000')).toBe('1,000');
    expect(normalizeDigits('−5')).toBe('-5');
    expect(normalizeDigits('５０％')).toBe('50％');
  });
});

describe('parseYen reads back what it is formatted as', () => {
  /** A small seeded generator (mulberry32), so a failure repeats. */
  function random(seed: number): () => number {
    return () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  /** 1億2345万6789: each non-zero group of four digits with its unit. */
  function kanji(value: number): string {
    const groups: [number, string][] = [
      [1e12, '兆'],
      [1e8, '億'],
      [1e4, '万'],
    ];
    let text = '';
    let rest = value;
    for (const [size, unit] of groups) {
      const count = Math.floor(rest / size);
      if (count > 0) text += `${count}${unit}`;
      rest -= count * size;
    }
    return rest > 0 || text === '' ? `${text}${rest}` : text;
  }

  /** 1 billion 234 million 567 thousand 890, leaving out zero groups. */
  function words(value: number): string {
    const groups: [number, string][] = [
      [1e9, 'billion'],
      [1e6, 'million'],
      [1e3, 'thousand'],
    ];
    const parts: string[] = [];
    let rest = value;
    for (const [size, unit] of groups) {
      const count = Math.floor(rest / size);
      if (count > 0) parts.push(`${count.toLocaleString('en-US')} ${unit}`);
      rest -= count * size;
    }
    if (rest > 0 || parts.length === 0) parts.push(String(rest));
    return parts.join(' ');
  }

  /** 1234.56789 million: the whole value as a decimal number of millions. */
  function decimalMillions(value: number): string {
    const fraction = String(value % 1e6)
      .padStart(6, '0')
      .replace(/0+$/, '');
    return `${Math.floor(value / 1e6).toLocaleString('en-US')}${fraction ? `.${fraction}` : ''} million`;
  }

  it('for random amounts from 1 yen to 1,000兆', () => {
    const next = random(20240601);
    for (let i = 0; i < 2000; i++) {
      // Spread over every order of magnitude, not mostly the largest.
      const value = Math.max(1, Math.floor(10 ** (next() * 15) * next()));
      const forms = [
        String(value),
        value.toLocaleString('en-US'),
        kanji(value),
        `${kanji(value)}円`,
        words(value),
        `${words(value)} yen`,
        decimalMillions(value),
        `JPY ${value.toLocaleString('en-US')}`,
        `¥${decimalMillions(value).toUpperCase()}`,
      ];
      for (const form of forms) expect(parseYen(form), form).toEqual({ ok: true, value });
      expect(parseCount(words(value)), words(value)).toEqual({ ok: true, value });
    }
  });
});
