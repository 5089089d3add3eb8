import { createHash, hash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stableStringify, writeFileAtomic } from '@readycheck/core';
import { detectors as builtinDetectors } from './detectors/index.js';
import type { SourceScanner } from './change/engine.js';
import type { scanSource } from './scan.js';
import type { ScanOptions, Violation } from './types.js';
import { version } from './version.js';

/** The default cache location, relative to the working directory. */
export const DEFAULT_CACHE_LOCATION = '.readycheck/cache';
/** File name used when the cache location is a directory. */
export const CACHE_FILE_NAME = 'quality-scan.cache';

const FORMAT = 'readycheck-quality-cache';
const FORMAT_VERSION = 2;
/**
 * The racy-file guard of the stat fast path, in ms: a stamp is only trusted when the file's mtime
 * was at least this much older than the moment it was stat'ed. A file edited within the same
 * timestamp tick as that stat (1-2 s on HFS+/FAT/some network file systems) could keep its mtime
 * and size; such a file is always re-read and re-hashed (the "racy git" problem).
 */
export const RACY_MARGIN_MS = 2000;

/** Header line of a cache file. The body (line 2 on) is only trusted when its checksum matches. */
interface CacheHeader {
  format: typeof FORMAT;
  version: number;
  detectorVersion: string;
  configHash: string;
  /** sha256 of the body text. */
  checksum: string;
}

/**
 * What a file's `stat` said when its content hash was last checked: size, mtimeMs, ctimeMs, inode,
 * and the time (epoch ms) the stat was taken.
 */
export type FileStamp = [size: number, mtimeMs: number, ctimeMs: number, ino: number, checkedAt: number];

/** [file, content hash, findings, stamp of the file when this hash was last confirmed, or null] */
type CacheRow = [string, string, Violation[], FileStamp | null];

/** Options of {@link openResultCache}. */
export interface ResultCacheOptions {
  /** Cache file, or a directory to put {@link CACHE_FILE_NAME} in. Default {@link DEFAULT_CACHE_LOCATION}. */
  location?: string;
  /** Directory `location` is relative to. Default `process.cwd()`. */
  cwd?: string;
  /** The scan options the results depend on: detector set, config, rule filters. */
  scanOptions?: ScanOptions;
  /** Called with a one-line warning when a cache file is corrupt or foreign and is discarded. */
  onWarning?: (message: string) => void;
}

/** Hits and misses of one run. */
export interface CacheStats {
  hits: number;
  misses: number;
  /** Hits answered from the file's stat alone, without reading or hashing it (a subset of `hits`). */
  statHits: number;
}

/** A per-file result cache keyed by content hash, detector version and config hash. */
export interface ResultCache {
  /** Where the cache is read from and saved to. */
  readonly file: string;
  readonly stats: CacheStats;
  /** The cached findings of `text` as `fileName`, or undefined. */
  get(fileName: string, text: string): Violation[] | undefined;
  /** Remembers the findings of `text` as `fileName`. */
  set(fileName: string, text: string, violations: readonly Violation[]): void;
  /**
   * The stat fast path: the cached findings of `fileName` when its current stat (`size`, `mtimeMs`,
   * `ctimeMs`, `ino`) equals the stamp stored with its one cached entry and that stamp passed the
   * racy guard (mtime at least {@link RACY_MARGIN_MS} older than when it was taken); otherwise
   * undefined, and `current` is remembered so the next `get`/`set`/wrapped scan of `fileName`
   * (after reading and hashing it) stores it as the new stamp.
   */
  reuseByStat(fileName: string, current: FileStat, now?: number): Violation[] | undefined;
  /** Wraps a scanner so it answers from the cache and fills it. */
  wrap(scan: SourceScanner): SourceScanner;
  /**
   * Wraps `scanSource` (or a function with its signature, as `scanFiles`' `scan` option takes):
   * answers from the cache, and caches only results no detector failed on.
   */
  wrapScanSource(scan: typeof scanSource): typeof scanSource;
  /** Writes the cache (atomically) when it changed; entries unused this run are dropped for files this run saw. */
  save(): Promise<void>;
}

