// Parses a yen amount as owners write it: `5億`, `５億円`, `500,000,000`, `50000万`, `5.2億`,
// `1億2,000万円`, `3千万`, `¥120万`, `500,000千円`. Returns a reason code on failure so the UI can
// say, in the user's language, what is accepted.

export type YenError = 'empty' | 'invalid' | 'negative' | 'zero' | 'tooLarge';
export type YenResult = { ok: true; value: number } | { ok: false; error: YenError };

const UNITS: Record<string, number> = { 兆: 1e12, 億: 1e8, 万: 1e4 };
const SUB_UNITS: Record<string, number> = { 千: 1e3, 百: 1e2 };
/** Above this an amount is surely a typing mistake (one quadrillion yen). */
export const MAX_YEN = 1e15;

/** Full-width digits and signs to ASCII; spaces removed. */
export function normalizeDigits(input: string): string {
  return input
    .replace(/[\s\u3000]+/g, '')
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[，、]/g, ',')
    .replace(/．/g, '.')
    .replace(/^[−－‐―—–]/, '-')
    .replace(/^＋/, '+');
}

const SEGMENT = /(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?([千百])?([兆億万])?/y;

/** The exact value written, before rounding; `undefined` when the text is not an amount. */
function readAmount(text: string): number | undefined {
  let total = 0;
  let lastUnit = Infinity;
  SEGMENT.lastIndex = 0;
  while (SEGMENT.lastIndex < text.length) {
    const start = SEGMENT.lastIndex;
    const match = SEGMENT.exec(text);
    if (!match || match.index !== start || match[0] === '') return undefined;
    const [, whole, fraction = '', sub, unit] = match;
    // The pattern always captures `whole` and only known units; these checks are for the types.
    const unitValue = unit ? UNITS[unit] : 1;
    const subValue = sub ? SUB_UNITS[sub] : 1;
    if (whole === undefined || unitValue === undefined || subValue === undefined) return undefined;
    // Units must fall (1億2000万, not 2000万1億), and a bare number can only come last.
    if (unitValue >= lastUnit || (!unit && SEGMENT.lastIndex < text.length)) return undefined;
    lastUnit = unitValue;
    // Scale the decimals as an integer so that 1.1万 is exactly 11000, not 11000.000000000002.
    const decimals = Math.max(fraction.length - 1, 0);
    const digits = Number(whole.replace(/,/g, '') + fraction.slice(1));
    total += (digits * subValue * unitValue) / 10 ** decimals;
  }
  return total;
}

type Parsed = { ok: true; exact: number } | { ok: false; error: YenError };

function parseNumberText(input: string, strip: RegExp): Parsed {
  let text = normalizeDigits(input)
    .replace(/^(約|およそ)/, '')
    .replace(strip, '');
  if (input.trim() === '') return { ok: false, error: 'empty' };
  if (text.startsWith('-')) return { ok: false, error: 'negative' };
  if (text.startsWith('+')) text = text.slice(1);
  const exact = text === '' ? undefined : readAmount(text);
  if (exact === undefined) return { ok: false, error: 'invalid' };
  if (!Number.isFinite(exact) || exact > MAX_YEN) return { ok: false, error: 'tooLarge' };
  return { ok: true, exact };
}

export function parseYen(input: string, options: { allowZero?: boolean } = {}): YenResult {
  const parsed = parseNumberText(input.trim().replace(/^[¥￥]/, ''), /円$/);
  if (!parsed.ok) return parsed;
  const value = Math.round(parsed.exact);
  if (value === 0 && !options.allowZero) return { ok: false, error: 'zero' };
  return { ok: true, value };
}

export type CountError = YenError | 'notWhole' | 'tooSmall';
export type CountResult = { ok: true; value: number } | { ok: false; error: CountError };

/** Parses a count (employees, PCs, records): full-width digits, commas, 万, and a counter word. */
export function parseCount(input: string, options: { min?: number; max?: number } = {}): CountResult {
  const parsed = parseNumberText(input, /(人|名|台|件|社)$/);
  if (!parsed.ok) return parsed;
  const value = parsed.exact;
  if (!Number.isInteger(value)) return { ok: false, error: 'notWhole' };
  if (options.min !== undefined && value < options.min) return { ok: false, error: 'tooSmall' };
  if (options.max !== undefined && value > options.max) return { ok: false, error: 'tooLarge' };
  return { ok: true, value };
}
