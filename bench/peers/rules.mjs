// The ten rules compared, one row each: ESLint's name (the column everyone knows), oxlint's
// diagnostic code, readycheck's detector id, and the planted kind of the generated corpus.
export const WARNING_TERMS = ['todo', 'fixme', 'xxx', 'hack'];

export const RULES = [
  { eslint: '@typescript-eslint/no-explicit-any', oxlint: 'typescript/no-explicit-any', oxlintCode: 'typescript(no-explicit-any)', readycheck: 'explicit-any', planted: 'explicit-any' },
  { eslint: '@typescript-eslint/ban-ts-comment', oxlint: 'typescript/ban-ts-comment', oxlintCode: 'typescript(ban-ts-comment)', readycheck: 'ts-comment', planted: 'ts-comment' },
  { eslint: '@typescript-eslint/no-empty-function', oxlint: 'no-empty-function', oxlintCode: 'eslint(no-empty-function)', readycheck: 'empty-function', planted: 'empty-function' },
  { eslint: 'no-warning-comments', oxlint: 'no-warning-comments', oxlintCode: 'eslint(no-warning-comments)', readycheck: 'warning-comment', planted: 'warning-comment', options: { terms: WARNING_TERMS, location: 'start' } },
  { eslint: 'no-eval', oxlint: 'no-eval', oxlintCode: 'eslint(no-eval)', readycheck: 'dynamic-code-execution', planted: 'eval' },
  { eslint: 'no-self-compare', oxlint: 'no-self-compare', oxlintCode: 'eslint(no-self-compare)', readycheck: 'suspicious-comparison', planted: 'self-compare' },
  { eslint: 'no-cond-assign', oxlint: 'no-cond-assign', oxlintCode: 'eslint(no-cond-assign)', readycheck: 'assignment-in-condition', planted: 'cond-assign' },
  { eslint: 'no-constant-condition', oxlint: 'no-constant-condition', oxlintCode: 'eslint(no-constant-condition)', readycheck: 'constant-condition', planted: 'constant-condition' },
  { eslint: 'no-unreachable', oxlint: 'no-unreachable', oxlintCode: 'eslint(no-unreachable)', readycheck: 'unreachable-code', planted: 'unreachable' },
  { eslint: 'no-dupe-else-if', oxlint: 'no-dupe-else-if', oxlintCode: 'eslint(no-dupe-else-if)', readycheck: 'duplicate-condition', planted: 'dupe-else-if' },
];
