import { readdirSync, readFileSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import type * as Tinyglobby from 'tinyglobby';
import type { Ignore, Options as IgnoreOptions } from 'ignore';
import type Picomatch from 'picomatch';
import { ReadycheckError } from './errors.js';
import { requireOptional } from './optional.js';

// Optional peers of core (see optional.ts), loaded on first use: @readycheck/health installs
// without them, and a run that discovers no files never loads them.
const tinyglobby = (): typeof Tinyglobby => requireOptional<typeof Tinyglobby>('tinyglobby', 'file discovery');
const ignoreFactory = (options?: IgnoreOptions): Ignore => requireOptional<(o?: IgnoreOptions) => Ignore>('ignore', 'reading .gitignore files')(options);
const picomatch: typeof Picomatch = ((...args: Parameters<typeof Picomatch>) =>
  requireOptional<typeof Picomatch>('picomatch', 'matching ignore globs')(...args)) as typeof Picomatch;

/** Directories no scan wants, ignored unless `defaultIgnores: false`. */
export const DEFAULT_IGNORES: readonly string[] = ['**/node_modules/**', '**/dist/**', '**/coverage/**', '**/.git/**'];
/** The directory names behind {@link DEFAULT_IGNORES}: a crawl does not enter them. */
const DEFAULT_IGNORED_DIRS: ReadonlySet<string> = new Set(['node_modules', 'dist', 'coverage', '.git']);

/** Default size limit of a file to scan: 2 MiB. Larger files are skipped with a reason. */
export const DEFAULT_MAX_FILE_BYTES = 2 * 1024 * 1024;

/** Options of {@link discoverFiles}. */
export interface DiscoverOptions {
  /** Directory that globs and reported paths are relative to. Default: `process.cwd()`. */
  root?: string;
  /** Files, directories or globs, relative to `root`. Default: everything under `root`. */
  inputs?: readonly string[];
  /** Extra globs to ignore (the config `ignore` list). */
  ignore?: readonly string[];
  /** Honour `.gitignore` files under `root` (and `root`'s own). Default true. */
  gitignore?: boolean;
  /** Ignore node_modules, dist, coverage and .git. Default true. */
  defaultIgnores?: boolean;
  /** Keep only files with one of these extensions (with the dot, e.g. `.ts`). Default: all. */
  extensions?: readonly string[];
  /** Files larger than this many bytes are skipped. Default {@link DEFAULT_MAX_FILE_BYTES}. */
  maxFileBytes?: number;
  /**
   * What to do with an input outside `root` (`../other/src`, an absolute path): `skip` it with the
   * reason `outside-root` (default), or `scan` it, with the .gitignore files of its own git root
   * (or of the input itself when it is in no repository) and paths reported relative to `root`.
   */
  outsideRoot?: 'skip' | 'scan';
}

/** A file to scan. */
export interface DiscoveredFile {
  /** Absolute path. */
  path: string;
  /** Path relative to the root, with forward slashes. */
  relPath: string;
  /** Size in bytes. */
  size: number;
  /**
   * What discovery's `stat` of the file said (before anything read it), so callers that key on it
   * (quality-scan's result cache) need not stat the file again. Four numbers, not the `Stats`
   * object: a long list of files keeps no `Date`s alive.
   */
  stat?: FileStatStamp;
}

/** The fields of a file's `stat` that tell whether it changed. */
export interface FileStatStamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

/** A file that was found but not kept, and why. */
export interface SkippedFile {
  relPath: string;
  reason: 'too-large' | 'unreadable' | 'symlink-loop' | 'ignored' | 'outside-root';
  detail: string;
}

/** Result of {@link discoverFiles}: sorted files, and the ones skipped with reasons. */
export interface DiscoverResult {
  root: string;
  files: DiscoveredFile[];
  skipped: SkippedFile[];
  /** Inputs (as given) that matched no file with a wanted extension, ignored or not: most likely a typo. */
  unmatched: string[];
  /**
   * Files an input reached that the ignore globs or a .gitignore left out; not listed one by one,
   * since a .gitignore may leave out thousands. Files inside a directory the ignore globs pruned
   * are counted only when no file was kept (that is when the count says why nothing was found).
   */
  ignored: number;
}

/**
 * Finds the files to scan under a root: expands files, directories and globs; honours
 * `.gitignore`, the config ignore list and the default ignores; skips files over the size limit
 * with a reason; follows symlinks without looping on cycles. A file or directory named in
 * `inputs` that does not exist is an `RC_FILE_NOT_FOUND` error.
 *
 * @example
 * const { files, skipped } = await discoverFiles({ root: '.', inputs: ['src'], extensions: ['.ts'] });
 */
export async function discoverFiles(options: DiscoverOptions = {}): Promise<DiscoverResult> {
  const root = path.resolve(options.root ?? process.cwd());
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const emptyAt = (options.ignore ?? []).findIndex((g) => typeof g !== 'string' || g.trim() === '');
  // An empty glob matches nothing anyone meant; picomatch would throw on it with no context.
  if (emptyAt >= 0) throw new ReadycheckError('RC_USAGE', `ignore glob #${emptyAt + 1} is empty: remove it or write the glob`);
  const ignoreGlobs = [...(options.defaultIgnores === false ? [] : DEFAULT_IGNORES), ...(options.ignore ?? [])];
  const inputs = options.inputs?.length ? options.inputs : ['.'];

  const patterns: string[] = [];
  const explicit: string[] = [];
  const dirs: string[] = [];
  const outside: string[] = [];
  for (const input of inputs) {
    if (options.outsideRoot === 'scan' && isOutside(root, globBase(input))) {
      outside.push(input);
      continue;
    }
    if (tinyglobby().isDynamicPattern(input)) {
      patterns.push(toPosix(input));
      continue;
    }
    const abs = path.resolve(root, input);
    const st = statOrNull(abs);
    if (!st) throw new ReadycheckError('RC_FILE_NOT_FOUND', `${input}: ${whyMissing(abs)}`, { file: input });
    const rel = toPosix(path.relative(root, abs));
    if (!st.isDirectory()) explicit.push(rel);
    // A directory outside the root is globbed as before, so its files are reported as outside it.
    else if (rel.startsWith('../') || path.isAbsolute(rel)) patterns.push(`${escapeGlob(rel)}/**/*`);
    else dirs.push(rel);
  }

  const extensions = options.extensions ? new Set(options.extensions.map((e) => e.toLowerCase())) : null;
  const wanted = (rel: string): boolean => !extensions || extensions.has(path.extname(rel).toLowerCase());
  const unmatched: string[] = [];
  let ignored = 0;
  const found: string[] = [];
  // One glob per pattern, so a pattern that matches nothing (a typo) is known by name.
  const globbed = await Promise.all(
    patterns.map((p) => tinyglobby().glob([p], { cwd: root, dot: true, onlyFiles: true, followSymbolicLinks: true, ignore: ignoreGlobs, expandDirectories: false })),
  );
  for (let i = 0; i < patterns.length; i++) {
    const hits = globbed[i] as string[];
    for (const hit of hits) found.push(hit);
    if (hits.some(wanted)) continue;
    // Nothing left: did the ignore globs take it all, or does the pattern match nothing at all?
    const pattern = patterns[i] as string;
    const raw = options.ignore?.length
      ? (await tinyglobby().glob([pattern], { cwd: root, dot: true, onlyFiles: true, followSymbolicLinks: true, ignore: [...(options.defaultIgnores === false ? [] : DEFAULT_IGNORES)], expandDirectories: false })).filter(wanted)
      : [];
    if (raw.length) ignored += raw.length;
    else unmatched.push(pattern);
  }
  // Directories (the usual input) are crawled synchronously: one readdir per directory, default
  // ignored directories never entered, and the .gitignore files met on the way collected, instead
  // of a glob matched against every path plus a second crawl of the whole root for .gitignore files
  // (together ~0.15 s of a 3,000-file run whose results all came from the cache).
  const crawl = crawlDirectories(root, dirs, {
    skipDirs: options.defaultIgnores === false ? null : DEFAULT_IGNORED_DIRS,
    // The config's ignore globs as tinyglobby matches them: a trailing slash dropped, matched
    // (posix, dot files included) against directories, which are then not entered, and files.
    ignore: options.ignore?.length ? picomatch(options.ignore.map((g) => g.replace(/\/$/, '')), { dot: true, posix: true }) : null,
  });
  // A loop, not push(...files): spreading a very large list into arguments overflows the stack.
  for (const file of crawl.files) found.push(file);
  ignored += crawl.ignored;
  for (const dir of dirs) {
    const prefix = dir === '' ? '' : `${dir}/`;
    if (!crawl.files.some((f) => f.startsWith(prefix) && wanted(f)) && !crawl.ignoredUnder.has(dir)) unmatched.push(dir === '' ? '.' : dir);
  }
  for (const file of explicit) if (!wanted(file)) unmatched.push(file);
  // Globs may reach anywhere under the root: then every .gitignore under it is read, as before.
  const gitignore = options.gitignore === false ? null : patterns.length ? await loadGitignores(root) : loadGitignoreFiles(root, crawl.gitignores);

  const candidates = new Set<string>([...found.map(toPosix), ...explicit]);
  const named = new Set(explicit);
  const files: DiscoveredFile[] = [];
  const skipped: SkippedFile[] = [];
  // The same file reached through several (symlinked) paths is scanned once, under its own path
  // when that is inside the root, else under the shortest path that reaches it.
  const byReal = new Map<string, DiscoveredFile>();
  const realRoot = await realpath(root).catch(() => root);
  for (const relPath of [...candidates].sort()) {
    if (relPath.startsWith('../') || path.isAbsolute(relPath)) {
      // Only a file named explicitly can be outside the root; say so rather than drop it silently.
      skipped.push({ relPath, reason: 'outside-root', detail: `not under ${root}` });
      continue;
    }
    if (!wanted(relPath)) continue;
    // Files named explicitly are kept even when a gitignore matches them, as ESLint does.
    if (gitignore && !named.has(relPath) && gitignore.ignores(relPath)) {
      ignored++;
      continue;
    }
    const abs = path.join(root, relPath);
    try {
      // Synchronous on purpose: awaiting fs/promises costs a thread-pool round trip per call, and
      // two per file in sequence made discovery ~0.2 s of a cold 500-file scan.
      const st = statSync(abs);
      if (!st.isFile()) continue;
      if (st.size > maxBytes) {
        skipped.push({ relPath, reason: 'too-large', detail: `${st.size} bytes is over the limit of ${maxBytes}` });
        continue;
      }
      // The walk knows the real path of a file reached through no symlink; others are resolved.
      const real = crawl.realPaths.get(relPath) ?? realpathSync.native(abs);
      const file: DiscoveredFile = { path: abs, relPath, size: st.size, stat: { size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs, ino: st.ino } };
      const prev = byReal.get(real);
      if (!prev || rank(realRoot, real, file) < rank(realRoot, real, prev)) byReal.set(real, file);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      skipped.push({ relPath, reason: code === 'ELOOP' ? 'symlink-loop' : 'unreadable', detail: code ?? (err as Error).message });
    }
  }
  const kept = [...byReal.values()];
  for (const input of outside) {
    const sub = await discoverOutside(root, input, options);
    for (const f of sub.files) kept.push(f);
    for (const x of sub.skipped) skipped.push(x);
    for (const u of sub.unmatched) unmatched.push(u);
    ignored += sub.ignored;
  }
  // Nothing kept: say how many files the ignore globs took, counting inside the directories they pruned.
  if (kept.length === 0) ignored += countFiles(root, crawl.prunedDirs, wanted);
  for (const file of kept.sort((a, b) => (a.relPath < b.relPath ? -1 : a.relPath > b.relPath ? 1 : 0))) {
    if (files.length && files[files.length - 1]?.relPath === file.relPath) continue;
    files.push(file);
  }
  return { root, files, skipped, unmatched, ignored };
}

/**
 * An input outside the root, discovered from its own git root (or from itself, when it is in no
 * repository) so that the .gitignore files that apply to it are its own; paths are then made
 * relative to the caller's root again (`../other/src/a.ts`).
 */
async function discoverOutside(root: string, input: string, options: DiscoverOptions): Promise<DiscoverResult> {
  const baseAbs = path.resolve(root, globBase(input));
  const st = statOrNull(baseAbs);
  if (!st) {
    if (tinyglobby().isDynamicPattern(input)) return { root, files: [], skipped: [], unmatched: [toPosix(input)], ignored: 0 };
    throw new ReadycheckError('RC_FILE_NOT_FOUND', `${input}: ${whyMissing(baseAbs)}`, { file: input });
  }
  const dir = st.isDirectory() ? baseAbs : path.dirname(baseAbs);
  const base = gitRootOf(dir) ?? dir;
  const rest = toPosix(path.relative(base, path.resolve(root, input)));
  const sub = await discoverFiles({ ...options, root: base, inputs: [rest === '' ? '.' : rest], outsideRoot: 'skip' });
  const back = (rel: string): string => toPosix(path.relative(root, path.join(base, rel)));
  return {
    root,
    files: sub.files.map((f) => ({ ...f, relPath: back(f.relPath) })),
    skipped: sub.skipped.map((s) => ({ ...s, relPath: back(s.relPath) })),
    unmatched: sub.unmatched.length ? [toPosix(input)] : [],
    ignored: sub.ignored,
  };
}

/** Files under some directories (no symlinks followed, default-ignored directories skipped), up to 100,000 entries. */
function countFiles(root: string, dirs: readonly string[], wanted: (rel: string) => boolean): number {
  let count = 0;
  let budget = 100_000;
  const stack = [...dirs];
  while (stack.length && budget > 0) {
    const dir = stack.pop() as string;
    let entries: Dirent[];
    try {
      entries = readdirSync(path.join(root, dir), { withFileTypes: true });
    } catch {
      // Unreadable: nothing in it would have been scanned either.
      continue;
    }
    for (const e of entries) {
      budget--;
      if (e.isDirectory()) {
        if (!DEFAULT_IGNORED_DIRS.has(e.name)) stack.push(`${dir}/${e.name}`);
      } else if (wanted(e.name)) count++;
    }
  }
  return count;
}

/** The part of an input before its first glob segment (the input itself when it has none). */
function globBase(input: string): string {
  const parts = toPosix(input).split('/');
  const i = parts.findIndex((p) => tinyglobby().isDynamicPattern(p));
  if (i < 0) return input;
  const base = parts.slice(0, i).join('/');
  return base === '' && input.startsWith('/') ? '/' : base || '.';
}

function isOutside(root: string, input: string): boolean {
  const rel = path.relative(root, path.resolve(root, input));
  return rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel);
}

