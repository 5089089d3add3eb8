import { ReadycheckError } from '@readycheck/core';
import { KNOWN_CATEGORIES, PRIORITIES, type CheckDefinition, type Priority } from './model.js';

/** A check in a plan: its definition plus the ordering edges the plan derived. */
export interface PlannedCheck extends CheckDefinition {
  /**
   * Ids that must have finished (in any state) before this one starts: earlier phases, the
   * previous check of a sequential group. Unlike `dependsOn`, a failure here does not block.
   */
  after: string[];
  /** True when the check was not selected by the filters but another selected check depends on it. */
  pulledIn: boolean;
  /** 0-based dependency wave. */
  wave: number;
}

/**
 * What would run, in which order: `waves[i]` holds the ids that can run in parallel once every
 * earlier wave has finished. `checks` is in definition order.
 */
export interface Plan {
  checks: PlannedCheck[];
  waves: string[][];
}

/** Filters of `smoke-run` (`--category`, `--priority`, `--grep`, `--tag`). */
export interface PlanFilters {
  categories?: string[];
  priorities?: string[];
  /** Case-insensitive regular expression matched against `id` and `name`. */
  grep?: string;
  tags?: string[];
}

/**
 * Checks the definitions as a whole: ids unique, every `dependsOn` id exists, no cycles.
 * Throws `RC_SUITE_DUPLICATE_ID`, `RC_SUITE_MISSING_DEPENDENCY` or `RC_SUITE_CYCLE` (exit 2).
 */
export function validateDefinitions(defs: readonly CheckDefinition[]): void {
  const byId = new Map<string, CheckDefinition>();
  for (const d of defs) {
    const prev = byId.get(d.id);
    if (prev) {
      throw new ReadycheckError('RC_SUITE_DUPLICATE_ID', `${d.file}: duplicate check id "${d.id}" (also in ${prev.file})`, { file: d.file });
    }
    byId.set(d.id, d);
  }
  for (const d of defs) {
    for (const dep of d.dependsOn) {
      if (!byId.has(dep)) {
        throw new ReadycheckError('RC_SUITE_MISSING_DEPENDENCY', `${d.file}: check "${d.id}" depends on unknown id "${dep}"`, { file: d.file });
      }
    }
  }
  const edges = deriveEdges(defs);
  const cycle = findCycle(
    defs.map((d) => d.id),
    (id) => [...(byId.get(id)?.dependsOn ?? []), ...(edges.after.get(id) ?? [])],
  );
  if (cycle) {
    const file = byId.get(cycle[0]!)?.file ?? '';
    throw new ReadycheckError('RC_SUITE_CYCLE', `${file}: dependency cycle: ${cycle.join(' -> ')} (each depends on the next)`, { file });
  }
}

/**
 * Builds the plan: validates the definitions, applies the filters, pulls in what the selected
 * checks depend on, and orders everything into dependency waves.
 *
 * @example
 * const plan = createPlan(suites.flatMap((s) => s.checks), { categories: ['health'] });
 * for (const [i, wave] of plan.waves.entries()) console.log(`wave ${i + 1}: ${wave.join(', ')}`);
 */
export function createPlan(defs: readonly CheckDefinition[], filters: PlanFilters = {}): Plan {
  validateDefinitions(defs);
  checkFilters(defs, filters);
  const byId = new Map(defs.map((d) => [d.id, d]));
  const grep = filters.grep === undefined ? undefined : compileGrep(filters.grep);
  const selected = new Set(defs.filter((d) => matches(d, filters, grep)).map((d) => d.id));
  const edges = deriveEdges(defs);
  // Pull in dependencies transitively, a phase checkpoint included: a selected check cannot run
  // without what it depends on.
  const included = new Set(selected);
  const stack = [...selected];
  while (stack.length) {
    const id = stack.pop()!;
    for (const dep of [...(byId.get(id)?.dependsOn ?? []), ...(edges.blocking.get(id) ?? [])]) {
      if (!included.has(dep)) {
        included.add(dep);
        stack.push(dep);
      }
    }
  }
  const checks: PlannedCheck[] = defs
    .filter((d) => included.has(d.id))
    .map((d) => ({
      ...d,
      dependsOn: [...new Set([...d.dependsOn, ...(edges.blocking.get(d.id) ?? [])])].filter((x) => included.has(x)),
      after: (edges.after.get(d.id) ?? []).filter((x) => included.has(x)),
      pulledIn: !selected.has(d.id),
      wave: 0,
    }));
  return withWaves(checks);
}

