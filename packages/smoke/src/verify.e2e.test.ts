// smoke-run verify through the real bin on a real terminal (a pty from util-linux `script`).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { inlineProject, repoRoot } from './__tests__/helpers.js';

const bin = path.join(repoRoot, 'packages/smoke/bin/smoke-run.js');
const task = JSON.stringify({
  review_id: '001_api',
  component: 'api',
  fixes: [{ id: 1, severity: 'minor', file: 'a', line: 1, issue: 'i', fix: 'f', verification: 'v', result: { status: 'FIXED', changes_made: ['a'], verification_command: 'touch ran.txt', hallucination_check: 'true' } }],
});
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

describe.runIf(existsSync('/usr/bin/script'))('smoke-run verify on a terminal', () => {
  it('lists the commands and refuses without --yes; runs with --yes', async () => {
    const p = await inlineProject({ '001_api_fixes.json': task });
    cleanups.push(p.cleanup);
    execFileSync('git', ['init', '-q', p.dir]);
    const env = { ...process.env };
    delete env.CI;
    const onTty = (args: string) => spawnSync('script', ['-qec', `${process.execPath} ${bin} verify 001_api_fixes.json -r json ${args}`, '/dev/null'], { cwd: p.dir, env, encoding: 'utf8' });
    const refused = onTty('');
    expect(refused.status).toBe(2);
    expect(refused.stdout).toContain('001_api_fixes.json fix 1 verification_command: touch ran.txt');
    expect(refused.stdout).toContain('refusing to run commands an agent wrote without confirmation');
    expect(existsSync(path.join(p.dir, 'ran.txt'))).toBe(false);
    const yes = onTty('--yes');
    expect(yes.status).toBe(0);
    expect(existsSync(path.join(p.dir, 'ran.txt'))).toBe(true);
    // Without a terminal (a pipe, as in CI) there is nothing to confirm with.
    const piped = spawnSync(process.execPath, [bin, 'verify', '001_api_fixes.json', '-r', 'json'], { cwd: p.dir, env, encoding: 'utf8', input: '' });
    expect(piped.status).toBe(0);
  }, 30_000);
});
