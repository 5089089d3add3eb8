import path from 'node:path';
import type { EvidenceReportTypes } from '@readycheck/core';
import type { ClassifyContext } from './context.js';
import type { FeatureEvidence } from '../group/group.js';
import { camel, pascal } from '../naming.js';
import type { ProjectLayout } from '../project.js';
import type { Item } from '../types.js';
import { entryLabel, list } from './rules.js';

type Task = EvidenceReportTypes.Task;

const loc = (i: Item): string => `${i.file}:${i.line}`;

/** What the tasks of a feature are built from (the classifier computed it all). */
export interface TaskInputs {
  /** The feature's entries (commands, routes, and jobs or consumers that reach work); commands and routes when absent. */
  entries?: Item[];
  missingServices: Item[];
  missingTables: string[];
  undocumented: string[];
  open: Item[];
  blocking: Item[];
  critical: Item[];
  invalidJobs: Item[];
  undocumentedAt: Array<{ key: string; example?: string }>;
  /** Stubs sure enough to count (the tasks replace these). */
  stubs: Item[];
}

function servicePath(feature: string, layout: ProjectLayout): string {
  const file = layout.serviceStyle === 'dot' ? `${feature}.service${layout.ext}` : layout.serviceStyle === 'plain' ? `${feature}${layout.ext}` : `${pascal(feature)}Service${layout.ext}`;
  return `${layout.servicesDir ?? 'src/services'}/${file}`;
}

function nextMigration(layout: ProjectLayout, table: string, offset: number): string {
  const dir = layout.migrationsDir ?? 'migrations';
  let max = 0;
  let width = 4;
  for (const m of layout.migrations) {
    const n = /^(\d+)/.exec(path.posix.basename(m));
    if (n) {
      max = Math.max(max, Number(n[1]));
      width = (n[1] as string).length;
    }
  }
  return `${dir}/${String(max + 1 + offset).padStart(width, '0')}_create_${table}.sql`;
}

/**
 * The fix tasks of a feature, in order: promote candidates, replace stubs, fix missing services,
 * create missing tables, fix crons, command/route parity, database bridging, markers, findings,
 * env validation, job runners, tests, each with exact paths and lines.
 */
