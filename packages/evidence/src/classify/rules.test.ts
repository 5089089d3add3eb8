import { describe, expect, it } from 'vitest';
import type { Item } from '../types.js';
import { evidenceHolds, RULES, type FeatureView } from './rules.js';

const item = (name: string, extra: Partial<Item> = {}): Item => ({ name, file: 'src/a.ts', line: 1, ...extra });
const view = (over: Partial<FeatureView> = {}): FeatureView => ({
  name: 'x', grouping: 'derived', files: 1, userEntries: [], services: [], tableNames: [], dataAccess: [], work: [], usedBy: [], missingTables: [], uncheckedTables: [],
  stubsOnPath: [], stubsOffPath: [], blocking: [], open: [], missingServices: [], invalidJobs: [], candidates: [], undocumented: [], undocumentedAt: [], critical: [], tests: [], requireTests: false,
  ...over,
});
const fired = (v: FeatureView, verdict: string): string[] => RULES.filter((r) => r.verdict === verdict && r.reasons(v).length > 0).map((r) => r.id);

describe('rules table', () => {
  it('has unique ids, and every evidence row a weight rule', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const r of RULES.filter((x) => x.verdict === 'evidence' && x.weight > 0)) expect(typeof evidenceHolds(r.id, view())).toBe('boolean');
  });

  it('an entry that queries its table directly fires no WARN row (it passes)', () => {
    const v = view({ userEntries: [item('GET /users', { kind: 'route' })], dataAccess: [item('users')], tableNames: ['users'] });
    expect(fired(v, 'WARN')).toEqual([]);
    expect(fired(v, 'FAIL')).toEqual([]);
  });

  it('missing tests are a WARN only with requireTests', () => {
    const base = { userEntries: [item('sync')], services: [item('SyncService')] };
    expect(fired(view(base), 'WARN')).toEqual([]);
    expect(fired(view({ ...base, requireTests: true }), 'WARN')).toEqual(['tests-required']);
  });

  it('a stub FAILs only on an entry path; off the path it is a WARN', () => {
    expect(fired(view({ stubsOnPath: [item('stub-implementation')] }), 'FAIL')).toEqual(['stub-on-entry-path']);
    expect(fired(view({ stubsOffPath: [item('stub-implementation')] }), 'FAIL')).toEqual([]);
    expect(fired(view({ stubsOffPath: [item('stub-implementation')] }), 'WARN')).toEqual(['stub-off-path']);
  });

  it('an entry with neither service nor data access is partial', () => {
    expect(fired(view({ userEntries: [item('/profile', { kind: 'slash-command' })] }), 'WARN')).toEqual(['entry-without-work']);
  });
});
