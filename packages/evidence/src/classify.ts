import type { EvidenceReportTypes } from '@readycheck/core';
import type { FeatureEvidence } from './group/group.js';
import { BLOCKING_MARKERS } from './markers.js';
import { INFRA_NAMES } from './naming.js';
import { byLocation } from './group/group.js';
import { buildTasks } from './classify/tasks.js';
import type { ClassifyContext } from './classify/context.js';
import { FRAMEWORK_LABELS } from './frameworks.js';
import { BASE_CONFIDENCE, entryLabel, evidenceHolds, FAIL_CONFIDENCE, list, RULES, STUB_FAIL_CONFIDENCE, type FeatureView } from './classify/rules.js';
import { isBuiltinEnv } from './env-docs.js';
import { backgroundLabel, entryItems } from './entry-kinds.js';
import { PROCESS_WORK } from './extract/processes.js';
import type { Item } from './types.js';

type Status = EvidenceReportTypes.Status;
type Task = EvidenceReportTypes.Task;

export type { ClassifyContext } from './classify/context.js';

/** A classified feature: status, confidence, reasons, flows and fix tasks. */
export interface Classification {
  status: Status;
  confidence: number;
  reasons: string[];
  primaryFlow: string[];
  tasks: Task[];
  /** Missing-service problems found on this feature's entries, as evidence items. */
  missingServices: Item[];
}

const loc = (i: Item): string => `${i.file}:${i.line}`;
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export { entryLabel };

// Rules about the shape of a feature (entry, service, tables), which an infrastructure group lacks by design.
const FEATURE_SHAPE_RULES = new Set(['service-without-entry', 'entry-without-work', 'tables-without-service', 'tests-required']);
// Tasks that still apply to infrastructure: its markers, findings, stubs and env keys.
const INFRA_TASKS = new Set(['resolve-marker', 'fix-finding', 'replace-stub', 'env-validation', 'fix-cron']);

/**
 * Whether a service call (or a missing one) at `line` of an entry's file belongs to that entry.
 * A file that defines several commands or routes (`program.command('a')…; program.command('b')…`)
 * gives a call inside one definition to that entry alone (the innermost when nested); a call
 * outside every definition (a shared handler, a top-level import) belongs to all of them.
 */
function owns(e: Item, line: number, ctx: ClassifyContext): boolean {
  const ends = ctx.entryEnds?.get(e.file);
  if (!ends) return true;
  let best = Infinity;
  let owners: string[] = [];
  for (const [key, end] of Object.entries(ends)) {
    const start = Number(key.slice(0, key.indexOf(':')));
    if (line < start || line > end) continue;
    const size = end - start;
    if (size < best) {
      best = size;
      owners = [key];
    } else if (size === best) owners.push(key);
  }
  return owners.length === 0 || owners.includes(`${e.line}:${e.name}`);
}

/**
 * Whether `line` lies inside the entry's own definition. Stricter than {@link owns}: in a file of
 * several entries, code outside every definition (a `setupRoutes(app)` call) is nobody's work.
 */
function inOwnDefinition(e: Item, line: number, ctx: ClassifyContext): boolean {
  const ends = ctx.entryEnds?.get(e.file);
  const end = ends?.[`${e.line}:${e.name}`];
  // A route call (`app.get('/x', handler)`) is its own definition even alone in its file: the
  // file's other code (`setupAuthRoutes(app)`) is not what the route does.
  if (e.kind === 'route' && end !== undefined) return line >= e.line && line <= end;
  if (!ends || Object.keys(ends).length <= 1) return true;
  return end !== undefined && line >= e.line && line <= end;
}

// Files reachable from some files through imports, memoised per context (a scan classifies
// every feature against the same import graph).
const reachMemo = new WeakMap<ClassifyContext, { all: Set<string> | null; from: Map<string, Set<string>> }>();

function reachState(ctx: ClassifyContext): { all: Set<string> | null; from: Map<string, Set<string>> } {
  let st = reachMemo.get(ctx);
  if (!st) reachMemo.set(ctx, (st = { all: null, from: new Map() }));
  return st;
}

function reach(starts: Iterable<string>, importsOf: ReadonlyMap<string, readonly string[]>): Set<string> {
  const seen = new Set<string>();
  const stack = [...starts];
  for (let f = stack.pop(); f !== undefined; f = stack.pop()) {
    if (seen.has(f)) continue;
    seen.add(f);
    for (const g of importsOf.get(f) ?? []) if (!seen.has(g)) stack.push(g);
  }
  return seen;
}

