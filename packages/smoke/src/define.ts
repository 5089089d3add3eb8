import { ReadycheckError } from '@readycheck/core';
import type { CheckFn, CheckOptions, Priority } from './model.js';

/** Options of a suite declared with {@link defineSuite}. */
export interface SuiteOptions {
  name: string;
  /** Base URL for `ctx.http`; `--base-url` overrides it. */
  baseUrl?: string;
  /** Extra environment for the checks (merged over the process env). */
  env?: Record<string, string>;
  /** Defaults for every check of the suite. */
  defaults?: Pick<CheckOptions, 'category' | 'component' | 'priority' | 'timeoutMs' | 'retries' | 'tags' | 'retryDelayMs' | 'retryFactor' | 'retryMaxDelayMs' | 'retryJitter'>;
}

/** Options of a phase declared with {@link phase}. */
export interface PhaseOptions {
  /** Names of the phases this one waits for (default: the phase before it). */
  dependsOn?: string[];
  /** Names of phases that run at the same time as this one. */
  parallelWith?: string[];
}

/** Options of a group declared with {@link group}. */
export interface GroupOptions {
  /** `parallel` (default) or `sequential` (each check waits for the previous one). */
  execution?: 'parallel' | 'sequential';
  /** At most this many checks of the group at once. */
  maxParallel?: number;
  /** After a failure, the group's remaining checks are skipped. */
  failFast?: boolean;
  /** Groups whose checks must all pass first: a group name of the same phase, or `phase/group`. */
  dependsOn?: string[];
  /** Waits between the retries of the group's checks (see the check options of the same names). */
  retryDelayMs?: number;
  retryFactor?: number;
  retryMaxDelayMs?: number;
  retryJitter?: boolean;
}

/** One check as declared in a TS/JS suite. */
export interface DeclaredCheck {
  name: string;
  options: CheckOptions;
  fn: CheckFn;
  phase?: { name: string; index: number } & PhaseOptions;
  group?: { name: string } & GroupOptions;
  checkpoint?: boolean;
}

const SUITE_BRAND = Symbol.for('readycheck.smoke.suite');

/** A suite declared with {@link defineSuite}; the loader turns it into check definitions. */
export interface DeclaredSuite {
  readonly [SUITE_BRAND]: true;
  options: SuiteOptions;
  checks: DeclaredCheck[];
}

/** Collects what a suite file declares while it is being imported. */
export interface FileCollector {
  /** Suites declared with defineSuite, in order. */
  suites: DeclaredSuite[];
  /** Checks declared at the top level of the file, outside any defineSuite. */
  loose: DeclaredCheck[];
  /** Phase counter for the file. */
  phases: number;
}

interface Scope {
  suite: DeclaredSuite | undefined;
  phase: ({ name: string; index: number } & PhaseOptions) | undefined;
  group: ({ name: string } & GroupOptions) | undefined;
}

// Kept on globalThis so a suite file that resolves its own copy of this package still reaches
// the loader's collector.
const STATE_KEY = Symbol.for('readycheck.smoke.collector');
interface CollectorState {
  files: FileCollector[];
  scopes: Scope[];
}
function state(): CollectorState {
  const g = globalThis as { [STATE_KEY]?: CollectorState };
  return (g[STATE_KEY] ??= { files: [], scopes: [] });
}

/** Starts collecting the declarations of one suite file (used by the loader). */
export function beginFileCollection(): FileCollector {
  const collector: FileCollector = { suites: [], loose: [], phases: 0 };
  state().files.push(collector);
  return collector;
}

/** Stops collecting for `collector`. */
export function endFileCollection(collector: FileCollector): void {
  const files = state().files;
  const i = files.lastIndexOf(collector);
  if (i >= 0) files.splice(i, 1);
}

function currentScope(): Scope | undefined {
  const s = state().scopes;
  return s[s.length - 1];
}

function withScope<T>(scope: Scope, body: () => T): T {
  const s = state().scopes;
  s.push(scope);
  try {
    const out = body();
    if (out && typeof (out as { then?: unknown }).then === 'function') {
      throw new ReadycheckError('RC_SUITE_INVALID', 'a suite, phase or group body must declare its checks synchronously (no async function)');
    }
    return out;
  } finally {
    s.pop();
  }
}

/** True for a value returned by {@link defineSuite}. */
export function isDeclaredSuite(value: unknown): value is DeclaredSuite {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[SUITE_BRAND] === true;
}

