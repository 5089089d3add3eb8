import { defineDetector, NOT_FIRED } from '../define.js';

export default defineDetector({
  id: 'unused-suppression',
  category: 'CODE_STANDARDS',
  severity: 'low',
  docs: {
    description: 'A `readycheck-disable…` comment that silences no finding (judged only when every rule it names ran).',
    why: 'A stale suppression is a standing permission: the next finding of that rule on that line is silenced without anyone deciding it. Agents also sprinkle suppressions pre-emptively.',
    bad: '// readycheck-disable-next-line explicit-any -- legacy payload\nconst id: string = payload.id;',
    good: 'const id: string = payload.id;',
    eslint: 'Like ESLint’s reportUnusedDisableDirectives.',
    precision: NOT_FIRED,
  },
  messages: {
    unused: 'Suppression `{directive}` silences no finding.',
  },
  suggestions: {
    unused: 'Remove the comment (or name the rule that really fires on that line).',
  },
  // The scan engine reports these once every other detector has run; there is nothing to visit.
  check: () => ({}),
});
