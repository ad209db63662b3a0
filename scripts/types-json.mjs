// The type declarations keep the JSON imports of their sources (the quote request's schema), which
// tsc does not copy when it emits declarations only: copy each one beside the declaration using it.

import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const types = join(root, 'dist/types');

for (const file of readdirSync(types, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.d.ts'))) {
  for (const [, path] of readFileSync(join(types, file), 'utf8').matchAll(/from '(\.[^']+\.json)'/g)) {
    const target = join(types, dirname(file), path);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(join(root, 'src', relative(types, target)), target);
  }
}
