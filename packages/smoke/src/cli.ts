import path from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { FLAGS, ReadycheckError, describeCliError, loadConfig, type CliIO, type ReadycheckConfig } from '@readycheck/core';
import { tcpConnect } from './declarative.js';
import { findSuiteFiles, loadSuites, readDataSuite } from './load.js';
import type { LoadedSuite } from './model.js';
import { createPlan, withWaves, type Plan, type PlanFilters } from './plan.js';
import { buildReport } from './report.js';
import { DEFAULT_REPORTERS, reporters, type RunInfo } from './reporters/index.js';
import { DEFAULT_MAX_PARALLEL, DEFAULT_TIMEOUT_MS, runPlan } from './runner.js';
import { formatPlan } from './plan-format.js';
import { runVerify, type VerifyCommandOptions } from './verify.js';
import { version } from './version.js';
import { tasksCommand } from './tasks-cli.js';
import { phaseTimings } from './phase-timing.js';
import { statusCommand, type StatusOptions } from './status.js';
import { redactDeep, redactUrlCredentials, urlRedactor, urlSecrets } from './redact.js';
import { escapeControl } from './escape.js';
import { withHistoryTrend } from './history.js';
import { mergeReportsCommand } from './merge.js';
import { formatShard, parseShard, selectShard, type Shard } from './shard.js';
import { EXIT_INTERRUPTED, createReporters, exitCodeOf, reporterContext } from './run-output.js';

export { EXIT_INTERRUPTED, createReporters, exitCodeOf, reporterContext };
import { WorkerPool } from './worker-pool.js';
import { BrowserHost, chromiumPath } from './browser.js';
import { failLate } from './result.js';

/** How long the base-URL reachability probe waits for a TCP connection. */
const PROBE_TIMEOUT_MS = 5000;

/** What `main` needs besides argv and IO. */
export interface MainOptions {
  /** Aborting it interrupts a run (the bin wires SIGINT to it). */
  signal?: AbortSignal;
  /** True when stdin is a terminal: `verify` then asks for `--yes` before running agent-written commands. */
  stdinIsTTY?: boolean;
}

/** Options shared by the run command and `list` (filters and discovery). */
export interface SelectOptions {
  category?: string[];
  priority?: string[];
  grep?: string;
  tag?: string[];
  phase?: string[];
  group?: string[];
  pattern?: string[];
  passWithNoChecks?: boolean;
}

/** Options of the run command, as commander parses them. */
export interface RunCommandOptions extends SelectOptions {
  /** `-c, --config`: readycheck config file, whose `smoke` section gives defaults. */
  config?: string;
  /** `--color` / `--no-color`. */
  color?: boolean;
  baseUrl?: string;
  maxParallel?: number;
  /** `--sequential`: `-j 1`. */
  sequential?: boolean;
  retries?: number;
  /** `--retry-delay`: the first wait between attempts for checks that set none. */
  retryDelay?: number;
  timeout?: number;
  failFast?: boolean;
  failOnFlaky?: boolean;
  reporter?: string[];
  /** `-o, --out`; default the config's `smoke.out`, else `reports`. */
  out?: string;
  /** `--history [file]`: true when given without a value. */
  history?: string | boolean;
  issuesDir?: string;
  shard?: Shard;
}

/** Holds the exit code an action decided on (commander actions return nothing). */
export interface CliState {
  exitCode: number;
}

const collect = (value: string, previous: string[] = []): string[] => [
  ...previous,
  ...value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
];

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive integer.');
  return n;
}

function nonNegativeInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected an integer >= 0.');
  return n;
}

