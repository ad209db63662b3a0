// One config, five jobs: the dev server (demo page), and four builds chosen by --mode:
//   production (default) ES module for bundlers and <script type="module">
//   iife                 one file for <script src> on old CMS pages, exposing window.CyberRiskCheck
//   core                 the headless API for Node: no DOM, no Preact
//   configure            the partners' configurator, configure.html + configure.js (classic, so it
//                        runs from a file:// page); built after the others, whose hashes it shows
// plus the vitest projects: unit (core, Node), component (Preact in jsdom), e2e (real Chromium).

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { contentPlugin } from './scripts/content.js';
import { schemaAnnotationsPlugin } from './scripts/schema-annotations.js';
import { firstScreenChunk } from './scripts/first-screen-chunk.js';
import { byteOrderMark } from './scripts/byte-order-mark.js';
import { terserPass } from './scripts/terser-pass.js';
import { integrityOf } from './scripts/snippets.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('package.json', import.meta.url), 'utf8')) as { name: string; version: string };

const LIBRARY_BUILDS = {
  production: { entry: 'src/embed/index.ts', formats: ['es'] as const, fileName: () => 'cyber-risk-check.js', emptyOutDir: true },
  iife: { entry: 'src/embed/iife.ts', formats: ['iife'] as const, fileName: () => 'cyber-risk-check.iife.js', emptyOutDir: false },
  core: { entry: 'src/core/index.ts', formats: ['es'] as const, fileName: () => 'core.js', emptyOutDir: false },
  configure: { entry: 'src/configure/main.tsx', formats: ['iife'] as const, fileName: () => 'configure.js', emptyOutDir: false },
};

/** The page around the configurator's script, written beside it. */
const configurePage = {
  name: 'crc-configure-page',
  generateBundle(this: { emitFile: (file: { type: 'asset'; fileName: string; source: string }) => void }) {
    this.emitFile({ type: 'asset', fileName: 'configure.html', source: readFileSync(root + 'src/configure/configure.html', 'utf8') });
  },
};

/** The CDN addresses and integrity hashes of the built module and classic files (the configurator shows them). */
function cdnFiles() {
  const cdn = (file: string) => ({ src: `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/${file}`, integrity: integrityOf(file) });
  return { module: cdn('dist/cyber-risk-check.js'), classic: cdn('dist/cyber-risk-check.iife.js') };
}

const isLibraryMode = (mode: string): mode is keyof typeof LIBRARY_BUILDS => Object.hasOwn(LIBRARY_BUILDS, mode);

export default defineConfig(({ mode }) => {
  // The dev server and the tests run in other modes, which build no library.
  const library = isLibraryMode(mode) ? LIBRARY_BUILDS[mode] : undefined;
  const firstScreen = firstScreenChunk(root + LIBRARY_BUILDS.production.entry);
  // One file for the first screen (see scripts/first-screen-chunk.ts); the IIFE has only one file.
  const groups = [
    { name: 'first-screen', test: firstScreen.isFirstScreen },
    // The share link's code also carries the hash it shares with the loss estimate: on its own,
    // that 0.1 KB module was a chunk the browser found only after the estimate (a third load in a row).
    { name: 'link', test: /[\\/]src[\\/](core[\\/](share[\\/]link|hash)|embed[\\/](shared|continue|page)-link)\.ts$/ },
  ];
  const codeSplitting = mode === 'iife' || mode === 'configure' ? false : mode === 'production' ? { groups } : undefined;
  return {
    // The headless build keeps the schemas' descriptions: it publishes the quote request schema.
    plugins: [
      contentPlugin(root + 'questions'),
      mode !== 'core' && schemaAnnotationsPlugin(),
      firstScreen.plugin,
      mode === 'production' && terserPass(),
      (mode === 'iife' || mode === 'configure') && byteOrderMark(),
      mode === 'configure' && configurePage,
    ],
    define: { __CRC_VERSION__: JSON.stringify(pkg.version), ...(mode === 'configure' && { __CRC_CDN__: JSON.stringify(cdnFiles()) }) },
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    server: { host: '127.0.0.1' },
    publicDir: library ? false : 'public', // the demo page's assets stay out of the library builds
    build: library && {
      target: 'es2022',
      minify: true,
      emptyOutDir: library.emptyOutDir,
      manifest: mode === 'production' ? 'manifest.json' : false,
      // Library mode leaves ES output unminified so consumers can re-bundle; ours is also loaded
      // directly by <script type="module">, so it ships minified, without /* @__PURE__ */ marks.
      // The IIFE is one file for <script src>, so its lazy parts are inlined; the ES build splits them.
      // 'allow-extension' lets the entry file itself hold the first screen (it also exports a few
      // minified internals to the lazy parts); 'strict' would re-export them from a second file.
      rolldownOptions: {
        preserveEntrySignatures: 'allow-extension',
        output: {
          // The IIFE's Japanese is read right on a Shift_JIS page thanks to its byte order mark
          // (scripts/byte-order-mark.ts); module scripts are always read as UTF-8.
          minify: true,
          comments: { legal: true, annotation: false, jsdoc: false },
          ...(codeSplitting !== undefined && { codeSplitting }),
          // Most functions in the first-screen file run before the first question shows (by V8's
          // coverage, about 270 of its 480). This V8 compile hint (Chrome 136+) compiles them all
          // off the main thread while the file streams in, instead of one by one on the main thread
          // at first call. Not for the lazy parts, nor the IIFE, which holds them all.
          ...(mode === 'production' && { postBanner: (chunk: { isEntry: boolean }) => (chunk.isEntry ? '//# allFunctionsCalledOnLoad' : '') }),
        },
      },
      lib: {
        entry: root + library.entry,
        formats: [...library.formats],
        fileName: library.fileName,
        name: 'CyberRiskCheck',
      },
    },
    test: {
      reporters: ['default', './scripts/summary-reporter.ts'],
      projects: [
        {
          extends: true,
          test: { name: 'unit', include: ['test/core/**/*.test.ts', 'test/state/**/*.test.ts', 'test/configure/**/*.test.ts'], environment: 'node' },
        },
        { extends: true, test: { name: 'component', include: ['test/ui/**/*.test.tsx'], environment: 'jsdom', setupFiles: ['test/ui/setup.ts'] } },
        {
          extends: true,
          test: {
            name: 'e2e',
            include: ['test/e2e/**/*.test.ts'],
            environment: 'node',
            globalSetup: ['test/e2e/global-setup.ts'],
            testTimeout: 60_000,
            hookTimeout: 180_000,
            fileParallelism: false,
          },
        },
      ],
    },
  };
});
