import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic, type FixTask, type FixTaskTypes, type SmokeReportTypes } from '@readycheck/core';
import { fixKey, parseTaskFileName, type TaskFile } from './task-file.js';

type Verification = SmokeReportTypes.Verification;

/** Verdicts that send a fix back to the executor. */
const FOLLOW_UP_VERDICTS = new Set<Verification['verdict']>(['refuted', 'not-portable', 'timed-out']);
/** Claimed statuses that send a fix back whatever the commands said. */
const FOLLOW_UP_CLAIMS = new Set(['FAILED', 'PARTIALLY_FIXED']);

/** A follow-up task file that was written. */
export interface WrittenFollowUp {
  /** Path relative to the working directory. */
  file: string;
  /** File name of the task file it follows. */
  previous: string;
  fixes: number;
}

/** True when a fix goes into the follow-up: refuted, not portable, timed out, failed or partly fixed. */
export function needsFollowUp(v: Verification): boolean {
  return FOLLOW_UP_VERDICTS.has(v.verdict) || FOLLOW_UP_CLAIMS.has(v.claimed);
}

/**
 * The next sequence number: one past the highest in the given folders and their sibling
 * `outgoing`/`incoming` folders and the source file's own, so a follow-up never takes a number
 * already handed out.
 */
export async function nextSequence(dirs: readonly string[], source: number): Promise<number> {
  let max = source;
  const all = new Set(dirs.flatMap((d) => [d, path.join(path.dirname(d), 'outgoing'), path.join(path.dirname(d), 'incoming')]));
  for (const d of all) {
    const names = await readdir(d).catch(() => [] as string[]);
    for (const n of names) max = Math.max(max, parseTaskFileName(n)?.sequence ?? 0);
  }
  return max + 1;
}

/**
 * Builds the follow-up of one task file: same `review_id`, `previous` naming the file, and each
 * fix that needs more work without its old result but with the evidence (the commands, where
 * they ran, their exit codes and redacted output; the task file's path relative to `dir`).
 */
export function followUpTask(source: TaskFile, rows: readonly Verification[], o: { date?: string; dir: string }): FixTask | undefined {
  const byId = new Map(rows.filter((r) => r.taskFile === source.file).map((r) => [r.fixId, r]));
  const fixes: FixTaskTypes.Fix[] = [];
  for (const fix of source.task.fixes) {
    const v = byId.get(fixKey(fix.id));
    if (!v || !needsFollowUp(v)) continue;
    const next: FixTaskTypes.Fix = { ...fix };
    delete next.result;
    fixes.push({ ...next, evidence: [{ taskFile: path.relative(o.dir, source.abs).split(path.sep).join('/'), verdict: v.verdict, claimed: v.claimed, commands: v.commands.map((c) => ({ ...c })) }] });
  }
  if (!fixes.length) return undefined;
  const t = source.task;
  const task: FixTask = {
    review_id: t.review_id,
    ...(t.component !== undefined ? { component: t.component } : {}),
    ...(o.date !== undefined ? { date: o.date } : t.date !== undefined ? { date: t.date } : {}),
    ...(t.assigned_to !== undefined ? { assigned_to: t.assigned_to } : {}),
    instructions: `Follow-up of ${path.basename(source.file)}: smoke-run verify could not confirm these fixes (see each fix's evidence). Fix them, then add a "result" node to each fix as before.`,
    previous: path.basename(source.file),
    fixes,
  };
  return task;
}

/** The date a follow-up carries: from `SOURCE_DATE_EPOCH` when set (reproducible), else today. */
export function followUpDate(env: Readonly<Record<string, string | undefined>>): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  const d = epoch !== undefined && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
  return d.toISOString().slice(0, 10);
}

/**
 * Writes one follow-up task file per source file that has fixes needing more work, named
 * `{next sequence}_{focus}_{type}.json` after the source, into `dirOf(source)` (atomically). A source
 * whose name breaks the convention gets `{next}_{review_id}_fixes.json`.
 */
export async function writeFollowUps(
  sources: readonly TaskFile[],
  rows: readonly Verification[],
  o: { dirOf: (source: TaskFile) => string; cwd: string; env: Readonly<Record<string, string | undefined>> },
): Promise<WrittenFollowUp[]> {
  const written: WrittenFollowUp[] = [];
  for (const source of sources) {
    const dir = o.dirOf(source);
    const task = followUpTask(source, rows, { date: followUpDate(o.env), dir });
    if (!task) continue;
    const name = source.name;
    const seq = await nextSequence([dir, path.dirname(source.abs)], name?.sequence ?? 0);
    const focus = name?.focus ?? snake(source.task.review_id);
    const type = name?.type ?? 'fixes';
    const file = path.join(dir, `${String(seq).padStart(3, '0')}_${focus}_${type}.json`);
    await writeFileAtomic(file, `${JSON.stringify(task, null, 2)}\n`);
    const rel = path.relative(o.cwd, file);
    written.push({ file: rel && !rel.startsWith('..') ? rel : file, previous: path.basename(source.file), fixes: task.fixes.length });
  }
  return written;
}

function snake(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/^\d+_/, '')
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '') || 'task'
  );
}
