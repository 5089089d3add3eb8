import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ReadycheckError, type CliIO, type FixTaskTypes, type SmokeReportTypes } from '@readycheck/core';
import { createReporters, exitCodeOf, reporterContext } from './run-output.js';
import { runCommand, type CommandResult } from './exec.js';
import { writeFollowUps } from './follow-up.js';
import type { CheckDefinition, Priority } from './model.js';
import { withWaves, type PlannedCheck } from './plan.js';
import { envRedactor, type Redactor } from './redact.js';
import { buildReport } from './report.js';
import type { RunInfo } from './reporters/types.js';
import { runPlan } from './runner.js';
import { COMMAND_FIELDS, escapeControl, fixKey, type TaskFile } from './task-file.js';
import { checkTasks, printTaskProblems, tasksExitCode } from './tasks-cli.js';

type Verification = SmokeReportTypes.Verification;
type CommandRow = Verification['commands'][number];
type Fix = FixTaskTypes.Fix;

/** Timeout of each verification command when `--timeout` is not given. */
export const DEFAULT_VERIFY_TIMEOUT_MS = 120_000;
/** Characters of command output kept in the report. */
export const VERIFY_OUTPUT_LIMIT = 4000;
/** The only variables of the caller's environment a command sees, besides those named with `--env`. */
export const PASSED_ENV = ['PATH', 'HOME', 'LANG'] as const;

/** Options of `smoke-run verify`, as commander parses them. */
export interface VerifyCommandOptions {
  timeout?: number;
  maxParallel?: number;
  /** Exit 1 when a fix cannot be verified; default on when `CI` is set. */
  failOnUnverifiable?: boolean;
  reporter?: string[];
  out: string;
  /** Project root the commands run from (default: the task file's git top level). */
  cwd?: string;
  /** `NAME` (value from the caller's environment) or `NAME=value`, passed to the commands. */
  env?: string[];
  /** Print what would run; run nothing. */
  dryRun?: boolean;
  /** Run without asking even when stdin is a terminal. */
  yes?: boolean;
  /** Every contract problem stops the run. */
  strict?: boolean;
  /** `--follow-up [dir]`: true when given without a directory. */
  followUp?: string | boolean;
}

/** What `runVerify` needs from its caller besides options and IO. */
export interface VerifyContext {
  signal?: AbortSignal;
  /** True when stdin is a terminal: running agent-written commands then needs `--yes` or `CI`. */
  stdinIsTTY?: boolean;
}

const SEVERITY_PRIORITY: Record<NonNullable<Fix['severity']>, Priority> = { critical: 'P0', major: 'P1', minor: 'P2' };

/** Claimed statuses that say the code is now right, so the commands must pass. */
const SUCCESS_CLAIMS = new Set(['FIXED', 'ALREADY_IMPLEMENTED', 'NO_CHANGE_NEEDED', 'PARTIALLY_FIXED']);

/**
 * The verdict on one fix from what its commands did, in this order: `refuted` when a command
 * exited non-zero (or could not start) from the project root, `timed-out` when one ran past its
 * timeout, `unverifiable` when a command is missing, `not-portable` when the
 * `verification_command` passed from the root but failed from another directory, else `verified`.
 */
export function verdictOf(commands: readonly CommandRow[]): Verification['verdict'] {
  const root = commands.filter((c) => c.cwd !== 'elsewhere');
  if (root.some((c) => c.exitCode !== 0 && !c.timedOut)) return 'refuted';
  if (root.some((c) => c.timedOut)) return 'timed-out';
  if (COMMAND_FIELDS.some((k) => !root.some((c) => c.kind === k))) return 'unverifiable';
  if (commands.some((c) => c.cwd === 'elsewhere' && c.exitCode !== 0)) return 'not-portable';
  return 'verified';
}

/** How one fix's commands are run. */
export interface VerifyFixOptions {
  /** Project root. */
  cwd: string;
  /** The commands' whole environment. */
  env: Readonly<Record<string, string>>;
  timeoutMs: number;
  signal?: AbortSignal;
  /** Applied to commands and output before they are kept. */
  redact: Redactor;
}

/**
 * Runs the commands of one fix: each from the project root (no stdin, only `env`, a timeout,
 * output cut and redacted); then, when both passed, the `verification_command` once more from an
 * empty directory outside the project, since the contract says it works from any directory.
 */
