// The classic script starts with a UTF-8 byte order mark. A classic script is decoded in the page's
// encoding when its server names no charset, and old chamber pages are often Shift_JIS; a BOM
// comes first in how browsers decide a script's encoding (WHATWG Encoding, "decode"), so the file
// is read as UTF-8 on any page. Its Japanese then ships as UTF-8 (3 bytes a character) instead of
// escapes (6 bytes), which the budget test measures.

import type { Plugin } from 'vite';

export function byteOrderMark(): Plugin {
  return {
    name: 'crc-byte-order-mark',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) if (file.type === 'chunk' && file.isEntry) file.code = `\uFEFF${file.code}`;
    },
  };
}
