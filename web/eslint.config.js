// Lint of the web app (issue #9): TypeScript, the rules of React hooks, accessibility of the JSX.
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // The API's types are generated from openapi.json at build time (npm run api-types).
  { ignores: ['dist/', 'node_modules/', 'src/api/generated/'] },
  {
    files: ['**/*.{ts,tsx,js}'],
    extends: [
      js.configs.recommended,
      tseslint.configs.recommended,
      reactHooks.configs.flat.recommended,
      jsxA11y.flatConfigs.recommended,
    ],
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.browser, ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // .editorconfig's guideline, enforced here: a line is at most 120 characters.
      'max-len': ['error', { code: 120, tabWidth: 2, ignoreUrls: true }],
    },
  },
);