export async function verifyFix(taskFile: string, fix: Fix, o: VerifyFixOptions): Promise<Verification> {
  const commands: CommandRow[] = [];
  const run = async (kind: (typeof COMMAND_FIELDS)[number], command: string, cwd: string, where: 'root' | 'elsewhere') => {
    const r: CommandResult = await runCommand(command, {
      cwd,
      env: o.env,
      exactEnv: true,
      timeoutMs: o.timeoutMs,
      ...(o.signal ? { signal: o.signal } : {}),
      maxOutput: VERIFY_OUTPUT_LIMIT,
    });
    const row: CommandRow = {
      kind,
      command: o.redact(command),
      cwd: where,
      exitCode: r.timedOut || r.aborted ? null : r.exitCode,
      output: o.redact(r.spawnError !== undefined ? `could not start: ${r.spawnError}` : r.output),
    };
    if (r.spawnError !== undefined && row.exitCode === null) row.exitCode = 127;
    if (r.timedOut) row.timedOut = true;
    if (r.truncated) row.truncated = true;
    commands.push(row);
    return row;
  };
  for (const kind of COMMAND_FIELDS) {
    const command = fix.result?.[kind]?.trim();
    if (command) await run(kind, command, o.cwd, 'root');
  }
  const verification = fix.result?.verification_command?.trim();
  if (verification && verdictOf(commands) === 'verified' && !o.signal?.aborted) {
    const elsewhere = await mkdtemp(path.join(os.tmpdir(), 'rc-verify-elsewhere-'));
    try {
      await run('verification_command', verification, elsewhere, 'elsewhere');
    } finally {
      await rm(elsewhere, { recursive: true, force: true });
    }
  }
  return { taskFile, fixId: fixKey(fix.id), claimed: fix.result?.status ?? 'NONE', verdict: verdictOf(commands), commands };
}

/** One line saying why a fix got its verdict (the check's failure message). */
export function describeVerdict(v: Verification): string {
  const claim = SUCCESS_CLAIMS.has(v.claimed) ? `claimed ${v.claimed}, but` : `claimed ${v.claimed};`;
  const tail = (c: CommandRow) => {
    // The command's own bytes (ESC, BEL, CR) never reach a terminal raw through the message.
    const out = escapeControl(c.output.trim().split('\n').slice(-3).join(' | '));
    return out ? `: ${out.slice(0, 300)}` : '';
  };
  if (v.verdict === 'refuted' || v.verdict === 'timed-out') {
    const failed = v.commands.find((c) => c.cwd !== 'elsewhere' && c.exitCode !== 0 && (v.verdict === 'timed-out' || !c.timedOut))!;
    const how = failed.timedOut ? 'timed out' : failed.exitCode === null ? 'was stopped' : `exited ${failed.exitCode}`;
    return `${claim} ${failed.kind} \`${failed.command}\` ${how}${tail(failed)}`;
  }
  if (v.verdict === 'not-portable') {
    const failed = v.commands.find((c) => c.cwd === 'elsewhere')!;
    return `${claim} verification_command \`${failed.command}\` passes from the project root but exited ${failed.exitCode ?? 'abnormally'} from another directory (the contract: it works from any directory)${tail(failed)}`;
  }
  const missing = COMMAND_FIELDS.filter((k) => !v.commands.some((c) => c.kind === k));
  return `claimed ${v.claimed}; cannot verify: no ${missing.join(' and no ')}`;
}

/**
 * The project root of a task file: its git top level. Throws a usage error outside a repository
 * (then `--cwd` says where the commands run).
 */
export function gitTopLevel(dir: string): string | undefined {
  const r = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const top = r.status === 0 ? r.stdout.trim() : '';
  return top || undefined;
}

/** The environment of the commands: PATH, HOME, LANG and what `--env` names. */
export function commandEnv(callerEnv: Readonly<Record<string, string | undefined>>, given: readonly string[] = []): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of PASSED_ENV) {
    const v = callerEnv[name];
    if (v !== undefined) env[name] = v;
  }
  for (const entry of given) {
    const eq = entry.indexOf('=');
    const name = eq < 0 ? entry : entry.slice(0, eq);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new ReadycheckError('RC_USAGE', `--env ${JSON.stringify(entry)}: expected NAME or NAME=value`);
    const value = eq < 0 ? callerEnv[name] : entry.slice(eq + 1);
    if (value === undefined) throw new ReadycheckError('RC_USAGE', `--env ${name}: not set in the environment (use ${name}=value)`);
    env[name] = value;
  }
  return env;
}

/** True when `CI` is set to anything but empty, `0` or `false` (`CI=false` is a local run). */
export function isCI(env: Readonly<Record<string, string | undefined>>): boolean {
  const v = env.CI?.trim().toLowerCase();
  return v !== undefined && v !== '' && v !== '0' && v !== 'false';
}

interface Job {
  task: TaskFile;
  fix: Fix;
  root: string;
}

