import { defineDetector, NOT_FIRED } from '../define.js';

export default defineDetector({
  id: 'file-header',
  category: 'CODE_STANDARDS',
  severity: 'low',
  enabledByDefault: false,
  docs: {
    description: 'A file that does not start with a header comment (off by default: `detectors.requireFileHeader: true` turns it on; the rule option `pattern` is a regular expression the header must match).',
    why: 'Where a project requires a header (licence, ownership, generated-file notice), agent-created files are the ones that lack it.',
    bad: 'import { db } from "./db.js";',
    good: '// Copyright 2026 Example Ltd. SPDX-License-Identifier: MIT\nimport { db } from "./db.js";',
    precision: NOT_FIRED,
  },
  messages: {
    missing: 'File has no header comment.',
    mismatch: 'File header does not match the required pattern /{pattern}/.',
  },
  suggestions: {
    missing: 'Add the project’s header comment at the top of the file.',
    mismatch: 'Use the project’s header text.',
  },
  check: (ctx) => ({
    onEnd() {
      const first = ctx.sourceFile.statements[0];
      const codeStart = first ? ctx.getStart(first) : ctx.text.length;
      const header = ctx.comments.find((c) => c.pos < codeStart && !c.text.startsWith('#!'));
      const key = { key: 'file-header' };
      if (!header) {
        if (ctx.text.trim() !== '') ctx.report({ pos: codeStart === ctx.text.length ? 0 : codeStart, end: codeStart === ctx.text.length ? 0 : codeStart }, 'missing', undefined, key);
        return;
      }
      const pattern = ctx.options.pattern;
      if (typeof pattern === 'string' && !new RegExp(pattern, 'm').test(header.text)) ctx.report(header, 'mismatch', { pattern }, key);
    },
  }),
});
