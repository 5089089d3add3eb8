import type { EvidenceReportTypes } from '@readycheck/core';
import { backgroundLabel } from '../entry-kinds.js';
import type { Item } from '../types.js';

// The verdict rules of evidence-scan, in one table. Each row is a condition over a feature's
// evidence, the verdict it pushes toward (FAIL, WARN, or `evidence`: confidence only), a weight
// (what it adds to the confidence), the reason lines the report prints, and a comment saying why.
// A feature is FAIL when a FAIL row fires, else SKIP when it is infrastructure, else WARN when a
// WARN row fires, else PASS when it has a user-facing entry that reaches real work.

type Status = EvidenceReportTypes.Status;

/** The facts of one feature that the rules read, computed once by the classifier. */
export interface FeatureView {
  name: string;
  grouping: 'config' | 'derived';
  files: number;
  /** Where the feature starts: commands and routes a user reaches (package.json scripts excluded), jobs, listeners, queue consumers. */
  userEntries: Item[];
  services: Item[];
  /** Tables the feature creates or queries. */
  tableNames: string[];
  /** Queries of the feature made from an entry's file or a file the entry imports (data access from the handler). */
  dataAccess: Item[];
  /** Files an entry reaches within a few imports that do real work (a service, a query, an entity), as `what` @ file. */
  work: Item[];
  /** For a feature without its own entry: the entries elsewhere that reach its services. */
  usedBy: Item[];
  /** Tables queried but created nowhere, with the query, when the project has a schema to check against. */
  missingTables: Item[];
  /** Same, when the project has no schema or migrations at all. */
  uncheckedTables: Item[];
  /** Stubs sure enough to be breakage (confidence ≥ {@link STUB_FAIL_CONFIDENCE}) in files an entry reaches. */
  stubsOnPath: Item[];
  /** Stubs sure enough, but in files no entry reaches. */
  stubsOffPath: Item[];
  /** Blocking markers (see BLOCKING_MARKERS). */
  blocking: Item[];
  /** Open-work markers (the other marker words). */
  open: Item[];
  missingServices: Item[];
  invalidJobs: Item[];
  candidates: Item[];
  undocumented: string[];
  /** Each undocumented key with the env example nearest the file that reads it (none: no example above it). */
  undocumentedAt: Array<{ key: string; example?: string }>;
  /** The env example the keys were compared with, when they all share one. */
  envExample?: string;
  critical: Item[];
  tests: Item[];
  requireTests: boolean;
}

/** One row of the table. */
export interface Rule {
  id: string;
  verdict: Exclude<Status, 'PASS' | 'SKIP'> | 'evidence';
  /** Added to the confidence when the row fires (`evidence` rows); FAIL rows lift it to {@link FAIL_CONFIDENCE}. */
  weight: number;
  /** The reason lines when the row fires; none when it does not. */
  reasons: (v: FeatureView) => string[];
}

/** A stub's confidence from which it counts as breakage (a FAIL on an entry's path, a WARN off it). */
export const STUB_FAIL_CONFIDENCE = 0.6;
/** Confidence a FAIL verdict backed by direct evidence (a stub, a missing table) is at least. */
export const FAIL_CONFIDENCE = 0.8;
/** Confidence every feature starts from. */
export const BASE_CONFIDENCE = 0.2;

const loc = (i: Item): string => `${i.file}:${i.line}`;
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
/** A list of names for a reason line: at most `max`, then how many more. */
export const list = (names: readonly string[], max = 5): string => {
  const uniq = [...new Set(names)];
  return uniq.length > max ? `${uniq.slice(0, max).join(', ')} (+${uniq.length - max} more)` : uniq.join(', ');
};
const firstPerName = (items: readonly Item[]): Item[] => [...new Map([...items].reverse().map((i) => [i.name, i])).values()].reverse();
/** How an entry reads to a user: `/link` (slash command), `GET /api/feeds` (route), `sync` (CLI), `Cron 0 * * * *` (job). */
export function entryLabel(i: Item): string {
  const background = backgroundLabel(i);
  if (background) return background;
  if (i.kind === 'slash-command') return `/${i.name}`;
  if ((i.kind === 'route' || i.kind === 'file-route') && i.detail) return `${i.detail} ${i.name}`;
  return i.name;
}
const entryLabelOf = entryLabel;