/** The fields of a `fs.Stats` the stat fast path compares. */
export interface FileStat {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

function sha256(text: string): string {
  return hash('sha256', text, 'hex');
}

/**
 * The detector version part of the cache key: the package version, a hash of the engine's own
 * code (every module of this package: the helpers detectors share, such as value-source, change
 * findings as much as a detector's own file does), plus each detector's id, category, default
 * severity, messages and `check` source, so editing a custom detector (or upgrading, or
 * rebuilding this package with any change) invalidates the cache without a version bump.
 */
export function detectorVersionOf(options: ScanOptions = {}): string {
  const list = options.detectors ?? Object.values(builtinDetectors);
  const parts = list
    .map((d) => `${d.id}\0${d.category}\0${d.severity}\0${String(d.enabledByDefault)}\0${JSON.stringify(d.messages)}\0${String(d.check)}`)
    .sort();
  return sha256(`${version}\0${engineHash()}\0${parts.join('\0')}`).slice(0, 32);
}

let engine: string | undefined;

/**
 * A hash of the code of this package's modules (the built .js files beside this one, tests and
 * declarations left out; the .ts sources when run from source), computed once per process:
 * about 80 files, 0.4 MB, a few milliseconds.
 */
export function engineHash(): string {
  const here = fileURLToPath(import.meta.url);
  return (engine ??= hashModules(path.dirname(here), path.extname(here)));
}

/** A hash of every `ext` module under `dir` (not tests, declarations or `__tests__` folders), by path and content. */
export function hashModules(dir: string, ext: string): string {
  const files: string[] = [];
  const walkDir = (rel: string): void => {
    for (const entry of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const name = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (entry.name !== '__tests__') walkDir(name);
      } else if (entry.name.endsWith(ext) && !entry.name.endsWith(`.d${ext}`) && !entry.name.includes('.test.')) files.push(name);
    }
  };
  walkDir('');
  files.sort();
  const h = createHash('sha256');
  for (const name of files) h.update(`${name}\0`).update(readFileSync(path.join(dir, name))).update('\0');
  return h.digest('hex').slice(0, 32);
}

/** The config part of the cache key: the detectors config and the rule/category filters. */
export function configHashOf(options: ScanOptions = {}): string {
  return sha256(stableStringify({ config: options.config ?? {}, rules: options.rules ?? null, categories: options.categories ?? null })).slice(0, 32);
}

/** Resolves the cache file: a directory location (existing, or ending in a slash) holds {@link CACHE_FILE_NAME}. */
export async function resolveCacheFile(location: string, cwd: string): Promise<string> {
  const abs = path.resolve(cwd, location);
  if (/[\\/]$/.test(location)) return path.join(abs, CACHE_FILE_NAME);
  let st: ReturnType<typeof statSync>;
  try {
    st = statSync(abs, { throwIfNoEntry: false });
  } catch {
    // Unreadable: treat it as a file path; opening the cache reports why it cannot be read.
    st = undefined;
  }
  return st?.isDirectory() ? path.join(abs, CACHE_FILE_NAME) : abs;
}

/**
 * Opens the result cache. A missing file is an empty cache. A file of another detector version or
 * config is an empty cache too (its entries cannot match). A file that is not a quality-scan cache
 * (foreign) or whose checksum or structure is wrong (corrupt) is discarded with a warning; a
 * foreign file is never overwritten, a corrupt one is replaced on save.
 *
 * @example
 * const cache = await openResultCache({ scanOptions, onWarning: (m) => console.warn(m) });
 * const scan = cache.wrap((text, file) => scanSource(text, file, scanOptions));
 * // ... scan files ...
 * await cache.save();
 */
