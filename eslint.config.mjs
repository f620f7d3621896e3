// ESLint: the recommended JavaScript and typescript-eslint rules, without type information (a type-aware
// run costs minutes on 2 cores, and `npm run typecheck` already runs the compiler), then
// eslint-config-prettier last so that no rule argues with the formatter. Module boundaries are
// dependency-cruiser's job (.dependency-cruiser.js), not ESLint's. The web UI's TSX (apps/web) is linted by the
// same rules: typescript-eslint's configs take *.tsx, and its parser reads JSX there.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

// Node's globals that the repository's scripts use (ESLint does not assume an environment).
const nodeGlobals = {
  require: 'readonly',
  module: 'writable',
  exports: 'writable',
  __dirname: 'readonly',
  __filename: 'readonly',
  process: 'readonly',
  console: 'readonly',
  Buffer: 'readonly',
  setTimeout: 'readonly',
  clearTimeout: 'readonly',
  URL: 'readonly',
};

export default defineConfig(
  globalIgnores([
    '**/node_modules/',
    '**/dist/',
    '**/tmp/',
    '**/coverage/',
    '**/.nx/',
    '**/.par-data/',
    'infra/**/.cache/',
    'infra/**/.run/',
    'libs/contracts/src/grpc/generated/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `any` is sometimes the honest type at a boundary (loose JSON drafts in tests, dynamic gRPC clients):
      // shown, so that it stays rare, but it does not fail the build.
      '@typescript-eslint/no-explicit-any': 'warn',
      // A leading underscore marks a binding kept on purpose (a parameter a signature needs, a skipped slot).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Configuration and tooling scripts are CommonJS run by Node.
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: nodeGlobals },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: nodeGlobals },
  },
  prettier,
);
