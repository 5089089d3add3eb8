import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bashWriteTargets, createMonitor, hookRoute, main, openMonitorDb, startMonitorServer } from '../src/index.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../../fixtures/monitor/claude-code');
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function repo(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'rc-monitor-hook-'));
  cleanups.push(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(path.join(root, 'src'));
  writeFileSync(path.join(root, 'src/math.ts'), 'export function add(a: number, b: number): number {\n  return a + b;\n}\n');
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'pipe' });
  git('init', '-q');
  git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'add', '.');
  git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-qm', 'init');
  return root;
}

const payload = (name: string, root: string) => readFileSync(path.join(FIXTURES, name), 'utf8').replaceAll('<root>', root);

async function hook(name: string, root: string, args: string[] = []) {
  let stderr = '';
  const io = { stdout: () => undefined, stderr: (t: string) => void (stderr += t), cwd: root, env: {}, isTTY: false };
  const exitCode = await main(['hook', 'claude-code', ...args], io, async () => payload(name, root));
  return { exitCode, stderr };
}

describe('readycheck-monitor hook claude-code (recorded payloads)', () => {
  it('in-process against .readycheck/monitor.db at the git root: repair request, quarantine, block, release', async () => {
    const root = repo();
    // The agent's edit happened: the file on disk is the "after".
    writeFileSync(path.join(root, 'src/math.ts'), 'export function add(a: number, b: number): number {\n  return b + a;\n}\n');
    expect(await hook('post-tool-use-edit.json', root)).toEqual({ exitCode: 0, stderr: '' });

    writeFileSync(path.join(root, 'src/config.ts'), 'export const apiKey = "sk_live_51HxQ2aKb3c4D5e6F7g8H9i0Jk";\n');
    const post = await hook('post-tool-use-write.json', root);
    expect(post.exitCode).toBe(2);
    expect(post.stderr).toMatch(/src\/config\.ts:1 critical hardcoded-secret/);
    expect(post.stderr).toMatch(/now QUARANTINED/);

    const pre = await hook('pre-tool-use-write.json', root);
    expect(pre.exitCode).toBe(2);
    expect(pre.stderr).toMatch(/agent c0ffee00-1111-4222-8333-444455556666 is QUARANTINED since .*SECURITY_RISK in src\/config\.ts:1: Hard-coded Stripe secret key\. No further/);
    expect((await hook('pre-tool-use-bash-write.json', root)).exitCode).toBe(2);
    expect(await hook('pre-tool-use-bash-read.json', root)).toEqual({ exitCode: 0, stderr: '' });

    let out = '';
    const io = { stdout: (t: string) => void (out += t), stderr: () => undefined, cwd: path.join(root, 'src'), env: {}, isTTY: false };
    expect(await main(['release', 'c0ffee00-1111-4222-8333-444455556666', '--by', 'ann'], io)).toBe(0);
    expect(out).toMatch(/^released c0ffee00/);
    expect(await hook('pre-tool-use-write.json', root)).toEqual({ exitCode: 0, stderr: '' });
    // The store is the git root's, even from a subdirectory.
    expect(readFileSync(path.join(root, '.readycheck/monitor.db')).length).toBeGreaterThan(0);
  });

  it('with --server, and as an HTTP hook (POST /hooks/claude-code)', async () => {
    const root = repo();
    const monitor = createMonitor({ db: await openMonitorDb(path.join(root, 'server.db'), { cwd: root }) });
    cleanups.push(() => monitor.close());
    const server = await startMonitorServer({ monitor, port: 0, extraRoutes: hookRoute(monitor) });
    cleanups.push(() => server.close());
    writeFileSync(path.join(root, 'src/config.ts'), 'export const apiKey = "sk_live_51HxQ2aKb3c4D5e6F7g8H9i0Jk";\n');
    const post = await hook('post-tool-use-write.json', root, ['--server', server.url, '--agent', 'remote-1']);
    expect(post.exitCode).toBe(2);
    expect(post.stderr).toMatch(/hardcoded-secret/);
    expect((await hook('pre-tool-use-write.json', root, ['--server', server.url, '--agent', 'remote-1'])).exitCode).toBe(2);

    const http = async (name: string) =>
      (await fetch(`${server.url}/hooks/claude-code`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: payload(name, root) })).json();
    expect(await http('post-tool-use-write.json')).toMatchObject({ decision: 'block', reason: expect.stringMatching(/hardcoded-secret/) });
    expect(await http('pre-tool-use-write.json')).toMatchObject({ hookSpecificOutput: { hookEventName: 'PreToolUse', permissionDecision: 'deny' } });
    expect(await http('pre-tool-use-bash-read.json')).toEqual({});
  });

  it('bad stdin is a one-line error with exit 2', async () => {
    let stderr = '';
    const io = { stdout: () => undefined, stderr: (t: string) => void (stderr += t), cwd: os.tmpdir(), env: {}, isTTY: false };
    expect(await main(['hook', 'claude-code'], io, async () => '{oops')).toBe(2);
    expect(stderr).toBe('readycheck-monitor: hook: stdin is not a JSON hook event\n');
  });

  it('finds the files a shell command writes', () => {
    expect(bashWriteTargets("cat > src/a.ts <<'EOF'\nx\nEOF")).toEqual(['src/a.ts']);
    expect(bashWriteTargets('echo hi >> "b c.ts" && tee -a d.ts < x')).toEqual(['b c.ts', 'd.ts']);
    expect(bashWriteTargets("sed -i 's/a/b/' e.ts; cp x.ts y.ts; mv p.ts q.ts; touch z.ts")).toEqual(['e.ts', 'y.ts', 'q.ts', 'z.ts']);
    expect(bashWriteTargets('ls 2>/dev/null; git status 2>&1 | head')).toEqual([]);
  });
});

