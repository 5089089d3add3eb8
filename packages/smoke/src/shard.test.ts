import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CheckDefinition } from './model.js';
import { createPlan, withWaves } from './plan.js';
import { assignShards, formatShard, parseShard, selectShard, type ShardableCheck } from './shard.js';

describe('parseShard', () => {
  it('accepts i/n with 1 <= i <= n', () => {
    expect(parseShard('1/1')).toEqual({ index: 1, total: 1 });
    expect(parseShard('2/4')).toEqual({ index: 2, total: 4 });
    expect(parseShard(' 3 / 3 ')).toEqual({ index: 3, total: 3 });
    expect(formatShard(parseShard('2/4'))).toBe('2/4');
  });

  it.each([
    ['3/2', 'between 1 and 2'],
    ['0/4', 'between 1 and 4'],
    ['1/0', 'at least 1'],
    ['2', 'expected i/n'],
    ['a/b', 'expected i/n'],
    ['-1/3', 'expected i/n'],
    ['1.5/3', 'expected i/n'],
    ['', 'expected i/n'],
  ])('rejects %j with a one-line RC_SHARD_INVALID error', (text, why) => {
    let error: unknown;
    try {
      parseShard(text);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: 'RC_SHARD_INVALID', exitCode: 2 });
    const message = (error as Error).message;
    expect(message).toContain(`--shard "${text}"`);
    expect(message).toContain(why);
    expect(message).not.toContain('\n');
  });
});

const c = (id: string, dependsOn: string[] = [], after: string[] = []): ShardableCheck => ({ id, dependsOn, after });

describe('assignShards', () => {
  it('keeps checks linked by dependencies or ordering in one shard', () => {
    const checks = [c('db'), c('api', ['db']), c('ui', ['api']), c('x'), c('y', [], ['x']), c('z')];
    const a = assignShards(checks, 3);
    expect(a.get('api')).toBe(a.get('db'));
    expect(a.get('ui')).toBe(a.get('db'));
    expect(a.get('y')).toBe(a.get('x'));
    // largest group first to shard 1, then the next to shard 2, the single z to shard 3
    expect([a.get('db'), a.get('x'), a.get('z')]).toEqual([1, 2, 3]);
  });

  it('balances independent checks and leaves extra shards empty', () => {
    const checks = Array.from({ length: 10 }, (_, i) => c(`c${i}`));
    const sizes = [1, 2, 3].map((s) => selectShard(checks, { index: s, total: 3 }).length);
    expect(sizes).toEqual([4, 3, 3]);
    expect(selectShard(checks.slice(0, 2), { index: 3, total: 3 })).toEqual([]);
  });

  it('ignores edges to checks outside the list', () => {
    const a = assignShards([c('a', ['gone']), c('b')], 2);
    expect([a.get('a'), a.get('b')]).toEqual([1, 2]);
  });

  it('partitions any plan: every check once, dependencies together, the same on every machine', () => {
    const plans = fc
      .integer({ min: 1, max: 40 })
      .chain((n) =>
        fc.tuple(
          fc.constant(n),
          fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: n }),
          fc.integer({ min: 1, max: 6 }),
        ),
      );
    fc.assert(
      fc.property(plans, ([n, edges, total]) => {
        // edges only point backwards, as a validated plan has no cycles
        const checks = Array.from({ length: n }, (_, i) => c(`k${i}`, edges.filter(([a, b]) => a === i && b < i).map(([, b]) => `k${b}`)));
        const shards = Array.from({ length: total }, (_, s) => selectShard(checks, { index: s + 1, total }));
        const all = shards.flat().map((x) => x.id).sort();
        expect(all).toEqual(checks.map((x) => x.id).sort());
        const where = assignShards(checks, total);
        for (const x of checks) for (const d of x.dependsOn) expect(where.get(d)).toBe(where.get(x.id));
        expect(assignShards([...checks], total)).toEqual(where);
        // each shard keeps the plan's order
        for (const s of shards) expect(s).toEqual(checks.filter((x) => s.includes(x)));
      }),
      { numRuns: 200 },
    );
  });
});

function def(id: string, more: Partial<CheckDefinition> = {}): CheckDefinition {
  return {
    id,
    name: id,
    category: 'api',
    component: 'svc',
    priority: 'P2',
    dependsOn: [],
    tags: [],
    skip: false,
    kind: 'function',
    file: 'smoke/a.smoke.ts',
    suite: 'a',
    run: () => undefined,
    ...more,
  };
}

describe('sharding a real plan', () => {
  it('splits the plan so each shard can run on its own, waves recomputed', () => {
    const plan = createPlan([
      def('db'),
      def('users', { dependsOn: ['db'] }),
      def('orders', { dependsOn: ['users'] }),
      def('health'),
      def('search'),
      def('cache'),
    ]);
    const one = withWaves(selectShard(plan.checks, parseShard('1/2')));
    const two = withWaves(selectShard(plan.checks, parseShard('2/2')));
    expect(one.checks.map((x) => x.id)).toEqual(['db', 'users', 'orders']);
    expect(one.waves).toEqual([['db'], ['users'], ['orders']]);
    expect(two.checks.map((x) => x.id)).toEqual(['health', 'search', 'cache']);
    expect(two.waves).toEqual([['health', 'search', 'cache']]);
  });
});
