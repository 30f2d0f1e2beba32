// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Layering of DESIGN.md §3, enforced: each layer lists what it must not import. */
const layer = (files, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});
const noPlatform = {
  group: ['**/utils/platform/**', '**/platform/**'],
  message: 'This layer must not reach browser adapters.',
};
const noComponents = { group: ['**/components/**'], message: 'This layer must not import UI components.' };
const noEntrypoints = { group: ['**/entrypoints/**'], message: 'Nothing imports from entrypoints.' };
const noBrowser = {
  group: ['wxt/browser', 'wxt/utils/*', 'webextension-polyfill', 'idb', 'wxt'],
  message: 'Only utils/platform and entrypoints touch browser APIs.',
};
const noPreact = { group: ['preact', 'preact/*'], message: 'utils/domain is plain TypeScript.' };

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'coverage/', 'demo-output/', 'bench/out/', 'web-ext-artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-globals': ['error', { name: 'chrome', message: "Import { browser } from 'wxt/browser'." }],
    },
  },
  layer(['utils/domain/**'], [noPlatform, noComponents, noEntrypoints, noBrowser, noPreact]),
  layer(['utils/platform/**'], [noComponents, noEntrypoints, noPreact]),
  layer(['components/**'], [noPlatform, noEntrypoints, noBrowser]),
  layer(
    ['entrypoints/**'],
    [noEntrypoints, { group: ['webextension-polyfill'], message: "Import { browser } from 'wxt/browser'." }],
  ),
  {
    files: ['utils/domain/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Pass `now` in: domain code is pure.',
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'Pass a random source in: domain code is deterministic.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Pass `now` in: domain code is pure.',
        },
      ],
    },
  },
  {
    // Code here runs inside the browser through `evaluate`, where `chrome` is the real global.
    files: ['tests/e2e/**', 'bench/**'],
    rules: { 'no-restricted-globals': 'off' },
  },
  prettier,
);
