import { statSync, type Stats } from 'node:fs';
import { discoverFiles, ReadycheckError, type DiscoveredFile, type QualityReport } from '@readycheck/core';
import { buildReport, type ReportError, type ReportSkipped } from './report.js';
import { resolveDetectors, scanSource, UNSCANNABLE } from './scan.js';
import { gradeVendored, VendoredFiles } from './vendored.js';
import { detectors as builtinDetectors } from './detectors/index.js';
import type { Confidence, Detector, ScanOptions, Violation } from './types.js';
import { dealBySize, scanInWorker, threadsFor, type Concurrency, type WorkerInput } from './parallel.js';
import { scanOneFile, type FileScanResult, type FileToScan } from './scan-one.js';
import type { ResultCache } from './cache.js';
import { selectShard, type Shard } from './shard.js';

/** Extensions `scanFiles` scans by default. */
export const DEFAULT_EXTENSIONS: readonly string[] = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];

/** Options of {@link scanFiles}: the per-file {@link ScanOptions} plus discovery settings. */
export interface ScanFilesOptions extends Omit<ScanOptions, 'sourceFile' | 'onDetectorError'> {
  /** Directory that inputs and reported paths are relative to. Default `process.cwd()`. */
  cwd?: string;
  /** Globs to ignore on top of `.gitignore` and the default ignores (node_modules, dist, ...). */
  ignore?: readonly string[];
  /** Honour `.gitignore`. Default true. */
  gitignore?: boolean;
  /** Only files with these extensions. Default {@link DEFAULT_EXTENSIONS}. */
  extensions?: readonly string[];
  /** Files over this many bytes are skipped with a reason. Default 2 MiB. */
  maxFileBytes?: number;
  /** Put `summary.durationMs` in the report (off by default: reports are deterministic). */
  timings?: boolean;
  /** Scans one file instead of `scanSource` (same signature); the result cache (`--cache`) hooks in here. */
  scan?: typeof scanSource;
  /**
   * The result cache (`--cache`): files whose stat matches the stamp stored with their cached
   * entry (and passed its racy guard) are answered without being read; every other file is read,
   * hashed and answered from the cache or scanned (wrapping `scan`), and its stat stored.
   */
  cache?: Pick<ResultCache, 'reuseByStat' | 'wrapScanSource'>;
  /** Report only findings of at least this confidence (`--min-confidence`). Default: all. */
  minConfidence?: Confidence;
  /** Scan only this shard of the files found (`--shard i/n`); merge the shards' JSON with `mergeQualityReports`. */
  shard?: Shard;
  /**
   * Threads to scan with (`--concurrency`): `auto` (default) adds one worker thread per CPU beyond
   * two for 400+ files (see `threadsFor`; none on 2 CPUs, where a worker measured slower); `off`
   * or 1 scans on this thread only. Only the built-in detectors and a plain scan (no `scan`, no `cache`) use workers.
   * The report is the same either way.
   */
  concurrency?: Concurrency;
  /** Called after each file with the number done and the total (progress lines). */
  onProgress?: (done: number, total: number) => void;
  /**
   * Grade findings in vendored and generated files low (see vendored.ts: `.gitattributes`
   * `linguist-vendored`/`linguist-generated`, minified files under a static-asset or vendor
   * directory, Emscripten glue). Default true. Change scans and baseline runs pass false: there a
   * file's findings are judged as its author's code.
   */
  vendored?: boolean;
}

/**
 * Checks `rules`/`categories` filters and config rule ids against the detectors in use; an unknown
 * id is a usage error (`RC_USAGE`) rather than a silently empty scan.
 */
export function checkRuleIds(options: Pick<ScanOptions, 'rules' | 'config' | 'detectors'>): void {
  const known = new Set((options.detectors ?? Object.values(builtinDetectors)).map((d) => d.id));
  const unknown = [...(options.rules ?? []), ...Object.keys(options.config?.rules ?? {})].filter((id) => !known.has(id));
  if (unknown.length) {
    throw new ReadycheckError('RC_USAGE', `unknown rule id${unknown.length > 1 ? 's' : ''}: ${[...new Set(unknown)].join(', ')} (known: ${[...known].sort().join(', ')})`);
  }
}

