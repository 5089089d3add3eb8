import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCommand } from './exec.js';
import { canSweep, findMarkedProcesses, killMarked } from './proc-sweep.js';
import { inlineProject, repoRoot } from './__tests__/helpers.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

/** True while `pid` runs (a zombie waiting for its parent counts as gone). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

async function gone(pid: number, withinMs = 3000): Promise<boolean> {
  const until = Date.now() + withinMs;
  while (Date.now() < until) {
    if (!alive(pid)) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return !alive(pid);
}

async function tempDir(): Promise<string> {
  const p = await inlineProject({});
  cleanups.push(p.cleanup);
  return p.dir;
}

describe('runCommand', () => {
  it('captures stdout and stderr, gives no stdin, and cuts long output in the middle', async () => {
    const r = await runCommand(`cat; node -e "process.stdout.write('x'.repeat(5000)); process.stderr.write('END')"`, { cwd: repoRoot, maxOutput: 100 });
    expect(r).toMatchObject({ exitCode: 0, timedOut: false, truncated: true });
    expect(r.output.startsWith('x'.repeat(50))).toBe(true);
    expect(r.output.endsWith('END')).toBe(true);
    expect(r.output).toContain('characters cut');
  });

  it('kills a command (and its children) on timeout and on abort', async () => {
    const t = await runCommand('sleep 20 & sleep 20; wait', { cwd: repoRoot, timeoutMs: 100 });
    expect(t).toMatchObject({ timedOut: true, exitCode: null, signal: 'SIGTERM' });
    expect(t.durationMs).toBeLessThan(5000);
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 50);
    const a = await runCommand('sleep 20', { cwd: repoRoot, signal: ac.signal });
    expect(a.aborted).toBe(true);
  });

  it('reports exit codes and a missing working directory', async () => {
    expect((await runCommand('exit 3', { cwd: repoRoot })).exitCode).toBe(3);
    const r = await runCommand('true', { cwd: path.join(repoRoot, 'no-such-dir') });
    expect(r.spawnError).toBeDefined();
  });

  it('with exactEnv, the command sees only the variables given (and its process mark)', async () => {
    const r = await runCommand('env', { cwd: repoRoot, env: { ONLY: 'this', PATH: process.env.PATH! }, exactEnv: true });
    const names = r.output.trim().split('\n').map((l) => l.slice(0, l.indexOf('=')));
    expect(names.filter((n) => !['PWD', 'SHLVL', '_', 'OLDPWD'].includes(n)).sort()).toEqual(['ONLY', 'PATH', 'READYCHECK_PROC_MARK']);
  });
});

describe.runIf(canSweep)('no child outlives its command', () => {
  it('a background child holding the output pipe is killed when the command exits', async () => {
    const dir = await tempDir();
    const r = await runCommand('sleep 60 & echo $! > child.pid; echo done', { cwd: dir, timeoutMs: 30_000 });
    expect(r).toMatchObject({ exitCode: 0, timedOut: false });
    expect(r.output).toBe('done\n');
    // Without the kill at exit the pipe stays open until the child ends (60 s).
    expect(r.durationMs).toBeLessThan(10_000);
    expect(await gone(Number(await readFile(path.join(dir, 'child.pid'), 'utf8')))).toBe(true);
  });

  it('a child that left the process group with setsid is killed at exit', async () => {
    const dir = await tempDir();
    const r = await runCommand(`setsid sh -c 'echo $$ > child.pid; exec sleep 60' > /dev/null 2>&1 < /dev/null & sleep 0.3; echo started`, { cwd: dir });
    expect(r).toMatchObject({ exitCode: 0, output: 'started\n' });
    const pid = Number(await readFile(path.join(dir, 'child.pid'), 'utf8'));
    expect(pid).toBeGreaterThan(0);
    expect(await gone(pid)).toBe(true);
  });

  it('a setsid child is killed at a timeout too', async () => {
    const dir = await tempDir();
    const r = await runCommand(`setsid sh -c 'echo $$ > child.pid; exec sleep 60' > /dev/null 2>&1 < /dev/null & sleep 60`, { cwd: dir, timeoutMs: 500 });
    expect(r.timedOut).toBe(true);
    expect(await gone(Number(await readFile(path.join(dir, 'child.pid'), 'utf8')))).toBe(true);
  });

  it('findMarkedProcesses finds processes by the mark in their environment, and killMarked ends them', async () => {
    const { spawn } = await import('node:child_process');
    const mark = `test-${process.pid}-${Date.now()}`;
    const child = spawn('sleep', ['60'], { env: { PATH: process.env.PATH, READYCHECK_PROC_MARK: mark }, stdio: 'ignore', detached: true });
    child.unref();
    const until = Date.now() + 3000;
    while (!findMarkedProcesses(mark).length && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    expect(findMarkedProcesses(mark)).toEqual([child.pid]);
    expect(findMarkedProcesses('some-other-mark')).toEqual([]);
    expect(killMarked(mark)).toBe(1);
    expect(await gone(child.pid!)).toBe(true);
  });
});