/** How many imports deep an entry's real work is looked for. */
const WORK_DEPTH = 4;

function reachWithin(file: string, depth: number, importsOf: ReadonlyMap<string, readonly string[]>): Set<string> {
  const seen = new Set([file]);
  let frontier = [file];
  for (let d = 0; d < depth && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const f of frontier) for (const g of importsOf.get(f) ?? []) if (!seen.has(g)) (seen.add(g), next.push(g));
    frontier = next;
  }
  return seen;
}

const nearMemo = new WeakMap<ClassifyContext, { from: Map<string, Set<string>>; users: Map<string, Set<string>> | null }>();

function near(ctx: ClassifyContext): { from: Map<string, Set<string>>; users: Map<string, Set<string>> | null } {
  let st = nearMemo.get(ctx);
  if (!st) nearMemo.set(ctx, (st = { from: new Map(), users: null }));
  return st;
}

/** Files within {@link WORK_DEPTH} imports of an entry file. */
function nearFrom(file: string, ctx: ClassifyContext): Set<string> {
  if (!ctx.importsOf) return new Set([file]);
  const st = near(ctx);
  let r = st.from.get(file);
  if (!r) st.from.set(file, (r = reachWithin(file, WORK_DEPTH, ctx.importsOf)));
  return r;
}

/** Entry files that reach `file` within {@link WORK_DEPTH} imports (other than itself). */
function entryFilesReaching(file: string, ctx: ClassifyContext): Set<string> {
  const st = near(ctx);
  if (!st.users) {
    st.users = new Map();
    for (const e of ctx.entryFiles ?? []) {
      for (const g of nearFrom(e, ctx)) {
        if (g === e) continue;
        let set = st.users.get(g);
        if (!set) st.users.set(g, (set = new Set()));
        set.add(e);
      }
    }
  }
  return st.users.get(file) ?? new Set();
}

/** Whether any entry of the project reaches `file` through imports (true when no graph is known). */
function onEntryPath(file: string, ctx: ClassifyContext): boolean {
  if (!ctx.importsOf || !ctx.entryFiles) return true;
  const st = reachState(ctx);
  st.all ??= reach(ctx.entryFiles, ctx.importsOf);
  return st.all.has(file);
}

/** Files an entry file reaches (itself included). */
function reachedFrom(file: string, ctx: ClassifyContext): Set<string> {
  if (!ctx.importsOf) return new Set([file]);
  const st = reachState(ctx);
  let r = st.from.get(file);
  if (!r) st.from.set(file, (r = reach([file], ctx.importsOf)));
  return r;
}

/**
 * For a stub inside a helper (a top-level named function or a class method of a file that defines
 * no entry, such as umami's `export function notImplemented() { throw … }`): its name when no file on an
 * entry's path calls it (extract/callbacks.ts reads the calls), else undefined. A stub elsewhere
 * (a method, an entry file, a placeholder route) is judged by its file alone.
 */
function stubUncalled(s: Item, ctx: ClassifyContext): string | undefined {
  if (!ctx.importsOf || !ctx.entryFiles || !ctx.usesOf || s.rule === 'placeholder-route' || ctx.entriesOf?.has(s.file)) return undefined;
  // The innermost function or method around the stub.
  const helper = ctx.stubHelpers?.get(s.file)?.filter((h) => s.line >= h.line && s.line <= h.end).sort((a, b) => a.end - a.line - (b.end - b.line))[0];
  if (!helper) return undefined;
  const st = reachState(ctx);
  st.all ??= reach(ctx.entryFiles, ctx.importsOf);
  for (const [g, names] of ctx.usesOf) {
    if (!names.includes(helper.name) || !st.all.has(g)) continue;
    if (g === s.file || reachedFrom(g, ctx).has(s.file)) return undefined;
  }
  return helper.name;
}

