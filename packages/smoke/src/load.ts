import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createJiti } from 'jiti';
import {
  ReadycheckError,
  discoverFiles,
  isReadycheckError,
  lineOfPointer,
  readDataFile,
  validate,
  validateWithSchema,
  formatIssue,
  type SmokeSuite,
  type SmokeSuiteTypes,
} from '@readycheck/core';
import { beginFileCollection, endFileCollection, isDeclaredSuite, type DeclaredCheck, type DeclaredSuite } from './define.js';
import { commandCheckFn, healthBudgetMs, healthCheckFn, httpCheckFn, tcpCheckFn } from './declarative.js';
import { websocketCheckFn } from './websocket.js';
import { pageCheckFn, titleMatcher } from './page.js';
import type { Reporter, ReporterContext } from './reporters/types.js';
import { resolveRetryPolicy, type RetryFields } from './backoff.js';
import { DEFAULT_CATEGORY, DEFAULT_COMPONENT, type CheckDefinition, type GroupInfo, type LoadedSuite, type Priority } from './model.js';

// A websocket check's window when neither the check nor the suite sets a timeout (the runner's default).
const WS_DEFAULT_TIMEOUT_MS = 30_000;

/** Where suites are looked for when no files are given. */
export const DEFAULT_SUITE_PATTERNS: readonly string[] = ['smoke/**/*.smoke.{ts,mts,cts,js,mjs,cjs,yaml,yml,json}'];

const SCRIPT_EXTENSIONS = ['.ts', '.mts', '.cts', '.js', '.mjs', '.cjs'];
const DATA_EXTENSIONS = ['.yaml', '.yml', '.json'];

/** Options of {@link findSuiteFiles} and {@link loadSuites}. */
export interface LoadOptions {
  /** Project root: relative paths, command checks and the default patterns start here. */
  cwd: string;
}

/**
 * Finds suite files: the given files, directories (their `*.smoke.*` files) and globs, or the
 * default patterns. Returns paths relative to `cwd`, sorted.
 */
export async function findSuiteFiles(inputs: readonly string[], opts: LoadOptions & { patterns?: readonly string[] }): Promise<string[]> {
  // Inputs outside the working directory are searched from their own directory and kept absolute.
  const outside = inputs.filter((i) => path.relative(opts.cwd, path.resolve(opts.cwd, i)).startsWith('..'));
  if (outside.length) {
    const inside = inputs.filter((i) => !outside.includes(i));
    const found = inside.length ? await findSuiteFiles(inside, opts) : [];
    for (const input of outside) {
      const abs = path.resolve(opts.cwd, input);
      const st = await stat(abs).catch(() => null);
      if (!st) throw new ReadycheckError('RC_FILE_NOT_FOUND', `${input}: no such file or directory`, { file: input });
      const root = st.isDirectory() ? abs : path.dirname(abs);
      const rel = await findSuiteFiles([st.isDirectory() ? '.' : path.basename(abs)], { ...opts, cwd: root });
      found.push(...rel.map((r) => path.join(root, r)));
    }
    return [...new Set(found)];
  }
  const given = inputs.length > 0;
  const { files } = await discoverFiles({
    root: opts.cwd,
    inputs: given ? inputs : opts.patterns?.length ? opts.patterns : DEFAULT_SUITE_PATTERNS,
    extensions: [...SCRIPT_EXTENSIONS, ...DATA_EXTENSIONS],
  });
  const explicit = new Set(inputs.map((i) => path.relative(opts.cwd, path.resolve(opts.cwd, i)).split(path.sep).join('/')));
  // Inside a directory only `*.smoke.*` files are suites; a file named on the command line always is.
  return files.map((f) => f.relPath).filter((rel) => explicit.has(rel) || /\.smoke\.[^./]+$/.test(rel));
}

/** Loads every suite file; the first file that cannot be loaded or is invalid throws (exit 2). */
export async function loadSuites(files: readonly string[], opts: LoadOptions): Promise<LoadedSuite[]> {
  const out: LoadedSuite[] = [];
  for (const file of files) out.push(...(await loadSuiteFile(file, opts)));
  return out;
}