/**
 * Scans files, directories or globs and returns the full report. Files are found with core's
 * `discoverFiles` (.gitignore, ignores, size limit, symlink loops) and read with `loadSource`;
 * binary, oversized and unreadable files are listed under `skipped` (and counted per reason in
 * `summary.skipped`), files a detector failed on under `errors`, and the run goes on. A path
 * outside `cwd` is scanned with its own git root's .gitignore. An input that matches no file (a
 * mistyped path or glob) throws a `ReadycheckError` with code `RC_NO_FILES`; a run that scans
 * nothing for other reasons returns a report with `summary.files` 0 and the reasons.
 *
 * @example
 * import { scanFiles } from '@readycheck/detectors';
 * const report = await scanFiles(['src'], { config: { rules: { 'explicit-any': 'high' } } });
 * console.log(report.summary.bySeverity);
 */
export async function scanFiles(inputs: readonly string[], options: ScanFilesOptions = {}): Promise<QualityReport> {
  const started = performance.now();
  checkRuleIds(options);
  const discovered = await discoverFiles({
    root: options.cwd ?? process.cwd(),
    inputs: inputs.length ? inputs : ['.'],
    ...(options.ignore ? { ignore: options.ignore } : {}),
    ...(options.gitignore === false ? { gitignore: false } : {}),
    extensions: options.extensions ?? DEFAULT_EXTENSIONS,
    ...(options.maxFileBytes ? { maxFileBytes: options.maxFileBytes } : {}),
    // A path the caller names is scanned wherever it is (ESLint does the same), never dropped as outside the working directory.
    outsideRoot: 'scan',
  });
  if (discovered.unmatched.length) {
    // A typo in a path or glob must not pass as a clean scan of nothing.
    const names = discovered.unmatched.map((u) => `"${u}"`).join(', ');
    throw new ReadycheckError('RC_NO_FILES', `no files matched ${names}`, { file: discovered.unmatched[0] as string });
  }
  const scanOptions = pick(options);
  const shard = options.shard;
  const files = shard ? selectShard(discovered.files, shard) : discovered.files;
  const skipped: ReportSkipped[] = (shard ? selectShard(discovered.skipped, shard) : discovered.skipped).map((s) => ({ file: s.relPath, reason: s.reason, detail: s.detail }));
  const errors: ReportError[] = [];
  const violations: Violation[] = [];
  let scanned = 0;
  const take = (result: FileScanResult): void => {
    if ('skipped' in result) {
      skipped.push({ file: result.relPath, ...result.skipped });
      return;
    }
    scanned++;
    violations.push(...result.violations);
    if (result.failures.length) {
      errors.push({ file: result.relPath, code: 'RC_PARSE_FAILED', message: `not fully scanned: ${result.failures.join('; ')}`.slice(0, 500) });
    }
  };
  const cache = options.cache;
  // Threads only for the built-in detectors and the plain scan: a worker loads its own detectors,
  // and cannot call back into a custom `scan` or the result cache.
  const threads = cache || options.scan || !builtinOnly(options.detectors) ? 1 : threadsFor(files, options.concurrency);
  if (threads > 1) {
    const parts = dealBySize(files, threads, WORKER_HEAD_START_BYTES);
    const results: Array<FileScanResult | undefined> = new Array(files.length);
    const workerInputs = parts.slice(1).map((part) => ({ part, input: { files: part.map((i) => fileToScan(files[i] as DiscoveredFile)), scanOptions: workerScanOptions(options), maxFileBytes: options.maxFileBytes } }));
    // Started before the main thread's share, so their start-up overlaps it.
    const running = workerInputs.map(({ input }) => scanInWorker(input).catch(() => undefined));
    let done = 0;
    for (const i of parts[0] ?? []) {
      options.onProgress?.(++done, files.length);
      results[i] = scanOneFile(files[i] as DiscoveredFile, scanOptions, options.maxFileBytes);
    }
    for (const [w, { part }] of workerInputs.entries()) {
      // A worker that could not start or died: its files are scanned here, the report is the same.
      const got = (await running[w]) ?? part.map((i) => scanOneFile(files[i] as DiscoveredFile, scanOptions, options.maxFileBytes));
      part.forEach((fileIndex, k) => {
        results[fileIndex] = got[k];
        options.onProgress?.(++done, files.length);
      });
    }
    // Taken in discovery order, as a one-thread scan takes them: the report is byte-identical.
    for (const result of results) if (result) take(result);
  } else {
    const scan = cache ? cache.wrapScanSource(options.scan ?? scanSource) : (options.scan ?? scanSource);
    let done = 0;
    for (const file of files) {
      options.onProgress?.(++done, files.length);
      if (cache) {
        // Stat before reading (discovery's, when it took one): an edit between the two then leaves a
        // stamp that no longer matches.
        const st = file.stat ?? statOf(file.path);
        const reused = st ? cache.reuseByStat(file.relPath, st) : undefined;
        if (reused) {
          scanned++;
          violations.push(...reused);
          continue;
        }
      }
      take(scanOneFile(file, scanOptions, options.maxFileBytes, scan));
    }
  }
  return buildReport({
    ...(options.minConfidence ? { minConfidence: options.minConfidence } : {}),
    files: scanned,
    violations: options.vendored === false ? violations : gradeVendoredFiles(violations, files, options),
    errors,
    skipped,
    ignored: discovered.ignored,
    ...(options.timings ? { durationMs: performance.now() - started } : {}),
  });
}

