// Several real `gate` processes on one new SQLite database at once (WAL, one transaction per
// change): no record is lost, ids are unique, and the JSON store beside it is imported exactly once.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import type { QualityAgentStore } from '@readycheck/core';
import { openMonitorDb } from '../src/index.js';

const CHILD = path.resolve(import.meta.dirname, 'gate-child.mjs');
let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function write(root: string, rel: string, text: string): string {
  const abs = path.join(root, rel);
  mkdirSync(path.dirname(abs), { recursive: true });
  writeFileSync(abs, text);
  return path.dirname(path.dirname(abs));
}

it('5 gate processes × 6 changes at once on a new database lose no record; the JSON store is imported once', { timeout: 180_000 }, async () => {
  const root = (dir = mkdtempSync(path.join(os.tmpdir(), 'rc-gate-procs-')));
  const before = write(root, 'before/src/w.ts', 'export const a = 1;\n');
  const afterClean = write(root, 'after-clean/src/w.ts', 'export const a = 2;\n');
  const afterMedium = write(root, 'after-medium/src/w.ts', 'export const a = x as any;\n');
  const legacy: QualityAgentStore = {
    version: 1,
    agents: {},
    changes: [{ id: 1, agentId: 'old', at: '2026-01-01T00:00:00.000Z', files: ['src/w.ts'], verdict: 'clean', violations: 0, byCategory: {}, bySeverity: { critical: 0, high: 0, medium: 0, low: 0 } }],
  };
  const store = path.join(root, 'state', 'agents.json');
  write(root, 'state/agents.json', JSON.stringify(legacy));

  const perProcess = 6;
  const agentIds = Array.from({ length: 5 }, (_, i) => `agent-${i}`);
  const procs = agentIds.map((agent) => {
    const p = spawn(process.execPath, [CHILD, store, agent, String(perProcess), before, afterClean, afterMedium], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    p.stdout.on('data', (c: Buffer) => (out += c.toString()));
    p.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const ready = new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        if (out.includes('ready')) {
          clearInterval(timer);
          resolve();
        }
      }, 20);
      p.on('exit', (code) => {
        clearInterval(timer);
        if (!out.includes('ready')) reject(new Error(`child exited ${code}: ${err}`));
      });
    });
    const exited = new Promise<{ code: number | null; out: string; err: string }>((resolve) => p.on('exit', (code) => resolve({ code, out, err })));
    return { p, ready, exited };
  });
  await Promise.all(procs.map((x) => x.ready));
  // All loaded and waiting: started together, they open the new database and write at once.
  for (const x of procs) x.p.stdin.write('go\n');
  const results = await Promise.all(procs.map((x) => x.exited));
  const imports = results.map((r) => r.err).join('').match(/imported 1 change from/g) ?? [];
  expect(imports).toHaveLength(1);
  for (const r of results) {
    expect(r.err.replace(/^readycheck-monitor: imported 1 change from .*\n/m, '')).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain(`done ${perProcess} ${Array(perProcess).fill(0).join(',')}`);
  }

  const db = await openMonitorDb(path.join(root, 'state', 'agents.db'), { importFrom: false });
  try {
    const changes = await db.allChanges();
    expect(changes).toHaveLength(1 + agentIds.length * perProcess);
    expect(changes.map((c) => c.id)).toEqual(Array.from({ length: changes.length }, (_, i) => i + 1));
    expect(changes.filter((c) => c.agentId === 'old')).toHaveLength(1);
    for (const id of agentIds) {
      const mine = changes.filter((c) => c.agentId === id);
      expect(mine.map((c) => c.taskId)).toEqual(Array.from({ length: perProcess }, (_, i) => `task-${i}`));
      expect(mine.map((c) => c.violations)).toEqual(Array.from({ length: perProcess }, (_, i) => i % 2));
    }
  } finally {
    await db.close();
  }
});