/** Builds the facts the rules of `classify/rules.ts` read. */
export function featureView(f: FeatureEvidence, ctx: ClassifyContext): FeatureView {
  const entries = [...f.commands.filter((c) => c.kind === 'npm-script'), ...entryItems(f)];
  const refTables = [...new Set(f.tableRefs.map((t) => t.name))];
  const schemaKnown = ctx.createdTables.size > 0;
  const missing = refTables.filter((t) => !ctx.createdTables.has(t)).sort().map((t) => f.tableRefs.find((r) => r.name === t) as Item);
  const missingServices: Item[] = [];
  for (const e of entries) {
    for (const m of ctx.links.get(e.file)?.missing ?? []) {
      if (!owns(e, m.line, ctx)) continue;
      if (!missingServices.some((x) => x.file === e.file && x.line === m.line && x.problem === m.problem)) {
        missingServices.push({ name: e.name, file: e.file, line: m.line, kind: 'missing-service', detail: entryLabel(e), problem: m.problem });
      }
    }
  }
  const sure = f.stubs.filter((s) => (s.confidence ?? 1) >= STUB_FAIL_CONFIDENCE);
  const workOf = (e: Item): Item[] => {
    const found: Item[] = [];
    if (!ctx.workFiles) return found;
    const used = ctx.usedModules?.get(e.file);
    const starts = used ? used.filter((u) => u.lines.some((line) => inOwnDefinition(e, line, ctx))).map((u) => u.target) : [e.file];
    const reached = new Set<string>();
    for (const t of starts) for (const g of t === e.file ? nearFrom(t, ctx) : reachWithin(t, WORK_DEPTH - 1, ctx.importsOf ?? new Map())) reached.add(g);
    for (const g of reached) {
      const what = ctx.workFiles.get(g);
      // Running processes is a command's work, not a route's (extract/processes.ts says why).
      if (what === PROCESS_WORK && (e.kind === 'route' || e.kind === 'file-route')) continue;
      if (what) found.push({ name: what, file: g, line: 1 });
    }
    return found;
  };
  // Commands and routes are where a user comes in; a job, a listener or a queue consumer
  // (entry-kinds.ts) is where the platform does, and counts once it reaches work (a service or
  // query of this feature, or real work through its imports): a cron that only logs, or a
  // listener that only forwards, stays plumbing (SKIP) rather than an entry without work (WARN).
  const userEntries: Item[] = [];
  const work: Item[] = [];
  for (const e of entries) {
    if (e.kind === 'npm-script') continue;
    const found = workOf(e);
    if (backgroundLabel(e) !== undefined && found.length === 0) {
      const reach = reachedFrom(e.file, ctx);
      if (!f.services.some((x) => reach.has(x.file)) && !f.tableRefs.some((t) => reach.has(t.file))) continue;
    }
    userEntries.push(e);
    for (const w of found) if (!work.some((x) => x.file === w.file)) work.push(w);
  }
  const usedBy: Item[] = [];
  if (userEntries.length === 0 && ctx.entriesOf) {
    const serviceFiles = new Set(f.services.map((x) => x.file));
    for (const file of serviceFiles) for (const e of entryFilesReaching(file, ctx)) for (const item of ctx.entriesOf.get(e) ?? []) if (!usedBy.includes(item)) usedBy.push(item);
  }
  const entryReach = new Set<string>();
  for (const e of userEntries) for (const x of reachedFrom(e.file, ctx)) entryReach.add(x);
  const hasEnvDocs = ctx.documentedEnv.size > 0 || (ctx.envDocs?.all.size ?? 0) > 0;
  const undocumented = hasEnvDocs ? undocumentedKeys(f, ctx) : [];
  const undocumentedAt = undocumented.map((key) => {
    const reader = f.envKeys.find((k) => k.name === key && !(ctx.envDocs?.isDocumented(key, k.file) ?? ctx.documentedEnv.has(key)));
    const example = reader ? ctx.envDocs?.exampleFor(reader.file) : undefined;
    return example ? { key, example } : { key };
  });
  const firstExample = undocumentedAt[0]?.example;
  const envExample = (firstExample !== undefined && undocumentedAt.every((u) => u.example === firstExample) ? firstExample : undefined) ?? (ctx.envDocs ? undefined : ctx.layout.envExample);
  const view: FeatureView = {
    name: f.name,
    grouping: f.grouping,
    files: f.files.size,
    userEntries,
    services: f.services,
    tableNames: [...new Set([...f.tables.map((t) => t.name), ...refTables])].sort(),
    dataAccess: f.tableRefs.filter((t) => entryReach.has(t.file)),
    work,
    usedBy: [...usedBy].sort(byLocation),
    missingTables: schemaKnown ? missing : [],
    uncheckedTables: schemaKnown ? [] : missing,
    stubsOnPath: sure.filter((s) => stubUncalled(s, ctx) === undefined && onEntryPath(s.file, ctx)),
    stubsOffPath: sure.filter((s) => stubUncalled(s, ctx) !== undefined || !onEntryPath(s.file, ctx)).map((s) => {
      const helper = stubUncalled(s, ctx);
      return helper === undefined ? s : { ...s, problem: `no entry's path calls ${helper}()` };
    }),
    blocking: f.markers.filter((m) => BLOCKING_MARKERS.has(m.name)),
    open: f.markers.filter((m) => !BLOCKING_MARKERS.has(m.name)),
    missingServices,
    invalidJobs: f.jobs.filter((j) => j.valid === false),
    candidates: f.candidates,
    undocumented,
    undocumentedAt,
    critical: f.findings.filter((x) => x.severity !== undefined && ctx.criticalSeverities.has(x.severity)),
    tests: f.tests,
    requireTests: ctx.requireTests ?? false,
  };
  if (envExample) view.envExample = envExample;
  return view;
}

