import { defineDetector } from '../define.js';

export default defineDetector({
  id: 'suppression-added-in-change',
  category: 'CODE_STANDARDS',
  severity: 'high',
  docs: {
    description:
      'A `readycheck-disable…` comment added by the change it silences (`--diff`, `--before/--after`, `quality-scan gate`). The findings it would silence are reported as if it were not there, and the comment itself is reported for a human to approve. `--allow-new-suppressions` restores the old behaviour.',
    why: 'An agent judged by the gate can write `// readycheck-disable -- reviewed` above its own `eval(x)`: the change then looked clean. A suppression is a decision for a reviewer, not for the author of the code it silences.',
    bad: '// before: (file absent)\n// after:\n// readycheck-disable -- reviewed\nexport const run = (x: string) => eval(x);',
    good: '// after: no suppression; or a suppression a human approved in an earlier change, or with --allow-new-suppressions\nexport const run = (x: string) => dispatch(x);',
    precision: 'Reported only when judging a change (--diff, --before/--after, the gate): the labelled corpora of bench/accuracy are snapshots, so it is not measured there.',
  },
  messages: {
    added: 'Suppression `{directive}` was added by this change and would silence {count} finding{s} ({rules}): a human must approve it.',
  },
  suggestions: {
    added: 'Fix the findings instead; if the suppression is right, have a reviewer approve it (rerun with --allow-new-suppressions) or baseline the findings.',
  },
  // The change engine reports these (it alone knows which lines a change added); there is nothing to visit.
  check: () => ({}),
});
