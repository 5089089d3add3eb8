/**
 * The TypeScript compiler API: the one instance @readycheck/detectors loads on first use, so both
 * packages share it (and the bin's V8 code cache). A live binding: a stand-in until TypeScript is
 * loaded, then a plain copy of its exports. Module-scope code must not read `ts.*` (that would
 * load it at import time). Import the value from here (`import ts from './ts.js'`) and types with
 * `import type * as TS from 'typescript'`.
 */
export { ts as default } from '@readycheck/detectors';
