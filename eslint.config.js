// ESLint: the recommended rules of JavaScript, typescript-eslint and eslint-plugin-astro.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.dist.*/', 'data/', '.astro/', 'node_modules/', 'test/output/', 'scripts/bench/peer/dist/', 'scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  // The browser's TypeScript, bundled by the build (src/site/client-bundle.ts).
  { files: ['src/client/**/*.ts'], languageOptions: { globals: { ...globals.browser } } },
  // The bench's client-side peer page: plain scripts, no modules.
  { files: ['scripts/bench/peer/**/*.js'], languageOptions: { globals: { ...globals.browser }, sourceType: 'script' } },
);