function baseUrlArg(value: string): string {
  let u: URL;
  try {
    u = new URL(value);
  } catch {
    throw new InvalidArgumentError('expected an absolute http(s) URL, e.g. http://127.0.0.1:8080.');
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new InvalidArgumentError('expected an http or https URL.');
  return value;
}

function addSelectOptions(cmd: Command): Command {
  return cmd
    .option('--category <names>', 'only checks in these categories (comma-separated, repeatable)', collect)
    .option('-p, --priority <levels>', 'only checks with these priorities, P0-P3 (comma-separated, repeatable)', collect)
    .option('-g, --grep <regex>', 'only checks whose id or name matches (case-insensitive)')
    .option('--tag <tags>', 'only checks with one of these tags (comma-separated, repeatable)', collect)
    .option('--phase <names>', 'only these phases, by name or 1-based index, with the phases they wait for (comma-separated, repeatable)', collect)
    .option('--group <names>', 'only these groups (name or phase/group), with the phases they wait for (comma-separated, repeatable)', collect)
    .option('--pattern <glob>', 'where to look for suites when no files are given (repeatable; default smoke/**/*.smoke.*)', collect)
    .option('--pass-with-no-checks', 'exit 0 when no check matches the filters');
}

function configure(cmd: Command, io: CliIO): Command {
  return cmd
    .exitOverride()
    .showHelpAfterError(false)
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s), outputError: () => undefined });
}

/**
 * Builds the smoke-run commander program: the run command (default), `list` (alias `plan`),
 * `validate` and `verify`. Further options and subcommands are added to the returned program.
 *
 * @example
 * const state = { exitCode: 0 };
 * await buildProgram(io, state).parseAsync(['--category', 'health'], { from: 'user' });
 */
