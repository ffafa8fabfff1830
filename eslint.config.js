// Lint rules: typescript-eslint's recommended set; unused vars with a leading underscore are intentional.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', '.engines/', '.tmp/', 'infra/engines/work/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', URL: 'readonly', TextDecoder: 'readonly', TextEncoder: 'readonly', AbortController: 'readonly', fetch: 'readonly', performance: 'readonly', setImmediate: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-control-regex': 'off',
    },
  },
  {
    // One way to SQLite: through infra/sqlite (docs/decisions/0015). A direct import would load the
    // native addon on Node 24, where it is not built for that Node.
    ignores: ['infra/sqlite/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [
        { name: 'better-sqlite3', message: 'open SQLite through infra/sqlite/open-database.ts' },
        { name: 'node:sqlite', message: 'open SQLite through infra/sqlite/open-database.ts' },
      ] }],
    },
  },
);
