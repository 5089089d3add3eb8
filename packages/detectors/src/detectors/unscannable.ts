import { defineDetector, NOT_FIRED } from '../define.js';

export default defineDetector({
  id: 'unscannable',
  category: 'MALFORMED_SYNTAX',
  severity: 'high',
  docs: {
    description:
      'A file that could not be fully judged: the parser ran out of stack on deeply nested code, a rule failed on it, or (in a change) its new side was too large, binary or unreadable. Reported whichever rules are selected, and never silenced by a suppression comment.',
    why: 'A file nobody could read is not a clean file. An agent rewarded for passing the gate can wrap its code in 900 parentheses or pad the file past the size limit; before this rule the scan then said "clean". In `quality-scan gate` this finding is critical, so such a change is quarantined for a human to look at.',
    bad: 'const p = ((((((((((/* ...900 levels... */ 0))))))))));\neval(userInput);',
    good: 'const p = 0;\nrun(userInput);',
    precision: NOT_FIRED,
  },
  messages: {
    unscannable: 'This file could not be fully scanned ({reason}): what it contains is unknown, so it is not clean.',
  },
  suggestions: {
    unscannable: 'Flatten the nesting (or split the file) so every rule can read it; a generated file belongs in the ignore list.',
  },
  // The scan engine reports these (a parse or a rule that failed); there is nothing to visit.
  check: () => ({}),
});
