import { createRequire } from 'node:module';
import type * as TS from 'typescript';

/**
 * The TypeScript compiler API, loaded with `require`: an ESM `import ts from 'typescript'` makes
 * Node scan the 9 MB CommonJS bundle for named exports on every start (about 0.4 s of CPU). Import
 * values from here and types with `import type * as TS from 'typescript'`.
 *
 * A plain copy of the exports, made once: the bundle exports every name through a getter, so each
 * `ts.isIdentifier(…)` or `ts.SyntaxKind.X` in a hot walk would call a function first.
 */
const ts: typeof TS = { ...(createRequire(import.meta.url)('typescript') as typeof TS) };

export default ts;
