// The WordPress plugin as WordPress installs it: the PHP in wordpress/cyber-risk-check/, with what
// the build adds: the widget's files (assets/, module and classic builds and the configurator), the
// configuration schema the settings page checks against, build-info.json (version, integrity hash,
// content ids), and the Japanese translations compiled (.mo for PHP, JSON for the block editor).
// `npm run release` zips it; the WordPress test installs it from the same files.

import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { integrityOf } from './snippets.mjs';
import { zip } from './zip.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
export const PLUGIN = 'cyber-risk-check';
const source = join(root, 'wordpress', PLUGIN);

/** Entries of a .po file: [context or undefined, source text, translation]. */
export function readPo(text) {
  const entries = [];
  const unquote = (line) => JSON.parse(line.slice(line.indexOf('"')));
  for (const block of text.split(/\n\s*\n/)) {
    const lines = block.split('\n').filter((line) => !line.startsWith('#'));
    const field = (name) => lines.find((line) => line.startsWith(name + ' '));
    const id = field('msgid');
    if (id === undefined) continue;
    const context = field('msgctxt');
    entries.push([context && unquote(context), unquote(id), unquote(field('msgstr'))]);
  }
  return entries;
}

/** A GNU .mo file (little-endian, no hash table) from .po entries. */
export function moFile(entries) {
  const key = ([context, id]) => (context ? `${context}\u0004${id}` : id);
  const sorted = [...entries].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const originals = sorted.map((entry) => Buffer.from(key(entry)));
  const translations = sorted.map(([, , text]) => Buffer.from(text));
  const count = sorted.length;
  const tablesEnd = 28 + count * 16;
  const header = Buffer.alloc(tablesEnd);
  header.writeUInt32LE(0x950412de, 0);
  header.writeUInt32LE(0, 4);
  header.writeUInt32LE(count, 8);
  header.writeUInt32LE(28, 12);
  header.writeUInt32LE(28 + count * 8, 16);
  // No hash table (size 0), placed where it would be: WordPress's reader works out the table sizes from it.
  header.writeUInt32LE(0, 20);
  header.writeUInt32LE(tablesEnd, 24);
  let offset = tablesEnd;
  const strings = [];
  [originals, translations].forEach((list, table) => {
    list.forEach((bytes, i) => {
      header.writeUInt32LE(bytes.length, 28 + table * count * 8 + i * 8);
      header.writeUInt32LE(offset, 28 + table * count * 8 + i * 8 + 4);
      strings.push(bytes, Buffer.from([0]));
      offset += bytes.length + 1;
    });
  });
  return Buffer.concat([header, ...strings]);
}

/** The block editor's translations, as WordPress's load_script_textdomain reads them. */
function editorTranslations(entries) {
  const messages = { '': { domain: 'messages', lang: 'ja', 'plural-forms': 'nplurals=1; plural=0;' } };
  for (const [context, id, text] of entries) if (id && !context) messages[id] = [text];
  return Buffer.from(JSON.stringify({ domain: 'messages', locale_data: { messages } }));
}

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** Every file of the plugin, by its path inside the plugin folder. Run after a build. */
export async function pluginFiles() {
  const dist = join(root, 'dist');
  const { contentIds, content } = await import(pathToFileURL(join(dist, 'core.js')).href);
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const po = readPo(readFileSync(join(source, 'languages', `${PLUGIN}-ja.po`), 'utf8'));
  const assets = readdirSync(dist).filter((name) => /\.(js|html)$/.test(name) && name !== 'core.js');
  const info = { version, integrity: { module: integrityOf('dist/cyber-risk-check.js') }, contentIds: contentIds(content) };
  return [
    ...filesUnder(source).map((path) => [path, readFileSync(join(source, path))]),
    ...assets.map((name) => [`assets/${name}`, readFileSync(join(dist, name))]),
    ['includes/partner-config.schema.json', readFileSync(join(root, 'src/core/partner/partner-config.schema.json'))],
    ['build-info.json', Buffer.from(JSON.stringify(info, null, 2))],
    [`languages/${PLUGIN}-ja.mo`, moFile(po)],
    [`languages/${PLUGIN}-ja-${createHash('md5').update('block/editor.js').digest('hex')}.json`, editorTranslations(po)],
  ];
}

/** Writes the plugin folder into `dir` (as dir/cyber-risk-check/…); returns its path. */
export async function writePlugin(dir) {
  const folder = join(dir, PLUGIN);
  for (const [path, data] of await pluginFiles()) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), data);
  }
  return folder;
}

/** The plugin zip WordPress's "Upload Plugin" takes: one folder, cyber-risk-check/. */
export async function pluginZip() {
  return zip((await pluginFiles()).map(([path, data]) => [`${PLUGIN}/${path}`, data]));
}
