import { stat } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { decodeSource, discoverFiles, ReadycheckError, type EvidenceReport, type EvidenceReportTypes, type ReadycheckConfig } from '@readycheck/core';
import { readFileSync } from 'node:fs';
import { CACHE_FORMAT, contentHash, memoryCache, readCache, writeCache, type EvidenceCache } from './cache.js';
import { classifyFeature, type Classification, type ClassifyContext } from './classify.js';
import { joinLinks } from './link/crossfile.js';
import { detectorCoverage, type DetectorsConfig } from './detect.js';
import { ENV_EXAMPLE_FILES, inputKind } from './extract-text.js';
import { entryFramework } from './frameworks.js';
import { readPathAliases, usedModules, withDrizzleRefs, withEntityRefs, withMountPrefixes, withVueRoutes, workFiles } from './link/link.js';
import { envDocs, isBuiltinEnv, type EnvDocs } from './env-docs.js';
import { isEntryFacts, UNSCANNABLE } from './extract-file.js';
import { entryItems } from './entry-kinds.js';
import { extractAll, workerCount, type ExtractJob, type ExtractSettings, type WorkersOption } from './workers.js';
import { CODE_EXTENSIONS } from './extract.js';
import { byLocation, EVIDENCE_KEYS, groupFeatures, importResolver, type FeatureEvidence } from './group/group.js';
import { BLOCKING_MARKERS } from './markers.js';
import { learnLayout, publicLayout, type ProjectLayout } from './project.js';
import type { FileFacts, Item } from './types.js';
import { version } from './version.js';

type Feature = EvidenceReportTypes.Feature;

/** Options of {@link scanEvidence}. */
export interface ScanEvidenceOptions {
  /** The codebase to read. It is never changed. */
  root: string;
  /** readycheck config (its `ignore`, `maxFileBytes`, `detectors` and `evidence` sections are used). */
  config?: ReadycheckConfig;
  /** Path of the content-hash cache file; no cache when unset. */
  cacheFile?: string;
  /** Record durations and cache use in the report (makes the output differ run to run). */
  timings?: boolean;
  /**
   * Threads that parse, the main thread included: a count (`0` or `1`: the main thread alone,
   * `n`: `n - 1` worker threads beside it) or `auto` (the default: one worker per spare core, on
   * large enough scans). The report is the same either way.
   */
  workers?: WorkersOption;
  /** Called as files are extracted, with the number done and the total (a progress line). */
  onProgress?: (done: number, total: number) => void;
}

/** The result of a scan: the report, and everything needed to render it. */
export interface EvidenceScan {
  report: EvidenceReport;
  /** Classification details per feature name (tasks are also in the report). */
  classifications: Map<string, Classification>;
}

const SCAN_EXTENSIONS = [...CODE_EXTENSIONS, '.vue', '.sql', '.prisma', '.json', '.jsonc', '.toml', '.example', '.sample', '.template', '.dist'];

/**
 * Reads a codebase and answers, feature by feature, what evidence of a real implementation
 * there is, with status, confidence, reasons and fix tasks. Never touches the network; never
 * writes into `root` (only the cache file, when asked).
 *
 * @example
 * import { scanEvidence } from '@readycheck/evidence';
 * const { report } = await scanEvidence({ root: 'fixtures/evidence/chat-bot' });
 * for (const f of report.features) console.log(f.name, f.status, f.reasons[0]);
 */
