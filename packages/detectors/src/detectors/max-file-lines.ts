import { defineDetector } from '../define.js';

/** Default line limit of `max-file-lines`. */
export const DEFAULT_MAX_FILE_LINES = 500;

export default defineDetector({
  id: 'max-file-lines',
  category: 'CODE_STANDARDS',
  severity: 'low',
  docs: {
    description: 'A file longer than the line limit (default 500; `detectors.maxFileLines`, `--max-file-lines`, or the rule option `max`).',
    why: 'Agents append to the file they are in. Very long files are where duplicated helpers and half-replaced versions of the same logic hide.',
    bad: '// a 1,200-line service.ts',
    good: '// service.ts split into routes.ts, validation.ts and repository.ts',
    eslint: 'Like max-lines with skipBlankLines and skipComments off; a trailing newline does not count as a line.',
    precision: 'low: 93/93 on the nine labelled corpora: a file longer than the limit is a fact; whether to split it is the team\'s call.',
  },
  messages: {
    tooLong: 'File has {lines} lines, over the limit of {max}.',
  },
  suggestions: {
    tooLong: 'Split the file by responsibility.',
  },
  check: (ctx) => ({
    onEnd() {
      const option = ctx.options.max;
      const max = typeof option === 'number' && option > 0 ? option : (ctx.config.maxFileLines ?? DEFAULT_MAX_FILE_LINES);
      const starts = ctx.sourceFile.getLineStarts();
      const lines = ctx.text.endsWith('\n') ? starts.length - 1 : starts.length;
      if (lines <= max) return;
      const pos = starts[max] ?? 0;
      ctx.report({ pos, end: pos }, 'tooLong', { lines, max }, { key: `max-file-lines ${max}` });
    },
  }),
});
