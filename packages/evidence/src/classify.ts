import path from 'node:path';
import type { EvidenceReportTypes } from '@readycheck/core';
import type { EntryLinks } from './crossfile.js';
import type { FeatureEvidence } from './group.js';
import { BLOCKING_MARKERS } from './markers.js';
import { camel, pascal } from './naming.js';
import type { ProjectLayout } from './project.js';
import type { FileFacts, Item } from './types.js';

type Status = EvidenceReportTypes.Status;
type Task = EvidenceReportTypes.Task;

/** What classification needs to know beyond the feature itself. */
export interface ClassifyContext {
  /** Every table created anywhere (normalised names, Prisma `@@map` names too). */
  createdTables: ReadonlySet<string>;
  /** Env keys documented in an env example or wrangler config. */
  documentedEnv: ReadonlySet<string>;
  /** Cross-file links of entry files. */
  links: ReadonlyMap<string, EntryLinks>;
  /**
   * Last line of each command or route definition by file, keyed `line:name`
   * ({@link FileFacts.entryEnds}); absent means one entry per file is assumed.
   */
  entryEnds?: ReadonlyMap<string, Readonly<Record<string, number>>>;
  /** Tables each file references (for entry → service → table flows). */
  tablesOfFile: ReadonlyMap<string, string[]>;
  layout: ProjectLayout;
  /** Features whose confidence is below this are SKIP. */
  confidenceFloor: number;
  /** Detector severities that keep a feature from PASS. */
  criticalSeverities: ReadonlySet<string>;
  /** Feature names declared infrastructure in the config. */
  infrastructure: ReadonlySet<string>;
}

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
const list = (names: readonly string[], max = 5): string => {
  const uniq = [...new Set(names)];
  return uniq.length > max ? `${uniq.slice(0, max).join(', ')} (+${uniq.length - max} more)` : uniq.join(', ');
};

/** How an entry reads to a user: `/link` (slash command), `GET /api/feeds` (route), `sync` (CLI). */
export function entryLabel(i: Item): string {
  if (i.kind === 'slash-command') return `/${i.name}`;
  if ((i.kind === 'route' || i.kind === 'file-route') && i.detail) return `${i.detail} ${i.name}`;
  return i.name;
}

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

function isEntry(i: Item): boolean {
  return i.kind !== 'npm-script';
}

/**
 * Classifies a feature: FAIL (stubs, STUB or "DO NOT SHIP" markers, tables referenced but never
 * created, a command calling a missing service, an invalid cron expression), SKIP (infrastructure
 * only, or confidence under the floor), WARN (partial: services without an entry, tables without
 * a service, entries without a service, open markers, no tests, a waiting candidate, undocumented
 * env keys, critical findings), else PASS. Reasons explain the status, problems first.
 */