describe('readycheck-monitor report and agents', () => {
  it('reports a .gitattributes line the agent writes that declares files generated (exit 2)', async () => {
    const root = repo();
    writeFileSync(path.join(root, '.gitattributes'), '*.png binary\nsrc/** linguist-generated\n');
    let stderr = '';
    const io = { stdout: () => undefined, stderr: (t: string) => void (stderr += t), cwd: root, env: {}, isTTY: false };
    const event = { session_id: 'agent-attrs', cwd: root, hook_event_name: 'PostToolUse', tool_name: 'Write', tool_input: { file_path: path.join(root, '.gitattributes'), content: '' } };
    expect(await main(['hook', 'claude-code'], io, async () => JSON.stringify(event))).toBe(2);
    expect(stderr).toMatch(/\.gitattributes:2 high vendored-declared-in-change: `src\/\*\* linguist-generated` was added to \.gitattributes by this change/);
  });

  it('reports files of any agent against git HEAD, then lists the agents with their metrics', async () => {
    const root = repo();
    let out = '';
    let err = '';
    const io = { stdout: (t: string) => void (out += t), stderr: (t: string) => void (err += t), cwd: root, env: {}, isTTY: false };
    writeFileSync(path.join(root, 'src/math.ts'), 'export function add(a: number, b: number): number {\n  return (a + b) as any;\n}\n');
    // A medium finding is reported but stays under the default threshold (high): exit 0.
    expect(await main(['report', '--agent', 'git-hook', '--task', 'T9', 'src/math.ts'], io)).toBe(0);
    expect(out).toMatch(/src\/math\.ts:2 {2}medium {2}explicit-any/);
    expect(out).toMatch(/src\/math\.ts: clean/);
    writeFileSync(path.join(root, 'src/key.ts'), 'export const key = "sk_live_51HxQ2aKb3c4D5e6F7g8H9i0Jk";\n');
    expect(await main(['report', '--agent', 'git-hook', 'src/key.ts'], io)).toBe(3);
    expect(await main(['report', '--agent', 'git-hook', 'src/math.ts'], io)).toBe(3);
    expect(err).toMatch(/git-hook is quarantined since/);
    out = '';
    expect(await main(['agents'], io)).toBe(0);
    expect(out).toMatch(/^agent\s+status\s+changes\s+clean\s+findings\/change.*\ngit-hook\s+QUARANTINED\s+2\s+50%\s+1\.00\s+1\s+1\s+-\s+[\d.]+\s+\w+ 1/);
    expect(out).toMatch(/\ngit-hook: quarantined since /);
    out = '';
    expect(await main(['agents', '--json'], io)).toBe(0);
    expect(JSON.parse(out)).toMatchObject([{ agentId: 'git-hook', changes: 2, refused: 1, quarantines: 1 }]);
    expect(await main(['release', 'nobody', '--by', 'x'], io)).toBe(2);
    expect(err).toMatch(/agent nobody is not quarantined/);
  });
});
