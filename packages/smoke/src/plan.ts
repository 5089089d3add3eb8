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
  /** `--phase`: phase names or 1-based indices; the phases they wait for come along. */
  phases?: string[];
  /** `--group`: group names (or `phase/group`); what their phase waits for comes along. */
  groups?: string[];
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
  // --phase and --group also bring the phases they wait for: selecting "deploy" runs "build" first.
  const byPhase = Boolean(filters.phases?.length || filters.groups?.length);
  while (stack.length) {
    const id = stack.pop()!;
    for (const dep of [...(byId.get(id)?.dependsOn ?? []), ...(edges.blocking.get(id) ?? []), ...(byPhase ? (edges.phaseDeps.get(id) ?? []) : [])]) {
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
  const phases = new Set(defs.flatMap((d) => (d.phase !== undefined && d.phaseIndex !== undefined ? [d.phase, String(d.phaseIndex + 1)] : [])));
  for (const p of filters.phases ?? []) {
    if (!phases.has(p)) {
      const names = [...new Set(defs.flatMap((d) => (d.phase === undefined ? [] : [d.phase])))];
      throw new ReadycheckError('RC_USAGE', `unknown phase "${p}" (known: ${names.length ? names.join(', ') : 'none'}; or a 1-based index)`);
    }
  }
  const groups = new Set(defs.flatMap((d) => (d.group ? [d.group.name, `${d.phase ?? ''}/${d.group.name}`] : [])));
  for (const g of filters.groups ?? []) {
    if (!groups.has(g)) {
      const names = [...new Set(defs.flatMap((d) => (d.group ? [d.group.name] : [])))];
      throw new ReadycheckError('RC_USAGE', `unknown group "${g}" (known: ${names.length ? names.join(', ') : 'none'})`);
    }
  }
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
  if (f.phases?.length && !(d.phase !== undefined && (f.phases.includes(d.phase) || f.phases.includes(String((d.phaseIndex ?? -1) + 1))))) return false;
  if (f.groups?.length && !(d.group && (f.groups.includes(d.group.name) || f.groups.includes(`${d.phase ?? ''}/${d.group.name}`)))) return false;
  return true;
}

interface DerivedEdges {
  /** Blocking edges: a check after a checkpoint depends on it; a group on the groups it names. */
  blocking: Map<string, string[]>;
  /** Ordering-only edges: phases it waits for, previous check of a sequential group. */
  after: Map<string, string[]>;
  /** The checks of the phases a check's phase waits for (what `--phase`/`--group` pull in). */
  phaseDeps: Map<string, string[]>;
}

/** A phase of one suite, as the plan sees it. */
export interface PhaseNode {
  name: string;
  index: number;
  checks: CheckDefinition[];
  checkpoint: CheckDefinition | undefined;
  /** The phases it waits for, resolved (explicit `dependsOn`, or the stage before it). */
  deps: PhaseNode[];
  /** Phases that run at the same time as this one (its stage, itself excluded). */
  parallel: PhaseNode[];
}

const push = (m: Map<string, string[]>, id: string, dep: string) => {
  const list = m.get(id);
  if (list) list.push(dep);
  else m.set(id, [dep]);
};

// Phases, groups and sequential groups become edges so one scheduler and one wave computation cover them.
function deriveEdges(defs: readonly CheckDefinition[]): DerivedEdges {
  const edges: DerivedEdges = { blocking: new Map(), after: new Map(), phaseDeps: new Map() };
  for (const list of bySuite(defs).values()) {
    // Sequential groups: each check waits for the previous one in the same group.
    const lastInGroup = new Map<string, string>();
    for (const d of list) {
      if (d.group?.execution !== 'sequential') continue;
      const prev = lastInGroup.get(d.group.key);
      if (prev !== undefined) push(edges.after, d.id, prev);
      lastInGroup.set(d.group.key, d.id);
    }
    groupEdges(list, edges);
    phaseEdges(list, edges);
  }
  return edges;
}

/** Definitions by suite (phases and groups are per suite; two suites in a file keep theirs apart). */
export function bySuite<T extends CheckDefinition>(defs: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const d of defs) {
    const key = `${d.file}\0${d.suite}`;
    const list = out.get(key);
    if (list) list.push(d);
    else out.set(key, [d]);
  }
  return out;
}

// A group that depends on another starts when all of that group's checks have passed.
function groupEdges(list: readonly CheckDefinition[], edges: DerivedEdges): void {
  const groups = new Map<string, CheckDefinition[]>();
  for (const d of list) {
    if (!d.group) continue;
    const key = `${d.phase ?? ''}/${d.group.name}`;
    const g = groups.get(key);
    if (g) g.push(d);
    else groups.set(key, [d]);
  }
  for (const [key, members] of groups) {
    const first = members[0]!;
    for (const dep of first.group!.dependsOn ?? []) {
      const target = groups.get(dep.includes('/') ? dep : `${first.phase ?? ''}/${dep}`) ?? uniqueGroup(groups, dep);
      if (!target) {
        throw new ReadycheckError('RC_SUITE_MISSING_DEPENDENCY', `${first.file}: group "${first.group!.name}" depends on unknown group "${dep}"`, { file: first.file });
      }
      if (target === members) {
        throw new ReadycheckError('RC_SUITE_CYCLE', `${first.file}: group "${key}" depends on itself`, { file: first.file });
      }
      for (const d of members) for (const t of target) push(edges.blocking, d.id, t.id);
    }
  }
}

