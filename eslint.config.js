// Lint for `npm test`: TypeScript's strict-type-checked rules, accessibility rules for the JSX,
// the layers (core ← state ← ui ← embed, with i18n beside state), no import cycles, and the size of
// files and functions. Formatting is Prettier's (.prettierrc.json), checked by `npm run lint` too.

import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import tseslint from 'typescript-eslint';

/** Each layer, and the layers it must not import from. */
const LAYERS = [
  { target: './src/core', from: ['./src/state', './src/i18n', './src/ui', './src/embed', './src/configure'] },
  { target: './src/state', from: ['./src/i18n', './src/ui', './src/embed', './src/configure'] },
  { target: './src/i18n', from: ['./src/state', './src/ui', './src/embed', './src/configure'] },
  { target: './src/ui', from: ['./src/embed', './src/configure'] },
  { target: './src/embed', from: ['./src/configure'] },
  // The configurator is a page of its own beside the widget: it uses the core, and the widget only
  // through the classic build's global, as a partner's page would.
  { target: './src/configure', from: ['./src/state', './src/ui', './src/embed'] },
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'public/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver()] },
    plugins: { 'import-x': importX },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-self-import': 'error',
      'import-x/no-duplicates': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: LAYERS.map(({ target, from }) => ({
            target,
            from,
            message: 'imports go down the layers only: core ← state ← ui ← embed (i18n beside state; the configurator on core)',
          })),
        },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `const { dropped, ...kept } = value` is how a key is left out without mutating.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      // `() => void promise` and `(x) => set(x)` as handlers read better than a block for one call.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
    },
  },
  {
    files: ['test/**/*.{ts,tsx}'],
    rules: {
      // A test that reads a value it just put there may say so; a wrong guess fails the test.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Tests read parsed JSON (payloads, manifests) and the built, untyped files to assert on them.
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      // Stand-ins for async context functions need not await; queries are cast to the element they find.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      // Code run inside the page (page.evaluate) reads the DOM defensively.
      '@typescript-eslint/no-unnecessary-condition': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'max-lines': ['error', { max: 300, skipBlankLines: false, skipComments: false }],
      // Longer only with a comment saying why (eslint-disable-next-line with its reason).
      'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['src/ui/**/*.tsx', 'src/embed/**/*.tsx', 'src/configure/**/*.tsx'],
    ...jsxA11y.flatConfigs.strict,
  },
  {
    // An ambient module may not import a relative path, so the virtual modules' types use import().
    files: ['src/env.d.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    files: ['**/*.{js,mjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // The WordPress block's editor script runs in the browser, on WordPress's globals.
    files: ['wordpress/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['scripts/**/*.{js,mjs}', 'test/e2e/pages/**/*.js', 'eslint.config.js'],
    // Node scripts, with functions that run in the page (page.evaluate).
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
