// Parses a yen amount as owners write it: `5億`, `５億円`, `500,000,000`, `50000万`, `5.2億`,
// `1億2,000万円`, `3千万`, `¥120万`, `500,000千円`, and in English `300 million`, `1.2bn`, `50k`,
// `3 hundred million`, `JPY 300,000,000`, `300,000,000 yen`. Returns a reason code on failure so
// the UI can say, in the user's language, what is accepted.

export type YenError = 'empty' | 'invalid' | 'negative' | 'zero' | 'tooLarge';
export type YenResult = { ok: true; value: number } | { ok: false; error: YenError };

/** Units by their first character: 千, 百 and hundred multiply the unit after them (3千万, 3 hundred million). */
const UNITS: Record<string, number> = { 兆: 1e12, 億: 1e8, 万: 1e4, 千: 1e3, 百: 100, b: 1e9, m: 1e6, t: 1e3, k: 1e3, h: 100 };
/** Above this an amount is surely a typing mistake (one quadrillion yen). */
export const MAX_YEN = 1e15;

/** Full-width signs, digits and letters (＋ to ｚ) to ASCII, dashes to `-`; spaces (\s includes the ideographic space) removed. */
export function normalizeDigits(input: string): string {
  return input
    .replace(/\s+/g, '')
    .replace(/[＋-ｚ]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/、/g, ',')
    .replace(/[−‐―—–]/g, '-');
}

// On lower case text. m, b(n) and k are million, billion and thousand (whole words before their
// initials, which a match would otherwise stop at); trillion is left to 兆.
const SEGMENT = /(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(hundred|[千百])?(million|billion|bn?|thousand|[兆億万mk])?/y;

/** The exact value written, before rounding; `undefined` when the text is not an amount. */
function readAmount(text: string): number | undefined {
  let total = 0;
  let lastUnit = Infinity;
  SEGMENT.lastIndex = 0;
  do {
    const match = SEGMENT.exec(text);
    if (!match) return undefined;
    const [, whole = '', fraction = '', sub = '', unit = ''] = match;
    const unitValue = UNITS[unit.charAt(0)] ?? 1;
    // Units must fall (1億2000万, not 2000万1億), so a bare number (unit 1) can only come last.
    if (unitValue >= lastUnit) return undefined;
    lastUnit = unitValue;
    // Scale the decimals as an integer so that 1.1万 is exactly 11000, not 11000.000000000002.
    total += (Number(whole.replace(/,/g, '') + fraction) * (UNITS[sub.charAt(0)] ?? 1) * unitValue) / 10 ** fraction.length;
  } while (SEGMENT.lastIndex < text.length);
  return total;
}

type Parsed = { ok: true; exact: number } | { ok: false; error: YenError };

function parseNumberText(input: string, strip: RegExp): Parsed {
  const text = normalizeDigits(input)
    .toLowerCase()
    .replace(strip, '')
    .replace(/^(約|およそ)?\+?/, '');
  if (input.trim() === '') return { ok: false, error: 'empty' };
  if (text.startsWith('-')) return { ok: false, error: 'negative' };
  const exact = readAmount(text);
  if (exact === undefined) return { ok: false, error: 'invalid' };
  // Negated so that NaN (Infinity / Infinity, from hundreds of digits) is too large as well.
  if (!(exact <= MAX_YEN)) return { ok: false, error: 'tooLarge' };
  return { ok: true, exact };
}

export function parseYen(input: string, options: { allowZero?: boolean } = {}): YenResult {
  const parsed = parseNumberText(input, /^([¥￥]|jpy)|(円|yen|jpy)$/g);
  if (!parsed.ok) return parsed;
  const value = Math.round(parsed.exact);
  if (value === 0 && !options.allowZero) return { ok: false, error: 'zero' };
  return { ok: true, value };
}

export type CountError = YenError | 'notWhole' | 'tooSmall';
export type CountResult = { ok: true; value: number } | { ok: false; error: CountError };

/** Parses a count (employees, PCs, records): full-width digits, commas, 万, 10k or 1.5 million, and a counter word. */
export function parseCount(input: string, options: { min?: number; max?: number } = {}): CountResult {
  const parsed = parseNumberText(input, /(人|名|台|件|社)$/);
  if (!parsed.ok) return parsed;
  const value = parsed.exact;
  if (!Number.isInteger(value)) return { ok: false, error: 'notWhole' };
  if (options.min !== undefined && value < options.min) return { ok: false, error: 'tooSmall' };
  if (options.max !== undefined && value > options.max) return { ok: false, error: 'tooLarge' };
  return { ok: true, value };
}
