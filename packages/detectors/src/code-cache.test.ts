import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import nodeModule, { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultCodeCacheDir, requireWithCodeCache } from './code-cache.js';

/** The built package: child processes run it as the bin does. */
const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

let tmp: string;
let file: string;
let dir: string;

// A module big enough to have functions worth caching, with a require of its own.
const SOURCE = `
const path = require('node:path');
exports.base = path.basename(__filename);
exports.add = function add(a, b) { return a + b; };
exports.self = this === module.exports;
${Array.from({ length: 50 }, (_, i) => `exports.f${i} = function f${i}(x) { return x * ${i} + ${i}; };`).join('\n')}
`;

function forget(): void {
  delete createRequire(file).cache[file];
}

function cacheFiles(): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.v8'));
}

beforeEach(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'rc-code-cache-'));
  file = path.join(tmp, 'lib.cjs');
  writeFileSync(file, SOURCE);
  dir = path.join(tmp, 'cache');
});

afterEach(() => {
  forget();
  rmSync(tmp, { recursive: true, force: true });
});

describe('requireWithCodeCache', () => {
  it('loads a CommonJS file like require: exports, this, __filename, its own require, the require cache', () => {
    const loaded = requireWithCodeCache(file, dir);
    const exports = loaded.exports as { base: string; add: (a: number, b: number) => number; self: boolean };
    expect(exports.base).toBe('lib.cjs');
    expect(exports.add(2, 3)).toBe(5);
    expect(exports.self).toBe(true);
    expect(loaded.cachedLevel).toBe(-1);
    // A later require of the same file gets this very instance.
    expect(createRequire(file)(file)).toBe(exports);
  });

  it('writes the cache on save, uses it on the next load, and rewrites it only for a higher level', () => {
    requireWithCodeCache(file, dir).save(0);
    expect(cacheFiles()).toHaveLength(1);
    const cacheFile = path.join(dir, cacheFiles()[0]!);
    expect(readFileSync(cacheFile).subarray(0, 5)).toEqual(Buffer.from([...Buffer.from('RCV8'), 0]));
    expect(statSync(dir).mode & 0o777).toBe(0o700);

    forget();
    const warm = requireWithCodeCache(file, dir);
    expect(warm.cachedLevel).toBe(0);
    expect((warm.exports as { add: (a: number, b: number) => number }).add(1, 1)).toBe(2);
    const written = statSync(cacheFile).mtimeMs;
    warm.save(0);
    expect(statSync(cacheFile).mtimeMs).toBe(written);
    warm.save(2);
    expect(readFileSync(cacheFile)[4]).toBe(2);

    forget();
    expect(requireWithCodeCache(file, dir).cachedLevel).toBe(2);
  });

  it('drops a cache V8 rejects (corrupt bytes) and loads from source, then rewrites it', () => {
    // In a fresh process: within one, V8 answers a source it compiled before from memory and
    // never looks at the cache bytes.
    const load = (level: number): { cachedLevel: number; f3: number } => {
      const script = `
        const { requireWithCodeCache } = await import('./code-cache.js');
        const m = requireWithCodeCache(${JSON.stringify(file)}, ${JSON.stringify(dir)});
        m.save(${level});
        console.log(JSON.stringify({ cachedLevel: m.cachedLevel, f3: m.exports.f3(2) }));`;
      const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: DIST, encoding: 'utf8' });
      return JSON.parse(out.trim()) as { cachedLevel: number; f3: number };
    };
    expect(load(1)).toEqual({ cachedLevel: -1, f3: 9 });
    expect(load(1)).toEqual({ cachedLevel: 1, f3: 9 });
    const cacheFile = path.join(dir, cacheFiles()[0]!);
    const raw = readFileSync(cacheFile);
    writeFileSync(cacheFile, Buffer.concat([raw.subarray(0, 5), Buffer.alloc(raw.length - 5, 7)]));
    expect(load(0)).toEqual({ cachedLevel: -1, f3: 9 });
    // Rewritten by that run, at its level.
    expect(load(0)).toEqual({ cachedLevel: 0, f3: 9 });
  });

  it('ignores a file that is not a cache of ours', () => {
    requireWithCodeCache(file, dir).save(0);
    writeFileSync(path.join(dir, cacheFiles()[0]!), 'not a cache');
    forget();
    expect(requireWithCodeCache(file, dir).cachedLevel).toBe(-1);
  });

  it('keys the cache by the file: an edited file does not use the old cache, and its save removes the old one', () => {
    requireWithCodeCache(file, dir).save(0);
    const other = path.join(tmp, 'other.cjs');
    writeFileSync(other, 'exports.x = 1;');
    requireWithCodeCache(other, dir).save(0);
    const [oldFile] = cacheFiles().filter((f) => f.startsWith('lib.cjs-'));
    forget();
    writeFileSync(file, `${SOURCE}\nexports.extra = 1;\n`);
    const loaded = requireWithCodeCache(file, dir);
    expect(loaded.cachedLevel).toBe(-1);
    expect((loaded.exports as { extra: number }).extra).toBe(1);
    loaded.save(0);
    const after = cacheFiles();
    // One file for lib.cjs (the new one), and other.cjs's untouched.
    expect(after.filter((f) => f.startsWith('lib.cjs-'))).toHaveLength(1);
    expect(after).not.toContain(oldFile);
    expect(after.filter((f) => f.startsWith('other.cjs-'))).toHaveLength(1);
    delete createRequire(other).cache[other];
  });

  it.runIf(process.platform !== 'win32' && process.getuid?.() !== undefined)('never reads or writes a cache folder others can write to', () => {
    mkdirSync(dir, { mode: 0o700 });
    requireWithCodeCache(file, dir).save(0);
    chmodSync(dir, 0o777);
    forget();
    const loaded = requireWithCodeCache(file, dir);
    expect(loaded.cachedLevel).toBe(-1);
    const before = statSync(path.join(dir, cacheFiles()[0]!)).mtimeMs;
    loaded.save(5);
    expect(readFileSync(path.join(dir, cacheFiles()[0]!))[4]).toBe(0);
    expect(statSync(path.join(dir, cacheFiles()[0]!)).mtimeMs).toBe(before);
  });

  it('returns an already-required module as it is, with nothing to save', () => {
    const first = createRequire(file)(file) as unknown;
    const again = requireWithCodeCache(file, dir);
    expect(again.exports).toBe(first);
    again.save(3);
    expect(() => readdirSync(dir)).toThrow();
  });

  it('rethrows an error thrown while the module runs, and leaves it out of the require cache', () => {
    writeFileSync(file, "throw new Error('boom at load');");
    expect(() => requireWithCodeCache(file, dir)).toThrow('boom at load');
    expect(createRequire(file).cache[file]).toBeUndefined();
  });

  it('keeps the cache per user under the temp folder', () => {
    expect(path.dirname(defaultCodeCacheDir())).toBe(os.tmpdir());
    expect(path.basename(defaultCodeCacheDir())).toMatch(/^readycheck-v8-/);
  });
});