/** Loads one suite file (TS/JS through jiti, YAML/JSON validated against the suite schema). */
export async function loadSuiteFile(file: string, opts: LoadOptions): Promise<LoadedSuite[]> {
  const ext = path.extname(file).toLowerCase();
  if (DATA_EXTENSIONS.includes(ext)) return [await loadDataSuite(file, opts)];
  if (SCRIPT_EXTENSIONS.includes(ext)) return loadScriptSuite(file, opts);
  throw new ReadycheckError('RC_SUITE_LOAD_FAILED', `${file}: not a suite file (expected ${[...SCRIPT_EXTENSIONS, ...DATA_EXTENSIONS].join(', ')})`, { file });
}

/** Parses and validates a declarative suite; throws `RC_SUITE_INVALID` with file:line and pointer. */
export async function readDataSuite(file: string, opts: LoadOptions): Promise<SmokeSuite> {
  let data: unknown;
  let text: string;
  try {
    ({ data, text } = await readDataFile(path.resolve(opts.cwd, file)));
  } catch (err) {
    if (isReadycheckError(err)) throw new ReadycheckError(err.code, err.message.replace(path.resolve(opts.cwd, file), file), { cause: err, file });
    throw err;
  }
  const result = validate<SmokeSuite>('smoke-suite', data, { file, text });
  if (!result.valid) {
    const first = result.issues[0]!;
    throw new ReadycheckError('RC_SUITE_INVALID', `${formatIssue(first)}`, {
      file,
      pointer: first.pointer,
      ...(first.line === undefined ? {} : { line: first.line }),
    });
  }
  checkValues(result.data, file, text);
  return result.data;
}

// What the schema cannot say: names are not blank, regular expressions compile, URLs are absolute http(s) URLs.
function checkValues(suite: SmokeSuite, file: string, text: string): void {
  const fail = (pointer: string, message: string): never => {
    const line = lineOfPointer(text, pointer);
    const where = line === undefined ? file : `${file}:${line}`;
    throw new ReadycheckError('RC_SUITE_INVALID', `${where}: ${pointer}: ${message}`, { file, pointer, ...(line === undefined ? {} : { line }) });
  };
  const httpUrl = (value: string, pointer: string, hint = '') => {
    let u: URL | undefined;
    try {
      u = new URL(value);
    } catch {
      u = undefined;
    }
    if (!u || (u.protocol !== 'http:' && u.protocol !== 'https:')) fail(pointer, `must be an absolute http(s) URL (got ${JSON.stringify(value)}${hint})`);
  };
  const schemaCompiles = (schema: object, pointer: string) => {
    try {
      validateWithSchema(schema, null, 'probe');
    } catch (cause) {
      fail(pointer, `not a valid JSON Schema: ${(cause as Error).message.split('\n')[0]}`);
    }
  };
  if (suite.baseUrl !== undefined) httpUrl(suite.baseUrl, '/baseUrl');
  const all: [SmokeSuiteTypes.Check, string][] = (suite.checks ?? []).map((c, i) => [c, `/checks/${i}`]);
  (suite.phases ?? []).forEach((p, pi) => {
    p.groups.forEach((g, gi) => g.checks.forEach((c, ci) => all.push([c, `/phases/${pi}/groups/${gi}/checks/${ci}`])));
    if (p.checkpoint) all.push([p.checkpoint, `/phases/${pi}/checkpoint`]);
  });
  for (const [c, pointer] of all) {
    if (!c.name.trim()) fail(`${pointer}/name`, 'must not be empty');
    if (c.id !== undefined && !c.id.trim()) fail(`${pointer}/id`, 'must not be empty');
    if (c.type === 'page') {
      if (c.url !== undefined) httpUrl(c.url, `${pointer}/url`, '; use "path" for a path under the base URL');
      if (c.expect?.title !== undefined && /^\/.*\/[a-z]*$/s.test(c.expect.title)) {
        try {
          titleMatcher(c.expect.title);
        } catch (cause) {
          fail(`${pointer}/expect/title`, `invalid regular expression: ${(cause as Error).message}`);
        }
      }
      (c.steps ?? []).forEach((step, si) => {
        const actions = ['click', 'fill', 'press', 'waitFor', 'download'].filter((k) => k in step);
        if (actions.length !== 1) fail(`${pointer}/steps/${si}`, `a step needs exactly one of click, fill, press, waitFor, download (got ${actions.length ? actions.join(', ') : 'none'})`);
        if (step.downloadName !== undefined) {
          try {
            new RegExp(step.downloadName);
          } catch (cause) {
            fail(`${pointer}/steps/${si}/downloadName`, `invalid regular expression: ${(cause as Error).message}`);
          }
        }
      });
    }
    if ((c.type === 'http' || c.type === 'health') && c.url !== undefined) httpUrl(c.url, `${pointer}/url`, '; use "path" for a path under the base URL');
    if (c.type === 'websocket' && c.url !== undefined && !/^wss?:\/\/[^/]/i.test(c.url)) fail(`${pointer}/url`, `must be an absolute ws:// or wss:// URL (got ${JSON.stringify(c.url)}; use "path" for a path under the base URL)`);
    if (c.type === 'websocket' && c.expect?.messageSchema !== undefined) schemaCompiles(c.expect.messageSchema, `${pointer}/expect/messageSchema`);
    if (c.type === 'command' && c.outputMatches !== undefined) {
      try {
        new RegExp(c.outputMatches, 'm');
      } catch (cause) {
        fail(`${pointer}/outputMatches`, `invalid regular expression: ${(cause as Error).message}`);
      }
    }
  }
}

