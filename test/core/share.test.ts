import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { content, decodeShare, discountFor, encodeShare, estimate, optionsOf, schemeById } from '../../src/core/index.js';
import { MAX_SHARE_LENGTH, shareChecksum } from '../../src/core/share/link.js';
import type { Answers } from '../../src/core/types.js';

/** Any answer to any question: an option, a subset, a whole number, or nothing. */
const answersArbitrary: fc.Arbitrary<Answers> = fc
  .tuple(
    ...content.questions.map((q) => {
      const ids = optionsOf(q, content).map((o) => o.id);
      const value: fc.Arbitrary<Answers[string]> =
        q.type === 'multi' ? fc.subarray(ids) : ids.length > 0 ? fc.constantFrom(...ids) : fc.integer({ min: 0, max: 1_000_000_000_000 });
      return fc.option(value, { nil: undefined });
    }),
  )
  .map((values) => Object.fromEntries(content.questions.flatMap((q, i) => (values[i] === undefined ? [] : [[q.id, values[i]]]))));

const full: Answers = Object.fromEntries(
  content.questions.map((q) => {
    const ids = optionsOf(q, content).map((o) => o.id);
    return [q.id, q.type === 'multi' ? ids : ids.length ? ids[ids.length - 1]! : 999_999_999_999];
  }),
);

describe('share links', () => {
  it('give back exactly the answers they were made from', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const decoded = decodeShare(content, `#crc=${encodeShare(content, answers)}`);
        expect(decoded).toEqual({ ok: true, answers });
      }),
      { numRuns: 200 },
    );
  });

  it('restore the same tier and loss estimate', () => {
    const answers: Answers = {
      industry: 'retail',
      revenue: 500_000_000,
      records: 20_000,
      chamberMember: 'yes',
      updates: 'done',
      backups: 'done',
      mfa: 'partly',
      dataKinds: ['contacts', 'cards'],
    };
    const decoded = decodeShare(content, encodeShare(content, answers));
    if (!decoded.ok) throw new Error(decoded.error);
    const scheme = schemeById(content, undefined)!;
    expect(discountFor(content, scheme, decoded.answers)).toEqual(discountFor(content, scheme, answers));
    expect(estimate('personalDataLeak', { answers: decoded.answers }).total).toBe(estimate('personalDataLeak', { answers }).total);
  });

  it('stay short enough for a QR code read from a projector, even with every question answered', () => {
    const link = `https://chamber.example/cyber-check#crc=${encodeShare(content, full)}`;
    expect(link.length).toBeLessThan(300);
  });

  const good = encodeShare(content, { industry: 'retail', revenue: 500_000_000, updates: 'done' });
  const [version, fingerprint, choices, numbers] = good.split('.') as [string, string, string, string, string];
  /** A link with these parts and a checksum that fits them, to reach the checks after the checksum. */
  const sealed = (...parts: string[]) => `#crc=${parts.join('.')}.${shareChecksum(parts.join('.'))}`;

  it.each([
    ['empty', '', 'format'],
    ['no key', '#other=1', 'format'],
    ['truncated to three parts', `#crc=${version}.${fingerprint}.${choices}`, 'format'],
    ['an unknown version', sealed('9', fingerprint, choices, numbers), 'version'],
    ['a version 1 link, which had no checksum', `#crc=1.${fingerprint}.${choices}.${numbers}`, 'version'],
    ['a wrong checksum', `#crc=${version}.${fingerprint}.${choices}.${numbers}.zzzz`, 'damaged'],
    ['another question set', sealed(version, 'zzzz', choices, numbers), 'outdated'],
    ['letters outside base 36', sealed(version, fingerprint, 'AB!', numbers), 'format'],
    ['too many choice digits', sealed(version, fingerprint, 'z'.repeat(80), numbers), 'invalid'],
    ['too few numbers', sealed(version, fingerprint, choices, '1'), 'invalid'],
    ['a number beyond safe integers', sealed(version, fingerprint, choices, `${'z'.repeat(20)}----`), 'invalid'],
    ['script in the fragment', sealed(version, fingerprint, '<script>', numbers), 'format'],
    ['a space', sealed(version, fingerprint, `${choices} `, numbers), 'format'],
    ['percent-encoded junk', '#crc=%E3%81%82', 'format'],
  ])('reject %s with a reason, never an exception', (_name, fragment, error) => {
    expect(decodeShare(content, fragment)).toEqual({ ok: false, error });
  });

  const link = `#crc=${encodeShare(content, full)}`;

  it('never open with other answers after any one-character edit', () => {
    const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz.-';
    const opened: string[] = [];
    for (let i = '#crc='.length; i < link.length; i++) {
      for (const char of alphabet) {
        if (char === link[i]) continue;
        const edited = link.slice(0, i) + char + link.slice(i + 1);
        if (decodeShare(content, edited).ok) opened.push(edited);
      }
    }
    expect(opened).toEqual([]);
  });

  it('never open with other answers when cut off anywhere', () => {
    const opened = Array.from({ length: link.length - 1 }, (_, n) => link.slice(0, n + 1)).filter((cut) => decodeShare(content, cut).ok);
    expect(opened).toEqual([]);
  });

  it('refuse a link longer than any they make before reading it', () => {
    expect(link.length).toBeLessThan(MAX_SHARE_LENGTH / 4);
    // Its own parts are sound, so only the length can refuse it: read, it would be "damaged".
    expect(decodeShare(content, `${link}${'0'.repeat(MAX_SHARE_LENGTH)}`)).toEqual({ ok: false, error: 'format' });
    expect(decodeShare(content, `#crc=2.${'z'.repeat(400_000)}`)).toEqual({ ok: false, error: 'format' });
  });
});