/**
 * Classifies a feature by the rules table (`classify/rules.ts`): FAIL only for real breakage (a
 * sure stub on an entry's path, a blocking marker, a call to a missing service, a table
 * queried and never created, a cron that never fires); SKIP for infrastructure (declared, or no
 * entry, service, table or candidate) and confidence under the floor; WARN for partial work;
 * PASS for a user-facing entry that reaches real work (a service, or data access from the
 * handler) with no critical finding. Tests only move the confidence (unless `requireTests`).
 */
export function classifyFeature(f: FeatureEvidence, ctx: ClassifyContext): Classification {
  const v = featureView(f, ctx);
  const fail: string[] = [];
  const warn: string[] = [];
  const infraByName = INFRA_NAMES.has(f.name) || f.name === 'schema';
  const good: string[] = [];
  let confidence = BASE_CONFIDENCE;
  for (const rule of RULES) {
    const lines = rule.reasons(v);
    if (rule.verdict === 'FAIL') fail.push(...lines);
    // An infrastructure group (utils, migrations, structures) is no feature: the feature-shape
    // gaps (no entry, no service) are not its problems; markers and findings still are.
    else if (rule.verdict === 'WARN') {
      if (!(infraByName && FEATURE_SHAPE_RULES.has(rule.id))) warn.push(...lines);
    }
    else {
      good.push(...lines);
      if (evidenceHolds(rule.id, v)) confidence += rule.weight;
    }
  }
  confidence = Math.min(1, confidence);
  // Folders of utilities, config, migrations and the schema of tables nothing queries are infrastructure.
  const infraOnly = infraByName || (v.userEntries.length === 0 && v.services.length === 0 && v.tableNames.length === 0 && v.candidates.length === 0);
  const realWork = (v.userEntries.length > 0 && (v.services.length > 0 || v.dataAccess.length > 0 || v.work.length > 0)) || (v.services.length > 0 && v.usedBy.length > 0);
  let status: Status;
  let reasons: string[];
  if (ctx.infrastructure.has(f.name)) {
    status = 'SKIP';
    reasons = ['declared infrastructure in the config', ...fail, ...warn];
  } else if (fail.length > 0) {
    status = 'FAIL';
    // A stub or a missing table is direct evidence: the verdict is sure even when the grouping is thin.
    confidence = Math.max(confidence, FAIL_CONFIDENCE);
    reasons = [...fail, ...warn, ...good];
  } else if (infraOnly) {
    status = 'SKIP';
    reasons = f.name === 'schema' ? [`infrastructure only: tables no code queries: ${list(v.tableNames)}`] : [`infrastructure only: ${infraSummary(f)}`, ...warn];
  } else if (round(confidence) < ctx.confidenceFloor) {
    status = 'SKIP';
    reasons = [`confidence ${round(confidence).toFixed(2)} is below the floor ${ctx.confidenceFloor.toFixed(2)}`, ...warn, ...good];
  } else if (warn.length > 0 || !realWork) {
    status = 'WARN';
    reasons = [...warn, ...good];
  } else {
    status = 'PASS';
    reasons = good;
  }
  confidence = round(confidence);
  const primaryFlow = flows(f, ctx);
  const missingTables = v.missingTables.map((t) => t.name);
  const all = status === 'PASS' || f.name === 'schema' ? [] : buildTasks(f, ctx, { entries: v.userEntries, missingServices: v.missingServices, missingTables, undocumented: v.undocumented, undocumentedAt: v.undocumentedAt, open: v.open, blocking: v.blocking, critical: v.critical, invalidJobs: v.invalidJobs, stubs: [...v.stubsOnPath, ...v.stubsOffPath], stubEntries: stubEntries(v.stubsOnPath, v.userEntries, ctx) });
  const tasks = infraByName ? all.filter((t) => INFRA_TASKS.has(t.kind)) : all;
  return { status, confidence, reasons, primaryFlow, tasks, missingServices: v.missingServices };
}