export function buildProgram(io: CliIO, state: CliState, opts: MainOptions = {}): Command {
  const program = configure(new Command('smoke-run'), io)
    .description('Run smoke suites: categories, priorities, dependencies, retries, flaky detection, a component health matrix and CTRF reports.')
    .version(version, '-v, --version')
    // Options after a subcommand name belong to the subcommand (`list --category health`).
    .enablePositionalOptions()
    .argument('[files...]', 'suite files, directories or globs (default: smoke/**/*.smoke.{ts,mts,js,mjs,yaml,yml,json})')
    .option('-u, --base-url <url>', "base URL for http and health checks (overrides the suites' baseUrl; default: $SMOKE_BASE_URL)", baseUrlArg)
    .option('-j, --max-parallel <n>', `checks in flight at once (default ${DEFAULT_MAX_PARALLEL})`, positiveInt)
    .option('--sequential', 'one check at a time (-j 1)')
    .option('--retries <n>', 'retries for checks that set none (default 0)', nonNegativeInt)
    .option('--retry-delay <ms>', 'wait before the first retry of checks that set none (default 1000; then x2, at most 10 s)', nonNegativeInt)
    .option('--timeout <ms>', `per-attempt timeout for checks that set none (default ${DEFAULT_TIMEOUT_MS})`, positiveInt)
    .option('-x, --fail-fast', 'stop starting checks after the first failure')
    .option('--fail-on-flaky', 'exit 1 when a check was flaky (failed, then passed on a retry)')
    .option(...FLAGS.config)
    .option(...FLAGS.color)
    .option(...FLAGS.noColor)
    .option(
      '-r, --reporter <names>',
      `reporters (comma-separated, repeatable; default ${DEFAULT_REPORTERS.join(',')}; known: ${Object.keys(reporters).sort().join(', ')})`,
      collect,
    )
    .option('-o, --out <dir>', 'directory for report files (default: the config\'s smoke.out, else reports)')
    .option('--history [file]', 'append this run to a history file (default .smoke/history.jsonl); reports show pass-rate trends and flaky checks')
    .option('--issues-dir <dir>', 'write one markdown issue draft per failed or blocked check here')
    .option('--shard <i/n>', 'run shard i of n (checks linked by dependencies stay together); merge with merge-reports', parseShard);
  addSelectOptions(program)
    .addHelpText('after', '\nExit codes: 0 all passed, 1 a check failed, 2 usage or config error, 130 interrupted.\n')
    .action(async (files: string[], options: RunCommandOptions) => {
      state.exitCode = await runCommand(files, options, io, opts);
    });

  const list = configure(new Command('list'), io)
    .alias('plan')
    .description('show the plan, without running anything (dry run): per suite the phase -> group -> check tree, with what each phase waits for and how many checks of each group really run at once')
    .argument('[files...]', 'suite files, directories or globs')
    .option('--json', 'print the plan as JSON')
    .option('-j, --max-parallel <n>', `checks in flight at once (default ${DEFAULT_MAX_PARALLEL})`, positiveInt)
    .option('--sequential', 'one check at a time (-j 1)')
    .option('--shard <i/n>', 'show only shard i of n', parseShard);
  addSelectOptions(list).action(async (files: string[], options: ListOptions) => {
    state.exitCode = await listCommand(files, options, io);
  });
  program.addCommand(list);

  const status = configure(new Command('status'), io)
    .description('the last run of this project (from the history file) over the current plan: per phase, group and check its status and duration, and what is still pending')
    .argument('[files...]', 'suite files, directories or globs')
    .option('--history <file>', 'history file written by --history (default .smoke/history.jsonl)')
    .option('--json', 'print the status as JSON')
    .option('--pattern <glob>', 'where to look for suites when no files are given (repeatable)', collect)
    .action(async (files: string[], options: StatusOptions & { pattern?: string[] }) => {
      const selected = await selectChecks(files, options.pattern ? { pattern: options.pattern } : {}, io);
      state.exitCode = await statusCommand(selected.plan, options, io);
    });
  program.addCommand(status);

  const validateCmd = configure(new Command('validate'), io)
    .description('validate every suite file (schema, ids, dependencies, cycles) without running anything')
    .argument('[files...]', 'suite files, directories or globs')
    .option('--pattern <glob>', 'where to look for suites when no files are given (repeatable)', collect)
    .action(async (files: string[], options: { pattern?: string[] }) => {
      state.exitCode = await validateCommand(files, options, io);
    });
  program.addCommand(validateCmd);

  const verify = configure(new Command('verify'), io)
    .description(
      "check the claims of orchestration task files: run each fix's verification_command and hallucination_check. These are commands an agent wrote: they run as you, from the project root, with only PATH, HOME, LANG and --env set",
    )
    .argument('<tasks...>', 'task files, directories (orchestrator/incoming/: in sequence order) or globs (schemas/fix-task.schema.json)')
    .option('--cwd <dir>', "project root the commands run from (default: the task file's git top level)")
    .option('--env <NAME[=value]>', 'pass this variable to the commands (repeatable; NAME takes its value from your environment)', collect)
    .option('--timeout <ms>', 'timeout of each command (default 120000); the command and everything it started is killed', positiveInt)
    .option('-j, --max-parallel <n>', 'fixes verified at once (default 1: commands may share files)', positiveInt)
    .option('--fail-on-unverifiable', 'a fix with no verification_command or hallucination_check fails (default when CI is set)')
    .option('--no-fail-on-unverifiable', 'report unverifiable fixes as skipped, even in CI')
    .option('--follow-up [dir]', 'write the next task file with the fixes that need more work (default orchestrator/outgoing/)')
    .option('--strict', 'every contract problem of a task file stops the run (exit 1)')
    .option('--dry-run', 'print the commands that would run, and run nothing')
    .option('-y, --yes', 'run the commands without asking when stdin is a terminal')
    .option('-r, --reporter <names>', `reporters (default ${DEFAULT_REPORTERS.join(',')})`, collect)
    .option('-o, --out <dir>', 'directory for report files', 'reports')
    .addHelpText(
      'after',
      '\nWarning: this runs code an agent wrote. It is not a sandbox: the commands can read and write what you can. Read them first (--dry-run). On a terminal it refuses to run without --yes (CI=true also allows it).\nVerdicts: verified, refuted, unverifiable, not-portable (passes only from the project root), timed-out.\nExit codes: 0 nothing refuted, 1 a fix refuted, timed out, not portable (or unverifiable, see --fail-on-unverifiable) or a contract error, 2 usage error, a malformed task file or nothing to verify, 130 interrupted.\n',
    )
    .action(async (tasks: string[], options: VerifyCommandOptions) => {
      state.exitCode = await runVerify(tasks, options, io, {
        ...(opts.signal ? { signal: opts.signal } : {}),
        ...(opts.stdinIsTTY !== undefined ? { stdinIsTTY: opts.stdinIsTTY } : {}),
      });
    });
  program.addCommand(verify);
  program.addCommand(configure(mergeReportsCommand(io, (code) => (state.exitCode = code)), io));
  program.addCommand(
    tasksCommand(
      io,
      (code) => (state.exitCode = code),
      (c) => configure(c, io),
    ),
  );
  return program;
}

