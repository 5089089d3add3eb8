import { createRequire } from 'node:module';
import type * as TS from 'typescript';

/**
 * The TypeScript compiler API, loaded with `require` rather than `import ts from 'typescript'`:
 * an ESM import makes Node scan the 9 MB CommonJS bundle for named exports on every start
 * (measured here: 0.68 s → 0.25 s CPU for loading it), which dominates a cold `quality-scan` on
 * small change sets. Import values from this module (`import ts from './ts.js'`) and types with
 * `import type * as TS from 'typescript'`; one ESM import of 'typescript' anywhere in the
 * process brings the cost back.
 */
const ts = createRequire(import.meta.url)('typescript') as typeof TS;

export default ts;
