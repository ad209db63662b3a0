// `npm run release` (after the build the tests made): a zip a partner downloads, with the built
// widget, the questions, the receiver kit and the Japanese guide, each file whole; and no release
// for a version the changelog does not describe.

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useChromium } from './browser.js';
import { release } from '../../scripts/release.mjs';
import { unzip } from '../../scripts/zip.mjs';

const root = new URL('../../', import.meta.url).pathname;
const { version } = JSON.parse(readFileSync(root + 'package.json', 'utf8')) as { version: string };
const browser = useChromium();

describe('the release bundle', () => {
  it('holds the builds, the questions, the receiver kit, the plugin, the licence and the Japanese guide, each file as built', async () => {
    const path = await release();
    expect(path.endsWith(`release/cyber-risk-check-${version}.zip`)).toBe(true);
    const files = unzip(readFileSync(path)); // each checked against its CRC-32
    const names = files.map((f) => f.path);
    const folder = `cyber-risk-check-${version}/`;
    expect(names.every((name) => name.startsWith(folder))).toBe(true);
    for (const file of [
      'dist/cyber-risk-check.js',
      'dist/cyber-risk-check.iife.js',
      'dist/core.js',
      'dist/configure.html',
      'dist/configure.js',
      'dist/types/core/index.d.ts',
      'questions/profile.json',
      'questions/industries/jsic.json',
      'receivers/google-apps-script/Code.gs',
      'receivers/google-apps-script/README.md',
      'LICENSE',
      'CHANGELOG.md',
      'docs/導入ガイド.md',
    ])
      expect(names).toContain(folder + file);
    // Every built file, byte for byte (the build's own manifest aside).
    const built = readdirSync(root + 'dist', { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name !== 'manifest.json');
    expect(names.filter((n) => n.startsWith(folder + 'dist/'))).toHaveLength(built.length);
    const pluginPath = `${folder}wordpress/cyber-risk-check-${version}.zip`;
    for (const file of files) if (file.path !== pluginPath) expect(file.data.equals(readFileSync(root + file.path.slice(folder.length))), file.path).toBe(true);
    // The plugin zip: one folder, with the PHP, the widget's files and the compiled translations.
    const plugin = unzip(files.find((file) => file.path === pluginPath)!.data).map((file) => file.path);
    for (const file of [
      'cyber-risk-check.php',
      'readme.txt',
      'uninstall.php',
      'block/block.json',
      'assets/cyber-risk-check.js',
      'assets/configure.html',
      'build-info.json',
      'languages/cyber-risk-check-ja.mo',
    ])
      expect(plugin).toContain(`cyber-risk-check/${file}`);
    const guide = readFileSync(root + 'docs/導入ガイド.md', 'utf8');
    expect(guide).toContain('debug');
    // The guide's pictures travel with it.
    const pictures = [...guide.matchAll(/\]\((images\/[^)]+)\)/g)].map((match) => `${folder}docs/${match[1]}`);
    expect(pictures.length).toBeGreaterThanOrEqual(4);
    for (const picture of pictures) expect(names).toContain(picture);
  });

  it('opens its configurator from the unpacked folder, with no server, and previews the widget', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'crc-release-'));
    try {
      for (const file of unzip(readFileSync(await release()))) {
        mkdirSync(dirname(join(folder, file.path)), { recursive: true });
        writeFileSync(join(folder, file.path), file.data);
      }
      const page = await browser().newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`file://${folder}/cyber-risk-check-${version}/dist/configure.html`);
      await page.getByRole('heading', { name: 'サイバーリスク診断 設定ツール' }).waitFor();
      await page.locator('.frame').getByRole('button', { name: '診断をはじめる' }).waitFor();
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('is refused for a version the changelog has no entry for', async () => {
    await expect(release({ changelog: '# Changelog\n\n## Unreleased\n' })).rejects.toThrow(`CHANGELOG.md has no entry "## ${version}"`);
    await expect(release({ changelog: `# Changelog\n\n## ${version}-rc.1\n` })).rejects.toThrow('no entry');
  });
});
