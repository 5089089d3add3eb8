import { defineDetector } from '../define.js';

export default defineDetector({
  id: 'vendored-declared-in-change',
  category: 'CODE_STANDARDS',
  severity: 'high',
  docs: {
    description:
      'A `.gitattributes` line added by the change being judged (`--diff`, `--before/--after`, `quality-scan gate`) that declares files `linguist-vendored` or `linguist-generated`. A full scan grades findings in such files low; the change itself is judged at full severity, and the declaration is reported for a human to approve.',
    why: 'An agent judged by the gate could declare its own code vendored (`src/** linguist-generated`) so that later full scans grade its findings low. What counts as third-party or generated code is a decision for a reviewer, not for the author of that code.',
    bad: '# .gitattributes, line added by the change\nsrc/** linguist-generated',
    good: '# a declaration a human approved in an earlier change\npublic/vendor/** linguist-vendored',
    precision: 'Reported only when judging a change (--diff, --before/--after, the gate): the labelled corpora of bench/accuracy are snapshots, so it is not measured there.',
  },
  messages: {
    added: '`{line}` was added to .gitattributes by this change: it declares files {attribute}, whose findings a full scan grades low; a human must approve it.',
  },
  suggestions: {
    added: 'Remove the line from this change; if the files really are third-party or generated, have a reviewer add the declaration.',
  },
  // The change engine reports these (it alone knows which lines a change added); there is nothing to visit.
  check: () => ({}),
});