/**
 * The smoke-run CLI: parses `argv`, runs, and returns the exit code (0 passed, 1 failed,
 * 2 usage or config error, 130 interrupted). Errors become one line on stderr.
 *
 * @example
 * const code = await main(['--category', 'health', '--base-url', 'http://127.0.0.1:8080'], processIO());
 */
export async function main(argv: readonly string[], io: CliIO, opts: MainOptions = {}): Promise<number> {
  const state: CliState = { exitCode: 0 };
  try {
    await buildProgram(io, state, opts).parseAsync([...argv], { from: 'user' });
    return state.exitCode;
  } catch (err) {
    const { message, exitCode } = describeCliError(err, io.env);
    if (exitCode !== 0 && message) io.stderr(`smoke-run: ${message}\n`);
    return exitCode;
  }
}

/** Finds, loads and plans: the shared first half of run and list. */
export async function selectChecks(files: string[], options: SelectOptions, io: CliIO): Promise<{ suites: LoadedSuite[]; files: string[]; plan: Plan }> {
  const found = await findSuiteFiles(files, { cwd: io.cwd, ...(options.pattern ? { patterns: options.pattern } : {}) });
  if (!found.length) {
    const where = files.length ? files.join(' ') : (options.pattern ?? ['smoke/**/*.smoke.*']).join(' ');
    throw new ReadycheckError('RC_FILE_NOT_FOUND', `no suite files found in ${where}`);
  }
  const suites = await loadSuites(found, { cwd: io.cwd });
  const filters: PlanFilters = {};
  if (options.category) filters.categories = options.category;
  if (options.priority) filters.priorities = options.priority.map((p) => p.toUpperCase());
  if (options.grep !== undefined) filters.grep = options.grep;
  if (options.tag) filters.tags = options.tag;
  if (options.phase) filters.phases = options.phase;
  if (options.group) filters.groups = options.group;
  const plan = createPlan(
    suites.flatMap((s) => s.checks),
    filters,
  );
  return { suites, files: found, plan };
}

/**
 * Fills the options the command line left out: `SMOKE_BASE_URL` for the base URL (CI jobs set it
 * once for every step), then the `smoke` section of readycheck's config, then the built-in defaults.
 */
function applyDefaults(options: RunCommandOptions, io: CliIO, config: ReadycheckConfig['smoke'] = {}): RunCommandOptions & { out: string } {
  const envBase = io.env.SMOKE_BASE_URL?.trim();
  for (const [name, value] of [
    ['SMOKE_BASE_URL', envBase],
    ['config smoke.baseUrl', config.baseUrl],
  ] as const) {
    if (options.baseUrl !== undefined || !value) continue;
    try {
      options.baseUrl = baseUrlArg(value);
    } catch (cause) {
      throw new ReadycheckError('RC_USAGE', `${name}: ${(cause as Error).message}`, { cause });
    }
  }
  options.maxParallel ??= config.maxParallel;
  options.retries ??= config.retries;
  options.timeout ??= config.timeout;
  options.reporter ??= config.reporters;
  options.failOnFlaky ??= config.failOnFlaky;
  return Object.assign(options, { out: options.out ?? config.out ?? 'reports' });
}