async function loadDataSuite(file: string, opts: LoadOptions): Promise<LoadedSuite> {
  const suite = await readDataSuite(file, opts);
  const defs: CheckDefinition[] = [];
  const base = { file, suite: suite.name, baseUrl: suite.baseUrl, env: suite.env, defaults: suite.defaults ?? {} };
  for (const c of suite.checks ?? []) defs.push(fromDataCheck(c, base, opts.cwd, {}));
  (suite.phases ?? []).forEach((p, phaseIndex) => {
    const phase: Placement = { phase: p.name, phaseIndex };
    if (p.dependsOn) phase.phaseDependsOn = [...p.dependsOn];
    if (p.parallelWith) phase.phaseParallelWith = [...p.parallelWith];
    for (const g of p.groups) {
      const group: GroupInfo = {
        key: `${file}#${suite.name}/${p.name}/${g.name}`,
        name: g.name,
        execution: g.execution ?? 'parallel',
        failFast: g.failFast ?? false,
      };
      if (g.maxParallel !== undefined) group.maxParallel = g.maxParallel;
      if (g.dependsOn) group.dependsOn = [...g.dependsOn];
      for (const c of g.checks) defs.push(fromDataCheck(c, base, opts.cwd, { ...phase, group, groupRetry: g }));
    }
    if (p.checkpoint) defs.push(fromDataCheck(p.checkpoint, base, opts.cwd, { ...phase, checkpoint: true }));
  });
  const loaded: LoadedSuite = { file, name: suite.name, checks: defs };
  if (suite.baseUrl !== undefined) loaded.baseUrl = suite.baseUrl;
  return loaded;
}

interface Placement {
  phase?: string;
  phaseIndex?: number;
  phaseDependsOn?: string[];
  phaseParallelWith?: string[];
  group?: GroupInfo;
  /** The group's own retry fields. */
  groupRetry?: RetryFields;
  checkpoint?: boolean;
}