function plannedCommands(jobs: readonly Job[]): string[] {
  const lines: string[] = [];
  for (const j of jobs) {
    for (const kind of COMMAND_FIELDS) {
      const c = j.fix.result?.[kind]?.trim();
      if (c) lines.push(`  ${escapeControl(j.task.file)} fix ${escapeControl(JSON.stringify(j.fix.id))} ${kind}: ${escapeControl(c)}`);
    }
  }
  return lines;
}

/**
 * `smoke-run verify`: checks the task files against the contract, then runs each fix's commands
 * from the project root in a clean environment and reports one check per fix (id
 * `<review_id>/<fix id>`, category `patches`, priority from severity) with the same runner,
 * reporters and exit codes as a smoke run.
 */
export async function runVerify(inputs: string[], options: VerifyCommandOptions, io: CliIO, vctx: VerifyContext = {}): Promise<number> {
  const checked = await checkTasks(inputs, { cwd: io.cwd, ...(options.strict ? { strict: true } : {}) });
  printTaskProblems(checked, io);
  const contract = tasksExitCode(checked);
  if (contract === 2) return 2;
  if (contract === 1) {
    io.stderr('smoke-run: the task files break the contract (errors above); nothing was run\n');
    return 1;
  }
  const env = commandEnv(io.env, options.env);
  const redact = envRedactor(io.env, Object.entries(env).filter(([k]) => !(PASSED_ENV as readonly string[]).includes(k)).map(([, v]) => v));
  const rootOf = projectRoots(options, io);
  const jobs: Job[] = checked.files.flatMap((task) => task.task.fixes.map((fix) => ({ task, fix, root: rootOf(task) })));
  if (!jobs.length) {
    throw new ReadycheckError('RC_USAGE', `nothing to verify: ${checked.files.map((f) => f.file).join(', ')} ${checked.files.length === 1 ? 'has' : 'have'} no fixes`);
  }
  if (options.dryRun || (vctx.stdinIsTTY && !options.yes && !isCI(io.env))) return listOrRefuse(jobs, env, options, io);

  const ctx = reporterContext(options, io);
  const mux = await createReporters(options.reporter, ctx);
  const { plan, rowOf } = verifyPlan(jobs, { env, redact, timeoutMs: options.timeout ?? DEFAULT_VERIFY_TIMEOUT_MS, failOnUnverifiable: options.failOnUnverifiable ?? isCI(io.env) });
  const run: RunInfo = { files: checked.files.map((f) => f.file), planned: plan.checks.length, startedAt: Date.now() };
  await mux.onRunStart(run);
  const result = await runPlan(plan, {
    maxParallel: options.maxParallel ?? 1,
    ...(vctx.signal ? { signal: vctx.signal } : {}),
    reporter: {
      onCheckStart: (c) => mux.onCheckStart(c),
      onCheckEnd: (r) => {
        const v = rowOf(r.extra.id);
        // An unverifiable claim did not fail, but it did not pass either: report it as skipped.
        if (v?.verdict === 'unverifiable' && r.status === 'passed') markUnverifiable(r, v);
        if (v && r.status === 'failed') r.rawStatus = v.verdict === 'timed-out' ? 'timedOut' : v.verdict;
        return mux.onCheckEnd(r);
      },
    },
  });
  const verification = plan.checks.map((c) => rowOf(c.id)).filter((v): v is Verification => v !== undefined);
  const report = buildReport(result.tests, { start: result.start, stop: result.stop, interrupted: result.interrupted, verification });
  await mux.onRunEnd(report);
  if (options.followUp !== undefined && options.followUp !== false && !result.interrupted) {
    await followUp(checked.files, verification, { given: options.followUp, rootOf, io });
  }
  const unverifiable = verification.filter((v) => v.verdict === 'unverifiable').length;
  if (unverifiable && unverifiable === verification.length) {
    io.stderr(`smoke-run: nothing was verified: all ${unverifiable} fix${unverifiable === 1 ? ' is' : 'es are'} unverifiable (no verification_command or hallucination_check)\n`);
  }
  return exitCodeOf(report, { reporterFailed: mux.failures.some((f) => f.hook === 'onRunEnd') });
}

// --dry-run, or a terminal without --yes: the commands are listed; only the dry run exits 0.
function listOrRefuse(jobs: readonly Job[], env: Readonly<Record<string, string>>, options: VerifyCommandOptions, io: CliIO): number {
  const commands = plannedCommands(jobs);
  const roots = [...new Set(jobs.map((j) => j.root))];
  io.stdout(
    `${options.dryRun ? 'Dry run: would run' : 'These are'} ${commands.length} command${commands.length === 1 ? '' : 's'} written in the task files, from ${roots.join(', ')}, with only ${Object.keys(env).sort().join(', ')} set:\n${commands.join('\n')}\n`,
  );
  if (options.dryRun) return 0;
  throw new ReadycheckError('RC_USAGE', 'refusing to run commands an agent wrote without confirmation: read them above, then pass --yes (or set CI=true in automation)');
}

