import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRatchet, floorOf, GLOBAL_KEY, ratchetGroups, readBaseline, writeBaseline } from './ratchet.js';
import type { FileCoverage } from './model.js';

const f = (file: string, covered: number, total: number): FileCoverage => ({ file, metrics: { lines: { total, covered }, functions: { total: 0, covered: 0 } } });
const FILES = [f('packages/core/src/a.ts', 875, 1000), f('packages/core/src/deep/b.ts', 1, 3), f('packages/smoke/src/c.ts', 57, 100), f('/abs/elsewhere.ts', 1, 1)];

describe('ratchetGroups', () => {
  it('groups by directory, or by the first `depth` segments; outside files only count globally', () => {
    expect([...ratchetGroups(FILES).keys()]).toEqual([GLOBAL_KEY, 'packages/core/src', 'packages/core/src/deep', 'packages/smoke/src']);
    const byPkg = ratchetGroups(FILES, 2);
    expect([...byPkg.keys()]).toEqual([GLOBAL_KEY, 'packages/core', 'packages/smoke']);
    expect(byPkg.get(GLOBAL_KEY)).toHaveLength(4);
    expect(ratchetGroups([f('top.ts', 1, 1)]).has('.')).toBe(true);
  });

  it('floors round down and skip metrics with nothing to cover', () => {
    expect(floorOf([FILES[0]!], 'lines')).toBe(87);
    expect(floorOf([FILES[2]!], 'lines')).toBe(57);
    expect(floorOf([FILES[1]!], 'lines')).toBe(33);
    expect(floorOf([FILES[0]!], 'functions')).toBeUndefined();
    expect(floorOf([FILES[0]!], 'branches')).toBeUndefined();
  });
});

describe('checkRatchet', () => {
  it('without a baseline, every current floor is a raise and nothing fails', () => {
    const r = checkRatchet({ baseline: null, files: FILES, metrics: ['lines'], depth: 2, file: 'b.json' });
    expect(r.gates).toEqual([]);
    expect(r.section.raises).toEqual([
      { target: GLOBAL_KEY, metric: 'lines', from: null, to: 84 },
      { target: 'packages/core', metric: 'lines', from: null, to: 87 },
      { target: 'packages/smoke', metric: 'lines', from: null, to: 57 },
    ]);
    expect(r.next.floors).toEqual({ [GLOBAL_KEY]: { lines: 84 }, 'packages/core': { lines: 87 }, 'packages/smoke': { lines: 57 } });
  });

  it('fails a drop below a floor, offers raises, never lowers, and keeps stale entries', () => {
    const baseline = { version: 1 as const, floors: { [GLOBAL_KEY]: { lines: 80 }, 'packages/core': { lines: 90 }, 'packages/smoke': { lines: 50 }, 'packages/gone': { lines: 70 } } };
    const r = checkRatchet({ baseline, files: FILES, metrics: ['lines', 'functions'], depth: 2, file: 'b.json' });
    const failed = r.gates.filter((g) => !g.passed);
    expect(failed).toEqual([expect.objectContaining({ kind: 'ratchet', target: 'packages/core', metric: 'lines', threshold: 90, passed: false })]);
    expect(failed[0]!.message).toBe('packages/core: lines dropped to 87.33%, below the baseline floor 90% (b.json)');
    expect(r.section.stale).toEqual(['packages/gone']);
    expect(r.section.raises).toEqual([
      { target: GLOBAL_KEY, metric: 'lines', from: 80, to: 84 },
      { target: 'packages/smoke', metric: 'lines', from: 50, to: 57 },
    ]);
    // core stays at 90 (never lowered), gone stays (never forgotten).
    expect(r.next.floors).toEqual({ [GLOBAL_KEY]: { lines: 84 }, 'packages/core': { lines: 90 }, 'packages/smoke': { lines: 57 }, 'packages/gone': { lines: 70 } });
  });
});

describe('baseline file', () => {
  it('round-trips with sorted keys, and reports missing or invalid files clearly', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'cg-ratchet-'));
    try {
      const file = path.join(dir, 'baseline.json');
      await writeBaseline(file, { version: 1, floors: { z: { lines: 1 }, a: { lines: 2, branches: 3 } } });
      const text = await readFile(file, 'utf8');
      expect(text).toBe('{\n  "floors": {\n    "a": {\n      "branches": 3,\n      "lines": 2\n    },\n    "z": {\n      "lines": 1\n    }\n  },\n  "version": 1\n}\n');
      expect(await readBaseline(file, 'baseline.json')).toEqual({ version: 1, floors: { a: { lines: 2, branches: 3 }, z: { lines: 1 } } });
      await expect(readBaseline(path.join(dir, 'missing.json'), 'missing.json')).rejects.toMatchObject({ code: 'RC_FILE_NOT_FOUND', message: expect.stringContaining('coverage-gate --update') });
      await writeFile(file, '{\n  "version": 1,\n  "floors": { "a": { "lines": 120 } }\n}\n');
      await expect(readBaseline(file, 'baseline.json')).rejects.toMatchObject({ code: 'RC_CONFIG_INVALID', message: expect.stringMatching(/^baseline\.json:3: \/floors\/a\/lines: /) });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('checkRatchet: a dropped floor', () => {
  it('names the worst files of the directory that dropped, and none for a floor that holds', () => {
    const baseline = { version: 1 as const, floors: { 'packages/core/src': { lines: 95 }, 'packages/smoke/src': { lines: 50 } } };
    const r = checkRatchet({ baseline, files: FILES, metrics: ['lines'], file: 'b.json', worst: 1 });
    const dropped = r.gates.find((g) => g.target === 'packages/core/src');
    expect(dropped?.passed).toBe(false);
    expect(dropped?.worstFiles).toEqual([{ file: 'packages/core/src/a.ts', total: 1000, covered: 875, uncovered: 125, pct: 87.5 }]);
    const held = r.gates.find((g) => g.target === 'packages/smoke/src');
    expect(held?.passed).toBe(true);
    expect(held?.worstFiles).toBeUndefined();
  });
});