/** The nearest directory at or above `dir` holding a `.git` (directory or file), or null. */
function gitRootOf(dir: string): string | null {
  for (let d = dir; ; d = path.dirname(d)) {
    if (statOrNull(path.join(d, '.git'))) return d;
    if (path.dirname(d) === d) return null;
  }
}

function rank(realRoot: string, real: string, file: DiscoveredFile): number {
  return path.join(realRoot, file.relPath) === real ? -1 : file.relPath.length;
}

async function loadGitignores(root: string): Promise<Ignore | null> {
  const gitignores = await tinyglobby().glob(['**/.gitignore'], { cwd: root, dot: true, ignore: [...DEFAULT_IGNORES], followSymbolicLinks: false });
  return loadGitignoreFiles(root, gitignores.map(toPosix));
}

/** Reads .gitignore files (paths relative to the root), each scoped to its own directory. */
function loadGitignoreFiles(root: string, gitignores: readonly string[]): Ignore | null {
  const ig = ignoreFactory();
  let rules = 0;
  for (const rel of [...gitignores].sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0))) {
    const dir = path.posix.dirname(rel);
    let text: string;
    try {
      text = readFileSync(path.join(root, rel), 'utf8');
    } catch {
      // Unreadable .gitignore: it ignores nothing, as git would not read it either.
      continue;
    }
    for (const raw of text.split(/\r?\n/)) {
      const line = raw.trim();
      if (!line || line.startsWith('#')) continue;
      ig.add(dir === '.' ? line : scopePattern(dir, line));
      rules++;
    }
  }
  // No rule at all: no matcher to ask about every file.
  return rules > 0 ? ig : null;
}

