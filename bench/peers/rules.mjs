// The ten rules compared, one row each: ESLint's name (the column everyone knows), oxlint's
// diagnostic code, Biome's closest rule (category as its JSON reporter prints it; null where Biome
// has none: it has no warning-comment rule, and noEmptyBlockStatements also flags empty blocks of
// if/while, not only functions), readycheck's detector id, and the planted kind of the generated corpus.
export const WARNING_TERMS = ['todo', 'fixme', 'xxx', 'hack'];

export const RULES = [
  { eslint: '@typescript-eslint/no-explicit-any', oxlint: 'typescript/no-explicit-any', oxlintCode: 'typescript(no-explicit-any)', readycheck: 'explicit-any', biome: 'lint/suspicious/noExplicitAny', planted: 'explicit-any' },
  { eslint: '@typescript-eslint/ban-ts-comment', oxlint: 'typescript/ban-ts-comment', oxlintCode: 'typescript(ban-ts-comment)', readycheck: 'ts-comment', biome: 'lint/suspicious/noTsIgnore', planted: 'ts-comment' },
  { eslint: '@typescript-eslint/no-empty-function', oxlint: 'no-empty-function', oxlintCode: 'eslint(no-empty-function)', readycheck: 'empty-function', biome: 'lint/suspicious/noEmptyBlockStatements', planted: 'empty-function' },
  { eslint: 'no-warning-comments', oxlint: 'no-warning-comments', oxlintCode: 'eslint(no-warning-comments)', readycheck: 'warning-comment', biome: null, planted: 'warning-comment', options: { terms: WARNING_TERMS, location: 'start' } },
  { eslint: 'no-eval', oxlint: 'no-eval', oxlintCode: 'eslint(no-eval)', readycheck: 'dynamic-code-execution', biome: 'lint/security/noGlobalEval', planted: 'eval' },
  { eslint: 'no-self-compare', oxlint: 'no-self-compare', oxlintCode: 'eslint(no-self-compare)', readycheck: 'suspicious-comparison', biome: 'lint/suspicious/noSelfCompare', planted: 'self-compare' },
  { eslint: 'no-cond-assign', oxlint: 'no-cond-assign', oxlintCode: 'eslint(no-cond-assign)', readycheck: 'assignment-in-condition', biome: 'lint/suspicious/noAssignInExpressions', planted: 'cond-assign' },
  { eslint: 'no-constant-condition', oxlint: 'no-constant-condition', oxlintCode: 'eslint(no-constant-condition)', readycheck: 'constant-condition', biome: 'lint/correctness/noConstantCondition', planted: 'constant-condition' },
  { eslint: 'no-unreachable', oxlint: 'no-unreachable', oxlintCode: 'eslint(no-unreachable)', readycheck: 'unreachable-code', biome: 'lint/correctness/noUnreachable', planted: 'unreachable' },
  { eslint: 'no-dupe-else-if', oxlint: 'no-dupe-else-if', oxlintCode: 'eslint(no-dupe-else-if)', readycheck: 'duplicate-condition', biome: 'lint/suspicious/noDuplicateElseIf', planted: 'dupe-else-if' },
];
