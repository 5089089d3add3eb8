import ts from '../ts.js';
import { defineDetector } from '../define.js';

export default defineDetector({
  id: 'explicit-any',
  category: 'TYPE_SAFETY',
  severity: 'medium',
  docs: {
    description: 'The `any` type: `as any`, `<any>` casts and explicit `: any` annotations.',
    why: 'An agent that cannot make the types line up casts to `any`, which switches the type checker off for everything that value touches; the type error it hid becomes a runtime error.',
    bad: 'const user = (await res.json()) as any;\nfunction handle(event: any) {}',
    good: 'const user: unknown = await res.json();\nif (isUser(user)) greet(user);',
    eslint:
      'Same count as @typescript-eslint/no-explicit-any with default options: every `any` keyword in a type position is one finding (including `any[]`, `Record<string, any>` and rest parameters). The message distinguishes `as any` and `<any>` casts from annotations. Measured on rxjs 7.8.2 src/: 496 and 496.',
    precision: 'medium: 366/366 = 1.00 on the nine labelled corpora; the same count as @typescript-eslint/no-explicit-any on every one of them (vibesdk 163, juice-shop 87, express-typescript-boilerplate 62, skyra 31, overseerr 18, ni 4, taxonomy 1, nodegoat 0, nodejs-goof 0).',
  },
  messages: {
    asAny: '`as any` cast switches off type checking for this value.',
    angleAny: '`<any>` cast switches off type checking for this value.',
    annotation: 'Explicit `any` type.',
  },
  suggestions: {
    asAny: 'Use `unknown` and narrow it, or cast to the real type.',
    angleAny: 'Use `unknown` and narrow it, or cast to the real type.',
    annotation: 'Use `unknown` (and narrow it) or a specific type.',
  },
  check: (ctx) => ({
    AnyKeyword(node) {
      const parent = node.parent;
      if (parent && ts.isAsExpression(parent) && parent.type === node) ctx.report(parent, 'asAny');
      else if (parent && ts.isTypeAssertionExpression(parent) && parent.type === node) ctx.report(parent, 'angleAny');
      else ctx.report(node, 'annotation', undefined, { key: ctx.getText(parent ?? node) });
    },
  }),
});