/** For each stub on an entry's path, the first of the feature's entries that reaches its file (the task names it). */
function stubEntries(stubs: readonly Item[], entries: readonly Item[], ctx: ClassifyContext): Map<string, Item> {
  const out = new Map<string, Item>();
  for (const s of stubs) {
    const e = entries.find((x) => x.file === s.file) ?? entries.find((x) => reachedFrom(x.file, ctx).has(s.file));
    if (e) out.set(`${s.file}:${s.line}`, e);
  }
  return out;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function infraSummary(f: FeatureEvidence): string {
  const parts: string[] = [];
  if (f.jobs.length) parts.push(plural(f.jobs.length, 'job'));
  if (f.events.length) parts.push(plural(f.events.length, 'event'));
  const keys = new Set(f.envKeys.map((k) => k.name)).size;
  if (keys) parts.push(plural(keys, 'env key'));
  if (f.markers.length) parts.push(plural(f.markers.length, 'marker'));
  const files = f.files.size;
  if (parts.length === 0) parts.push(plural(files, 'file'));
  return parts.join(', ');
}

function undocumentedKeys(f: FeatureEvidence, ctx: ClassifyContext): string[] {
  const docs = ctx.envDocs;
  const missing = f.envKeys.filter((k) => !isBuiltinEnv(k) && !(docs ? docs.isDocumented(k.name, k.file) : ctx.documentedEnv.has(k.name)));
  return [...new Set(missing.map((k) => k.name))].sort();
}

function flows(f: FeatureEvidence, ctx: ClassifyContext): string[] {
  const out: string[] = [];
  const entries = entryItems(f);
  for (const e of entries) {
    const links = ctx.links.get(e.file);
    const label = backgroundLabel(e) ?? `${e.kind === 'route' || e.kind === 'file-route' ? 'route' : e.kind === 'page' ? 'page' : 'command'} ${entryLabel(e)}`;
    const fw = ctx.frameworkOf?.(e);
    const head = fw ? `${label} (${FRAMEWORK_LABELS[fw]}, ${loc(e)})` : `${label} (${loc(e)})`;
    // A job that names what it runs (a Workers cron branch, `cron.schedule(x, refresh)`) flows to that alone.
    const sites = links?.sites.filter((x) => owns(e, x.line, ctx) && (!e.calls?.length || e.calls.includes(x.call.split(' (')[0] as string))) ?? [];
    // A job or consumer that is a method of a service (`@Cron` in `SessionService`) starts in that service.
    const own = backgroundLabel(e) === undefined ? [] : f.services.filter((x) => x.file === e.file);
    const calls = [...new Set([...own.map((x) => `${x.name} (${x.file})`), ...[...new Set(sites.map((x) => x.call))].sort()])];
    const serviceFiles = [...new Set([...own.map((x) => x.file), ...sites.map((x) => x.file), ...(backgroundLabel(e) === undefined ? [] : [e.file])])];
    if (calls.length === 0) {
      out.push(`${head} → (no service)`);
      continue;
    }
    const tables = [...new Set(serviceFiles.flatMap((s) => ctx.tablesOfFile.get(s) ?? []))].sort();
    out.push(`${head} → ${calls.join(', ')}${tables.length ? ` → ${tables.join(', ')}` : ''}`);
  }
  if (entries.length === 0) {
    for (const s of f.services) {
      const tables = ctx.tablesOfFile.get(s.file) ?? [];
      out.push(`(no entry) → ${s.name} (${s.file})${tables.length ? ` → ${[...tables].sort().join(', ')}` : ''}`);
    }
  }
  return [...new Set(out)];
}
