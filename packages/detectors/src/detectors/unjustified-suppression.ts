import { defineDetector, NOT_FIRED } from '../define.js';
import { parseSuppression } from '../suppressions.js';

export default defineDetector({
  id: 'unjustified-suppression',
  category: 'CODE_STANDARDS',
  severity: 'low',
  docs: {
    description: 'A `readycheck-disable` comment without a reason after ` -- `.',
    why: 'A suppression is a decision; without its reason nobody can tell later whether it still holds, and an agent can silence any finding it was asked to fix.',
    bad: '// readycheck-disable-next-line explicit-any\nconst raw = body as any;',
    good: '// readycheck-disable-next-line explicit-any -- the SDK types the payload as any; validated by zod below\nconst raw = body as any;',
    precision: NOT_FIRED,
  },
  messages: {
    missingReason: 'Suppression `{directive}` gives no reason (add ` -- why`).',
  },
  suggestions: {
    missingReason: 'Write the reason after ` -- ` on the same comment.',
  },
  check: (ctx) => ({
    onComment(comment) {
      const parsed = parseSuppression(comment.value);
      if (parsed && parsed.reason === undefined) ctx.report(comment, 'missingReason', { directive: comment.value.split('\n')[0] ?? '' });
    },
  }),
});
