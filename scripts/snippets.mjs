// The snippets partners paste, written from the build: each file's public CDN address pinned to
// this version, with its Subresource Integrity hash, and the self-hosted variant. They live in
// README.md and docs/embed.md between <!-- snippet:NAME --> and <!-- /snippet:NAME -->; `npm run
// snippets` rewrites them after a build, and test/e2e/snippets.test.ts fails when one is stale.

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const SNIPPET_FILES = ['README.md', 'docs/embed.md'];

/** sha384 of a built file, as an integrity attribute takes it. */
export function integrityOf(file) {
  return `sha384-${createHash('sha384')
    .update(readFileSync(root + file))
    .digest('base64')}`;
}

/** Every snippet by name, for the build in dist/ and the version in package.json. */
export function snippets() {
  const { name, version } = JSON.parse(readFileSync(root + 'package.json', 'utf8'));
  const cdn = (file) => `https://cdn.jsdelivr.net/npm/${name}@${version}/${file}`;
  const script = (file, type) =>
    `<script${type ? ` type="${type}"` : ''} src="${cdn(file)}"\n        integrity="${integrityOf(file)}" crossorigin="anonymous"></script>`;
  return {
    module: `${script('dist/cyber-risk-check.js', 'module')}\n<cyber-risk-check></cyber-risk-check>`,
    classic: `<cyber-risk-check></cyber-risk-check>\n${script('dist/cyber-risk-check.iife.js')}`,
    'self-hosted': `<!-- dist/ copied to your site as /cyber-risk-check/ -->\n<script type="module" src="/cyber-risk-check/cyber-risk-check.js"></script>\n<cyber-risk-check></cyber-risk-check>`,
  };
}

/** The text with every snippet block replaced by its current version. */
export function withSnippets(text, current = snippets()) {
  return text.replace(/(<!-- snippet:([\w-]+) -->\n)[\s\S]*?(\n<!-- \/snippet:\2 -->)/g, (block, open, name, close) =>
    name in current ? `${open}\`\`\`html\n${current[name]}\n\`\`\`${close}` : block,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const file of SNIPPET_FILES) writeFileSync(root + file, withSnippets(readFileSync(root + file, 'utf8')));
}
