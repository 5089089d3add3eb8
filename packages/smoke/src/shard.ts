import { ReadycheckError } from '@readycheck/core';

/** One shard of a run: the `index`-th (1-based) of `total`. */
export interface Shard {
  index: number;
  total: number;
}

/**
 * Parses `--shard i/n` (1 ≤ i ≤ n). Anything else, such as `3/2`, `0/4` or `1/0`, throws
 * `RC_SHARD_INVALID` with a one-line message (exit 2).
 *
 * @example
 * parseShard('2/4'); // { index: 2, total: 4 }
 */
export function parseShard(text: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = m ? Number(m[1]) : NaN;
  const total = m ? Number(m[2]) : NaN;
  if (!m || !Number.isSafeInteger(index) || !Number.isSafeInteger(total) || total < 1 || index < 1 || index > total) {
    const why = !m ? 'expected i/n, e.g. 1/4' : total < 1 ? 'the shard count n must be at least 1' : `the shard index must be between 1 and ${total}`;
    throw new ReadycheckError('RC_SHARD_INVALID', `--shard "${text}": ${why}`);
  }
  return { index, total };
}

/** `i/n`, as written in reports and history. */
export function formatShard(shard: Shard): string {
  return `${shard.index}/${shard.total}`;
}

/** What sharding needs to know about a check: its id and the ids it must run with. */
export interface ShardableCheck {
  id: string;
  /** Checks that must pass first. */
  dependsOn: readonly string[];
  /** Checks that must finish first (ordering only), when the plan has such edges. */
  after?: readonly string[];
}

/**
 * Splits checks into `total` shards and returns the ones of shard `index`, in their original
 * order. Checks linked by `dependsOn` or `after` (directly or through others) always land in the
 * same shard, so no shard runs a check without what it depends on. Groups are dealt out
 * largest first to the shard with the fewest checks so far (ties: the lower shard), which
 * depends only on the checks, so every machine computes the same split.
 *
 * @example
 * const mine = selectShard(plan.checks, parseShard('1/3'));
 * const shardPlan = withWaves(mine);
 */
export function selectShard<T extends ShardableCheck>(checks: readonly T[], shard: Shard): T[] {
  const assignment = assignShards(checks, shard.total);
  return checks.filter((c) => assignment.get(c.id) === shard.index);
}

/** Shard number (1-based) of every check id; see {@link selectShard}. */
export function assignShards(checks: readonly ShardableCheck[], total: number): Map<string, number> {
  const index = new Map(checks.map((c, i) => [c.id, i]));
  const parent = checks.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root]!;
    // path compression keeps big plans linear
    while (parent[i] !== root) {
      const next = parent[i]!;
      parent[i] = root;
      i = next;
    }
    return root;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    // the lower index stays the root, so a group is named by its first check
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  checks.forEach((c, i) => {
    for (const dep of [...c.dependsOn, ...(c.after ?? [])]) {
      const j = index.get(dep);
      if (j !== undefined) union(i, j);
    }
  });
  const groups = new Map<number, number[]>();
  checks.forEach((_, i) => {
    const root = find(i);
    const list = groups.get(root);
    if (list) list.push(i);
    else groups.set(root, [i]);
  });
  const ordered = [...groups.entries()].sort((a, b) => b[1].length - a[1].length || a[0] - b[0]);
  const load = new Array<number>(total).fill(0);
  const result = new Map<string, number>();
  for (const [, members] of ordered) {
    let target = 0;
    for (let s = 1; s < total; s++) if (load[s]! < load[target]!) target = s;
    load[target]! += members.length;
    for (const i of members) result.set(checks[i]!.id, target + 1);
  }
  return result;
}
