// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'assert',
  'buffer',
  'child_process',
  'cluster',
  'crypto',
  'dgram',
  'dns',
  'events',
  'fs',
  'fs/promises',
  'http',
  'https',
  'module',
  'net',
  'os',
  'path',
  'perf_hooks',
  'process',
  'readline',
  'stream',
  'timers',
  'tls',
  'url',
  'util',
  'v8',
  'vm',
  'worker_threads',
  'zlib',
];

/**
 * What engine/ may not import (DESIGN §1, STYLE.md "Layers and boundaries"): Node built-ins, UI
 * and app layers; and, outside the report's PDF renderer (engine/report/pdf/), jsPDF: the report
 * model stays pure data.
 */
function engineImports({ pdf }) {
  return [
    'error',
    {
      paths: nodeBuiltins.map((name) => ({
        name,
        message: 'engine/ must not use Node built-ins.',
      })),
      patterns: [
        { group: ['node:*'], message: 'engine/ must not use Node built-ins.' },
        {
          group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
          message: 'engine/ must not import React.',
        },
        { group: ['electron', 'electron/*'], message: 'engine/ must not import Electron.' },
        { group: ['zustand', 'zustand/*'], message: 'engine/ must not import UI state.' },
        {
          group: ['**/renderer/**', '**/electron/**', '**/cli/**'],
          message: 'engine/ imports nothing from the app layers.',
        },
        ...(pdf
          ? []
          : [
              {
                group: ['jspdf', 'jspdf-autotable'],
                message: 'Only the report renderer (engine/report/pdf/) uses jsPDF.',
              },
            ]),
      ],
    },
  ];
}

// ESLint reads the default export of its config file.
// eslint-disable-next-line no-restricted-syntax
export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports (STYLE.md).' },
      ],
    },
  },
  {
    // The engine runs in a Web Worker, in Node and in tests: no UI, no Electron, no Node built-ins,
    // no global randomness (DESIGN §1, STYLE.md "Layers and boundaries").
    files: ['engine/**/*.ts'],
    ignores: ['engine/**/*.test.ts'],
    rules: {
      'no-restricted-imports': engineImports({ pdf: false }),
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'engine/ has no DOM.' },
        { name: 'document', message: 'engine/ has no DOM.' },
        { name: 'process', message: 'engine/ must not touch Node globals.' },
        { name: 'require', message: 'engine/ is ES modules only.' },
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'Math',
          property: 'random',
          message: "Draw from the engine's seeded generator (engine/random).",
        },
      ],
    },
  },
  {
    // The report's PDF renderer is the one place in engine/ that draws with jsPDF.
    files: ['engine/report/pdf/**/*.ts'],
    ignores: ['engine/**/*.test.ts'],
    rules: { 'no-restricted-imports': engineImports({ pdf: true }) },
  },
  {
    // Components reach the store through renderer/state/use-fathom.ts only (STYLE.md).
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    ignores: ['renderer/state/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['zustand', 'zustand/*'], message: 'Use renderer/state/use-fathom.ts.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