// Findings above low in vendored or generated files, graded low; a file is judged only when it has one.
function gradeVendoredFiles(violations: Violation[], files: readonly DiscoveredFile[], options: ScanFilesOptions): Violation[] {
  if (!violations.some((v) => v.severity !== 'low' && v.ruleId !== UNSCANNABLE)) return violations;
  const root = options.cwd ?? process.cwd();
  const vendored = new VendoredFiles(root);
  const byRelPath = new Map(files.map((f) => [f.relPath, f.path]));
  // A severity the config set for a rule stands, as it does over a detector's own per-finding grade.
  const keep = new Set(resolveDetectors(options).filter((e) => e.configured).map((e) => e.detector.id));
  return gradeVendored(violations, (file) => {
    const abs = byRelPath.get(file);
    return abs === undefined ? undefined : vendored.evidenceFor(abs, file);
  }, keep);
}

function statOf(file: string): Stats | undefined {
  try {
    return statSync(file);
  } catch {
    // Unstat-able: no fast path; reading it reports why it is unreadable.
    return undefined;
  }
}

function pick(options: ScanFilesOptions): ScanOptions {
  const out: ScanOptions = {};
  if (options.config) out.config = options.config;
  if (options.rules) out.rules = options.rules;
  if (options.categories) out.categories = options.categories;
  if (options.detectors) out.detectors = options.detectors;
  return out;
}

/**
 * Bytes the main thread takes on top of an even share when workers help: about what it scans
 * (≈ 4 MB/s warm, vibesdk) in the 0.1–0.15 s a worker takes to start before it parses.
 */
const WORKER_HEAD_START_BYTES = 400_000;

function builtinOnly(detectors: readonly Detector[] | undefined): boolean {
  if (!detectors) return true;
  const builtin = new Set<Detector>(Object.values(builtinDetectors));
  return detectors.every((d) => builtin.has(d));
}

function fileToScan(file: DiscoveredFile): FileToScan {
  return { path: file.path, relPath: file.relPath };
}

function workerScanOptions(options: ScanFilesOptions): WorkerInput['scanOptions'] {
  const out: WorkerInput['scanOptions'] = {};
  if (options.config) out.config = options.config;
  if (options.rules) out.rules = options.rules;
  if (options.categories) out.categories = options.categories;
  return out;
}