/**
 * One check per fix (category `patches`, priority from severity). Check ids are
 * `<review_id>/<fix id>`, with the task file in front only where two files share a review
 * (outgoing and incoming). `rowOf(id)` is the verification of a check once it ran.
 */
function verifyPlan(
  jobs: readonly Job[],
  o: { env: Readonly<Record<string, string>>; redact: Redactor; timeoutMs: number; failOnUnverifiable: boolean },
): { plan: ReturnType<typeof withWaves>; rowOf: (id: string) => Verification | undefined } {
  const rows = new Map<string, Verification>();
  const short = jobs.map((j) => `${j.task.task.review_id}/${fixKey(j.fix.id)}`);
  const counts = new Map<string, number>();
  for (const id of short) counts.set(id, (counts.get(id) ?? 0) + 1);
  const defs: PlannedCheck[] = jobs.map((job, i) => {
    const { task, fix } = job;
    // Ids and issue texts are the agent's words: a newline in them must not start a line of its own.
    const id = escapeControl(counts.get(short[i]!) === 1 ? short[i]! : `${task.file}#${short[i]!}`);
    const def: CheckDefinition = {
      id,
      name: escapeControl(`${fixKey(fix.id)}: ${fix.issue ?? fix.fix ?? ''}`).slice(0, 200),
      category: 'patches',
      component: task.task.component ?? task.task.review_id,
      priority: SEVERITY_PRIORITY[fix.severity ?? 'major'],
      dependsOn: [],
      tags: fix.severity ? [fix.severity] : [],
      skip: false,
      kind: 'command',
      file: task.file,
      suite: task.task.review_id,
      // Each command carries its own timeout (three may run); the runner's must not cut them first.
      timeoutMs: o.timeoutMs * 3 + 10_000,
      retries: 0,
      run: async (c) => {
        const v = await verifyFix(task.file, fix, { cwd: job.root, env: o.env, timeoutMs: o.timeoutMs, signal: c.signal, redact: o.redact });
        rows.set(id, v);
        if (v.verdict === 'refuted' || v.verdict === 'timed-out' || v.verdict === 'not-portable') throw new Error(describeVerdict(v));
        if (v.verdict === 'unverifiable' && o.failOnUnverifiable) throw new Error(describeVerdict(v));
      },
    };
    return { ...def, after: [], pulledIn: false, wave: 0 };
  });
  return { plan: withWaves(defs), rowOf: (id) => rows.get(id) };
}

async function followUp(files: readonly TaskFile[], verification: readonly Verification[], o: { given: string | true; rootOf: (t: TaskFile) => string; io: CliIO }): Promise<void> {
  const given = typeof o.given === 'string' ? path.resolve(o.io.cwd, o.given) : undefined;
  // Default: the `outgoing/` beside an `incoming/` folder, else <project root>/orchestrator/outgoing.
  const dirOf = (t: TaskFile) =>
    given ?? (path.basename(path.dirname(t.abs)) === 'incoming' ? path.join(path.dirname(t.abs), '..', 'outgoing') : path.join(o.rootOf(t), 'orchestrator', 'outgoing'));
  const written = await writeFollowUps(files, verification, { dirOf, cwd: o.io.cwd, env: o.io.env });
  for (const w of written) o.io.stdout(`smoke-run: follow-up ${escapeControl(w.file)}: ${w.fixes} fix${w.fixes === 1 ? '' : 'es'} (from ${escapeControl(w.previous)})\n`);
  if (!written.length) o.io.stdout('smoke-run: no follow-up needed: no fix was refuted, failed, partly fixed, not portable or timed out\n');
}

function projectRoots(options: VerifyCommandOptions, io: CliIO): (t: TaskFile) => string {
  if (options.cwd !== undefined) {
    const root = path.resolve(io.cwd, options.cwd);
    return () => root;
  }
  const cache = new Map<string, string>();
  return (t) => {
    const dir = path.dirname(t.abs);
    let root = cache.get(dir);
    if (root === undefined) {
      root = gitTopLevel(dir);
      if (root === undefined) {
        throw new ReadycheckError('RC_USAGE', `${t.file}: not inside a git repository, so its project root is unknown: pass --cwd <project root>`, { file: t.file });
      }
      cache.set(dir, root);
    }
    return root;
  };
}

function markUnverifiable(r: SmokeReportTypes.Test, v: Verification): void {
  r.status = 'skipped';
  r.rawStatus = 'unverifiable';
  r.message = describeVerdict(v);
  r.flaky = false;
  delete r.extra.latencyMs;
}
