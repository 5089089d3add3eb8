import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import nodeModule, { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import type * as TS from 'typescript';
import { setTypeScriptLoader } from './ts.js';

/** A CommonJS module loaded through a V8 code cache. */
export interface CodeCachedModule {
  /** The module's `module.exports`. */
  readonly exports: unknown;
  /** How warm the cache that was used is: -1 none (missing, rejected or untrusted), else the level it was saved with. */
  readonly cachedLevel: number;
  /**
   * Writes the cache from the code compiled so far (functions compiled lazily during the run are
   * included), when the cache was missing or rejected, or was saved at a lower `level` (a run
   * that only loaded the module saves level 0; a run that used it, a higher level). Never throws:
   * a cache that cannot be written only costs the next run time.
   */
  save(level: number): void;
}

const MAGIC = Buffer.from('RCV8', 'latin1');
const HEADER = MAGIC.length + 1;

/** The per-user cache folder under the system temp folder. */
export function defaultCodeCacheDir(): string {
  let user: string;
  try {
    user = String(os.userInfo().uid);
  } catch {
    // No passwd entry for this uid (some containers): one shared name, still checked for ownership.
    user = 'user';
  }
  return path.join(os.tmpdir(), `readycheck-v8-${user}`);
}

/**
 * A cache folder is trusted only when it is a real folder (not a link), owned by this user and
 * writable by nobody else: V8 runs cached bytecode, so a planted file must never be read.
 */
function trustedDir(dir: string): boolean {
  try {
    const st = lstatSync(dir);
    const uid = typeof process.getuid === 'function' ? process.getuid() : st.uid;
    return st.isDirectory() && st.uid === uid && (st.mode & 0o022) === 0;
  } catch {
    // Missing or unreadable: nothing to trust (it is created on save).
    return false;
  }
}

/**
 * Loads a CommonJS file (TypeScript's 9 MB bundle, here) the way `require` does, but compiles it
 * with a V8 code cache kept in `dir`. The cache file is keyed by the file's path, size and mtime,
 * the Node version and the CPU architecture (older files of the same path are removed on save); V8 itself rejects a cache made with other flags or
 * for another source, and a rejected cache is rewritten on {@link CodeCachedModule.save}. The
 * module is put in `require.cache`, so later `require`s of the same file get this instance.
 *
 * Unlike a require hook that produces the cache right after compiling (and so rewrites it on every
 * run, holding only the eagerly compiled functions), this writes it once, after the run, from
 * everything the run compiled.
 *
 * @example
 * const ts = requireWithCodeCache(require.resolve('typescript'), defaultCodeCacheDir());
 * // ... use ts.exports ...
 * ts.save(1);
 */
export function requireWithCodeCache(file: string, dir: string): CodeCachedModule {
  const req = createRequire(file);
  const existing = req.cache[file];
  if (existing?.loaded) return { exports: existing.exports, cachedLevel: -1, save: () => undefined };

  const st = statSync(file);
  // `<name>-<where>-<which>.v8`: one file per installed copy (`where`), for its current version
  // and this Node (`which`); saving removes that copy's older files, so upgrades leave nothing behind.
  const where = createHash('sha256').update(file).digest('hex').slice(0, 16);
  const which = createHash('sha256').update(`${st.size}\0${st.mtimeMs}\0${process.version}\0${process.arch}`).digest('hex').slice(0, 16);
  const prefix = `${path.basename(file, '.js')}-${where}-`;
  const cacheFile = path.join(dir, `${prefix}${which}.v8`);
  let level = -1;
  let cachedData: Buffer | undefined;
  if (trustedDir(dir)) {
    try {
      const raw = readFileSync(cacheFile);
      if (raw.length > HEADER && raw.subarray(0, MAGIC.length).equals(MAGIC)) {
        level = raw[MAGIC.length] ?? -1;
        cachedData = raw.subarray(HEADER);
      }
    } catch {
      // No cache yet (or unreadable): compile from source, and write one on save.
      level = -1;
    }
  }

  const source = readFileSync(file, 'utf8');
  // The same wrapper (on the same line) as Node's CommonJS loader, so stack positions match.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) { ${source}\n});`, {
    filename: file,
    cachedData,
  });
  if (script.cachedDataRejected === true) level = -1;

  const mod = new nodeModule(file);
  mod.filename = file;
  req.cache[file] = mod;
  try {
    const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: unknown, filename: string, dirname: string) => void;
    wrapper.call(mod.exports, mod.exports, req, mod, file, path.dirname(file));
    mod.loaded = true;
  } catch (err) {
    delete req.cache[file];
    throw err;
  }

  return {
    exports: mod.exports,
    cachedLevel: level,
    save(runLevel) {
      if (runLevel <= level) return;
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      try {
        mkdirSync(dir, { recursive: true, mode: 0o700 });
        if (!trustedDir(dir)) return;
        writeFileSync(tmp, Buffer.concat([MAGIC, Buffer.from([runLevel]), script.createCachedData()]), { mode: 0o600 });
        renameSync(tmp, cacheFile);
        level = runLevel;
        for (const name of readdirSync(dir)) {
          if (name.startsWith(prefix) && name.endsWith('.v8') && path.join(dir, name) !== cacheFile) rmSync(path.join(dir, name), { force: true });
        }
      } catch {
        // A full or read-only temp folder: this run is done anyway; the next one compiles again.
        rmSync(tmp, { force: true });
      }
    },
  };
}

/** What {@link enableTypeScriptCodeCache} returns: call `finish` once the run is over. */
export interface TypeScriptCodeCacheSession {
  /**
   * Writes the cache when this run warmed it further: `parsedFiles` is how many files the run
   * parsed (the more, the more of the parser was compiled). Does nothing if TypeScript was never
   * loaded. Never throws.
   */
  finish(parsedFiles: number): void;
}

/**
 * For a CLI's entry point: makes the first use of TypeScript in this process (through
 * `loadTypeScript`, which readycheck's packages all go through) compile it with a V8 code cache in
 * {@link defaultCodeCacheDir}, written after the run. On Node 22.1+ it turns on Node's own compile
 * cache instead; `DISABLE_V8_COMPILE_CACHE=1` turns both off. TypeScript stays unloaded until a
 * file is parsed.
 *
 * @example
 * const session = enableTypeScriptCodeCache();
 * try { await run(); } finally { session.finish(filesParsed); }
 */
export function enableTypeScriptCodeCache(): TypeScriptCodeCacheSession {
  const noop: TypeScriptCodeCacheSession = { finish: () => undefined };
  if (process.env['DISABLE_V8_COMPILE_CACHE'] === '1') return noop;
  const enableCompileCache = (nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache;
  if (enableCompileCache) {
    enableCompileCache();
    return noop;
  }
  let typescript: CodeCachedModule | undefined;
  setTypeScriptLoader(() => {
    typescript = requireWithCodeCache(createRequire(import.meta.url).resolve('typescript'), defaultCodeCacheDir());
    return typescript.exports as typeof TS;
  });
  return {
    // The cache is rewritten when a run parsed at least ten times as many files as the one that
    // wrote it (levels 0, 1, 10, 100, … files).
    finish: (parsedFiles) => typescript?.save(parsedFiles <= 0 ? 0 : 1 + Math.floor(Math.log10(parsedFiles))),
  };
}