/** The rules, in the order their reasons are printed. */
export const RULES: readonly Rule[] = [
  // A stub the detectors are sure of (not a constructor, an intended no-op, a base class's default
  // hook or an interface's empty implementation: those score under the bar) in code an entry
  // reaches: a user who runs the entry hits it. The one kind of breakage a stub stands for.
  { id: 'stub-on-entry-path', verdict: 'FAIL', weight: 0, reasons: (v) => v.stubsOnPath.map((s) => `stub at ${loc(s)}${s.detail ? `: ${s.detail}` : ''}`) },
  // A blocking marker was written on purpose: the author says it is not done.
  { id: 'blocking-marker', verdict: 'FAIL', weight: 0, reasons: (v) => v.blocking.map((m) => `${m.name} marker at ${loc(m)}${m.detail ? `: ${m.detail}` : ''}`) },
  // A registration pointing at nothing: the entry imports or calls a module, export or method
  // that does not exist, so it throws the first time it runs.
  { id: 'missing-service', verdict: 'FAIL', weight: 0, reasons: (v) => v.missingServices.map((m) => `${m.detail ?? m.name} (${m.file}) calls a missing service: ${m.problem ?? ''}`) },
  // A table queried that no migration, schema or entity creates: the query fails at run time.
  // Only when the project has a schema at all (else it may live in another repository).
  { id: 'missing-table', verdict: 'FAIL', weight: 0, reasons: (v) => v.missingTables.map((t) => `table ${t.name} is referenced at ${loc(t)} but never created`) },
  // A cron expression that can never fire (bad field, 30 February): the job never runs.
  { id: 'invalid-cron', verdict: 'FAIL', weight: 0, reasons: (v) => v.invalidJobs.map((j) => `invalid cron expression "${j.name}" at ${loc(j)}: ${j.problem ?? 'invalid'}`) },

  // A stub no entry reaches is dead or unfinished code, not a broken feature: worth a look, not a FAIL.
  // So is a helper's stub (`notImplemented()`) that nothing on an entry's path calls.
  { id: 'stub-off-path', verdict: 'WARN', weight: 0, reasons: (v) => v.stubsOffPath.map((s) => `stub at ${loc(s)} (${s.problem ?? 'no entry reaches it'})${s.detail ? `: ${s.detail}` : ''}`) },
  { id: 'unchecked-table', verdict: 'WARN', weight: 0, reasons: (v) => v.uncheckedTables.map((t) => `table ${t.name} is referenced at ${loc(t)} but the project has no schema or migrations to check it against`) },
  // Business logic nobody can reach from outside: half a feature.
  // (A shared service that entries elsewhere reach is used: no gap.)
  { id: 'service-without-entry', verdict: 'WARN', weight: 0, reasons: (v) => (v.services.length > 0 && v.userEntries.length === 0 && v.usedBy.length === 0 ? [`service without any command or route: ${list(v.services.map((s) => s.name))}`] : []) },
  // An entry that reaches no service, query or entity does nothing real yet (or only renders).
  { id: 'entry-without-work', verdict: 'WARN', weight: 0, reasons: (v) => (v.userEntries.length > 0 && v.services.length === 0 && v.dataAccess.length === 0 && v.work.length === 0 ? [`entry without a service or data access: ${list(v.userEntries.map(entryLabelOf))}`] : []) },
  // Tables nobody reaches through an entry or a service.
  { id: 'tables-without-service', verdict: 'WARN', weight: 0, reasons: (v) => (v.tableNames.length > 0 && v.services.length === 0 && v.userEntries.length === 0 && v.usedBy.length === 0 ? [`tables without a service or entry: ${list(v.tableNames)}`] : []) },
  // Open work the author wrote down: partial.
  { id: 'open-markers', verdict: 'WARN', weight: 0, reasons: (v) => (v.open.length > 0 ? [`${plural(v.open.length, 'open marker')}: ${list(v.open.map((m) => `${m.name} at ${loc(m)}`), 3)}`] : []) },
  { id: 'candidate-waiting', verdict: 'WARN', weight: 0, reasons: (v) => v.candidates.map((c) => `candidate file ${c.file} is waiting to be promoted to ${c.name}`) },
  // A key read but missing from the env example next to the package that reads it: a deploy misses it.
  { id: 'env-undocumented', verdict: 'WARN', weight: 0, reasons: (v) => {
    if (v.undocumented.length === 0) return [];
    const examples = new Set(v.undocumentedAt.map((u) => u.example ?? ''));
    if (examples.size <= 1) return [`env keys not documented${v.envExample ? ` in ${v.envExample}` : ''}: ${list(v.undocumented, 8)}`];
    return [`env keys not in the env example nearest the code that reads them: ${list(v.undocumentedAt.map((u) => `${u.key} (${u.example ?? 'no example'})`), 8)}`];
  } },
  // A critical detector finding (injection, secret): not done until fixed.
  { id: 'critical-finding', verdict: 'WARN', weight: 0, reasons: (v) => v.critical.map((x) => `${x.severity ?? 'critical'} finding ${x.rule ?? x.name} at ${loc(x)}${x.detail ? `: ${x.detail}` : ''}`) },
  // Tests raise confidence; their absence alone is no WARN unless the config asks (`requireTests`).
  { id: 'tests-required', verdict: 'WARN', weight: 0, reasons: (v) => (v.requireTests && v.tests.length === 0 && (v.userEntries.length > 0 || v.services.length > 0) ? ['no tests import this feature (requireTests)'] : []) },

  // Evidence rows: what is there, and how much each part says that the feature is real.
  // An entry (a command or route a user reaches, or a job, listener or consumer the platform runs)
  // is the strongest sign of a feature: work reached only from an hourly job is as real.
  { id: 'user-entry', verdict: 'evidence', weight: 0.15, reasons: (v) => (v.userEntries.length > 0 ? [`user-facing entry: ${list(v.userEntries.map((e) => `${entryLabelOf(e)} (${loc(e)})`), 3)}`] : []) },
  // A service is where the work happens.
  { id: 'service', verdict: 'evidence', weight: 0.15, reasons: (v) => (v.services.length > 0 ? [`service: ${list(v.services.map((s) => `${s.name} (${loc(s)})`), 3)}`] : []) },
  // Data access straight from a handler is real work too (many apps call the ORM from routes).
  { id: 'data-access', verdict: 'evidence', weight: 0, reasons: (v) => (v.dataAccess.length > 0 && v.userEntries.length > 0 ? [`data access from the entry: ${list(firstPerName(v.dataAccess).map((t) => `${t.name} (${loc(t)})`), 3)}`] : []) },
  // Real work reached through imports (a controller that calls a service): as good as calling it.
  { id: 'reaches-work', verdict: 'evidence', weight: 0, reasons: (v) => (v.userEntries.length > 0 && v.services.length === 0 && v.dataAccess.length === 0 && v.work.length > 0 ? [`reaches real work: ${list(v.work.map((w) => `${w.name} (${w.file})`), 3)}`] : []) },
  // A shared service is used when entries of other features reach it.
  { id: 'used-by-entries', verdict: 'evidence', weight: 0.15, reasons: (v) => (v.userEntries.length === 0 && v.usedBy.length > 0 ? [`used by entries: ${list(v.usedBy.map((e) => `${entryLabelOf(e)} (${loc(e)})`), 3)}`] : []) },
  { id: 'tables', verdict: 'evidence', weight: 0.1, reasons: () => [] },
  // Tests make the verdict surer; none is said, and costs this weight.
  { id: 'tests', verdict: 'evidence', weight: 0.1, reasons: (v) => (v.tests.length > 0 ? [`tests: ${list(v.tests.map((t) => t.file), 3)}`] : v.userEntries.length > 0 || v.services.length > 0 ? ['no tests import this feature (lowers confidence)'] : []) },
  // A feature spread over several files is less likely a stray file.
  { id: 'several-files', verdict: 'evidence', weight: 0.1, reasons: () => [] },
  // A feature the user declared in the config exists by definition.
  { id: 'declared', verdict: 'evidence', weight: 0.2, reasons: () => [] },
];

/** Whether an evidence row's weight counts for a feature. */
export function evidenceHolds(id: string, v: FeatureView): boolean {
  switch (id) {
    case 'user-entry':
      return v.userEntries.length > 0;
    case 'service':
      return v.services.length > 0;
    case 'tables':
      return v.tableNames.length > 0;
    case 'used-by-entries':
      return v.userEntries.length === 0 && v.usedBy.length > 0;
    case 'tests':
      return v.tests.length > 0;
    case 'several-files':
      return v.files >= 2;
    case 'declared':
      return v.grouping === 'config';
    default:
      return false;
  }
}