function uniqueGroup(groups: Map<string, CheckDefinition[]>, name: string): CheckDefinition[] | undefined {
  const found = [...groups].filter(([k]) => k.slice(k.indexOf('/') + 1) === name);
  return found.length === 1 ? found[0]![1] : undefined;
}

/**
 * The phases of one suite's checks, each with the phases it waits for: its `dependsOn`, else
 * every phase of the stage before it (a stage is a set of phases joined by `parallelWith`).
 * Unknown names are `RC_SUITE_MISSING_DEPENDENCY`, a loop of phases `RC_SUITE_CYCLE`.
 */
export function phasesOf(list: readonly CheckDefinition[], o: { lenient?: boolean } = {}): PhaseNode[] {
  const byIndex = new Map<number, PhaseNode & { dependsOn?: string[]; parallelWith?: string[] }>();
  for (const d of list) {
    if (d.phaseIndex === undefined) continue;
    let p = byIndex.get(d.phaseIndex);
    if (!p) {
      p = { name: d.phase ?? String(d.phaseIndex + 1), index: d.phaseIndex, checks: [], checkpoint: undefined, deps: [], parallel: [] };
      if (d.phaseDependsOn) p.dependsOn = d.phaseDependsOn;
      if (d.phaseParallelWith) p.parallelWith = d.phaseParallelWith;
      byIndex.set(d.phaseIndex, p);
    }
    p.checks.push(d);
    if (d.checkpoint) p.checkpoint = d;
  }
  const phases = [...byIndex.values()].sort((a, b) => a.index - b.index);
  if (!phases.length) return phases;
  const file = phases[0]!.checks[0]!.file;
  const byName = new Map<string, PhaseNode>();
  for (const p of phases) if (!byName.has(p.name)) byName.set(p.name, p);
  // Lenient (a filtered plan): a phase left out by the filters is simply not there.
  const named = (p: PhaseNode, name: string, field: string): PhaseNode | undefined => {
    const found = byName.get(name);
    if (!found && !o.lenient) throw new ReadycheckError('RC_SUITE_MISSING_DEPENDENCY', `${file}: phase "${p.name}" ${field} unknown phase "${name}"`, { file });
    return found;
  };
  // Stages: phases joined by parallelWith (either side may say it), in order of their first phase.
  const stageOf = new Map<PhaseNode, Set<PhaseNode>>(phases.map((p) => [p, new Set([p])]));
  for (const p of phases) {
    for (const name of (p as { parallelWith?: string[] }).parallelWith ?? []) {
      const other = named(p, name, 'runs in parallel with');
      if (!other) continue;
      const merged = new Set([...stageOf.get(p)!, ...stageOf.get(other)!]);
      for (const m of merged) stageOf.set(m, merged);
    }
  }
  const stages = [...new Set(stageOf.values())].sort((a, b) => Math.min(...[...a].map((p) => p.index)) - Math.min(...[...b].map((p) => p.index)));
  stages.forEach((stage, i) => {
    for (const p of stage) {
      p.parallel = [...stage].filter((x) => x !== p).sort((a, b) => a.index - b.index);
      const explicit = (p as { dependsOn?: string[] }).dependsOn;
      p.deps = explicit ? explicit.flatMap((n) => named(p, n, 'depends on') ?? []) : i > 0 ? [...stages[i - 1]!].sort((a, b) => a.index - b.index) : [];
    }
  });
  const cycle = findCycle(
    phases.map((p) => p.name),
    (name) => (byName.get(name)?.deps ?? []).map((d) => d.name),
  );
  if (cycle) throw new ReadycheckError('RC_SUITE_CYCLE', `${file}: phase cycle: ${cycle.join(' -> ')} (each waits for the next)`, { file });
  return phases;
}

// A phase starts when the phases it waits for have finished; the nearest checkpoint upstream of
// it (when there is one) must have passed. The checkpoint itself waits for the rest of its phase.
function phaseEdges(list: readonly CheckDefinition[], edges: DerivedEdges): void {
  const phases = phasesOf(list);
  const gates = new Map<PhaseNode, string[]>();
  const gateOf = (p: PhaseNode): string[] => {
    // Phases form no cycle (checked above), so this recursion ends; its depth is the phase count.
    let g = gates.get(p);
    if (!g) {
      g = p.checkpoint ? [p.checkpoint.id] : [...new Set(p.deps.flatMap(gateOf))];
      gates.set(p, g);
    }
    return g;
  };
  for (const p of phases) {
    const upstream = p.deps.flatMap((d) => d.checks.map((c) => c.id));
    const gate = [...new Set(p.deps.flatMap(gateOf))];
    for (const d of p.checks) {
      for (const u of upstream) {
        push(edges.after, d.id, u);
        push(edges.phaseDeps, d.id, u);
      }
      for (const g of gate) push(edges.blocking, d.id, g);
    }
    if (p.checkpoint) for (const d of p.checks) if (d !== p.checkpoint) push(edges.after, p.checkpoint.id, d.id);
  }
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