interface CrawlOptions {
  /** Directory names never entered (the default ignores), or null. */
  skipDirs: ReadonlySet<string> | null;
  /** The config's ignore globs, matched against each directory's and file's path relative to the root. */
  ignore: ((relPath: string) => boolean) | null;
}

/**
 * Walks directories under the root (relative paths, '' for the root itself) and returns their
 * files and the .gitignore files that apply to them: those met in the walk (not through a
 * symlink, not inside a default-ignored directory) and those of the directories above each one.
 * Symlinked directories are followed, except into a directory the walk is already inside (a cycle).
 */
function crawlDirectories(
  root: string,
  dirs: readonly string[],
  options: CrawlOptions,
): { files: string[]; gitignores: string[]; realPaths: Map<string, string>; ignored: number; ignoredUnder: Set<string>; prunedDirs: string[] } {
  const files: string[] = [];
  let ignored = 0;
  /** Directories the ignore globs kept the walk out of (their files are counted only when it matters). */
  const prunedDirs: string[] = [];
  /** The inputs under which the ignore globs left something out. */
  const ignoredUnder = new Set<string>();
  let current = '';
  const gitignores = new Set<string>();
  /** Real paths of files that are no symlink themselves: their directory's real path and name. */
  const realPaths = new Map<string, string>();
  const walk = (relDir: string, realAncestors: readonly string[], viaLink: boolean, inSkipped: boolean): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(relDir === '' ? root : path.join(root, relDir), { withFileTypes: true });
    } catch {
      // Unreadable directory: nothing in it can be scanned (the glob crawl skipped it too).
      return;
    }
    for (const entry of entries) {
      const rel = relDir === '' ? entry.name : `${relDir}/${entry.name}`;
      let isDir = entry.isDirectory();
      let real: string | undefined;
      if (entry.isSymbolicLink()) {
        try {
          isDir = statSync(path.join(root, rel)).isDirectory();
          if (isDir) real = realpathSync.native(path.join(root, rel));
        } catch {
          // A dangling or looping link is not a file to scan; the glob crawl left it out too.
          continue;
        }
      }
      if (isDir) {
        if (options.skipDirs?.has(entry.name)) continue;
        if (options.ignore?.(rel)) {
          prunedDirs.push(rel);
          ignoredUnder.add(current);
          continue;
        }
        if (real !== undefined && realAncestors.includes(real)) continue;
        const here = real ?? path.join(realAncestors[realAncestors.length - 1] ?? root, entry.name);
        walk(rel, [...realAncestors, here], viaLink || real !== undefined, inSkipped || DEFAULT_IGNORED_DIRS.has(entry.name));
        continue;
      }
      if (entry.name === '.gitignore' && !viaLink && !inSkipped && !entry.isSymbolicLink()) gitignores.add(rel);
      if (options.ignore?.(rel)) {
        ignored++;
        ignoredUnder.add(current);
        continue;
      }
      files.push(rel);
      const realDir = realAncestors[realAncestors.length - 1];
      if (!entry.isSymbolicLink() && realDir !== undefined) realPaths.set(rel, path.join(realDir, entry.name));
    }
  };
  const realRoot = realpathOr(root);
  for (const dir of dirs) {
    const parts = dir === '' ? [] : dir.split('/');
    // An input inside a default-ignored directory (`node_modules/pkg`) yields nothing, as its
    // files' paths match the default ignore globs.
    if (options.skipDirs && parts.some((p) => options.skipDirs?.has(p))) continue;
    // The .gitignore files of the directories above the input (the root's included).
    for (let i = 0; i < parts.length; i++) {
      const rel = [...parts.slice(0, i), '.gitignore'].join('/');
      if (statOrNull(path.join(root, rel))?.isFile()) gitignores.add(rel);
    }
    current = dir;
    walk(dir, [dir === '' ? realRoot : realpathOr(path.join(root, dir))], false, parts.some((p) => DEFAULT_IGNORED_DIRS.has(p)));
  }
  return { files, gitignores: [...gitignores], realPaths, ignored, ignoredUnder, prunedDirs };
}

