// ESLint 9 flat config for the peer comparison: typescript-eslint's parser (no type information,
// like readycheck) and only the rules equivalent to readycheck's detectors.
import tseslint from 'typescript-eslint';
import { RULES } from './rules.mjs';

export default [
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 'latest', sourceType: 'module' },
    plugins: { '@typescript-eslint': tseslint.plugin },
    linterOptions: { reportUnusedDisableDirectives: 'off' },
    rules: Object.fromEntries(RULES.map((r) => [r.eslint, r.options ? ['error', r.options] : 'error'])),
  },
];