/**
 * Declares a smoke suite. The body declares checks with {@link check}, and may organise them in
 * {@link phase}s and {@link group}s.
 *
 * @example
 * // smoke/api.smoke.ts
 * import { defineSuite, check } from '@readycheck/smoke';
 * export default defineSuite({ name: 'api', defaults: { category: 'api', component: 'api' } }, () => {
 *   check('health endpoint', { id: 'health', category: 'health', priority: 'P0' }, async (ctx) => {
 *     const r = await ctx.http.expectOk('/health');
 *     ctx.attach('body', r.body);
 *   });
 *   check('list users', { dependsOn: ['health'] }, async (ctx) => {
 *     await ctx.http.expectOk({ url: '/api/users', expect: { status: 200 } });
 *   });
 * });
 */
export function defineSuite(nameOrOptions: string | SuiteOptions, body: () => void): DeclaredSuite {
  const options = typeof nameOrOptions === 'string' ? { name: nameOrOptions } : { ...nameOrOptions };
  if (typeof options.name !== 'string' || !options.name) throw new ReadycheckError('RC_SUITE_INVALID', 'defineSuite: a suite needs a non-empty name');
  if (typeof body !== 'function')
    throw new ReadycheckError('RC_SUITE_INVALID', `defineSuite("${options.name}"): the second argument must be a function declaring checks`);
  if (currentScope()) throw new ReadycheckError('RC_SUITE_INVALID', `defineSuite("${options.name}") cannot be nested in another suite`);
  const suite: DeclaredSuite = { [SUITE_BRAND]: true, options, checks: [] };
  withScope({ suite, phase: undefined, group: undefined }, body);
  const files = state().files;
  files[files.length - 1]?.suites.push(suite);
  return suite;
}

/**
 * Declares one check. `fn(ctx)` passes by returning and fails by throwing; it may return
 * `{ latencyMs }` to be measured against `maxLatencyMs`.
 *
 * @example
 * check('worker list', { category: 'workers', priority: 'P1', retries: 1, timeoutMs: 5000 }, async (ctx) => {
 *   const r = await ctx.http.expectOk('/api/workers');
 *   if (!Array.isArray(r.body) || r.body.length === 0) throw new Error('no workers registered');
 * });
 */
export function check(name: string, optionsOrFn: CheckOptions | CheckFn, maybeFn?: CheckFn): DeclaredCheck {
  const fn = typeof optionsOrFn === 'function' ? optionsOrFn : maybeFn;
  const options = typeof optionsOrFn === 'function' ? {} : { ...optionsOrFn };
  if (typeof name !== 'string' || !name) throw new ReadycheckError('RC_SUITE_INVALID', 'check: a check needs a non-empty name');
  if (typeof fn !== 'function') throw new ReadycheckError('RC_SUITE_INVALID', `check("${name}"): missing the check function`);
  return register({ name, options, fn }, false);
}

/**
 * Declares a phase: phases run in order, and a phase may end with a {@link checkpoint} that must
 * pass before the next phase starts. `dependsOn` names the phases it waits for instead;
 * `parallelWith` names phases that run at the same time.
 *
 * @example
 * phase('api', { dependsOn: ['setup'], parallelWith: ['workers'] }, () => { check(…); });
 */
export function phase(name: string, optionsOrBody: PhaseOptions | (() => void), maybeBody?: () => void): void {
  const body = typeof optionsOrBody === 'function' ? optionsOrBody : maybeBody;
  const options = typeof optionsOrBody === 'function' ? {} : { ...optionsOrBody };
  if (typeof body !== 'function') throw new ReadycheckError('RC_SUITE_INVALID', `phase("${name}"): missing the body function`);
  for (const k of ['dependsOn', 'parallelWith'] as const) {
    const v = options[k];
    if (v !== undefined && !(Array.isArray(v) && v.every((x) => typeof x === 'string'))) {
      throw new ReadycheckError('RC_SUITE_INVALID', `phase("${name}"): ${k} must be an array of phase names`);
    }
  }
  const scope = currentScope();
  if (!scope?.suite) throw new ReadycheckError('RC_SUITE_INVALID', `phase("${name}") must be declared inside defineSuite`);
  if (scope.phase) throw new ReadycheckError('RC_SUITE_INVALID', `phase("${name}") cannot be nested in phase "${scope.phase.name}"`);
  const files = state().files;
  const collector = files[files.length - 1];
  const index = collector ? collector.phases++ : scope.suite.checks.reduce((m, c) => Math.max(m, (c.phase?.index ?? -1) + 1), 0);
  withScope({ suite: scope.suite, phase: { name, index, ...options }, group: undefined }, body);
}