function fromDataCheck(
  c: SmokeSuiteTypes.Check,
  base: { file: string; suite: string; baseUrl: string | undefined; env: Record<string, string> | undefined; defaults: NonNullable<SmokeSuite['defaults']> },
  root: string,
  place: Placement,
): CheckDefinition {
  const d = base.defaults;
  const def: CheckDefinition = {
    id: c.id ?? c.name,
    name: c.name,
    category: c.category ?? d.category ?? DEFAULT_CATEGORY,
    component: c.component ?? d.component ?? DEFAULT_COMPONENT,
    priority: (c.priority ?? d.priority ?? 'P2') as Priority,
    dependsOn: [...(c.dependsOn ?? [])],
    tags: [...(c.tags ?? [])],
    skip: c.skip ?? false,
    kind: c.type,
    file: base.file,
    suite: base.suite,
    run: () => undefined,
  };
  const timeoutMs = c.timeoutMs ?? d.timeoutMs;
  const retries = c.retries ?? d.retries;
  if (timeoutMs !== undefined) def.timeoutMs = timeoutMs;
  if (retries !== undefined) def.retries = retries;
  if (base.baseUrl !== undefined) def.baseUrl = base.baseUrl;
  if (base.env !== undefined) def.env = base.env;
  if (place.phase !== undefined) def.phase = place.phase;
  if (place.phaseIndex !== undefined) def.phaseIndex = place.phaseIndex;
  if (place.phaseDependsOn) def.phaseDependsOn = place.phaseDependsOn;
  if (place.phaseParallelWith) def.phaseParallelWith = place.phaseParallelWith;
  if (place.group) def.group = place.group;
  if (place.checkpoint) def.checkpoint = true;
  const retryPolicy = resolveRetryPolicy(d, place.groupRetry, c);
  if (retryPolicy) def.retryPolicy = retryPolicy;
  switch (c.type) {
    case 'http':
      if (c.url === undefined) def.needsBaseUrl = true;
      def.run = httpCheckFn(c);
      def.describe = `${(c.method ?? 'GET').toUpperCase()} ${c.url ?? c.path ?? '/'}`;
      if (c.maxLatencyMs !== undefined) def.maxLatencyMs = c.maxLatencyMs;
      break;
    case 'health': {
      if (c.url === undefined) def.needsBaseUrl = true;
      // timeoutMs is per attempt of the health client; the runner's budget covers every attempt.
      const perAttempt = { ...c, ...(timeoutMs !== undefined ? { timeoutMs } : {}) };
      def.run = healthCheckFn(perAttempt);
      def.describe = `health ${c.url ?? c.path ?? '/'}`;
      def.timeoutMs = healthBudgetMs(perAttempt);
      break;
    }
    case 'command':
      def.run = commandCheckFn(c, root);
      def.describe = `$ ${c.command}`;
      break;
    case 'websocket':
      if (c.url === undefined) def.needsBaseUrl = true;
      def.run = websocketCheckFn(c, timeoutMs ?? WS_DEFAULT_TIMEOUT_MS);
      def.describe = `ws ${c.url ?? c.path ?? '/'}`;
      if (c.maxLatencyMs !== undefined) def.maxLatencyMs = c.maxLatencyMs;
      break;
    case 'page':
      if (c.url === undefined) def.needsBaseUrl = true;
      def.run = pageCheckFn(c);
      def.describe = `page ${c.url ?? c.path ?? '/'}`;
      break;
    case 'tcp':
      if (c.host === undefined || c.port === undefined) def.needsBaseUrl = true;
      def.run = tcpCheckFn(c);
      def.describe = `tcp ${c.host ?? '<base host>'}:${c.port ?? '<base port>'}`;
      break;
  }
  return def;
}

// `import { check } from '@readycheck/smoke'` in a suite resolves to this package's light suite API
// (define.ts and constants, not the runner), even where the suite's project has no node_modules.
function ownEntry(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const ts = path.join(here, 'suite-api.ts');
  return existsSync(ts) ? ts : path.join(here, 'suite-api.js');
}

let jiti: ReturnType<typeof createJiti> | undefined;
function loader(): ReturnType<typeof createJiti> {
  jiti ??= createJiti(import.meta.url, {
    // Suites are re-read on every load (no stale module), but transpiled output is cached on disk.
    moduleCache: false,
    interopDefault: true,
    alias: { '@readycheck/smoke': ownEntry() },
  });
  return jiti;
}

