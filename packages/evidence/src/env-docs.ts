import path from 'node:path';
import type { FileFacts, Item } from './types.js';

/**
 * Env keys no example documents because the platform sets them: `NODE_ENV`, `CI`, `PORT`… and
 * Vite's own `import.meta.env.DEV`, `PROD`, `MODE`, `SSR`, `BASE_URL`.
 */
export function isBuiltinEnv(k: Item): boolean {
  if (/^(NODE_ENV|CI|DEBUG|PORT|HOME|PATH|TZ|PWD|USER|SHELL)$/.test(k.name)) return true;
  return k.kind === 'import.meta.env' && /^(DEV|PROD|MODE|SSR|BASE_URL)$/.test(k.name);
}

/** Where env keys are documented, and which example file answers for a given source file. */
export interface EnvDocs {
  /**
   * Whether `key`, read in `file`, is documented in an env example of that file's package or a
   * folder above it (nearest first; a sibling package's example does not count), or in wrangler config.
   */
  isDocumented(key: string, file: string): boolean;
  /** The env example nearest `file`: the one in the deepest folder above it, else none. */
  exampleFor(file: string): string | undefined;
  /** Every documented key, anywhere. */
  all: ReadonlySet<string>;
}

/**
 * Indexes the documented env keys by example file. A key read in `packages/api/src/x.ts` is
 * compared with the examples of its own package and the folders above it
 * (`packages/api/.env.example`, then the root's), never a sibling package's
 * (`packages/web/.env.example`); wrangler vars and bindings count wherever they are; a file
 * with no example above it is compared with every example of the project.
 */
export function envDocs(facts: readonly FileFacts[]): EnvDocs {
  const byExample = new Map<string, Set<string>>();
  const wrangler = new Set<string>();
  const all = new Set<string>();
  for (const f of facts) {
    for (const d of f.envDocs) {
      all.add(d.name);
      if (d.kind === 'env-example') {
        let keys = byExample.get(d.file);
        if (!keys) byExample.set(d.file, (keys = new Set()));
        keys.add(d.name);
      } else wrangler.add(d.name);
    }
  }
  const examples = [...byExample.keys()].map((file) => ({ file, dir: path.posix.dirname(file) })).sort((a, b) => b.dir.length - a.dir.length || (a.file < b.file ? -1 : 1));
  const memo = new Map<string, string | undefined>();
  const exampleFor = (file: string): string | undefined => {
    const dir = path.posix.dirname(file);
    if (memo.has(dir)) return memo.get(dir);
    const hit = examples.find((e) => e.dir === '.' || dir === e.dir || dir.startsWith(`${e.dir}/`))?.file;
    memo.set(dir, hit);
    return hit;
  };
  return {
    all,
    exampleFor,
    isDocumented(key, file) {
      if (wrangler.has(key)) return true;
      const dir = path.posix.dirname(file);
      const above = examples.filter((e) => e.dir === '.' || dir === e.dir || dir.startsWith(`${e.dir}/`));
      return above.length > 0 ? above.some((e) => byExample.get(e.file)?.has(key) ?? false) : all.has(key);
    },
  };
}