/** Declares a group of checks that run in parallel (default) or in sequence. */
export function group(name: string, optionsOrBody: GroupOptions | (() => void), maybeBody?: () => void): void {
  const body = typeof optionsOrBody === 'function' ? optionsOrBody : maybeBody;
  const options = typeof optionsOrBody === 'function' ? {} : optionsOrBody;
  const scope = currentScope();
  if (!scope?.suite) throw new ReadycheckError('RC_SUITE_INVALID', `group("${name}") must be declared inside defineSuite`);
  if (scope.group) throw new ReadycheckError('RC_SUITE_INVALID', `group("${name}") cannot be nested in group "${scope.group.name}"`);
  if (typeof body !== 'function') throw new ReadycheckError('RC_SUITE_INVALID', `group("${name}"): missing the body function`);
  if (options.maxParallel !== undefined && !(Number.isInteger(options.maxParallel) && options.maxParallel >= 1)) {
    throw new ReadycheckError('RC_SUITE_INVALID', `group("${name}"): maxParallel must be an integer >= 1`);
  }
  withScope({ suite: scope.suite, phase: scope.phase, group: { name, ...options } }, body);
}

/** Declares the checkpoint of the current phase: a check that must pass before the next phase. */
export function checkpoint(name: string, optionsOrFn: CheckOptions | CheckFn, maybeFn?: CheckFn): DeclaredCheck {
  const fn = typeof optionsOrFn === 'function' ? optionsOrFn : maybeFn;
  const options = typeof optionsOrFn === 'function' ? {} : { ...optionsOrFn };
  const scope = currentScope();
  if (!scope?.phase) throw new ReadycheckError('RC_SUITE_INVALID', `checkpoint("${name}") must be declared inside a phase`);
  if (scope.group) throw new ReadycheckError('RC_SUITE_INVALID', `checkpoint("${name}") belongs to the phase, not to group "${scope.group.name}"`);
  if (scope.suite?.checks.some((c) => c.checkpoint && c.phase?.index === scope.phase?.index)) {
    throw new ReadycheckError('RC_SUITE_INVALID', `phase "${scope.phase.name}" has more than one checkpoint`);
  }
  if (typeof fn !== 'function') throw new ReadycheckError('RC_SUITE_INVALID', `checkpoint("${name}"): missing the check function`);
  return register({ name, options, fn }, true);
}

function register(c: DeclaredCheck, isCheckpoint: boolean): DeclaredCheck {
  validateOptions(c.name, c.options);
  const scope = currentScope();
  if (scope?.phase) c.phase = scope.phase;
  if (scope?.group) c.group = scope.group;
  if (isCheckpoint) c.checkpoint = true;
  if (scope?.suite) scope.suite.checks.push(c);
  else {
    const files = state().files;
    files[files.length - 1]?.loose.push(c);
  }
  return c;
}

const PRIORITY_SET = new Set<Priority>(['P0', 'P1', 'P2', 'P3']);

function validateOptions(name: string, o: CheckOptions): void {
  const bad = (what: string) => new ReadycheckError('RC_SUITE_INVALID', `check("${name}"): ${what}`);
  if (o.priority !== undefined && !PRIORITY_SET.has(o.priority)) throw bad(`priority must be one of P0, P1, P2, P3 (got ${JSON.stringify(o.priority)})`);
  if (o.timeoutMs !== undefined && !(Number.isFinite(o.timeoutMs) && o.timeoutMs > 0)) throw bad('timeoutMs must be a positive number');
  if (o.retries !== undefined && !(Number.isInteger(o.retries) && o.retries >= 0)) throw bad('retries must be an integer >= 0');
  for (const k of ['retryDelayMs', 'retryMaxDelayMs'] as const) {
    if (o[k] !== undefined && !(Number.isFinite(o[k]) && o[k] >= 0)) throw bad(`${k} must be a number >= 0`);
  }
  if (o.retryFactor !== undefined && !(Number.isFinite(o.retryFactor) && o.retryFactor >= 1)) throw bad('retryFactor must be a number >= 1');
  if (o.retryJitter !== undefined && typeof o.retryJitter !== 'boolean') throw bad('retryJitter must be true or false');
  if (o.maxLatencyMs !== undefined && !(Number.isFinite(o.maxLatencyMs) && o.maxLatencyMs >= 0)) throw bad('maxLatencyMs must be a number >= 0');
  if (o.dependsOn !== undefined && !(Array.isArray(o.dependsOn) && o.dependsOn.every((d) => typeof d === 'string')))
    throw bad('dependsOn must be an array of ids');
  if (o.tags !== undefined && !(Array.isArray(o.tags) && o.tags.every((d) => typeof d === 'string'))) throw bad('tags must be an array of strings');
  for (const k of ['id', 'category', 'component'] as const) {
    if (o[k] !== undefined && (typeof o[k] !== 'string' || !o[k])) throw bad(`${k} must be a non-empty string`);
  }
}
