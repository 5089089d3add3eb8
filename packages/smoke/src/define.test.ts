import { describe, expect, it } from 'vitest';
import { beginFileCollection, check, checkpoint, defineSuite, endFileCollection, group, isDeclaredSuite, phase } from './define.js';

describe('defineSuite / check API', () => {
  it('collects checks, phases, groups and a checkpoint in declaration order', () => {
    const suite = defineSuite({ name: 's', baseUrl: 'http://x' }, () => {
      check('a', () => undefined);
      phase('p1', () => {
        group('g', { execution: 'sequential', maxParallel: 2 }, () => {
          check('b', { priority: 'P0' }, () => undefined);
        });
        checkpoint('gate', () => undefined);
      });
      phase('p2', () => {
        check('c', () => undefined);
      });
    });
    expect(isDeclaredSuite(suite)).toBe(true);
    expect(suite.checks.map((c) => [c.name, c.phase?.name, c.phase?.index, c.group?.name, c.checkpoint ?? false])).toEqual([
      ['a', undefined, undefined, undefined, false],
      ['b', 'p1', 0, 'g', false],
      ['gate', 'p1', 0, undefined, true],
      ['c', 'p2', 1, undefined, false],
    ]);
  });

  it('collects into the active file collector, top-level checks as loose ones', () => {
    const c = beginFileCollection();
    try {
      check('loose', () => undefined);
      const s = defineSuite('named', () => check('inside', () => undefined));
      expect(c.loose.map((x) => x.name)).toEqual(['loose']);
      expect(c.suites).toEqual([s]);
    } finally {
      endFileCollection(c);
    }
  });

  it('rejects misuse with one-line messages', () => {
    const bad = (fn: () => unknown) => {
      try {
        fn();
      } catch (err) {
        return (err as Error).message;
      }
      return 'no error';
    };
    expect(bad(() => defineSuite('', () => undefined))).toBe('defineSuite: a suite needs a non-empty name');
    expect(bad(() => defineSuite('x', undefined as unknown as () => void))).toContain('must be a function');
    expect(bad(() => defineSuite('x', () => defineSuite('y', () => undefined)))).toContain('cannot be nested');
    expect(bad(() => phase('p', () => undefined))).toContain('inside defineSuite');
    expect(bad(() => group('g', () => undefined))).toContain('inside defineSuite');
    expect(bad(() => checkpoint('c', () => undefined))).toContain('inside a phase');
    expect(bad(() => defineSuite('x', () => phase('p', () => phase('q', () => undefined))))).toContain('cannot be nested in phase "p"');
    expect(bad(() => defineSuite('x', () => group('g', () => group('h', () => undefined))))).toContain('cannot be nested in group "g"');
    expect(bad(() => defineSuite('x', () => group('g', { maxParallel: 0 }, () => undefined)))).toContain('maxParallel must be an integer >= 1');
    expect(bad(() => defineSuite('x', () => group('g', {})))).toContain('missing the body');
    expect(bad(() => defineSuite('x', () => phase('p', () => group('g', () => checkpoint('c', () => undefined)))))).toContain('belongs to the phase');
    expect(
      bad(() =>
        defineSuite('x', () =>
          phase('p', () => {
            checkpoint('c1', () => undefined);
            checkpoint('c2', () => undefined);
          }),
        ),
      ),
    ).toContain('more than one checkpoint');
    expect(bad(() => defineSuite('x', () => phase('p', () => checkpoint('c', {}))))).toContain('missing the check function');
    expect(bad(() => check('', () => undefined))).toContain('non-empty name');
    expect(bad(() => check('x', {}))).toContain('missing the check function');
    for (const [opts, msg] of [
      [{ timeoutMs: 0 }, 'timeoutMs must be a positive number'],
      [{ retries: 1.5 }, 'retries must be an integer >= 0'],
      [{ maxLatencyMs: -1 }, 'maxLatencyMs must be a number >= 0'],
      [{ dependsOn: 'a' }, 'dependsOn must be an array of ids'],
      [{ tags: [1] }, 'tags must be an array of strings'],
      [{ id: '' }, 'id must be a non-empty string'],
    ] as const) {
      expect(bad(() => check('x', opts as never, () => undefined))).toBe(`check("x"): ${msg}`);
    }
  });
});
