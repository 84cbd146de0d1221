// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import formatjs from 'eslint-plugin-formatjs';
import globals from 'globals';

/**
 * Pages that speak the viewer's language (issue 15): no text a person reads may be written in their
 * components outside the catalogs in src/shared/i18n: every React page. (The pages without React,
 * program and overlay, word everything through createTranslator.)
 */
const TRANSLATED_PAGES = [
  'src/renderer/i18n/**/*.tsx',
  'src/renderer/store/**/*.tsx',
  'src/renderer/receipt/**/*.tsx',
  'src/renderer/guest/**/*.tsx',
  'src/renderer/studio/**/*.tsx',
  'src/renderer/components/**/*.tsx',
  'src/renderer/moderator/**/*.tsx',
];

/** Import boundaries: a file's folder says which runtime it runs in, lint keeps it honest. */
const noElectronInCore = {
  paths: [{ name: 'electron', message: 'The core runs under plain Node: keep Electron in src/main/*.ts shell files.' }],
  patterns: [{ group: ['**/renderer/**', '**/preload/**'], message: 'The core must not import renderer or preload code.' }],
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'tests/.artifacts/**', 'bench-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      eqeqeq: ['error', 'smart'],
      'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
    },
  },
  { files: ['src/main/core/**/*.ts', 'src/main/serve.ts'], rules: { 'no-restricted-imports': ['error', noElectronInCore] } },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/main/**', '**/renderer/**', '**/preload/**', 'node:*'], message: 'src/shared is the contract: it imports nothing from the runtimes.' }] }],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/main/**', 'node:*'], message: 'Renderer code runs in the browser: talk to the core through the API client.' }] }],
    },
  },
  {
    files: TRANSLATED_PAGES,
    plugins: { formatjs },
    rules: {
      // Our components' text props too (Field's label and hint, Notice's title), besides aria-*, title, placeholder and alt.
      'formatjs/no-literal-string-in-jsx': ['error', { props: { include: [['*', '{label,hint,title,placeholder,pendingLabel}']] } }],
    },
  },
  { files: ['**/*.js', '**/*.cjs', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);