export async function openResultCache(options: ResultCacheOptions = {}): Promise<ResultCache> {
  const cwd = options.cwd ?? process.cwd();
  const file = await resolveCacheFile(options.location ?? DEFAULT_CACHE_LOCATION, cwd);
  const detectorVersion = detectorVersionOf(options.scanOptions);
  const configHash = configHashOf(options.scanOptions);
  const warn = options.onWarning ?? (() => undefined);
  const shown = path.relative(cwd, file) || file;

  const entries = new Map<string, CacheRow>();
  let writable = true;
  let dirty = false;
  // Synchronous: one read at start-up, and measured faster than a FileHandle round trip here.
  let raw: string | null = null;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (error) {
    const err = error as NodeJS.ErrnoException;
    if (err.code !== 'ENOENT') warn(`cache ${shown}: cannot read (${err.code ?? err.message}); running without it`);
  }
  if (raw !== null) {
    const loaded = parseCache(raw, detectorVersion, configHash);
    if (loaded.kind === 'foreign') {
      warn(`cache ${shown}: not a quality-scan cache (${loaded.reason}); ignored and left untouched`);
      writable = false;
    } else if (loaded.kind === 'corrupt') {
      warn(`cache ${shown}: corrupt (${loaded.reason}); discarded`);
      dirty = true;
    } else if (loaded.kind === 'stale') {
      dirty = true;
    } else {
      for (const row of loaded.rows) entries.set(key(row[0], row[1]), row);
    }
  }

  /** Rows this run used (by identity: no key string built per file). */
  const used = new Set<CacheRow>();
  const seenFiles = new Set<string>();
  const stats: CacheStats = { hits: 0, misses: 0, statHits: 0 };
  /** Stamps taken this run of files the fast path could not answer, waiting for their hash. */
  const pending = new Map<string, FileStamp>();
  /** Rows by file, for the fast path (only a file with exactly one cached entry can use it). */
  const byFile = new Map<string, CacheRow[]>();
  for (const row of entries.values()) {
    const list = byFile.get(row[0]);
    if (list) list.push(row);
    else byFile.set(row[0], [row]);
  }
  /** Stores the stamp taken this run (if any) on the row whose hash this run confirmed. */
  const stampRow = (row: CacheRow): void => {
    const stamp = pending.get(row[0]);
    if (!stamp) return;
    pending.delete(row[0]);
    if (row[3] === null || row[3].some((n, i) => n !== stamp[i])) {
      row[3] = stamp;
      dirty = true;
    }
  };
  const cache: ResultCache = {
    file,
    stats,
    get(fileName, text) {
      const k = key(fileName, sha256(text));
      seenFiles.add(fileName);
      const row = entries.get(k);
      if (!row) return undefined;
      used.add(row);
      stampRow(row);
      return row[2];
    },
    set(fileName, text, violations) {
      const hash = sha256(text);
      const k = key(fileName, hash);
      seenFiles.add(fileName);
      const row: CacheRow = [fileName, hash, [...violations], null];
      entries.set(k, row);
      used.add(row);
      dirty = true;
      stampRow(row);
    },
    reuseByStat(fileName, current, now = Date.now()) {
      seenFiles.add(fileName);
      const rows = byFile.get(fileName);
      const row = rows?.length === 1 ? rows[0] : undefined;
      const stamp = row?.[3];
      if (
        row &&
        stamp &&
        stamp[0] === current.size &&
        stamp[1] === current.mtimeMs &&
        stamp[2] === current.ctimeMs &&
        stamp[3] === current.ino &&
        stamp[1] < stamp[4] - RACY_MARGIN_MS
      ) {
        stats.hits++;
        stats.statHits++;
        used.add(row);
        pending.delete(fileName);
        return row[2].map((v) => ({ ...v }));
      }
      pending.set(fileName, [current.size, current.mtimeMs, current.ctimeMs, current.ino, now]);
      return undefined;
    },
    wrap(scan) {
      return cache.wrapScanSource((text, fileName) => scan(text, fileName));
    },
    wrapScanSource(scan) {
      return (text, fileName, options = {}) => {
        const hash = sha256(text);
        const k = key(fileName, hash);
        seenFiles.add(fileName);
        const row = entries.get(k);
        if (row) {
          stats.hits++;
          used.add(row);
          stampRow(row);
          return row[2].map((v) => ({ ...v }));
        }
        stats.misses++;
        let failed = false;
        const found = scan(text, fileName, {
          ...options,
          onDetectorError: (e) => {
            failed = true;
            options.onDetectorError?.(e);
          },
        });
        if (!failed) {
          const fresh: CacheRow = [fileName, hash, found.map((v) => ({ ...v })), null];
          entries.set(k, fresh);
          used.add(fresh);
          dirty = true;
          stampRow(fresh);
        } else {
          pending.delete(fileName);
        }
        return found;
      };
    },
    async save() {
      if (!writable) return;
      // Nothing new and every entry used (a warm rerun of the same files): nothing to drop or write.
      if (!dirty && used.size === entries.size) return;
      const rows: CacheRow[] = [];
      for (const [k, row] of entries) {
        // A file seen this run keeps only the versions this run used; files not seen keep theirs.
        if (seenFiles.has(row[0]) && !used.has(row)) {
          entries.delete(k);
          dirty = true;
          continue;
        }
        rows.push(row);
      }
      if (!dirty) return;
      rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
      const body = JSON.stringify(rows);
      const header: CacheHeader = { format: FORMAT, version: FORMAT_VERSION, detectorVersion, configHash, checksum: sha256(body) };
      await writeFileAtomic(file, `${JSON.stringify(header)}\n${body}\n`);
      dirty = false;
    },
  };
  return cache;
}

