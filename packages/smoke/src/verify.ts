import { stat } from 'node:fs/promises';
import path from 'node:path';
import {
  ReadycheckError,
  discoverFiles,
  formatIssue,
  isReadycheckError,
  readDataFile,
  validate,
  type CliIO,
  type FixTask,
  type FixTaskTypes,
  type SmokeReportTypes,
} from '@readycheck/core';
// cli.ts imports this module too; the cycle is safe because these are only called at run time.
import { createReporters, exitCodeOf, reporterContext } from './cli.js';
import { runCommand, type CommandResult } from './exec.js';
import type { CheckDefinition, Priority } from './model.js';
import { withWaves, type PlannedCheck } from './plan.js';
import { buildReport } from './report.js';
import type { RunInfo } from './reporters/types.js';
import { runPlan } from './runner.js';

type Verification = SmokeReportTypes.Verification;
type Fix = FixTaskTypes.Fix;

/** Timeout of each verification command when `--timeout` is not given. */
export const DEFAULT_VERIFY_TIMEOUT_MS = 120_000;
/** Characters of command output kept in the report. */
export const VERIFY_OUTPUT_LIMIT = 4000;

/** Options of `smoke-run verify`, as commander parses them. */
export interface VerifyCommandOptions {
  timeout?: number;
  maxParallel?: number;
  /** Exit 1 when a fix cannot be verified (a command is missing), not only when one is refuted. */
  failOnUnverifiable?: boolean;
  reporter?: string[];
  out: string;
}

/** A task file, loaded and validated. */
export interface LoadedTask {
  file: string;
  task: FixTask;
}

const SEVERITY_PRIORITY: Record<Fix['severity'], Priority> = { critical: 'P0', major: 'P1', minor: 'P2' };

/** Claimed statuses that say the code is now right, so the commands must pass. */
const SUCCESS_CLAIMS = new Set(['FIXED', 'ALREADY_IMPLEMENTED', 'NO_CHANGE_NEEDED', 'PARTIALLY_FIXED']);

/** Reads and validates one task file; a problem is `RC_TASK_INVALID` with file:line and pointer. */
export async function loadTaskFile(file: string, cwd: string): Promise<LoadedTask> {
  let data: unknown;
  let text: string;
  try {
    ({ data, text } = await readDataFile(path.resolve(cwd, file)));
  } catch (err) {
    if (isReadycheckError(err)) throw new ReadycheckError('RC_TASK_INVALID', err.message.split(path.resolve(cwd, file)).join(file), { cause: err, file });
    throw err;
  }
  const result = validate<FixTask>('fix-task', data, { file, text });
  if (!result.valid) {
    const first = result.issues[0]!;
    throw new ReadycheckError('RC_TASK_INVALID', formatIssue(first), { file, pointer: first.pointer });
  }
  return { file, task: result.data };
}

/**
 * The verdict on one fix from what its commands did: `refuted` when a command that ran failed
 * (non-zero exit, timeout, could not start), `verified` when both `verification_command` and
 * `hallucination_check` ran and passed, else `unverifiable` (a command is missing).
 */
export function verdictOf(commands: Verification['commands'], expected: 2 | number = 2): Verification['verdict'] {
  if (commands.some((c) => c.exitCode !== 0)) return 'refuted';
  return commands.length >= expected ? 'verified' : 'unverifiable';
}

/** Runs the commands of one fix (no stdin, cwd = project root, timeout, output cut). */
export async function verifyFix(
  taskFile: string,
  fix: Fix,
  o: { cwd: string; env?: Readonly<Record<string, string | undefined>>; timeoutMs: number; signal?: AbortSignal },
): Promise<Verification> {
  const commands: Verification['commands'] = [];
  for (const kind of ['verification_command', 'hallucination_check'] as const) {
    const command = fix.result?.[kind]?.trim();
    if (!command) continue;
    const r: CommandResult = await runCommand(command, {
      cwd: o.cwd,
      ...(o.env ? { env: o.env } : {}),
      timeoutMs: o.timeoutMs,
      ...(o.signal ? { signal: o.signal } : {}),
      maxOutput: VERIFY_OUTPUT_LIMIT,
    });
    const row: Verification['commands'][number] = {
      kind,
      command,
      exitCode: r.timedOut || r.aborted ? null : r.exitCode,
      output: r.spawnError !== undefined ? `could not start: ${r.spawnError}` : r.output,
    };
    if (r.timedOut) row.timedOut = true;
    commands.push(row);
  }
  return { taskFile, fixId: fix.id, claimed: fix.result?.status ?? 'NONE', verdict: verdictOf(commands), commands };
}

