import { describe, expect, it } from 'vitest';
import { isReadycheckError } from '@readycheck/core';
import { availableCategories, createPlan, validateDefinitions, withWaves } from './plan.js';
import type { GroupInfo } from './model.js';
import { def } from './__tests__/helpers.js';

function errorOf(fn: () => unknown): { code: string; message: string } {
  try {
    fn();
  } catch (err) {
    if (isReadycheckError(err)) return { code: err.code, message: err.message };
    throw err;
  }
  throw new Error('expected an error');
}

describe('createPlan: dependency waves', () => {
  it('puts independent checks in one wave and dependents after what they need', () => {
    const p = createPlan([def('db'), def('cache'), def('api', { dependsOn: ['db', 'cache'] }), def('ui', { dependsOn: ['api'] }), def('docs')]);
    expect(p.waves).toEqual([['db', 'cache', 'docs'], ['api'], ['ui']]);
    expect(p.checks.map((c) => [c.id, c.wave])).toEqual([
      ['db', 0],
      ['cache', 0],
      ['api', 1],
      ['ui', 2],
      ['docs', 0],
    ]);
  });

  it('keeps definition order inside a wave and is deterministic', () => {
    const defs = [def('z'), def('a'), def('m', { dependsOn: ['z'] })];
    expect(createPlan(defs).waves).toEqual(createPlan(defs).waves);
    expect(createPlan(defs).waves[0]).toEqual(['z', 'a']);
  });

  it('handles a long chain without recursion limits', () => {
    const defs = Array.from({ length: 5000 }, (_, i) => def(`c${i}`, i ? { dependsOn: [`c${i - 1}`] } : {}));
    const p = createPlan(defs);
    expect(p.waves).toHaveLength(5000);
    expect(p.waves[4999]).toEqual(['c4999']);
  });

  it('recomputes waves for a subset (a shard) ignoring edges to checks outside it', () => {
    const p = createPlan([def('a'), def('b', { dependsOn: ['a'] }), def('c', { dependsOn: ['b'] })]);
    const sub = withWaves(p.checks.filter((c) => c.id !== 'a'));
    expect(sub.waves).toEqual([['b'], ['c']]);
  });
});

describe('createPlan: filters', () => {
  const defs = [
    def('infra', { category: 'infrastructure', priority: 'P0' }),
    def('health', { category: 'health', priority: 'P0', dependsOn: ['infra'], tags: ['fast'] }),
    def('users', { category: 'api', priority: 'P1', name: 'List users', dependsOn: ['health'] }),
    def('report', { category: 'api', priority: 'P3', tags: ['slow'] }),
  ];

  it('selects by category and pulls in what the selected checks depend on', () => {
    const p = createPlan(defs, { categories: ['health'] });
    expect(p.checks.map((c) => [c.id, c.pulledIn])).toEqual([
      ['infra', true],
      ['health', false],
    ]);
  });

  it('selects by priority, grep (id or name, case-insensitive) and tag', () => {
    expect(createPlan(defs, { priorities: ['P3'] }).checks.map((c) => c.id)).toEqual(['report']);
    expect(createPlan(defs, { grep: 'list USERS' }).checks.map((c) => c.id)).toEqual(['infra', 'health', 'users']);
    expect(createPlan(defs, { tags: ['slow'] }).checks.map((c) => c.id)).toEqual(['report']);
    expect(createPlan(defs, { categories: ['api'], priorities: ['P1'] }).checks.filter((c) => !c.pulledIn).map((c) => c.id)).toEqual(['users']);
  });

  it('rejects an unknown category, listing the known ones, and accepts a custom one in use', () => {
    const e = errorOf(() => createPlan(defs, { categories: ['helth'] }));
    expect(e.code).toBe('RC_UNKNOWN_CATEGORY');
    expect(e.message).toContain('unknown category "helth"');
    expect(e.message).toContain('infrastructure');
    expect(createPlan([def('x', { category: 'billing' })], { categories: ['billing'] }).checks).toHaveLength(1);
    // A known category with no checks is not an error: the plan is just empty.
    expect(createPlan(defs, { categories: ['ui'] }).checks).toEqual([]);
    expect(availableCategories([def('x', { category: 'billing' })])).toContain('billing');
  });

  it('rejects an unknown priority and an invalid grep', () => {
    expect(errorOf(() => createPlan(defs, { priorities: ['P9'] })).message).toContain('unknown priority "P9"');
    expect(errorOf(() => createPlan(defs, { grep: '(' })).message).toContain('--grep: invalid regular expression');
  });
});