export function buildTasks(f: FeatureEvidence, ctx: ClassifyContext, t: TaskInputs): Task[] {
  const { layout } = ctx;
  const tasks: Task[] = [];
  const counters = new Map<string, number>();
  const push = (kind: Task['kind'], title: string, file: string, line?: number, detail?: string): void => {
    const n = (counters.get(kind) ?? 0) + 1;
    counters.set(kind, n);
    const task: Task = { id: `${kind}-${n}`, kind, title, file };
    if (line !== undefined) task.line = line;
    if (detail !== undefined) task.detail = detail;
    tasks.push(task);
  };
  const entries = t.entries ?? [...f.commands.filter((c) => c.kind !== 'npm-script'), ...f.routes];
  const serviceFile = f.services[0]?.file;

  for (const c of f.candidates) {
    const exists = c.detail === 'replaces an existing file';
    push('promote-candidate', `Promote ${c.file} to ${c.name}${exists ? ' (merge it with the current file: keep anything the current file has that the candidate lacks)' : ''}, then delete the candidate`, c.name, undefined, `Diff ${c.file} against ${exists ? c.name : 'the feature'}; move it into place; run the feature's tests.`);
  }
  for (const s of t.stubs) push('replace-stub', `Replace the stub at ${loc(s)} with the real implementation`, s.file, s.line, s.detail);
  for (const m of t.blocking) push('replace-stub', `Finish the code marked ${m.name} at ${loc(m)} and remove the marker`, m.file, m.line, m.detail);
  for (const m of t.missingServices) {
    push('missing-service', `Fix ${m.file}:${m.line}: it ${m.problem}; implement it or call the service that exists`, m.file, m.line, m.problem);
  }
  t.missingTables.forEach((table, i) => {
    const ref = f.tableRefs.find((r) => r.name === table) as Item;
    if (layout.migrations.length > 0 || layout.schemaFiles.length === 0) {
      push('create-table', `Create table ${table} in a new migration ${nextMigration(layout, table, i)} (it is queried at ${loc(ref)})`, nextMigration(layout, table, i), undefined, `CREATE TABLE ${table} (...) with the columns the queries at ${loc(ref)} use.`);
    } else {
      const schema = layout.schemaFiles[0] as string;
      push('create-table', `Declare table ${table} in ${schema} (it is queried at ${loc(ref)}) and generate its migration`, schema, undefined, `Add the table definition next to the others in ${schema}.`);
    }
  });
  for (const j of t.invalidJobs) push('fix-cron', `Fix the cron expression "${j.name}" at ${loc(j)}: ${j.problem ?? 'invalid'}`, j.file, j.line);

  if (f.services.length > 0 && entries.length === 0) {
    const svc = f.services[0] as Item;
    if (layout.hasCommands || !layout.hasRoutes) {
      const dir = layout.commandsDir ?? `${layout.sourceRoot ? `${layout.sourceRoot}/` : ''}commands`;
      const file = `${dir}/${f.name}${layout.ext}`;
      const registry = layout.commandRegistry ? ` and register it in ${layout.commandRegistry}` : ' and register it where the bot loads its commands';
      push('command-parity', `Create the command shell ${file} that calls ${svc.name} from ${svc.file}${registry}`, file, undefined, `Follow the shape of the existing commands in ${dir}; the command only parses input and calls ${svc.name}.`);
    } else {
      const dir = layout.routesDir ?? `${layout.sourceRoot ? `${layout.sourceRoot}/` : ''}routes`;
      const file = `${dir}/${f.name}${layout.ext}`;
      const registry = layout.routeRegistry ? ` and mount it in ${layout.routeRegistry}` : '';
      push('route-parity', `Create the route module ${file} (GET /${f.name}) that calls ${svc.name} from ${svc.file}${registry}`, file, undefined, `The handler only validates input and calls ${svc.name}.`);
    }
  }
  const tableNames = [...new Set([...f.tables.map((x) => x.name), ...f.tableRefs.map((x) => x.name)])].sort();
  if (tableNames.length > 0 && f.services.length === 0 && entries.length === 0) {
    const file = servicePath(f.name, layout);
    const where = f.tables[0] ? ` (created at ${loc(f.tables[0])})` : '';
    const callers = entries.length ? `; call it from ${list(entries.map((e) => e.file))}` : '';
    push('db-bridge', `Add a service layer ${file} for table${tableNames.length === 1 ? '' : 's'} ${tableNames.join(', ')}${where} with typed read and write functions${callers}`, file, undefined, `Move the queries out of the entry files into ${pascal(f.name)}Service; nothing else should talk to ${tableNames.join(', ')} directly.`);
  }
  for (const m of t.open) push('resolve-marker', `Resolve the ${m.name} at ${loc(m)}${m.detail ? `: ${m.detail}` : ''}`, m.file, m.line);
  for (const x of t.critical) push('fix-finding', `Fix the ${x.severity} finding ${x.rule ?? x.name} at ${loc(x)}${x.detail ? `: ${x.detail}` : ''}`, x.file, x.line);
  // One task per env example: each key goes to the example nearest the code that reads it.
  const byExample = new Map<string, string[]>();
  for (const u of t.undocumentedAt) byExample.set(u.example ?? '', [...(byExample.get(u.example ?? '') ?? []), u.key]);
  for (const [example, keys] of byExample) {
    const bindings = keys.every((k) => f.envKeys.some((e) => e.name === k && e.kind === 'env-binding' || e.name === k && e.kind === 'env-destructure'));
    const target = example || (layout.envExample ?? (bindings && layout.wrangler ? layout.wrangler : '.env.example'));
    const check = layout.envValidation ?? `${layout.sourceRoot ? `${layout.sourceRoot}/` : ''}config${layout.ext}`;
    const first = f.envKeys.find((k) => k.name === keys[0]) as Item;
    push('env-validation', `Add ${keys.join(', ')} to ${target} and fail fast at startup in ${check} when ${keys.length === 1 ? 'it is' : 'any is'} missing`, target, undefined, `First read at ${loc(first)}.`);
  }
  if (f.commands.length === 0) {
    const seen = new Set<string>();
    for (const j of f.jobs.filter((x) => x.kind !== 'scheduled-handler')) {
      if (seen.has(j.name)) continue;
      seen.add(j.name);
      if (layout.hasCommands || !layout.hasRoutes) {
        const dir = layout.commandsDir ?? `${layout.sourceRoot ? `${layout.sourceRoot}/` : ''}commands`;
        const file = `${dir}/${f.name}-run${layout.ext}`;
        push('job-runner', `Expose a dry-run trigger for the job "${j.name}" (${loc(j)}): add the admin command ${file} that runs it once with --dry-run${layout.commandRegistry ? ` and register it in ${layout.commandRegistry}` : ''}`, file, undefined, 'The command calls the same handler as the schedule; --dry-run logs what it would change without writing.');
      } else {
        const file = layout.routeRegistry ?? `${layout.sourceRoot ? `${layout.sourceRoot}/` : ''}index${layout.ext}`;
        push('job-runner', `Expose a dry-run trigger for the job "${j.name}" (${loc(j)}): add the admin route POST /admin/jobs/${f.name}?dryRun=1 in ${file}`, file, undefined, 'The route calls the same handler as the scheduled event; dryRun=1 reports what it would change without writing.');
      }
    }
  }
  if (f.tests.length === 0 && (entries.length > 0 || f.services.length > 0)) {
    // Missing tests lower confidence; the task stays, last, so the prompt still says what to cover.
    const target = serviceFile ?? entries[0]?.file ?? '';
    // Beside the code when the project keeps its tests there, else in its tests folder.
    const dir = layout.testsColocated && target ? path.posix.dirname(target) : (layout.testsDir ?? (layout.sourceRoot || 'test'));
    const file = `${dir}/${f.name}${layout.testSuffix}${layout.ext}`;
    push('add-tests', `Add ${file} that imports ${target} and covers ${camel(f.name)}'s main flow`, file, undefined, `Cover ${list([...entries.map(entryLabel), ...f.services.map((s) => s.name)], 4)}.`);
  }
  return tasks;
}