async function runCommand(files: string[], given: RunCommandOptions, io: CliIO, opts: MainOptions): Promise<number> {
  const { config } = await loadConfig({ cwd: io.cwd, ...(given.config ? { file: given.config } : {}) });
  const options = applyDefaults(given, io, config.smoke);
  // Reporter names are checked before anything is loaded or run.
  const ctx = reporterContext(options, io);
  const mux = await createReporters(options.reporter, ctx);
  const selected = await selectChecks(files, options, io);
  if (!selected.plan.checks.length) return noChecks(options, io);
  // --shard: this machine's slice. An empty one is "nothing checked" (exit 2) unless
  // --pass-with-no-checks, which writes (empty) reports for merge-reports.
  const plan = options.shard ? withWaves(selectShard(selected.plan.checks, options.shard)) : selected.plan;
  if (options.shard && !plan.checks.length && !options.passWithNoChecks) {
    throw new ReadycheckError(
      'RC_USAGE',
      `shard ${formatShard(options.shard)} has no checks (all ${selected.plan.checks.length} are in other shards; --pass-with-no-checks writes an empty report and exits 0)`,
    );
  }
  const shard = options.shard ? { shard: formatShard(options.shard) } : {};
  requireBaseUrls(plan, options.baseUrl);
  await probeBaseUrls(plan, options.baseUrl);
  // A password in --base-url never reaches a report, a draft or the console.
  const urls = [options.baseUrl, ...new Set(plan.checks.map((c) => c.baseUrl))];
  const redact = urlRedactor(urls);
  const hasSecret = urls.some((u) => urlSecrets(u).length > 0);

  const maxParallel = options.sequential ? 1 : (options.maxParallel ?? DEFAULT_MAX_PARALLEL);
  const run: RunInfo = { files: selected.files, planned: plan.checks.length, startedAt: Date.now(), ...shard };
  // One Chromium per run, started when the first page check (or ctx.page) needs it.
  const browsers = new BrowserHost(chromiumPath(io.env));
  if (plan.checks.some((c) => c.kind === 'page' && !c.skip) && !browsers.available) {
    throw new ReadycheckError('RC_USAGE', `page checks need Chromium: ${chromiumPath(io.env)} not found (install chromium, or set READYCHECK_CHROMIUM)`);
  }
  await mux.onRunStart(run);
  // TS/JS checks run in worker threads: a check that never yields still times out, Ctrl-C still
  // works, and process.exit or an uncaught error in a check fails that check, not the run.
  const timeoutMs = options.timeout ?? DEFAULT_TIMEOUT_MS;
  const pool = new WorkerPool(io.cwd, timeoutMs);
  pool.browserEndpoint = () => browsers.endpoint();
  // Starting Chromium is the run's time, not the first page check's.
  const readyBrowser = async () => void (await browsers.browser());
  const isolated: Plan = { ...plan, checks: plan.checks.map((c) => (c.kind === 'page' ? { ...c, prepare: readyBrowser } : pool.isolate(c))) };
  let result: Awaited<ReturnType<typeof runPlan>>;
  try {
    result = await runPlan(isolated, {
    maxParallel,
    ...(options.retries !== undefined ? { retries: options.retries } : {}),
    ...(options.retryDelay !== undefined ? { retry: { delayMs: options.retryDelay } } : {}),
    ...(options.timeout !== undefined ? { timeoutMs: options.timeout } : {}),
    ...(options.failFast ? { failFast: true } : {}),
    ...(opts.signal ? { signal: opts.signal } : {}),
    ...(options.baseUrl !== undefined ? { baseUrl: options.baseUrl } : {}),
    env: io.env,
    browser: () => browsers.browser(),
    reporter: hasSecret ? { onCheckStart: (c) => mux.onCheckStart(redactDeep(c, redact)), onCheckEnd: (r) => mux.onCheckEnd(redactDeep(r, redact)) } : mux,
  });
  } finally {
    await pool.close();
    await browsers.close();
  }
  failLate(result.tests, pool.lateFailures);
  const built = buildReport(result.tests, {
    start: result.start,
    stop: result.stop,
    interrupted: result.interrupted,
    phases: phaseTimings(plan.checks, result.tests),
    ...shard,
    ...(options.baseUrl !== undefined ? { environment: { extra: { baseUrl: options.baseUrl } } } : {}),
  });
  const report = hasSecret ? redactDeep(built, redact) : built;
  await mux.onRunEnd(await withHistoryTrend(report, ctx));
  return exitCodeOf(report, { failOnFlaky: options.failOnFlaky === true, reporterFailed: mux.failures.some((f) => f.hook === 'onRunEnd') });
}

function noChecks(options: SelectOptions, io: CliIO): number {
  if (options.passWithNoChecks) {
    io.stdout('smoke-run: no checks match the filters\n');
    return 0;
  }
  throw new ReadycheckError('RC_USAGE', 'no checks match the filters (use --pass-with-no-checks to exit 0)');
}

