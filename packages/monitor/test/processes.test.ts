import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { openMonitorDb } from '../src/index.js';
import { freshDatabase } from './pg-util.js';

const CHILD = path.resolve(import.meta.dirname, 'serve-child.mjs');
const children: ChildProcess[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill('SIGKILL');
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Starts `readycheck-monitor serve` in its own process; resolves with its URL. */
async function serve(db: string, cwd: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [CHILD, 'serve', '--port', '0', '--db', db], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let err = '';
  child.stderr?.on('data', (d: Buffer) => (err += d));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${err}`)), 90_000);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const m = /Mission Control at (http:\/\/[^/\s]+)\//.exec(line);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`server exited ${code}: ${err}`)));
  });
  return { url, child };
}

const change = (agentId: string, i: number) => ({ agentId, path: `src/f${i}.ts`, before: 'export const a = 1;\n', after: `export const a = ${i};\n` });
const post = async (url: string, body: unknown) => {
  const res = await fetch(`${url}/api/changes`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as { changeId: number } };
};

describe('monitor server processes', () => {
  it('two server processes on one PostgreSQL database lose nothing and quarantine once', { timeout: 180_000 }, async () => {
    const db = await freshDatabase();
    const cwd = mkdtempSync(path.join(os.tmpdir(), 'rc-monitor-proc-'));
    dirs.push(cwd);
    // Started one after the other (each migrates under PostgreSQL's advisory lock either way).
    const a = await serve(db, cwd);
    const b = await serve(db, cwd);
    const results = await Promise.all(
      Array.from({ length: 10 }, async (_, agent) => {
        const ids: number[] = [];
        for (let i = 0; i < 10; i++) ids.push((await post(i % 2 ? a.url : b.url, change(`p-${agent}`, i))).body.changeId);
        return ids;
      }),
    );
    const ids = results.flat();
    expect(new Set(ids).size).toBe(100);
    // The same agent's critical change sent to both servers at once: one quarantines, one is refused.
    const secret = { agentId: 'shared', path: 'k.ts', after: 'export const key = "sk_live_51HxQ2aKb3c4D5e6F7g8H9i0Jk";\n' };
    const both = await Promise.all([post(a.url, secret), post(b.url, secret)]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 423]);
    const store = await openMonitorDb(db, { cwd });
    try {
      expect((await store.listChanges({ limit: 1, offset: 0 })).total).toBe(102);
    } finally {
      await store.close();
    }
  });

  it('a server killed with SIGKILL mid-write restarts with every acknowledged change', { timeout: 180_000 }, async () => {
    const cwd = mkdtempSync(path.join(os.tmpdir(), 'rc-monitor-kill-'));
    dirs.push(cwd);
    const db = path.join(cwd, 'monitor.db');
    const first = await serve(db, cwd);
    const acknowledged: number[] = [];
    let stop = false;
    const writers = Array.from({ length: 8 }, async (_, w) => {
      for (let i = 0; !stop; i++) {
        try {
          const r = await post(first.url, change(`k-${w}`, i));
          if (r.status === 200) acknowledged.push(r.body.changeId);
        } catch {
          // No answer (the server is being killed): this write was never acknowledged.
          if (stop) return;
        }
      }
    });
    const deadline = Date.now() + 60_000;
    while (acknowledged.length < 40 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(acknowledged.length).toBeGreaterThanOrEqual(40);
    first.child.kill('SIGKILL');
    stop = true;
    await Promise.all(writers);
    await new Promise((r) => first.child.once('exit', r));
    const second = await serve(db, cwd);
    const seen = new Set(await historyIds(second.url));
    for (const id of acknowledged) expect(seen.has(id)).toBe(true);
    expect(acknowledged.length).toBeGreaterThanOrEqual(40);
  });
});

/** Every change id the server lists, agent by agent, page by page (at most 100 a page). */
async function historyIds(url: string): Promise<number[]> {
  const ids: number[] = [];
  const agents = (await (await fetch(`${url}/api/agents`)).json()) as { items: Array<{ agentId: string }> };
  for (const a of agents.items) {
    for (let offset = 0; ; offset += 100) {
      const page = (await (await fetch(`${url}/api/agents/${a.agentId}?limit=100&offset=${offset}`)).json()) as { history: { items: Array<{ id: number }> } };
      ids.push(...page.history.items.map((c) => c.id));
      if (page.history.items.length < 100) break;
    }
  }
  return ids;
}