/**
 * Recomputes the waves of a set of planned checks (for a subset of a plan, e.g. a shard). Edges to
 * ids outside the set are ignored.
 */
export function withWaves(checks: PlannedCheck[]): Plan {
  const ids = new Set(checks.map((c) => c.id));
  const preds = new Map(checks.map((c) => [c.id, [...new Set([...c.dependsOn, ...c.after])].filter((x) => ids.has(x))]));
  const waveOf = new Map<string, number>();
  const order = topologicalOrder(
    checks.map((c) => c.id),
    (id) => preds.get(id) ?? [],
  );
  for (const id of order) {
    const w = Math.max(-1, ...(preds.get(id) ?? []).map((p) => waveOf.get(p) ?? 0)) + 1;
    waveOf.set(id, w);
  }
  const waves: string[][] = [];
  const planned = checks.map((c) => {
    const wave = waveOf.get(c.id) ?? 0;
    (waves[wave] ??= []).push(c.id);
    return { ...c, wave };
  });
  return { checks: planned, waves: waves.filter((w) => w !== undefined) };
}

/** Every category a filter may name: the known ones plus those the suites use. */
export function availableCategories(defs: readonly CheckDefinition[]): string[] {
  return [...new Set([...KNOWN_CATEGORIES, ...defs.map((d) => d.category)])].sort();
}

function checkFilters(defs: readonly CheckDefinition[], filters: PlanFilters): void {
  const cats = new Set(availableCategories(defs));
  for (const c of filters.categories ?? []) {
    if (!cats.has(c)) {
      throw new ReadycheckError('RC_UNKNOWN_CATEGORY', `unknown category "${c}" (known: ${[...cats].join(', ')})`);
    }
  }
  for (const p of filters.priorities ?? []) {
    if (!(PRIORITIES as readonly string[]).includes(p)) {
      throw new ReadycheckError('RC_USAGE', `unknown priority "${p}" (expected one of ${PRIORITIES.join(', ')})`);
    }
  }
  if (filters.grep !== undefined) compileGrep(filters.grep);
}

function compileGrep(grep: string): RegExp {
  try {
    return new RegExp(grep, 'i');
  } catch (cause) {
    throw new ReadycheckError('RC_USAGE', `--grep: invalid regular expression "${grep}" (${(cause as Error).message})`, { cause });
  }
}

function matches(d: CheckDefinition, f: PlanFilters, grep: RegExp | undefined): boolean {
  if (f.categories?.length && !f.categories.includes(d.category)) return false;
  if (f.priorities?.length && !f.priorities.includes(d.priority as Priority)) return false;
  if (f.tags?.length && !d.tags.some((t) => f.tags!.includes(t))) return false;
  if (grep && !grep.test(d.name) && !grep.test(d.id)) return false;
  return true;
}

interface DerivedEdges {
  /** Blocking edges from phases: a check after a checkpoint depends on that checkpoint. */
  blocking: Map<string, string[]>;
  /** Ordering-only edges: earlier phases, previous check of a sequential group. */
  after: Map<string, string[]>;
}

