import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withFileLock } from './lock.js';
import { tempFileFor, writeFileAtomic } from './write.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'rc-lock-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The id of a process that has exited (a real one, so the id is one the system handed out). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

const token = (pid: number, host = os.hostname()) => JSON.stringify({ pid, host, id: `planted-${pid}` });

/** Read, wait, write back plus one: loses updates unless the lock is exclusive. */
async function increment(file: string): Promise<void> {
  await withFileLock(file, async (lock) => {
    const n = Number(await readFile(file, 'utf8').catch(() => '0'));
    await new Promise((r) => setTimeout(r, Math.random() * 3));
    await lock.assertHeld();
    await writeFileAtomic(file, String(n + 1));
  });
}

describe('withFileLock', () => {
  it('runs fn under <target>.lock, returns its result and removes the lock', async () => {
    const target = path.join(dir, 'state.json');
    expect(await withFileLock(target, async (lock) => (await readFile(lock.file, 'utf8')).includes(String(process.pid)))).toBe(true);
    expect(await readdir(dir)).toEqual([]);
  });

  it('serialises concurrent holders in one process: no update is lost', async () => {
    const file = path.join(dir, 'count');
    await Promise.all(Array.from({ length: 30 }, () => increment(file)));
    expect(await readFile(file, 'utf8')).toBe('30');
  });

  it('breaks the lock of a dead process once, however many waiters saw it stale (none lost)', async () => {
    const file = path.join(dir, 'count');
    await writeFile(`${file}.lock`, token(deadPid()));
    await Promise.all(Array.from({ length: 30 }, () => increment(file)));
    expect(await readFile(file, 'utf8')).toBe('30');
    expect(await readdir(dir)).toEqual(['count']);
  });

  it('never breaks a live holder on this host for its age; times out naming the lock', async () => {
    const target = path.join(dir, 'state.json');
    await writeFile(`${target}.lock`, token(process.ppid));
    const old = new Date(Date.now() - 3_600_000);
    await utimes(`${target}.lock`, old, old);
    await expect(withFileLock(target, async () => 'never', { timeoutMs: 150, staleMs: 0 })).rejects.toMatchObject({
      code: 'RC_WRITE_FAILED',
      message: expect.stringMatching(/state\.json: still locked by another process after 150 ms \(.*state\.json\.lock/),
    });
    expect(await readFile(`${target}.lock`, 'utf8')).toBe(token(process.ppid));
  });

  it('breaks a lock it cannot check (another host, or not a token) only once it is older than staleMs', async () => {
    const target = path.join(dir, 'state.json');
    for (const text of [token(1, 'some-other-host'), '']) {
      await writeFile(`${target}.lock`, text);
      await expect(withFileLock(target, async () => 'too early', { timeoutMs: 100, staleMs: 60_000 })).rejects.toMatchObject({ code: 'RC_WRITE_FAILED' });
      const old = new Date(Date.now() - 120_000);
      await utimes(`${target}.lock`, old, old);
      expect(await withFileLock(target, async () => 'broken', { staleMs: 60_000 })).toBe('broken');
    }
  });

  it('the fencing check fails once the lock is no longer the holder\'s', async () => {
    const target = path.join(dir, 'state.json');
    await expect(
      withFileLock(target, async (lock) => {
        await lock.assertHeld();
        await writeFile(lock.file, token(process.ppid));
        await lock.assertHeld();
      }),
    ).rejects.toMatchObject({ code: 'RC_WRITE_FAILED', message: expect.stringMatching(/the lock was lost/) });
    // The other holder's lock is left alone.
    expect(await readFile(`${target}.lock`, 'utf8')).toBe(token(process.ppid));
  });

  it('removes the temp files of waiters killed before they linked theirs', async () => {
    const target = path.join(dir, 'state.json');
    const leftover = path.basename(tempFileFor(`${target}.lock`)).replace(`.${process.pid}.`, `.${deadPid()}.`);
    await writeFile(path.join(dir, leftover), token(1));
    await withFileLock(target, async () => undefined);
    expect(await readdir(dir)).toEqual([]);
  });

  it('10 processes, a planted dead-process lock, 1,100 records: none lost, no duplicate', async () => {
    const file = path.join(dir, 'records.json');
    await writeFile(`${file}.lock`, token(deadPid()));
    const child = fileURLToPath(new URL('./__tests__/lock-child.mjs', import.meta.url));
    const perProcess = 110;
    const names = Array.from({ length: 10 }, (_, i) => `p${i}`);
    const procs = names.map((name) => {
      const p = spawn(process.execPath, [child, file, name, String(perProcess)], { stdio: ['pipe', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      p.stdout.on('data', (c: Buffer) => (out += c.toString()));
      p.stderr.on('data', (c: Buffer) => (err += c.toString()));
      const ready = new Promise<void>((resolve, reject) => {
        p.stdout.on('data', () => {
          if (out.includes('ready')) resolve();
        });
        p.on('exit', (code) => reject(new Error(`child exited ${code} before it was ready: ${err}`)));
      });
      const exited = new Promise<{ code: number | null; out: string; err: string }>((resolve) => p.on('exit', (code) => resolve({ code, out, err })));
      return { p, ready, exited };
    });
    await Promise.all(procs.map((x) => x.ready));
    // All loaded and waiting on the stale lock's file: start them together.
    for (const x of procs) x.p.stdin.write('go\n');
    const results = await Promise.all(procs.map((x) => x.exited));
    for (const r of results) expect({ code: r.code, err: r.err, done: r.out.includes(`done ${perProcess}`) }).toEqual({ code: 0, err: '', done: true });
    const records = JSON.parse(await readFile(file, 'utf8')) as string[];
    expect(records).toHaveLength(names.length * perProcess);
    expect(new Set(records).size).toBe(records.length);
    for (const name of names) expect(records.filter((r) => r.startsWith(`${name}-`))).toEqual(Array.from({ length: perProcess }, (_, i) => `${name}-${i}`));
    expect((await readdir(dir)).sort()).toEqual(['records.json']);
  }, 120_000);
});