function key(file: string, hash: string): string {
  return `${file}\0${hash}`;
}

type Parsed =
  | { kind: 'ok'; rows: CacheRow[] }
  | { kind: 'stale' }
  | { kind: 'foreign'; reason: string }
  | { kind: 'corrupt'; reason: string };

/** Parses a cache file and decides whether to trust it. Exported for tests. */
export function parseCache(raw: string, detectorVersion: string, configHash: string): Parsed {
  const nl = raw.indexOf('\n');
  const headText = nl < 0 ? raw : raw.slice(0, nl);
  let header: unknown;
  try {
    header = JSON.parse(headText);
  } catch {
    return { kind: 'foreign', reason: 'no cache header' };
  }
  if (typeof header !== 'object' || header === null || (header as { format?: unknown }).format !== FORMAT) {
    return { kind: 'foreign', reason: 'no cache header' };
  }
  const h = header as Partial<CacheHeader>;
  if (h.version !== FORMAT_VERSION || h.detectorVersion !== detectorVersion || h.configHash !== configHash) return { kind: 'stale' };
  if (nl < 0) return { kind: 'corrupt', reason: 'the body is missing' };
  const body = raw.slice(nl + 1).replace(/\n$/, '');
  if (typeof h.checksum !== 'string' || sha256(body) !== h.checksum) return { kind: 'corrupt', reason: 'checksum mismatch' };
  let rows: unknown;
  try {
    rows = JSON.parse(body);
  } catch {
    return { kind: 'corrupt', reason: 'the body is not JSON' };
  }
  if (!Array.isArray(rows) || !rows.every(isRow)) return { kind: 'corrupt', reason: 'unexpected entry shape' };
  return { kind: 'ok', rows };
}

function isRow(row: unknown): row is CacheRow {
  if (!Array.isArray(row) || row.length !== 4) return false;
  const [file, hash, list, stamp] = row as unknown[];
  return typeof file === 'string' && typeof hash === 'string' && Array.isArray(list) && list.every(isViolation) && (stamp === null || isStamp(stamp));
}

function isStamp(stamp: unknown): stamp is FileStamp {
  return Array.isArray(stamp) && stamp.length === 5 && stamp.every((n) => typeof n === 'number' && Number.isFinite(n));
}

function isViolation(v: unknown): v is Violation {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return (
    typeof o.ruleId === 'string' &&
    typeof o.category === 'string' &&
    typeof o.severity === 'string' &&
    typeof o.message === 'string' &&
    typeof o.file === 'string' &&
    typeof o.fingerprint === 'string' &&
    typeof o.snippet === 'string' &&
    Number.isInteger(o.line) &&
    Number.isInteger(o.column) &&
    Number.isInteger(o.endLine) &&
    Number.isInteger(o.endColumn)
  );
}