export async function scanEvidence(options: ScanEvidenceOptions): Promise<EvidenceScan> {
  const t0 = performance.now();
  const root = path.resolve(options.root);
  const st = await stat(root).catch(() => null);
  if (!st) throw new ReadycheckError('RC_ROOT_NOT_FOUND', `${options.root}: no such directory`, { file: options.root });
  if (!st.isDirectory()) throw new ReadycheckError('RC_ROOT_NOT_FOUND', `${options.root}: not a directory`, { file: options.root });
  const config = options.config ?? {};
  const ev = config.evidence ?? {};
  const envExample = ev.envExample;

  const discoverOpts: Parameters<typeof discoverFiles>[0] = {
    root,
    ignore: [...(config.ignore ?? []), ...(ev.ignore ?? [])],
    extensions: SCAN_EXTENSIONS,
  };
  const include = ev.include ?? config.include;
  if (include?.length) discoverOpts.inputs = include;
  if (config.maxFileBytes) discoverOpts.maxFileBytes = config.maxFileBytes;
  const discovered = await discoverFiles(discoverOpts);
  // Env examples are committed even where `.gitignore` hides `.env*` / `.dev.vars*` (force-added):
  // a second, gitignore-blind look finds them.
  const examples = await discoverFiles({ ...discoverOpts, gitignore: false, extensions: ['.example', '.sample', '.template', '.dist'] });
  const seen = new Set(discovered.files.map((f) => f.relPath));
  for (const f of examples.files) if (!seen.has(f.relPath) && inputKind(f.relPath, envExample) === 'env-example') discovered.files.push(f);
  discovered.files.sort((x, y) => (x.relPath < y.relPath ? -1 : x.relPath > y.relPath ? 1 : 0));
  const wanted = (rel: string): boolean => inputKind(rel, envExample) !== null;
  const skipped: EvidenceReport['skipped'] = discovered.skipped
    .filter((s) => wanted(s.relPath))
    .map((s) => ({ file: s.relPath, reason: s.reason, detail: s.detail }));
  const t1 = performance.now();

  const detectorsConfig: DetectorsConfig | undefined = config.detectors;
  const coverage = detectorCoverage(detectorsConfig);
  const cacheKey = contentHash(JSON.stringify({ version, format: CACHE_FORMAT, detectors: detectorsConfig ?? null, envExample: envExample ?? null, coverage }));
  const cache: EvidenceCache | null = options.cacheFile ? await readCache(options.cacheFile, cacheKey) : null;
  const toRead = discovered.files.filter((f) => wanted(f.relPath));
  const texts: ExtractJob[] = [];
  for (const file of toRead) {
    // Synchronous reads: on a cold scan of thousands of small files, promise-based reads cost
    // more main-thread time (open, stat, read, close round trips) than the disk itself.
    let buf: Buffer;
    try {
      buf = readFileSync(file.path);
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      skipped.push({ file: file.relPath, reason: 'unreadable', detail: e.code ?? e.message });
      continue;
    }
    const src = decodeSource(buf, config.maxFileBytes);
    if (!src.ok) {
      skipped.push({ file: file.relPath, reason: src.reason, detail: src.detail });
      continue;
    }
    // Content hashes serve only the cache: a scan without one does not spend time on them.
    texts.push({ relPath: file.relPath, text: src.text, hash: options.cacheFile ? contentHash(src.text) : '' });
  }
  const pathAliases = await readPathAliases(root, texts.filter((t) => t.relPath.endsWith('/package.json')).map((t) => t.relPath.slice(0, -'/package.json'.length)));
  // Everything the result depends on besides the code: a rerun with the same digest and no
  // changed file gets the last result back without grouping or classifying anything again.
  const digest = options.cacheFile ? contentHash(JSON.stringify([cacheKey, config, pathAliases, skipped, texts.map((t) => [t.relPath, t.hash])])) : '';
  if (cache && options.cacheFile && texts.length === Object.keys(cache.hashes).length && texts.every((t) => cache.hashes[t.relPath] === t.hash)) {
    const last = cache.result();
    if (last && last.digest === digest) {
      const { report } = last;
      if (options.timings) {
        const t = Math.round(performance.now() - t1);
        report.summary.durationMs = Math.round(performance.now() - t0);
        report.summary.timings = { discoverMs: Math.round(t1 - t0), extractMs: t, crossFileMs: 0, classifyMs: 0, writeMs: 0, cacheHits: texts.length, cacheMisses: 0, workers: 0 };
      }
      return { report, classifications: new Map(last.classifications) };
    }
  }
  const cachedFacts = cache ? cache.facts() : {};
  let hits = 0;
  // Each slot is a file's facts: from the cache, or extracted below (on this thread or workers).
  const slots: Array<FileFacts | number> = [];
  const jobs: ExtractJob[] = [];
  for (const t of texts) {
    const cached = cache?.hashes[t.relPath] === t.hash ? cachedFacts[t.relPath] : undefined;
    if (cached && cached.hash === t.hash) {
      slots.push(cached);
      hits++;
    } else {
      slots.push(jobs.length);
      jobs.push(t);
    }
  }
  const misses = jobs.length;
  const settings: ExtractSettings = { coverage };
  if (envExample !== undefined) settings.envExample = envExample;
  if (detectorsConfig !== undefined) settings.detectorsConfig = detectorsConfig;
  const extracted = await extractAll(jobs, settings, workerCount(options.workers, jobs.length), options.onProgress ? { onProgress: options.onProgress } : {});
  const facts: FileFacts[] = slots.map((s) => (typeof s === 'number' ? (extracted.facts[s] as FileFacts) : s));
  const nextFacts: Record<string, FileFacts> = {};
  for (const f of facts) nextFacts[f.file] = f;
  const t2 = performance.now();

  const errors: EvidenceReport['errors'] = facts
    .filter((f) => f.error)
    .map((f) => ({ file: f.file, line: f.error?.line ?? 1, column: f.error?.column ?? 1, code: f.error?.code ?? 'RC_PARSE_FAILED', message: f.error?.message ?? 'cannot parse' }));
  const clean = facts.filter((f) => !f.error);
  const resolve = importResolver(new Set(clean.map((f) => f.file)), pathAliases);
  const usable = withMountPrefixes(withVueRoutes(withEntityRefs(withDrizzleRefs(clean)), resolve));

  const grouping = groupFeatures(usable, {
    pathAliases,
    ...(ev.features ? { features: ev.features } : {}),
    ...(ev.aliases ? { aliases: ev.aliases } : {}),
    ...(ev.genericNames ? { genericNames: ev.genericNames } : {}),
  });
  const layout = learnLayout(usable, grouping.importsOf, envExample);

  // Cross-file questions, answered from the link facts every source file brought from its own parse.
  const serviceFiles = new Set(usable.filter((f) => f.services.length > 0 && f.role === 'source').map((f) => f.file));
  const entryFiles = usable.filter(isEntryFacts).map((f) => f.file);
  const byFile = new Map(usable.map((f) => [f.file, f]));
  const links = joinLinks({
    entries: entryFiles,
    factsOf: (file) => byFile.get(file)?.links,
    serviceFiles,
    resolve,
  });
  const t3 = performance.now();

  const createdTables = new Set<string>();
  for (const f of usable) for (const t of f.tables) {
    createdTables.add(t.name);
    if (t.detail && t.kind === 'prisma-model') createdTables.add(t.detail);
  }
  const env = envDocs(usable);
  const documentedEnv = new Set(env.all);
  const tablesOfFile = new Map<string, string[]>();
  for (const f of usable) {
    const names = [...new Set(f.tableRefs.filter((r) => r.kind !== 'sql-ddl').map((r) => r.name))].sort();
    if (names.length) tablesOfFile.set(f.file, names);
  }
  const ctx: ClassifyContext = {
    createdTables,
    documentedEnv,
    links,
    entryEnds: new Map(usable.map((f) => [f.file, f.entryEnds])),
    tablesOfFile,
    importsOf: grouping.importsOf,
    // Where a user or the platform comes in: commands, routes, jobs and event listeners.
    entryFiles: usable.filter((f) => f.role === 'source' && (isEntryFacts(f) || f.jobs.length > 0 || f.events.some((e) => e.kind === 'listener' || e.kind === 'queue-consumer'))).map((f) => f.file),
    envDocs: env,
    workFiles: workFiles(usable),
    usedModules: usedModules(usable, resolve),
    entriesOf: new Map(usable.filter(isEntryFacts).map((f) => [f.file, entryItems(f)])),
    frameworkOf: (e) => entryFramework(e, byFile.get(e.file), layout.httpFramework),
    usesOf: new Map(usable.filter((f) => f.uses).map((f) => [f.file, f.uses ?? []])),
    stubHelpers: new Map(usable.filter((f) => f.stubHelpers).map((f) => [f.file, f.stubHelpers ?? []])),
    requireTests: ev.requireTests ?? false,
    layout,
    confidenceFloor: ev.confidenceFloor ?? 0.3,
    criticalSeverities: new Set(ev.criticalSeverities ?? ['critical']),
    infrastructure: new Set(ev.infrastructure ?? []),
  };
  const classifications = new Map<string, Classification>();
  const features: Feature[] = grouping.features.map((f) => {
    const c = classifyFeature(f, ctx);
    classifications.set(f.name, c);
    return toFeature(f, c);
  });
  const report = buildReport({ usable, features, errors, skipped, layout, facts, createdTables, documentedEnv, env, hotspotLimit: ev.hotspots ?? 20, featureOfFile: grouping.featureOfFile });
  const t4 = performance.now();
  // An unchanged tree leaves the cache as it was: no rewrite (and no fsync) on a clean rerun.
  if (options.cacheFile) {
    const unchanged = cache !== null && misses === 0 && Object.keys(cache.hashes).length === facts.length && cache.result()?.digest === digest;
    if (!unchanged) await writeCache(options.cacheFile, memoryCache(cacheKey, nextFacts, { digest, report, classifications: [...classifications] }));
  }
  if (options.timings) {
    report.summary.durationMs = Math.round(performance.now() - t0);
    report.summary.timings = {
      discoverMs: Math.round(t1 - t0),
      extractMs: Math.round(t2 - t1),
      crossFileMs: Math.round(t3 - t2),
      classifyMs: Math.round(t4 - t3),
      writeMs: 0,
      cacheHits: hits,
      cacheMisses: misses,
      workers: extracted.workers,
    };
  }
  return { report, classifications };
}

