// The addresses a seminar hands out: the attendees' page and the take-home link, whose code the
// full check reads back.
import { describe, expect, it } from 'vitest';
import { content } from '../../src/core/index.js';
import { continueCode, decodeShare, hasContinueFragment, hasShareFragment, isAttendeeFragment } from '../../src/core/lib.js';
import { attendeeUrl, takeHomeUrl } from '../../src/ui/quick/links.js';

const page = 'https://cci.example/seminar/?room=a#crc=2.old';

describe("the attendees' page", () => {
  it('is this page marked for attendees, without its own fragment, unless the partner names one', () => {
    expect(attendeeUrl(undefined, page)).toBe('https://cci.example/seminar/?room=a#crc-seminar=attendee');
    expect(isAttendeeFragment(new URL(attendeeUrl(undefined, page)).hash)).toBe(true);
    expect(attendeeUrl('/phones', page)).toBe('https://cci.example/phones');
    expect(attendeeUrl('https://other.example/q#x', page)).toBe('https://other.example/q');
  });
});

describe('the take-home link', () => {
  const answers = { industry: 'retail', employees: 12, updates: 'done', backups: 'partly' };

  it("carries the answers to the full check's page, which reads them back", () => {
    const link = new URL(takeHomeUrl(content, answers, 'https://cci.example/check', page));
    expect(link.origin + link.pathname).toBe('https://cci.example/check');
    expect(hasContinueFragment(link.hash)).toBe(true);
    expect(hasShareFragment(link.hash)).toBe(false);
    expect(decodeShare(content, continueCode(link.hash))).toEqual({ ok: true, answers });
  });

  it('goes to this page when the partner names no full check', () => {
    expect(takeHomeUrl(content, answers, undefined, page)).toMatch(/^https:\/\/cci\.example\/seminar\/\?room=a#crc-continue=2\./);
  });

  it('finds its code among other fragment parts, and nothing where there is none', () => {
    expect(continueCode('#a=1&crc-continue=2.x.y&b=2')).toBe('2.x.y');
    expect(continueCode('#crc=2.x.y')).toBe('');
    expect(continueCode('#xcrc-continue=2.x.y')).toBe('');
    expect(decodeShare(content, continueCode('#crc-continue=')).ok).toBe(false);
  });
});
