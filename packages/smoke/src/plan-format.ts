import { stableStringify } from '@readycheck/core';
import type { GroupInfo } from './model.js';
import { bySuite, phasesOf, type Plan, type PlannedCheck } from './plan.js';
import { escapeControl } from './escape.js';

/** How a plan is shown: the run's concurrency limit decides the real concurrency of each group. */
export interface PlanFormatOptions {
  /** Checks in flight at once in the run (`-j`). */
  maxParallel: number;
}

/** One group of a phase in the plan tree. */
export interface PlanGroup {
  name: string;
  execution: GroupInfo['execution'];
  /** The group's own limit, when it sets one. */
  maxParallel?: number;
  /** How many of its checks can really run at once: 1 in sequence, else the smallest of the group's limit, its size and `-j`. */
  concurrency: number;
  dependsOn: string[];
  failFast: boolean;
  checks: string[];
}

/** One phase in the plan tree. */
export interface PlanPhase {
  name: string;
  /** 1-based, as `--phase` takes it. */
  index: number;
  dependsOn: string[];
  parallelWith: string[];
  groups: PlanGroup[];
  /** Checks of the phase in no group (TS suites). */
  checks: string[];
  checkpoint: string | null;
}

/** One suite in the plan tree. */
export interface PlanSuite {
  file: string;
  name: string;
  phases: PlanPhase[];
  /** Checks outside any phase. */
  checks: string[];
}

/** The plan as phase → group → check trees, one per suite. */
export function planTree(plan: Plan, o: PlanFormatOptions): PlanSuite[] {
  const out: PlanSuite[] = [];
  for (const list of bySuite(plan.checks).values()) {
    const first = list[0]!;
    const phases = phasesOf(list, { lenient: true }).map((p): PlanPhase => {
      const groups = new Map<string, PlannedCheck[]>();
      const loose: string[] = [];
      for (const c of p.checks as PlannedCheck[]) {
        if (c.checkpoint) continue;
        if (!c.group) {
          loose.push(c.id);
          continue;
        }
        const g = groups.get(c.group.name);
        if (g) g.push(c);
        else groups.set(c.group.name, [c]);
      }
      return {
        name: p.name,
        index: p.index + 1,
        dependsOn: p.deps.map((d) => d.name),
        parallelWith: p.parallel.map((d) => d.name),
        groups: [...groups.values()].map((members) => groupOf(members, o)),
        checks: loose,
        checkpoint: p.checkpoint?.id ?? null,
      };
    });
    out.push({ file: first.file, name: first.suite, phases, checks: list.filter((c) => c.phaseIndex === undefined).map((c) => c.id) });
  }
  return out;
}

function groupOf(members: PlannedCheck[], o: PlanFormatOptions): PlanGroup {
  const g = members[0]!.group!;
  const concurrency = g.execution === 'sequential' ? 1 : Math.min(g.maxParallel ?? Number.POSITIVE_INFINITY, members.length, o.maxParallel);
  const out: PlanGroup = {
    name: g.name,
    execution: g.execution,
    concurrency,
    dependsOn: [...(g.dependsOn ?? [])],
    failFast: g.failFast,
    checks: members.map((c) => c.id),
  };
  if (g.maxParallel !== undefined) out.maxParallel = g.maxParallel;
  return out;
}

/**
 * Renders a plan for `smoke-run plan` (and `list`): as text, the phase → group → check tree of
 * each suite with each group's execution mode and real concurrency; as JSON (keys sorted),
 * `{ files, maxParallel, suites, checks, waves }`.
 */
export function formatPlan(plan: Plan, files: readonly string[], format: 'text' | 'json', o: PlanFormatOptions): string {
  const suites = planTree(plan, o);
  if (format === 'json') {
    return stableStringify({
      files,
      maxParallel: o.maxParallel,
      suites,
      waves: plan.waves,
      checks: plan.checks.map((c) => ({
        id: c.id,
        name: c.name,
        kind: c.kind,
        category: c.category,
        component: c.component,
        priority: c.priority,
        dependsOn: c.dependsOn,
        after: c.after,
        wave: c.wave,
        file: c.file,
        suite: c.suite,
        phase: c.phase,
        group: c.group?.name,
        checkpoint: c.checkpoint === true,
        skip: c.skip,
        pulledIn: c.pulledIn,
        tags: c.tags,
        describe: c.describe,
      })),
    });
  }
  const byId = new Map(plan.checks.map((c) => [c.id, c]));
  const n = plan.checks.length;
  const lines = [
    `Plan (dry run, nothing was run): ${n} check${n === 1 ? '' : 's'} from ${files.length} file${files.length === 1 ? '' : 's'}, at most ${o.maxParallel} at once`,
  ];
  const check = (indent: string, id: string, label = '') => lines.push(`${indent}${label}${checkLine(byId.get(id)!)}`);
  for (const s of suites) {
    lines.push('', `Suite ${quote(s.name)} (${escapeControl(s.file)})`);
    for (const p of s.phases) {
      const notes = [p.dependsOn.length ? `after ${p.dependsOn.map(quote).join(', ')}` : 'first', ...(p.parallelWith.length ? [`in parallel with ${p.parallelWith.map(quote).join(', ')}`] : [])];
      lines.push(`  Phase ${p.index} ${quote(p.name)} (${notes.join('; ')})`);
      for (const g of p.groups) {
        const mode = g.execution === 'sequential' ? 'sequential, one at a time' : `parallel, ${g.concurrency} at once`;
        const extra = [
          `${g.checks.length} check${g.checks.length === 1 ? '' : 's'}`,
          ...(g.dependsOn.length ? [`after group ${g.dependsOn.map(quote).join(', ')} passes`] : []),
          ...(g.failFast ? ['fail-fast'] : []),
        ];
        lines.push(`    Group ${quote(g.name)}: ${mode} (${extra.join('; ')})`);
        for (const id of g.checks) check('      ', id);
      }
      if (p.checks.length) {
        lines.push(`    No group: parallel, ${Math.min(p.checks.length, o.maxParallel)} at once`);
        for (const id of p.checks) check('      ', id);
      }
      if (p.checkpoint) check('    ', p.checkpoint, 'Checkpoint: ');
    }
    if (s.checks.length) {
      if (s.phases.length) lines.push('  Outside phases');
      const indent = s.phases.length ? '    ' : '  ';
      for (const id of s.checks) check(indent, id);
    }
  }
  return `${lines.join('\n')}\n`;
}

function checkLine(c: PlannedCheck): string {
  const notes: string[] = [];
  if (c.dependsOn.length) notes.push(`needs ${c.dependsOn.length > 3 ? `${c.dependsOn.slice(0, 3).join(', ')} +${c.dependsOn.length - 3}` : c.dependsOn.join(', ')}`);
  if (c.pulledIn) notes.push('dependency of a selected check');
  if (c.skip) notes.push('skip');
  const what = c.describe ? `  ${c.describe}` : '';
  const extra = notes.length ? `  (${notes.join('; ')})` : '';
  return escapeControl(`${c.priority} ${c.id}  [${c.category}/${c.component}]${what}${extra}`);
}

function quote(name: string): string {
  return escapeControl(JSON.stringify(name));
}