let reporterJiti: ReturnType<typeof createJiti> | undefined;

/** True when a `--reporter` value is a module path rather than a built-in name. */
export function isReporterModule(name: string): boolean {
  return /^(\.{1,2}[\\/]|[\\/]|[a-z]:[\\/])/i.test(name) || /\.[cm]?[jt]s$/.test(name);
}

/**
 * Loads a custom reporter module (through jiti, so TypeScript works): its default export is a
 * factory `(ctx) => Reporter` or a reporter object with `onRunEnd`. Problems are exit-2 errors.
 */
export async function loadReporterModule(name: string, ctx: ReporterContext): Promise<Reporter> {
  const abs = path.resolve(ctx.cwd, name);
  if (!existsSync(abs)) throw new ReadycheckError('RC_FILE_NOT_FOUND', `--reporter ${name}: no such file`, { file: name });
  let mod: unknown;
  try {
    // Not the suite loader: a reporter that imports @readycheck/smoke gets the whole package.
    reporterJiti ??= createJiti(import.meta.url, { interopDefault: true });
    mod = await reporterJiti.import(pathToFileURL(abs).href, { default: true });
  } catch (err) {
    const { text, line } = describeLoadError(err, abs);
    throw new ReadycheckError('RC_USAGE', `--reporter ${name}${line === undefined ? '' : `:${line}`}: cannot load: ${text}`, { cause: err, file: name });
  }
  const made = typeof mod === 'function' ? (mod as (c: ReporterContext) => unknown)(ctx) : mod;
  const r = made as Partial<Reporter> | null;
  if (!r || typeof r !== 'object' || typeof r.onRunEnd !== 'function') {
    throw new ReadycheckError(
      'RC_USAGE',
      `--reporter ${name}: the default export must be a reporter (an object with onRunEnd) or a function (ctx) => reporter`,
      { file: name },
    );
  }
  const reporter = r as Reporter;
  if (typeof reporter.name === 'string' && reporter.name) return reporter;
  // Named after its file; the hooks stay bound to the reporter (it may be a class instance).
  const named: Reporter = { name, onRunEnd: (report) => reporter.onRunEnd(report) };
  if (reporter.onRunStart) named.onRunStart = (run) => reporter.onRunStart!(run);
  if (reporter.onCheckStart) named.onCheckStart = (c) => reporter.onCheckStart!(c);
  if (reporter.onCheckEnd) named.onCheckEnd = (res) => reporter.onCheckEnd!(res);
  return named;
}

async function loadScriptSuite(file: string, opts: LoadOptions): Promise<LoadedSuite[]> {
  const abs = path.resolve(opts.cwd, file);
  const collector = beginFileCollection();
  let mod: unknown;
  try {
    mod = await loader().import(pathToFileURL(abs).href);
  } catch (err) {
    if (isReadycheckError(err)) {
      throw new ReadycheckError(err.code, `${file}: ${err.message}`, { cause: err, file });
    }
    const { text, line } = describeLoadError(err, abs);
    const where = line === undefined ? file : `${file}:${line}`;
    throw new ReadycheckError('RC_SUITE_LOAD_FAILED', `${where}: cannot load suite: ${text}`, { cause: err, file, ...(line === undefined ? {} : { line }) });
  } finally {
    endFileCollection(collector);
  }
  const suites: DeclaredSuite[] = [...collector.suites];
  // A suite exported but declared while another loader collected (or re-exported) still counts.
  for (const value of exportedValues(mod)) {
    // jiti may hand back the default export wrapped in a proxy: compare what it wraps.
    if (isDeclaredSuite(value) && !suites.some((s) => s === value || s.checks === value.checks)) suites.push(value);
  }
  const out: LoadedSuite[] = suites.map((s) => fromDeclaredSuite(s, file));
  if (collector.loose.length) {
    const name = path.basename(file).replace(/\.smoke\.[^.]+$|\.[^.]+$/, '');
    out.push(fromDeclaredSuite({ options: { name }, checks: collector.loose } as unknown as DeclaredSuite, file));
  }
  if (!out.some((s) => s.checks.length)) {
    throw new ReadycheckError('RC_SUITE_INVALID', `${file}: declares no checks (call check() or export default defineSuite(...))`, { file });
  }
  return out;
}