export function classifyFeature(f: FeatureEvidence, ctx: ClassifyContext): Classification {
  const fail: string[] = [];
  const warn: string[] = [];
  const good: string[] = [];
  const entries = [...f.commands, ...f.routes];
  const userEntries = entries.filter(isEntry);
  const blocking = f.markers.filter((m) => BLOCKING_MARKERS.has(m.name));
  const open = f.markers.filter((m) => !BLOCKING_MARKERS.has(m.name));
  const refTables = [...new Set(f.tableRefs.map((t) => t.name))];
  const missingTables = refTables.filter((t) => !ctx.createdTables.has(t)).sort();
  const schemaKnown = ctx.createdTables.size > 0;
  const invalidJobs = f.jobs.filter((j) => j.valid === false);
  const critical = f.findings.filter((x) => x.severity !== undefined && ctx.criticalSeverities.has(x.severity));

  const missingServices: Item[] = [];
  for (const e of entries) {
    const links = ctx.links.get(e.file);
    for (const m of links?.missing ?? []) {
      if (!owns(e, m.line, ctx)) continue;
      if (!missingServices.some((x) => x.file === e.file && x.line === m.line && x.problem === m.problem)) {
        missingServices.push({ name: e.name, file: e.file, line: m.line, kind: 'missing-service', detail: entryLabel(e), problem: m.problem });
      }
    }
  }

  for (const s of f.stubs) fail.push(`stub at ${loc(s)}${s.detail ? `: ${s.detail}` : ''}`);
  for (const m of blocking) fail.push(`${m.name} marker at ${loc(m)}${m.detail ? `: ${m.detail}` : ''}`);
  for (const m of missingServices) fail.push(`${m.detail ?? m.name} (${m.file}) calls a missing service: ${m.problem}`);
  for (const t of missingTables) {
    const at = f.tableRefs.find((r) => r.name === t) as Item;
    if (schemaKnown) fail.push(`table ${t} is referenced at ${loc(at)} but never created`);
    else warn.push(`table ${t} is referenced at ${loc(at)} but the project has no schema or migrations to check it against`);
  }
  for (const j of invalidJobs) fail.push(`invalid cron expression "${j.name}" at ${loc(j)}: ${j.problem ?? 'invalid'}`);

  const services = f.services;
  const hasTables = f.tables.length > 0 || refTables.length > 0;
  if (services.length > 0 && userEntries.length === 0) warn.push(`service without any command or route: ${list(services.map((s) => s.name))}`);
  if (userEntries.length > 0 && services.length === 0) warn.push(`entry without a service: ${list(userEntries.map(entryLabel))}`);
  if (hasTables && services.length === 0) warn.push(`tables without a service: ${list([...f.tables.map((t) => t.name), ...refTables].sort())}`);
  if (open.length > 0) warn.push(`${plural(open.length, 'open marker')}: ${list(open.map((m) => `${m.name} at ${loc(m)}`), 3)}`);
  for (const c of f.candidates) warn.push(`candidate file ${c.file} is waiting to be promoted to ${c.name}`);
  const undocumented = undocumentedKeys(f, ctx);
  if (undocumented.length > 0) warn.push(`env keys not documented${ctx.layout.envExample ? ` in ${ctx.layout.envExample}` : ''}: ${list(undocumented, 8)}`);
  for (const x of critical) warn.push(`${x.severity} finding ${x.rule ?? x.name} at ${loc(x)}${x.detail ? `: ${x.detail}` : ''}`);
  if (f.tests.length === 0 && (userEntries.length > 0 || services.length > 0)) warn.push('no tests import this feature');

  if (userEntries.length > 0) good.push(`user-facing entry: ${list(userEntries.map((e) => `${entryLabel(e)} (${loc(e)})`), 3)}`);
  if (services.length > 0) good.push(`service: ${list(services.map((s) => `${s.name} (${loc(s)})`), 3)}`);
  if (f.tests.length > 0) good.push(`tests: ${list(f.tests.map((t) => t.file), 3)}`);

  const infraOnly = userEntries.length === 0 && services.length === 0 && !hasTables && f.candidates.length === 0;
  const evidenceScore =
    0.2 +
    (userEntries.length > 0 ? 0.15 : 0) +
    (services.length > 0 ? 0.15 : 0) +
    (hasTables ? 0.1 : 0) +
    (f.tests.length > 0 ? 0.1 : 0) +
    (f.files.size >= 2 ? 0.1 : 0) +
    (f.grouping === 'config' ? 0.2 : 0);
  let confidence = Math.min(1, evidenceScore);
  let status: Status;
  let reasons: string[];
  if (ctx.infrastructure.has(f.name)) {
    status = 'SKIP';
    reasons = ['declared infrastructure in the config', ...fail, ...warn];
  } else if (fail.length > 0) {
    status = 'FAIL';
    // A stub or a missing table is direct evidence: the verdict is sure even when the grouping is thin.
    confidence = Math.max(confidence, 0.8);
    reasons = [...fail, ...warn, ...good];
  } else if (infraOnly) {
    status = 'SKIP';
    reasons = [`infrastructure only: ${infraSummary(f)}`, ...warn];
  } else if (round(confidence) < ctx.confidenceFloor) {
    status = 'SKIP';
    reasons = [`confidence ${round(confidence).toFixed(2)} is below the floor ${ctx.confidenceFloor.toFixed(2)}`, ...warn, ...good];
  } else if (warn.length > 0) {
    status = 'WARN';
    reasons = [...warn, ...good];
  } else {
    status = 'PASS';
    reasons = good;
  }
  confidence = round(confidence);
  const primaryFlow = flows(f, ctx);
  const tasks = status === 'PASS' ? [] : buildTasks(f, ctx, { missingServices, missingTables: schemaKnown ? missingTables : [], undocumented, open, blocking, critical, invalidJobs });
  return { status, confidence, reasons, primaryFlow, tasks, missingServices };
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
  return [...new Set(f.envKeys.map((k) => k.name))].filter((k) => !ctx.documentedEnv.has(k) && !/^(NODE_ENV|CI|DEBUG|PORT|HOME|PATH|TZ)$/.test(k)).sort();
}