// Phases and sequential groups become edges so one scheduler and one wave computation cover them.
function deriveEdges(defs: readonly CheckDefinition[]): DerivedEdges {
  const blocking = new Map<string, string[]>();
  const after = new Map<string, string[]>();
  const push = (m: Map<string, string[]>, id: string, dep: string) => {
    const list = m.get(id);
    if (list) list.push(dep);
    else m.set(id, [dep]);
  };
  const byFile = new Map<string, CheckDefinition[]>();
  for (const d of defs) {
    // Phases are numbered per suite; two suites in one file keep separate phase orders.
    const key = `${d.file}\0${d.suite}`;
    const list = byFile.get(key);
    if (list) list.push(d);
    else byFile.set(key, [d]);
  }
  for (const list of byFile.values()) {
    // Sequential groups: each check waits for the previous one in the same group.
    const lastInGroup = new Map<string, string>();
    for (const d of list) {
      if (d.group?.execution !== 'sequential') continue;
      const prev = lastInGroup.get(d.group.key);
      if (prev !== undefined) push(after, d.id, prev);
      lastInGroup.set(d.group.key, d.id);
    }
    // Phases: a phase starts when the previous one has finished; its checkpoint (when present)
    // must have passed. The checkpoint itself waits for the rest of its phase.
    const phased = list.filter((d) => d.phaseIndex !== undefined);
    if (!phased.length) continue;
    const maxPhase = Math.max(...phased.map((d) => d.phaseIndex!));
    let previous: CheckDefinition[] = [];
    let lastCheckpoint: string | undefined;
    for (let p = 0; p <= maxPhase; p++) {
      const inPhase = phased.filter((d) => d.phaseIndex === p);
      const body = inPhase.filter((d) => !d.checkpoint);
      const checkpoint = inPhase.find((d) => d.checkpoint);
      for (const d of inPhase) {
        for (const prev of previous) push(after, d.id, prev.id);
        if (lastCheckpoint !== undefined) push(blocking, d.id, lastCheckpoint);
      }
      if (checkpoint) for (const d of body) push(after, checkpoint.id, d.id);
      if (inPhase.length) previous = inPhase;
      if (checkpoint) lastCheckpoint = checkpoint.id;
    }
  }
  return { blocking, after };
}

/** The ids of one cycle (first id repeated at the end), or undefined. */
function findCycle(ids: string[], predsOf: (id: string) => string[]): string[] | undefined {
  const state = new Map<string, 1 | 2>();
  const path: string[] = [];
  const visit = (start: string): string[] | undefined => {
    // Iterative DFS so deep chains cannot overflow the stack.
    const stack: { id: string; next: number; preds: string[] }[] = [{ id: start, next: 0, preds: predsOf(start) }];
    state.set(start, 1);
    path.push(start);
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      if (top.next < top.preds.length) {
        const p = top.preds[top.next++]!;
        const s = state.get(p);
        if (s === 1) {
          const from = path.indexOf(p);
          return [...path.slice(from), p];
        }
        if (s === undefined) {
          state.set(p, 1);
          path.push(p);
          stack.push({ id: p, next: 0, preds: predsOf(p) });
        }
      } else {
        state.set(top.id, 2);
        path.pop();
        stack.pop();
      }
    }
    return undefined;
  };
  for (const id of ids) {
    if (state.has(id)) continue;
    const cycle = visit(id);
    if (cycle) return cycle;
  }
  return undefined;
}

function topologicalOrder(ids: string[], predsOf: (id: string) => string[]): string[] {
  const indegree = new Map<string, number>();
  const succ = new Map<string, string[]>();
  for (const id of ids) {
    const preds = predsOf(id);
    indegree.set(id, preds.length);
    for (const p of preds) {
      const s = succ.get(p);
      if (s) s.push(id);
      else succ.set(p, [id]);
    }
  }
  const queue = ids.filter((id) => indegree.get(id) === 0);
  const out: string[] = [];
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i]!;
    out.push(id);
    for (const s of succ.get(id) ?? []) {
      const n = (indegree.get(s) ?? 0) - 1;
      indegree.set(s, n);
      if (n === 0) queue.push(s);
    }
  }
  return out;
}
