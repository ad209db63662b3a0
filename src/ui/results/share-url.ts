// The page's own address with the answers in its fragment: a link that opens the result again,
// elsewhere or later. A fragment is never sent to a server.

import { encodeShare, SHARE_KEY } from '../../core/lib.js';
import type { Answers, QuestionContent } from '../../core/types.js';

export function shareUrl(content: QuestionContent, answers: Answers, href: string = location.href): string {
  const url = new URL(href);
  url.hash = `${SHARE_KEY}=${encodeShare(content, answers)}`;
  return url.toString();
}
