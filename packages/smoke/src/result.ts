import type { CheckOutcome } from './model.js';
import type { PlannedCheck } from './plan.js';
import type { CheckResult } from './reporters/types.js';

// Turning what the runner saw into report entries (CTRF tests with readycheck's `extra`).

/** Longest error message kept in a report entry. */
const MAX_MESSAGE = 2000;
/** Longest trace kept in a report entry. */
export const MAX_TRACE = 8000;

/** What one attempt of a check ended with. */
export interface AttemptRecord {
  attempt: number;
  status: 'passed' | 'failed' | 'timedOut';
  durationMs: number;
  error?: string;
  trace?: string;
  latencyMs?: number;
  degraded?: string;
  /** The run was interrupted during this attempt. */
  interrupted?: boolean;
}

/** The `latencyMs` a check returned, rounded, or undefined when it returned none. */
export function latencyOf(value: unknown): number | undefined {
  const v = value as CheckOutcome;
  if (v && typeof v === 'object' && typeof v.latencyMs === 'number' && Number.isFinite(v.latencyMs)) return Math.max(0, Math.round(v.latencyMs));
  return undefined;
}

/** One error message for a report entry, cut to a bounded length. */
export function errorMessage(err: unknown): string {
  const text = err instanceof Error ? err.message || err.name : typeof err === 'string' ? err : thrownValue(err);
  return text.length > MAX_MESSAGE ? `${text.slice(0, MAX_MESSAGE - 1)}…` : text;
}

// A thrown non-Error: its own message when it has one, else its JSON, else its String() — never a bare `{}`.
function thrownValue(err: unknown): string {
  const m = (err as { message?: unknown } | null)?.message;
  if (typeof m === 'string' && m) return m;
  const json = safeJson(err);
  if (json !== '{}' && json !== '[]') return `thrown ${typeof err === 'object' && err !== null ? 'value' : typeof err}: ${json}`;
  const str = String(err);
  if (str !== '[object Object]' && str !== '') return `thrown value: ${str}`;
  const ctor = (err as { constructor?: { name?: unknown } } | null)?.constructor?.name;
  return `thrown value: ${typeof ctor === 'string' && ctor !== 'Object' ? `${ctor} ` : ''}${json}`;
}

/** `JSON.stringify` that never throws (cycles and BigInts fall back to `String`). */
export function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    // Circular or BigInt values: fall back to their string form.
    return String(value);
  }
}

/** A JSON-safe copy of an attachment value (`undefined` becomes null; unserialisable values their string form). */
export function toJsonValue(value: unknown): unknown {
  if (value === undefined) return null;
  try {
    return JSON.parse(JSON.stringify(value)) as unknown;
  } catch {
    // Not JSON-serialisable (a cycle, a BigInt): keep its string form rather than lose it.
    return String(value);
  }
}

/** How a dependency ended, for a blocked check's message. */
export function describeOutcome(r: CheckResult): string {
  if (r.rawStatus === 'blocked') return 'blocked';
  if (r.rawStatus === 'timedOut') return 'timed out';
  if (r.status === 'skipped') return 'skipped';
  return r.status;
}

function baseEntry(check: PlannedCheck): CheckResult {
  const suite = [check.suite, check.phase, check.group?.name].filter((s): s is string => typeof s === 'string' && s.length > 0);
  const entry: CheckResult = {
    name: check.name,
    status: 'skipped',
    duration: 0,
    suite: suite.length ? suite : [check.file],
    filePath: check.file,
    type: 'smoke',
    retries: 0,
    flaky: false,
    extra: {
      id: check.id,
      category: check.category,
      component: check.component,
      priority: check.priority,
      attempts: [],
      blockedBy: [],
      attachments: [],
    },
  };
  if (check.tags.length) entry.tags = [...check.tags];
  if (check.maxLatencyMs !== undefined) entry.extra.maxLatencyMs = check.maxLatencyMs;
  return entry;
}

/** The report entry of a check that did not run. */
export function notRun(check: PlannedCheck, status: CheckResult['status'], rawStatus: string, message: string, blockedBy: string[] = []): CheckResult {
  const entry = baseEntry(check);
  entry.status = status;
  entry.rawStatus = rawStatus;
  entry.message = message;
  entry.extra.blockedBy = blockedBy;
  return entry;
}

/** The report entry of a check that ran: status, flaky, retries, attempts, latency, message and trace. */
export function toResult(
  check: PlannedCheck,
  attempts: AttemptRecord[],
  attachments: { name: string; value: unknown }[],
  start: number,
  stop: number,
): CheckResult {
  const entry = baseEntry(check);
  const last = attempts[attempts.length - 1]!;
  entry.duration = attempts.reduce((s, a) => s + a.durationMs, 0);
  entry.start = start;
  entry.stop = Math.max(start, stop);
  entry.retries = attempts.length - 1;
  entry.extra.attempts = attempts.map((a) => {
    const out: { attempt: number; status: 'passed' | 'failed' | 'timedOut'; durationMs: number; error?: string } = {
      attempt: a.attempt,
      status: a.status,
      durationMs: a.durationMs,
    };
    if (a.error !== undefined) out.error = a.error;
    return out;
  });
  entry.extra.attachments = attachments;
  if (last.interrupted) {
    entry.status = 'other';
    entry.rawStatus = 'interrupted';
    entry.message = 'interrupted: the run was stopped while this check ran';
    entry.flaky = false;
    return entry;
  }
  if (last.status === 'passed') {
    entry.status = 'passed';
    entry.rawStatus = 'passed';
    entry.flaky = attempts.length > 1;
    if (last.latencyMs !== undefined && (check.maxLatencyMs !== undefined || check.kind === 'http' || check.kind === 'health')) {
      entry.extra.latencyMs = last.latencyMs;
    }
    if (last.degraded !== undefined) entry.extra.degraded = last.degraded;
    return entry;
  }
  entry.status = 'failed';
  entry.rawStatus = last.status === 'timedOut' ? 'timedOut' : 'failed';
  entry.flaky = false;
  const tries = attempts.length > 1 ? ` (after ${attempts.length} attempts)` : '';
  entry.message = `${last.error ?? 'failed'}${tries}`;
  if (last.trace) entry.trace = last.trace;
  return entry;
}

/**
 * Fails checks that passed but whose code threw afterwards (a timer, an unhandled rejection): the
 * report must not say passed. `late` maps check ids to the error.
 */
export function failLate(tests: CheckResult[], late: ReadonlyMap<string, string>): void {
  for (const t of tests) {
    const error = late.get(t.extra.id);
    if (error === undefined || t.status !== 'passed') continue;
    t.status = 'failed';
    t.rawStatus = 'failed';
    t.flaky = false;
    t.message = `after it passed: ${error}`.slice(0, MAX_MESSAGE);
  }
}