function exportedValues(mod: unknown): unknown[] {
  if (mod === null || typeof mod !== 'object') return [mod];
  const values: unknown[] = [mod];
  for (const key of Object.keys(mod)) values.push((mod as Record<string, unknown>)[key]);
  return values;
}

/** The first line of a load error, and the line it points at in the suite file, when it says. */
function describeLoadError(err: unknown, abs: string): { text: string; line?: number } {
  const e = err as { message?: unknown; loc?: { line?: number } };
  const raw = typeof e?.message === 'string' ? e.message : String(err);
  const first = raw.split('\n').find((l) => l.trim()) ?? raw;
  // Transpile errors end with "<absolute path>:<line>:<column>" on a later line.
  const at = raw
    .split(abs)
    .slice(1)
    .map((rest) => /^:(\d+):\d+/.exec(rest))
    .find((m) => m !== null);
  const line = e?.loc?.line ?? (at ? Number(at[1]) : undefined);
  const text = first.split(abs).join(path.basename(abs)).trim();
  return line === undefined ? { text } : { text, line };
}

function fromDeclaredSuite(s: DeclaredSuite, file: string): LoadedSuite {
  const o = s.options;
  const d = o.defaults ?? {};
  const checks = s.checks.map((c: DeclaredCheck): CheckDefinition => {
    const opt = c.options;
    const def: CheckDefinition = {
      id: opt.id ?? c.name,
      name: c.name,
      category: opt.category ?? d.category ?? DEFAULT_CATEGORY,
      component: opt.component ?? d.component ?? DEFAULT_COMPONENT,
      priority: opt.priority ?? d.priority ?? 'P2',
      dependsOn: [...(opt.dependsOn ?? [])],
      tags: [...new Set([...(d.tags ?? []), ...(opt.tags ?? [])])],
      skip: opt.skip ?? false,
      kind: 'function',
      file,
      suite: o.name,
      run: c.fn,
    };
    const timeoutMs = opt.timeoutMs ?? d.timeoutMs;
    const retries = opt.retries ?? d.retries;
    if (timeoutMs !== undefined) def.timeoutMs = timeoutMs;
    if (retries !== undefined) def.retries = retries;
    if (opt.maxLatencyMs !== undefined) def.maxLatencyMs = opt.maxLatencyMs;
    if (o.baseUrl !== undefined) def.baseUrl = o.baseUrl;
    if (o.env !== undefined) def.env = o.env;
    if (c.phase) {
      def.phase = c.phase.name;
      def.phaseIndex = c.phase.index;
      if (c.phase.dependsOn) def.phaseDependsOn = [...c.phase.dependsOn];
      if (c.phase.parallelWith) def.phaseParallelWith = [...c.phase.parallelWith];
    }
    const retryPolicy = resolveRetryPolicy(d, c.group, opt);
    if (retryPolicy) def.retryPolicy = retryPolicy;
    if (c.group) {
      const g: GroupInfo = {
        key: `${file}#${o.name}/${c.phase?.name ?? ''}/${c.group.name}`,
        name: c.group.name,
        execution: c.group.execution ?? 'parallel',
        failFast: c.group.failFast ?? false,
      };
      if (c.group.maxParallel !== undefined) g.maxParallel = c.group.maxParallel;
      if (c.group.dependsOn) g.dependsOn = [...c.group.dependsOn];
      def.group = g;
    }
    if (c.checkpoint) def.checkpoint = true;
    return def;
  });
  const loaded: LoadedSuite = { file, name: o.name, checks };
  if (o.baseUrl !== undefined) loaded.baseUrl = o.baseUrl;
  return loaded;
}
