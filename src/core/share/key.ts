// The fragment keys the widget reads from its page, apart from the codec: a page can tell what it
// was opened with without loading the decoder. Fragments are never sent to servers.
//   #crc=…                a shared result, opened read-only
//   #crc-continue=…       a take-home link: the quick check's answers, to go on with the full check
//   #crc-seminar=attendee a seminar page opened from the presenter's QR code, on a phone

export const SHARE_KEY = 'crc';
export const CONTINUE_KEY = 'crc-continue';
export const ATTENDEE_FRAGMENT = 'crc-seminar=attendee';

export function hasShareFragment(hash: string): boolean {
  return hash.includes(`${SHARE_KEY}=`);
}

export function hasContinueFragment(hash: string): boolean {
  return hash.includes(`${CONTINUE_KEY}=`);
}

export function isAttendeeFragment(hash: string): boolean {
  return hash.includes(ATTENDEE_FRAGMENT);
}