function describeVerdict(v: Verification): string {
  const failed = v.commands.find((c) => c.exitCode !== 0);
  if (v.verdict === 'refuted' && failed) {
    const how = failed.timedOut ? 'timed out' : failed.exitCode === null ? 'was stopped' : `exited ${failed.exitCode}`;
    const claim = SUCCESS_CLAIMS.has(v.claimed) ? `claimed ${v.claimed}, but` : `claimed ${v.claimed};`;
    const out = failed.output.trim().split('\n').slice(-3).join(' | ');
    return `${claim} ${failed.kind} \`${failed.command}\` ${how}${out ? `: ${out.slice(0, 300)}` : ''}`;
  }
  const missing = (['verification_command', 'hallucination_check'] as const).filter((k) => !v.commands.some((c) => c.kind === k));
  return `claimed ${v.claimed}; cannot verify: no ${missing.join(' and no ')}`;
}

/**
 * Task files named on the command line: files as given (also outside the project root), and
 * globs and directories expanded under the project root.
 */
export async function findTaskFiles(inputs: readonly string[], cwd: string): Promise<string[]> {
  const direct: string[] = [];
  const patterns: string[] = [];
  for (const input of inputs) {
    const st = await stat(path.resolve(cwd, input)).catch(() => null);
    if (st?.isFile()) direct.push(input);
    else patterns.push(input);
  }
  const found = patterns.length ? (await discoverFiles({ root: cwd, inputs: patterns, extensions: ['.json', '.yaml', '.yml'] })).files.map((f) => f.relPath) : [];
  const files = [...new Set([...direct, ...found])];
  if (!files.length) throw new ReadycheckError('RC_FILE_NOT_FOUND', `no task files found in ${inputs.join(' ')}`);
  return files;
}

/**
 * `smoke-run verify`: each fix of each task file becomes a check (id `<review_id>/<fix id>`,
 * category `patches`, priority from severity), run with the same runner, reporters and exit codes
 * as a smoke run. A refuted fix fails; an unverifiable one is reported as skipped.
 */
export async function runVerify(inputs: string[], options: VerifyCommandOptions, io: CliIO, signal?: AbortSignal): Promise<number> {
  const ctx = reporterContext(options, io);
  const mux = await createReporters(options.reporter, ctx);
  const files = await findTaskFiles(inputs, io.cwd);
  const tasks: LoadedTask[] = [];
  for (const f of files) tasks.push(await loadTaskFile(f, io.cwd));

  const timeoutMs = options.timeout ?? DEFAULT_VERIFY_TIMEOUT_MS;
  const rows = new Map<string, Verification>();
  const defs: PlannedCheck[] = [];
  const seen = new Set<string>();
  for (const { file, task } of tasks) {
    for (const fix of task.fixes) {
      let id = `${task.review_id}/${fix.id}`;
      for (let n = 2; seen.has(id); n++) id = `${task.review_id}/${fix.id}#${n}`;
      seen.add(id);
      const def: CheckDefinition = {
        id,
        name: `${fix.id}: ${fix.issue}`.slice(0, 200),
        category: 'patches',
        component: task.component,
        priority: SEVERITY_PRIORITY[fix.severity],
        dependsOn: [],
        tags: [fix.severity],
        skip: false,
        kind: 'command',
        file,
        suite: task.review_id,
        // The commands carry their own timeout; the runner's must not cut them first.
        timeoutMs: timeoutMs * 2 + 5000,
        retries: 0,
        run: async (c) => {
          const v = await verifyFix(file, fix, { cwd: io.cwd, env: io.env, timeoutMs, signal: c.signal });
          rows.set(id, v);
          if (v.verdict === 'refuted') throw new Error(describeVerdict(v));
        },
      };
      defs.push({ ...def, after: [], pulledIn: false, wave: 0 });
    }
  }
  const plan = withWaves(defs);
  const run: RunInfo = { files, planned: plan.checks.length, startedAt: Date.now() };
  await mux.onRunStart(run);
  const result = await runPlan(plan, {
    maxParallel: options.maxParallel ?? 1,
    ...(signal ? { signal } : {}),
    reporter: {
      onCheckStart: (c) => mux.onCheckStart(c),
      onCheckEnd: (r) => {
        const v = rows.get(r.extra.id);
        // An unverifiable claim did not fail, but it did not pass either: report it as skipped.
        if (v?.verdict === 'unverifiable' && r.status === 'passed') markUnverifiable(r, v);
        return mux.onCheckEnd(r);
      },
    },
  });
  const verification = plan.checks.map((c) => rows.get(c.id)).filter((v): v is Verification => v !== undefined);
  const report = buildReport(result.tests, { start: result.start, stop: result.stop, interrupted: result.interrupted, verification });
  await mux.onRunEnd(report);
  const code = exitCodeOf(report, { reporterFailed: mux.failures.some((f) => f.hook === 'onRunEnd') });
  if (code === 0 && options.failOnUnverifiable && verification.some((v) => v.verdict === 'unverifiable')) return 1;
  return code;
}

function markUnverifiable(r: SmokeReportTypes.Test, v: Verification): void {
  r.status = 'skipped';
  r.rawStatus = 'unverifiable';
  r.message = describeVerdict(v);
  r.flaky = false;
  delete r.extra.latencyMs;
}