function flows(f: FeatureEvidence, ctx: ClassifyContext): string[] {
  const out: string[] = [];
  const entries = [...f.commands, ...f.routes].filter(isEntry);
  for (const e of entries) {
    const links = ctx.links.get(e.file);
    const label = `${e.kind === 'route' || e.kind === 'file-route' ? 'route' : 'command'} ${entryLabel(e)}`;
    const head = `${label} (${loc(e)})`;
    const sites = links?.sites.filter((x) => owns(e, x.line, ctx)) ?? [];
    const calls = [...new Set(sites.map((x) => x.call))].sort();
    const serviceFiles = [...new Set(sites.map((x) => x.file))];
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

interface TaskInputs {
  missingServices: Item[];
  missingTables: string[];
  undocumented: string[];
  open: Item[];
  blocking: Item[];
  critical: Item[];
  invalidJobs: Item[];
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

function buildTasks(f: FeatureEvidence, ctx: ClassifyContext, t: TaskInputs): Task[] {
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
  const entries = [...f.commands, ...f.routes].filter(isEntry);
  const serviceFile = f.services[0]?.file;

  for (const c of f.candidates) {
    const exists = c.detail === 'replaces an existing file';
    push('promote-candidate', `Promote ${c.file} to ${c.name}${exists ? ' (merge it with the current file: keep anything the current file has that the candidate lacks)' : ''}, then delete the candidate`, c.name, undefined, `Diff ${c.file} against ${exists ? c.name : 'the feature'}; move it into place; run the feature's tests.`);
  }
  for (const s of f.stubs) push('replace-stub', `Replace the stub at ${loc(s)} with the real implementation`, s.file, s.line, s.detail);
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
  if (tableNames.length > 0 && f.services.length === 0) {
    const file = servicePath(f.name, layout);
    const where = f.tables[0] ? ` (created at ${loc(f.tables[0])})` : '';
    const callers = entries.length ? `; call it from ${list(entries.map((e) => e.file))}` : '';
    push('db-bridge', `Add a service layer ${file} for table${tableNames.length === 1 ? '' : 's'} ${tableNames.join(', ')}${where} with typed read and write functions${callers}`, file, undefined, `Move the queries out of the entry files into ${pascal(f.name)}Service; nothing else should talk to ${tableNames.join(', ')} directly.`);
  }
  for (const m of t.open) push('resolve-marker', `Resolve the ${m.name} at ${loc(m)}${m.detail ? `: ${m.detail}` : ''}`, m.file, m.line);
  for (const x of t.critical) push('fix-finding', `Fix the ${x.severity} finding ${x.rule ?? x.name} at ${loc(x)}${x.detail ? `: ${x.detail}` : ''}`, x.file, x.line);
  if (t.undocumented.length > 0) {
    const bindings = t.undocumented.every((k) => f.envKeys.some((e) => e.name === k && e.kind === 'env-binding' || e.name === k && e.kind === 'env-destructure'));
    const target = layout.envExample ?? (bindings && layout.wrangler ? layout.wrangler : '.env.example');
    const check = layout.envValidation ?? `${layout.sourceRoot ? `${layout.sourceRoot}/` : ''}config${layout.ext}`;
    const first = f.envKeys.find((k) => k.name === t.undocumented[0]) as Item;
    push('env-validation', `Add ${t.undocumented.join(', ')} to ${target} and fail fast at startup in ${check} when ${t.undocumented.length === 1 ? 'it is' : 'any is'} missing`, target, undefined, `First read at ${loc(first)}.`);
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
    const target = serviceFile ?? entries[0]?.file ?? '';
    // Beside the code when the project keeps its tests there, else in its tests folder.
    const dir = layout.testsColocated && target ? path.posix.dirname(target) : (layout.testsDir ?? (layout.sourceRoot || 'test'));
    const file = `${dir}/${f.name}${layout.testSuffix}${layout.ext}`;
    push('add-tests', `Add ${file} that imports ${target} and covers ${camel(f.name)}'s main flow`, file, undefined, `Cover ${list([...entries.map(entryLabel), ...f.services.map((s) => s.name)], 4)}.`);
  }
  return tasks;
}
