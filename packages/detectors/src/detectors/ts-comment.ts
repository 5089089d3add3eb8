import { defineDetector } from '../define.js';

const DIRECTIVE = /^\/*\s*@ts-(ignore|nocheck|expect-error)\b(.*)$/;
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
    eslint: 'Same count as @typescript-eslint/ban-ts-comment with defaults (ts-ignore and ts-nocheck banned, ts-expect-error allowed with a description of 3+ characters). In block comments, the first line is checked, as TypeScript does; ESLint checks the last. Measured on rxjs 7.8.2 src/: 8 and 8.',
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
      const firstLine = comment.value.split('\n')[0] ?? '';
      const m = DIRECTIVE.exec(firstLine.trim());
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
