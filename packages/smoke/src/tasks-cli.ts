import { Command } from 'commander';
import { isReadycheckError, stableStringify, type CliIO } from '@readycheck/core';
import { checkTaskContract, checkTaskLinks, escapeControl, findTaskFiles, formatTaskDiagnostic, readTaskFile, type TaskDiagnostic, type TaskFile } from './task-file.js';

/** Task files read and checked against the contract. */
export interface CheckedTasks {
  /** Files that parsed and passed the schema, in sequence order. */
  files: TaskFile[];
  /** Contract problems of those files. */
  diagnostics: TaskDiagnostic[];
  /** One-line messages of files that could not be read, parsed or validated (exit 2). */
  malformed: string[];
}

/**
 * Finds, reads and checks task files: the schema (a malformed file is listed and skipped), then
 * the contract rules of each file and across files (follow-ups, outgoing/incoming pairs).
 *
 * @example
 * const { diagnostics } = await checkTasks(['orchestrator/incoming/'], { cwd: process.cwd() });
 */
export async function checkTasks(inputs: readonly string[], o: { cwd: string; strict?: boolean }): Promise<CheckedTasks> {
  const names = await findTaskFiles(inputs, o.cwd);
  const files: TaskFile[] = [];
  const malformed: string[] = [];
  const cache = new Map<string, Promise<TaskFile | undefined>>();
  for (const name of names) {
    try {
      const t = await readTaskFile(name, o.cwd);
      files.push(t);
      cache.set(t.abs, Promise.resolve(t));
    } catch (err) {
      if (!isReadycheckError(err)) throw err;
      malformed.push(err.message);
    }
  }
  // A predecessor or handed-out file outside the given set is read on demand; an unreadable one
  // counts as missing (it is reported on its own when it is checked).
  const lookup = (abs: string): Promise<TaskFile | undefined> => {
    let p = cache.get(abs);
    if (!p) {
      p = readTaskFile(abs, o.cwd).then(
        (t) => t,
        (err: unknown) => {
          if (isReadycheckError(err)) return undefined;
          throw err;
        },
      );
      cache.set(abs, p);
    }
    return p;
  };
  const diagnostics: TaskDiagnostic[] = [];
  for (const t of files) {
    diagnostics.push(...checkTaskContract(t, o), ...(await checkTaskLinks(t, lookup, o)));
  }
  return { files, diagnostics, malformed };
}

/** Exit code of a check: 2 a malformed file, 1 an error (every problem with `--strict`), else 0. */
export function tasksExitCode(c: CheckedTasks): number {
  if (c.malformed.length) return 2;
  return c.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}

/** Prints the problems of a check, one line each, and returns the counts line. */
export function printTaskProblems(c: CheckedTasks, io: Pick<CliIO, 'stderr'>): void {
  for (const m of c.malformed) io.stderr(`smoke-run: ${escapeControl(m)}\n`);
  for (const d of c.diagnostics) io.stderr(`${formatTaskDiagnostic(d)}\n`);
}

/** The `smoke-run tasks` command with its `check` subcommand. */
export function tasksCommand(io: CliIO, setExit: (code: number) => void, configure: (c: Command) => Command): Command {
  const tasks = configure(new Command('tasks')).description('orchestration task files: check them against the contract');
  const check = configure(new Command('check'))
    .description(
      'check task files (schemas/fix-task.schema.json plus the contract: unique ids, required fields, the fixed/finding rule, one-line commands, {SEQ}_{focus}_{type}.json names, follow-ups keeping the review_id); runs nothing',
    )
    .argument('<files...>', 'task files, directories or globs')
    .option('--strict', 'every contract problem is an error (exit 1), not only duplicate ids and broken links')
    .option('--json', 'print the problems as JSON')
    .addHelpText('after', '\nExit codes: 0 no errors, 1 contract errors (with --strict: any problem), 2 a file that cannot be read, parsed or validated.\n')
    .action(async (files: string[], options: { strict?: boolean; json?: boolean }) => {
      const c = await checkTasks(files, { cwd: io.cwd, ...(options.strict ? { strict: true } : {}) });
      if (options.json) {
        io.stdout(stableStringify({ files: c.files.map((f) => f.file), malformed: c.malformed, diagnostics: c.diagnostics }));
      } else {
        printTaskProblems(c, io);
        const errors = c.diagnostics.filter((d) => d.severity === 'error').length;
        const warnings = c.diagnostics.length - errors;
        const total = c.files.length + c.malformed.length;
        io.stdout(
          `${total} task file${total === 1 ? '' : 's'}: ${c.malformed.length} malformed, ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}\n`,
        );
      }
      setExit(tasksExitCode(c));
    });
  tasks.addCommand(check);
  return tasks;
}