function clean(items: readonly Item[]): Item[] {
  return [...items].sort(byLocation);
}

function toFeature(f: FeatureEvidence, c: Classification): Feature {
  const evidence = {} as Feature['evidence'];
  for (const key of EVIDENCE_KEYS) evidence[key] = clean(f[key]);
  // A command that calls a missing service is evidence too: keep it next to the stubs it resembles.
  const counts: Record<string, number> = {};
  for (const key of EVIDENCE_KEYS) counts[key] = f[key].length;
  counts.files = f.files.size;
  counts.missingServices = c.missingServices.length;
  const out: Feature = {
    name: f.name,
    status: c.status,
    confidence: c.confidence,
    reasons: c.reasons,
    files: [...f.files].sort(),
    evidence,
    counts,
    tasks: c.tasks,
    primaryFlow: c.primaryFlow,
    grouping: f.grouping,
  };
  out.fixPrompt = `fix-prompts/${fileSafe(f.name)}.md`;
  return out;
}

/** A feature name made safe as a file name. */
export function fileSafe(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'feature';
}

interface ReportInput {
  usable: FileFacts[];
  facts: FileFacts[];
  features: Feature[];
  errors: EvidenceReport['errors'];
  skipped: EvidenceReport['skipped'];
  layout: ProjectLayout;
  createdTables: Set<string>;
  documentedEnv: Set<string>;
  env: EnvDocs;
  hotspotLimit: number;
  featureOfFile: Map<string, string>;
}

