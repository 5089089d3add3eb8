import { loadTypeScript as loadSharedTypeScript } from '@readycheck/detectors';
import type * as TS from 'typescript';

/**
 * The TypeScript compiler API, loaded on first use: a `--cache` rerun over an unchanged tree
 * parses nothing and never loads the 9 MB bundle (~0.2 s of a process).
 *
 * Loaded with `require`: an ESM `import ts from 'typescript'` makes Node scan the CommonJS bundle
 * for named exports on every start (about 0.4 s of CPU). The value is a plain copy of the
 * exports, made once: the bundle exports every name through a getter, so each
 * `ts.isIdentifier(…)` or `ts.SyntaxKind.X` in a hot walk would call a function first.
 *
 * Import the value from this module (`import ts from './ts.js'`) and types with
 * `import type * as TS from 'typescript'`. The default export is a live binding: a stand-in that
 * loads TypeScript on the first property read, after which it is the plain copy itself. Module
 * scope code must not read `ts.*` (that would load it at import time).
 */
let ts: typeof TS;
let loaded: typeof TS | undefined;

/** Loads TypeScript now (once) and returns it. */
export function loadTypeScript(): typeof TS {
  if (loaded === undefined) {
    // The instance @readycheck/detectors loads (already a plain copy of the exports), so both
    // packages share one TypeScript, compiled through the bin's code cache when it enabled one.
    loaded = loadSharedTypeScript();
    ts = loaded;
  }
  return loaded;
}

/** Whether TypeScript has been loaded in this process. */
export function isTypeScriptLoaded(): boolean {
  return loaded !== undefined;
}

ts = new Proxy({} as typeof TS, { get: (_target, prop) => Reflect.get(loadTypeScript(), prop) as unknown });

export { ts as default };