function realpathOr(abs: string): string {
  try {
    return realpathSync.native(abs);
  } catch {
    // Unresolvable: the path itself stands for it.
    return abs;
  }
}

// A pattern in a nested .gitignore applies relative to that directory.
function scopePattern(dir: string, pattern: string): string {
  const negated = pattern.startsWith('!');
  let body = negated ? pattern.slice(1) : pattern;
  const anchored = body.startsWith('/') || body.replace(/\/$/, '').includes('/');
  body = body.replace(/^\//, '');
  const scoped = anchored ? `${dir}/${body}` : `${dir}/**/${body}`;
  return negated ? `!${scoped}` : scoped;
}

// Synchronous on purpose: one awaited thread-pool round trip per named path dominated a scan of a
// long list of files (e.g. a change's files handed over one by one).
function statOrNull(abs: string): ReturnType<typeof statSync> | null {
  try {
    return statSync(abs);
  } catch {
    return null;
  }
}

function toPosix(p: string): string {
  // On POSIX the separator already is '/': no split and join per path of a large tree.
  return path.sep === '/' ? p : p.split(path.sep).join('/');
}

function escapeGlob(p: string): string {
  return p.replace(/[*?[\]{}()!]/g, '\\$&');
}

/** Why a path named on the command line cannot be scanned, in words (a symlink loop is not "no such file"). */
function whyMissing(abs: string): string {
  try {
    statSync(abs);
    return 'cannot be read';
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return 'a symlink loop (the link points back to itself)';
    if (code === 'ENOENT') return 'no such file or directory';
    return `cannot be read (${code ?? (err as Error).message})`;
  }
}
