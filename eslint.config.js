// ESLint: typescript-eslint's recommended rules, React hooks rules for the renderer, and the
// layering rule (STYLE.md point 1) enforced rather than remembered:
//   src-shared   imports no Node, DOM, Electron or React API and nothing from main or renderer;
//   src-main     never imports the renderer;
//   src-renderer never imports main, Node, Electron, native modules or tfjs.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

const NODE_BUILTINS = builtinModules.filter((name) => !name.startsWith('_'));
const NODE_IMPORTS = [
  { regex: '^node:', message: 'Node APIs belong to src-main.' },
  ...NODE_BUILTINS.map((name) => ({ regex: `^${name.replace('/', '\\/')}(\\/|$)`, message: 'Node APIs belong to src-main.' })),
];
const NATIVE_AND_SHELL = [
  { regex: '^electron(\\/|$)', message: 'Electron belongs to src-main/electron.' },
  { regex: '^(better-sqlite3|sharp|ws)(\\/|$)', message: 'Native and server modules belong to src-main.' },
];
const UI_LIBRARIES = [{ regex: '^(react|react-dom|react-i18next|i18next|zustand|recharts|@xyflow\\/.*)(\\/|$)', message: 'UI libraries belong to src-renderer.' }];
const TFJS = [{ regex: '^@tensorflow\\/', message: 'tfjs runs only in worker processes and the exporter (src-main).' }];
const importsOf = (folder, message) => ({ regex: `(^|\\/)${folder}(\\/|$)`, message });

export const LAYERING = {
  'src-shared': [
    ...NODE_IMPORTS,
    ...NATIVE_AND_SHELL,
    ...UI_LIBRARIES,
    ...TFJS,
    importsOf('src-main', 'src-shared is imported by both sides and imports neither.'),
    importsOf('src-renderer', 'src-shared is imported by both sides and imports neither.'),
  ],
  'src-main': [importsOf('src-renderer', 'Main and renderer talk only through the contract in src-shared.'), ...UI_LIBRARIES],
  'src-renderer': [
    ...NODE_IMPORTS,
    ...NATIVE_AND_SHELL,
    ...TFJS,
    importsOf('src-main', 'Main and renderer talk only through the contract in src-shared.'),
  ],
};

const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'e2e/.artifacts/**', 'resources/**', '.bench/**', 'dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  { files: ['bin/**/*.js', 'scripts/**/*.mjs', '*.config.js'], languageOptions: { globals: globals.node } },
  {
    files: ['src-shared/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      ...restrict(LAYERING['src-shared']),
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'process', 'Buffer', 'require'],
    },
  },
  { files: ['src-main/**/*.ts'], rules: restrict(LAYERING['src-main']) },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...restrict(LAYERING['src-renderer']),
      ...reactHooks.configs.recommended.rules,
      // Screens reset transient state (an error, a pending action) when what they show changes;
      // the React Compiler's stricter rule would have every such reset rewritten as derived state.
      'react-hooks/set-state-in-effect': 'off',
    },
  },
);
