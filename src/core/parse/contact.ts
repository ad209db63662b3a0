// Contact details as people type them in Japan: full-width letters and digits, hyphens of every
// kind, 〒 before a postcode, +81 before a phone number. Lenient in what is accepted, strict in
// what is stored.

export type ContactResult = { ok: true; value: string } | { ok: false; error: 'empty' | 'invalid' };

/** Full-width ASCII to half-width, and every dash to "-". */
function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[‐‑‒–—―−ー－]/g, '-')
    .trim();
}

export function parseEmail(text: string): ContactResult {
  const value = normalize(text);
  if (value === '') return { ok: false, error: 'empty' };
  return /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(value) ? { ok: true, value } : { ok: false, error: 'invalid' };
}

/** Japanese phone numbers: 10 or 11 digits starting with 0 (or +81 in place of the 0). */
export function parsePhone(text: string): ContactResult {
  let digits = normalize(text).replace(/[\s()-]/g, '');
  if (digits === '') return { ok: false, error: 'empty' };
  if (digits.startsWith('+81')) digits = '0' + digits.slice(3).replace(/^0/, '');
  return /^0\d{9,10}$/.test(digits) ? { ok: true, value: digits } : { ok: false, error: 'invalid' };
}

/** Seven-digit postcodes, stored as 123-4567. */
export function parsePostcode(text: string): ContactResult {
  const digits = normalize(text).replace(/^〒/, '').replace(/[\s-]/g, '');
  if (digits === '') return { ok: false, error: 'empty' };
  return /^\d{7}$/.test(digits) ? { ok: true, value: `${digits.slice(0, 3)}-${digits.slice(3)}` } : { ok: false, error: 'invalid' };
}

/** Hiragana written as katakana (ひらがな → ヒラガナ), the rest as it is. */
export function toKatakana(text: string): string {
  return text.replace(/[\u3041-\u3096]/g, (kana) => String.fromCharCode(kana.charCodeAt(0) + 0x60));
}

/** A name's reading (フリガナ) in katakana: hiragana and half-width kana are turned into it; spaces kept as one. */
export function parseKana(text: string): ContactResult {
  const value = toKatakana(text.normalize('NFKC'))
    .replace(/[\s\u3000]+/g, ' ')
    .trim();
  if (value === '') return { ok: false, error: 'empty' };
  return /^[\u30a1-\u30f6\u30fc\u30fb ]+$/.test(value) ? { ok: true, value } : { ok: false, error: 'invalid' };
}