describe('validateDefinitions: bad suites', () => {
  it('names the ids of a dependency cycle', () => {
    const e = errorOf(() => validateDefinitions([def('a', { dependsOn: ['c'] }), def('b', { dependsOn: ['a'] }), def('c', { dependsOn: ['b'] }), def('d')]));
    expect(e.code).toBe('RC_SUITE_CYCLE');
    expect(e.message).toMatch(/dependency cycle: (a -> c -> b -> a|b -> a -> c -> b|c -> b -> a -> c)/);
  });

  it('finds a self-dependency', () => {
    expect(errorOf(() => validateDefinitions([def('a', { dependsOn: ['a'] })])).message).toContain('a -> a');
  });

  it('rejects a dependency on a missing id and a duplicate id', () => {
    const missing = errorOf(() => validateDefinitions([def('a', { dependsOn: ['nope'] })]));
    expect(missing).toEqual({ code: 'RC_SUITE_MISSING_DEPENDENCY', message: 'suite.smoke.ts: check "a" depends on unknown id "nope"' });
    const dup = errorOf(() => validateDefinitions([def('a'), def('a', { file: 'other.smoke.yaml' })]));
    expect(dup.code).toBe('RC_SUITE_DUPLICATE_ID');
    expect(dup.message).toContain('duplicate check id "a"');
  });
});

describe('phases and groups become edges', () => {
  const seq: GroupInfo = { key: 'f#s/p/seq', name: 'seq', execution: 'sequential', failFast: false };
  const defs = [
    def('p0a', { phase: 'boot', phaseIndex: 0 }),
    def('p0b', { phase: 'boot', phaseIndex: 0 }),
    def('gate', { phase: 'boot', phaseIndex: 0, checkpoint: true }),
    def('s1', { phase: 'main', phaseIndex: 1, group: seq }),
    def('s2', { phase: 'main', phaseIndex: 1, group: seq }),
    def('s3', { phase: 'main', phaseIndex: 1, group: seq }),
    def('last', { phase: 'end', phaseIndex: 2 }),
  ];

  it('runs a checkpoint after its phase, the next phase after it, and a sequential group one by one', () => {
    const p = createPlan(defs);
    expect(p.waves).toEqual([['p0a', 'p0b'], ['gate'], ['s1'], ['s2'], ['s3'], ['last']]);
    const byId = new Map(p.checks.map((c) => [c.id, c]));
    // The checkpoint blocks every later phase; the rest of a phase only orders.
    expect(byId.get('s1')!.dependsOn).toEqual(['gate']);
    expect(byId.get('last')!.dependsOn).toEqual(['gate']);
    expect(byId.get('gate')!.dependsOn).toEqual([]);
    expect(byId.get('gate')!.after).toEqual(['p0a', 'p0b']);
    expect(byId.get('s2')!.after).toContain('s1');
  });

  it('a filter that selects a later phase pulls in the checkpoint it needs, not the rest of the earlier phase', () => {
    const p = createPlan(
      defs.map((d) => ({ ...d, category: d.id === 'last' ? 'ui' : 'api' })),
      { categories: ['ui'] },
    );
    expect(p.checks.map((c) => [c.id, c.pulledIn])).toEqual([
      ['gate', true],
      ['last', false],
    ]);
    expect(p.waves).toEqual([['gate'], ['last']]);
  });

  it('reports a cycle between an explicit dependency and phase order', () => {
    const bad = defs.map((d) => (d.id === 'p0a' ? { ...d, dependsOn: ['last'] } : d));
    expect(errorOf(() => createPlan(bad)).code).toBe('RC_SUITE_CYCLE');
  });
});