function firstPerName(items: Item[]): Item[] {
  const seen = new Map<string, Item>();
  for (const i of [...items].sort(byLocation)) if (!seen.has(i.name)) seen.set(i.name, i);
  return [...seen.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : byLocation(a, b)));
}

/**
 * Files whose evidence is missing from the verdicts, counted per reason: each skip reason
 * (`unreadable`, `binary`, `too-large`…), `parse-error` and `unscannable` (nested too deeply).
 */
export function unjudgedCounts(errors: EvidenceReport['errors'], skipped: EvidenceReport['skipped']): Record<string, number> {
  const out: Record<string, number> = {};
  const bump = (k: string): void => {
    out[k] = (out[k] ?? 0) + 1;
  };
  for (const e of errors) bump(e.code === UNSCANNABLE ? 'unscannable' : 'parse-error');
  for (const s of skipped) bump(s.reason);
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

function buildReport(input: ReportInput): EvidenceReport {
  const { usable, features } = input;
  const queryRefs = usable.filter((f) => f.role !== 'test' && f.role !== 'candidate').flatMap((f) => f.tableRefs.filter((r) => r.kind !== 'sql-ddl'));
  const referenced = new Set(queryRefs.map((r) => r.name));
  const created = usable.filter((f) => f.role !== 'candidate').flatMap((f) => f.tables);
  const referencedNotCreated = input.createdTables.size > 0 || created.length > 0 ? firstPerName(queryRefs.filter((r) => !input.createdTables.has(r.name))) : firstPerName(queryRefs);
  const createdNotReferenced = firstPerName(created.filter((t) => !referenced.has(t.name) && !(t.detail && referenced.has(t.detail))));

  const reads = usable.filter((f) => f.role === 'source').flatMap((f) => f.envKeys).filter((k) => !isBuiltinEnv(k));
  const readNames = new Set(reads.map((k) => k.name));
  const docs = usable.flatMap((f) => f.envDocs);
  const missingFromExample = firstPerName(reads.filter((k) => !input.env.isDocumented(k.name, k.file)));
  const documentedNotRead = firstPerName(docs.filter((d) => !readNames.has(d.name) && d.kind !== undefined && (d.kind === 'env-example' || d.kind === 'wrangler-var')));
  const exampleFiles = [...new Set(docs.map((d) => d.file))].sort();

  const hotspots: EvidenceReport['hotspots'] = [];
  for (const f of usable) {
    if (f.role === 'test') continue;
    const blocking = f.markers.filter((m) => BLOCKING_MARKERS.has(m.name)).length;
    const findings = f.findings.length;
    const n = f.markers.length + findings + f.stubs.length;
    if (n === 0) continue;
    const score = Math.round((f.stubs.length * 5 + blocking * 4 + (f.markers.length - blocking) * 2 + findings * 2 + f.lines / 200) * 100) / 100;
    const row: EvidenceReport['hotspots'][number] = { file: f.file, markers: f.markers.length, findings, stubs: f.stubs.length, lines: f.lines, score };
    const feature = input.featureOfFile.get(f.file);
    if (feature) row.feature = feature;
    hotspots.push(row);
  }
  hotspots.sort((a, b) => b.score - a.score || (a.file < b.file ? -1 : 1));

  const counts = { PASS: 0, WARN: 0, FAIL: 0, SKIP: 0 };
  for (const f of features) counts[f.status]++;
  return {
    $schema: 'https://readycheck.dev/schemas/evidence-report.schema.json',
    schemaVersion: '1.0',
    tool: { name: 'evidence-scan', version },
    summary: {
      features: features.length,
      ...counts,
      files: input.facts.length,
      lines: input.facts.reduce((n, f) => n + f.lines, 0),
      errors: input.errors.length,
      skipped: input.skipped.length,
      unjudged: unjudgedCounts(input.errors, input.skipped),
    },
    project: publicLayout(input.layout),
    features,
    migrationGaps: { referencedNotCreated, createdNotReferenced },
    envDelta: { missingFromExample, documentedNotRead, exampleFiles },
    hotspots: hotspots.slice(0, input.hotspotLimit),
    errors: [...input.errors].sort((a, b) => (a.file < b.file ? -1 : 1)),
    skipped: [...input.skipped].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
  };
}

export { ENV_EXAMPLE_FILES };
export { extractFile } from './extract-file.js';