describe('TypeScript is loaded lazily', () => {
  it('importing the package and its CLI does not load TypeScript; the first parse does', () => {
    // A fresh process over the built package, as the bin runs it (vitest's own process has loaded
    // TypeScript long ago, and a TS loader would not keep ESM live bindings).
    const script = `
      const t = await import('./ts.js');
      await import('./index.js');
      await import('./cli.js');
      const before = t.isTypeScriptLoaded();
      const { scanSource } = await import('./scan.js');
      const found = scanSource('const a = b as any;', 'a.ts', { rules: ['explicit-any'] }).length;
      console.log(JSON.stringify({ before, after: t.isTypeScriptLoaded(), found }));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: DIST, encoding: 'utf8' });
    expect(JSON.parse(out.trim().split('\n').pop()!)).toEqual({ before: false, after: true, found: 1 });
  });
});

describe('enableTypeScriptCodeCache', () => {
  // In a fresh process (as a bin runs it), with its own temp folder for the cache.
  const run = (env: Record<string, string>): string[] => {
    const script = `
      const { enableTypeScriptCodeCache, scanSource, parsedFileCount } = await import('./index.js');
      const session = enableTypeScriptCodeCache();
      scanSource('const a = b as any;', 'a.ts');
      session.finish(parsedFileCount());`;
    execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: DIST, env: { ...process.env, ...env } });
    const folder = readdirSync(tmp).find((f) => f.startsWith('readycheck-v8-'));
    return folder ? readdirSync(path.join(tmp, folder)) : [];
  };

  // Node 22.1+ has its own compile cache, which the session turns on instead.
  it.runIf(!('enableCompileCache' in nodeModule))(
    'compiles TypeScript through a code cache in the temp folder and writes it after the run',
    () => {
      const files = run({ TMPDIR: tmp, DISABLE_V8_COMPILE_CACHE: '' });
      expect(files.filter((f) => f.startsWith('typescript-') && f.endsWith('.v8'))).toHaveLength(1);
    },
  );

  it('does nothing with DISABLE_V8_COMPILE_CACHE=1', () => {
    expect(run({ TMPDIR: tmp, DISABLE_V8_COMPILE_CACHE: '1' })).toEqual([]);
  });
});

