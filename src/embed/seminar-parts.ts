// A seminar's own parts: its styles, its strings and its screens (see ui/quick/screens.tsx). One
// file, fetched before a seminar's first paint (or once a take-home link turns out unreadable and
// the quick check starts): the first load of every other widget does not carry it.

import quickLength from 'virtual:crc-quick-length';
import { loadLaterStrings } from '../i18n/load.js';
import type { SeminarScreens } from '../ui/context.js';
import { loadLaterStyles } from '../ui/lazy.js';
import { seminarScreens } from '../ui/quick/screens.js';
import css from '../ui/seminar.css?inline';

export async function seminarParts(addStyles: (css: string) => void, withStyles: boolean): Promise<SeminarScreens> {
  if (withStyles) addStyles(css);
  // The presenter's QR code is drawn with the lazy parts' styles.
  const [laterCss] = await Promise.all([loadLaterStyles(), loadLaterStrings()]);
  addStyles(laterCss);
  return seminarScreens(quickLength);
}
