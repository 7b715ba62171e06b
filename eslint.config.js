import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'dist-electron/',
      'dist-cli/',
      'release/',
      'reports/',
      'playwright-report/',
      '.tmp/',
      'test-results/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    // No import circles in the app's code (STYLE.md §1). Imports are relative and extensionless, so the plain node
    // resolver with the TypeScript extensions finds every module; packages are not followed (ignoreExternal).
    files: ['renderer/**/*.{ts,tsx}', 'electron/**/*.ts', 'shared/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      // One lint run is one process: what the rule learned about a module stays valid for the whole run.
      'import-x/cache': { lifetime: Number.POSITIVE_INFINITY },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: ['scripts/**/*.mjs', 'scripts/**/*.cjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', require: 'readonly' } },
  },
  {
    files: ['scripts/**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        { paths: ['zod'], patterns: ['electron', 'node:*', '../electron/*', '../../electron/*'] },
      ],
    },
  },
  {
    // A feature never imports another feature, nor the app layer that composes them (renderer/app/ is the only
    // place that does). Tests may compose, like the app does.
    files: ['renderer/features/**/*.{ts,tsx}'],
    ignores: ['renderer/features/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['zod'],
          patterns: [
            { group: ['electron', 'node:*', '../electron/*', '../../electron/*'] },
            {
              regex: '^\\.\\./(?!\\.\\.)[^/]+/',
              message:
                'A feature does not import another feature: compose them in renderer/app/, or move shared UI to renderer/components/.',
            },
            {
              regex: '^\\.\\./\\.\\./(features|app)/',
              message: 'A feature does not import another feature or the app layer.',
            },
          ],
        },
      ],
    },
  },
  {
    // Shared building blocks: features use components and lib, never the other way round.
    files: ['renderer/components/**/*.{ts,tsx}', 'renderer/lib/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: ['zod'], patterns: ['electron', 'node:*', '*/electron/*', '*/features/*', '*/app/*'] },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['electron', 'node:*', 'react', '*/electron/*', '*/renderer/*'] }],
    },
  },
  {
    // The renderer imports shared/domain, so zod stays out of it (and out of the renderer's bundle) except in the
    // *-schema.ts modules, which only main and shared/ipc use.
    files: ['shared/domain/**/*.ts'],
    ignores: ['shared/domain/**/*-schema.ts', 'shared/domain/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: ['zod'], patterns: ['electron', 'node:*', 'react', '*/electron/*', '*/renderer/*'] },
      ],
    },
  },
  {
    // ipcMain and ipcRenderer only in the one registration file and the preload.
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/ipc/register.ts', 'electron/preload/**', 'electron/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              importNames: ['ipcMain', 'ipcRenderer'],
              message: 'Only electron/main/ipc/register.ts (ipcMain) and the preload (ipcRenderer) use Electron IPC.',
            },
          ],
        },
      ],
    },
  },
  {
    // Only ipc/register.ts talks to ipcMain; handlers and services never import Electron.
    files: ['electron/handlers/**/*.ts', 'electron/preview/**/*.ts', 'electron/cli/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: ['electron'], patterns: ['*/main/*'] }] },
  },
  {
    // Services and the sandbox work on domain types (shared/domain), not on the IPC contract: the transports own it.
    files: ['electron/services/**/*.ts', 'electron/sandbox/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: ['electron'], patterns: ['*/main/*', '**/ipc/contract'] }] },
  },
);
