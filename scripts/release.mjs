// `npm run release`: the versioned bundle a chamber or agency downloads, release/NAME-VERSION.zip,
// holding the built widget (module, classic script, headless core, configurator, types), the
// questions, the receiver kit, the WordPress plugin's own zip, the licence, the changelog and the
// Japanese set-up guide. It refuses a version the changelog has no entry for. Run after a build
// (the npm script builds first).

import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pluginZip, PLUGIN } from './wordpress-plugin.mjs';
import { zip } from './zip.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** What goes in, by folder or file, relative to the repository. */
export const RELEASE_CONTENTS = ['dist', 'questions', 'receivers', 'LICENSE', 'README.md', 'CHANGELOG.md', 'docs/導入ガイド.md', 'docs/images'];

/** The files under a path (itself, for a file), relative to the repository, in order. */
function filesIn(path) {
  const full = join(root, path);
  if (!existsSync(full)) throw new Error(`${path} is missing: build first (npm run release builds)`);
  if (statSync(full).isFile()) return [path];
  return readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name !== 'manifest.json')
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** Writes the bundle; returns its path. `changelog`: the text to check instead of CHANGELOG.md's. */
export async function release({ changelog = readFileSync(join(root, 'CHANGELOG.md'), 'utf8') } = {}) {
  const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const escaped = version.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (!new RegExp(`^## ${escaped}(?=\\s|$)`, 'm').test(changelog)) throw new Error(`CHANGELOG.md has no entry "## ${version}": write it first`);
  const folder = `${name}-${version}`;
  const entries = RELEASE_CONTENTS.flatMap(filesIn).map((file) => [`${folder}/${file}`, readFileSync(join(root, file))]);
  // The plugin as WordPress's "Upload Plugin" takes it.
  entries.push([`${folder}/wordpress/${PLUGIN}-${version}.zip`, await pluginZip()]);
  mkdirSync(join(root, 'release'), { recursive: true });
  const path = join(root, 'release', `${folder}.zip`);
  writeFileSync(path, zip(entries));
  return path;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const path = await release();
    console.log(`${path.slice(root.length)}: ${(readFileSync(path).length / 1024).toFixed(1)} KB`);
  } catch (error) {
    console.error(`release: ${error.message}`);
    process.exit(1);
  }
}
