// Japanese text may break a line between any two characters, so on a phone an amount could end one
// line at "1,220万" and start the next with "円". Amounts inside a sentence are set in spans that
// do not break (.amount in later.css); the text itself is unchanged, for copying and screen readers.

import type { ComponentChildren } from 'preact';

/** An amount as formatAmount and formatYen write it: 1,220万円, 5.4億円, 84,640円, ¥26,700,000. */
const AMOUNT = /(¥[\d,.]*\d|[\d,.]*\d[万億]?円)/;

export function keepAmountsWhole(text: string): ComponentChildren {
  const parts = text.split(AMOUNT);
  if (parts.length === 1) return text;
  // split() puts the captured amounts at the odd places.
  return parts.map((part, i) =>
    i % 2 === 1 ? (
      <span class="amount" key={i}>
        {part}
      </span>
    ) : (
      part
    ),
  );
}
