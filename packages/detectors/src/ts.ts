import { createRequire } from 'node:module';
import type * as TS from 'typescript';

/**
 * The TypeScript compiler API, loaded on first use.
 *
 * Loaded with `require` rather than `import ts from 'typescript'`: an ESM import makes Node scan
 * the 9 MB CommonJS bundle for named exports on every start (measured here: 0.68 s → 0.25 s CPU
 * for loading it). Loaded lazily because a `quality-scan --cache` rerun whose files all hit the
 * cache never parses anything, and loading TypeScript was most of such a run (bench/README.md).
 *
 * Import the value from this module (`import ts from './ts.js'`) and types with
 * `import type * as TS from 'typescript'`. The default export is a live binding: a stand-in
 * that loads TypeScript on the first property read, after which the binding is TypeScript itself
 * (so the hot path reads plain properties, not a proxy). Module-scope code must not read `ts.*`
 * (that would load it at import time): compute such tables on first use.
 */
let ts: typeof TS;

type Loader = () => typeof TS;
const requireHere = createRequire(import.meta.url);
let loader: Loader = () => requireHere('typescript') as typeof TS;
let loaded: typeof TS | undefined;

/**
 * Loads TypeScript now (once) and returns it: the one instance readycheck's packages share
 * (`@readycheck/evidence` goes through it too), loaded through the code cache when a CLI enabled
 * one. A plain copy of the module's exports.
 *
 * @example
 * const ts = loadTypeScript();
 * const file = ts.createSourceFile('a.ts', 'let a = 1;', ts.ScriptTarget.Latest);
 */
export function loadTypeScript(): typeof TS {
  if (loaded === undefined) {
    // A plain copy of the exports, made once: the bundle exports every name through a getter, so
    // each `ts.isIdentifier(…)` or `ts.SyntaxKind.X` in the walk would call a function first.
    loaded = { ...loader() };
    ts = loaded;
  }
  return loaded;
}

/** Whether TypeScript has been loaded in this process. */
export function isTypeScriptLoaded(): boolean {
  return loaded !== undefined;
}

/**
 * Replaces how TypeScript is loaded (the bin loads it through a V8 code cache). Ignored once it
 * is loaded: there is only ever one instance.
 */
export function setTypeScriptLoader(load: Loader): void {
  if (loaded === undefined) loader = load;
}

/**
 * A set of syntax kinds built on first use, for module-scope tables (which must not read `ts.*`
 * at import time): `const isSlot = kindSet(() => [ts.SyntaxKind.Block, …]); isSlot().has(k)`.
 */
export function kindSet(kinds: () => readonly TS.SyntaxKind[]): () => ReadonlySet<TS.SyntaxKind> {
  let set: ReadonlySet<TS.SyntaxKind> | undefined;
  return () => (set ??= new Set(kinds()));
}

ts = new Proxy({} as typeof TS, {
  get: (_target, key) => Reflect.get(loadTypeScript(), key) as unknown,
  has: (_target, key) => Reflect.has(loadTypeScript(), key),
  ownKeys: () => Reflect.ownKeys(loadTypeScript()),
  getOwnPropertyDescriptor: (_target, key) => {
    const descriptor = Reflect.getOwnPropertyDescriptor(loadTypeScript(), key);
    // A proxy may not report a property as non-configurable when its target lacks it.
    return descriptor === undefined ? undefined : { ...descriptor, configurable: true };
  },
});

export { ts as default };