// A check that cannot run without a base URL, when none is given, is a usage error naming it,
// not a failed P0 check.
function requireBaseUrls(plan: Plan, cliBaseUrl: string | undefined): void {
  const missing = plan.checks.filter((c) => c.needsBaseUrl && !c.skip && (cliBaseUrl ?? c.baseUrl) === undefined);
  if (!missing.length) return;
  const first = missing[0]!;
  const more = missing.length > 1 ? ` (and ${missing.length - 1} more)` : '';
  throw new ReadycheckError(
    'RC_USAGE',
    `check "${escapeControl(first.id)}" (${first.file}) needs a base URL${more}: pass --base-url, set SMOKE_BASE_URL, or give the suite a baseUrl`,
    { file: first.file },
  );
}

// An unreachable base URL is a configuration error (exit 2), not forty failed checks.
async function probeBaseUrls(plan: Plan, cliBaseUrl: string | undefined): Promise<void> {
  const urls = new Set<string>();
  for (const c of plan.checks) {
    if (c.skip || c.kind === 'command') continue;
    const u = cliBaseUrl ?? c.baseUrl;
    if (u !== undefined) urls.add(u);
  }
  for (const u of urls) {
    let url: URL;
    try {
      url = new URL(u);
    } catch (cause) {
      throw new ReadycheckError('RC_USAGE', `base URL "${redactUrlCredentials(u)}" is not a valid URL`, { cause });
    }
    const host = url.hostname.replace(/^\[|\]$/g, '');
    const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
    try {
      await tcpConnect(host, port, AbortSignal.timeout(PROBE_TIMEOUT_MS));
    } catch (cause) {
      throw new ReadycheckError('RC_BASE_URL_UNREACHABLE', `base URL ${redactUrlCredentials(u)} is unreachable: ${(cause as Error).message}`, { cause });
    }
  }
}

/** Options of `smoke-run list` / `plan`. */
interface ListOptions extends SelectOptions {
  json?: boolean;
  shard?: Shard;
  maxParallel?: number;
  sequential?: boolean;
}

// list and validate load suites to read their checks; a TS/JS suite's top-level code runs then.
function noteScriptSuites(found: readonly string[], io: CliIO): void {
  const scripts = found.filter((f) => !/\.(ya?ml|json)$/i.test(f));
  if (!scripts.length) return;
  const what = scripts.length === 1 ? '1 TS/JS suite file runs its' : `${scripts.length} TS/JS suite files runs their`;
  const names = scripts.slice(0, 3).map((f) => escapeControl(path.normalize(f))).join(', ') + (scripts.length > 3 ? ', …' : '');
  io.stderr(`smoke-run: note: loading ${what} top-level code (${names})\n`);
}

async function listCommand(files: string[], options: ListOptions, io: CliIO): Promise<number> {
  noteScriptSuites(await findSuiteFiles(files, { cwd: io.cwd, ...(options.pattern ? { patterns: options.pattern } : {}) }), io);
  const selected = await selectChecks(files, options, io);
  const found = selected.files;
  if (!selected.plan.checks.length) return noChecks(options, io);
  const plan = options.shard ? withWaves(selectShard(selected.plan.checks, options.shard)) : selected.plan;
  const maxParallel = options.sequential ? 1 : (options.maxParallel ?? DEFAULT_MAX_PARALLEL);
  io.stdout(formatPlan(plan, found, options.json ? 'json' : 'text', { maxParallel }));
  return 0;
}

async function validateCommand(files: string[], options: { pattern?: string[] }, io: CliIO): Promise<number> {
  const found = await findSuiteFiles(files, { cwd: io.cwd, ...(options.pattern ? { patterns: options.pattern } : {}) });
  if (!found.length) throw new ReadycheckError('RC_FILE_NOT_FOUND', `no suite files found in ${files.length ? files.join(' ') : 'smoke/'}`);
  // Declarative files are schema-checked first (cheap, and the most common mistakes).
  for (const f of found) {
    if (/\.(ya?ml|json)$/i.test(f)) await readDataSuite(f, { cwd: io.cwd });
  }
  noteScriptSuites(found, io);
  const suites = await loadSuites(found, { cwd: io.cwd });
  const plan = createPlan(suites.flatMap((s) => s.checks));
  io.stdout(
    `${found.length} suite file${found.length === 1 ? '' : 's'} valid: ${plan.checks.length} checks, ${plan.waves.length} dependency wave${plan.waves.length === 1 ? '' : 's'}\n`,
  );
  for (const f of found) io.stdout(`  ${path.normalize(f)}\n`);
  return 0;
}
