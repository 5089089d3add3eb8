import { defineDetector } from '../define.js';

// TypeScript's own rules (scanner.ts, commentDirectiveRegExSingleLine / MultiLine): a line comment
// is a directive when it starts `//` or `///`, then spaces, then the directive; a block comment
// when its LAST line does, after any `/` and `*`. So `//   // @ts-ignore` (a commented-out line)
// and the first line of a multi-line block are not directives: TypeScript ignores them.
const LINE_DIRECTIVE = /^\/\/\/?\s*@ts-(ignore|nocheck|expect-error)\b(.*)$/;
const BLOCK_DIRECTIVE = /^(?:\/|\*)*\s*@ts-(ignore|nocheck|expect-error)\b(.*)$/;
const MIN_DESCRIPTION = 3;

export default defineDetector({
  id: 'ts-comment',
  category: 'TYPE_SAFETY',
  severity: 'medium',
  docs: {
    description: '`@ts-ignore` and `@ts-nocheck` comments, and `@ts-expect-error` without a description.',
    why: 'Silencing the type checker is the quickest way for an agent to make a red build green. `@ts-expect-error -- why` at least fails once the error is gone and says why it is there.',
    bad: '// @ts-ignore\nconst port: number = env.PORT;',
    good: '// @ts-expect-error -- the v2 typings miss `retry`; fixed upstream in 3.1\nclient.retry(3);',
    eslint: 'Same count as @typescript-eslint/ban-ts-comment with defaults (ts-ignore and ts-nocheck banned, ts-expect-error allowed with a description of 3+ characters). A directive counts where TypeScript honours it: at the start of a line comment (`//   // @ts-ignore`, a commented-out line, is not one) and on the last line of a block comment, as ESLint does too. Measured on rxjs 7.8.2 src/: 8 and 8; zod 3.25.76 src/: 127 and 127.',
    precision: 'medium: 2/2 on the nine labelled corpora (taxonomy\'s two `// @ts-nocheck`); the same count as @typescript-eslint/ban-ts-comment on every one of them.',
  },
  messages: {
    ignore: '`@ts-ignore` silences every type error on the next line.',
    nocheck: '`@ts-nocheck` turns type checking off for the whole file.',
    expectError: '`@ts-expect-error` needs a description of why the error is expected.',
  },
  suggestions: {
    ignore: 'Fix the type error; where that is impossible use `// @ts-expect-error -- reason`.',
    nocheck: 'Remove it and fix the type errors, or exclude the file in tsconfig.',
    expectError: 'Add ` -- reason` after the directive.',
  },
  check: (ctx) => ({
    onComment(comment) {
      let m: RegExpExecArray | null;
      if (comment.kind === 'line') m = LINE_DIRECTIVE.exec(comment.text);
      else {
        const lines = comment.text.split(/\r\n|[\n\r\u2028\u2029]/);
        m = BLOCK_DIRECTIVE.exec((lines[lines.length - 1] ?? '').trimStart().replace(/\*\/$/, ''));
      }
      if (!m) return;
      const kind = m[1];
      if (kind === 'ignore') ctx.report(comment, 'ignore');
      else if (kind === 'nocheck') ctx.report(comment, 'nocheck');
      else {
        const description = (m[2] ?? '').replace(/^[\s:–—-]+/, '').trim();
        if (description.length < MIN_DESCRIPTION) ctx.report(comment, 'expectError');
      }
    },
  }),
});
