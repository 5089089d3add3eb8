// Test helpers: real c8 runs over the fixture programs in fixtures/coverage-gate/, temp git repos
// and a fake CliIO for calling main() in-process.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliIO } from '@readycheck/core';

export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
export const FIXTURES = path.join(REPO_ROOT, 'fixtures', 'coverage-gate');
const C8 = path.join(REPO_ROOT, 'node_modules', 'c8', 'bin', 'c8.js');

export function exec(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const childEnv = { ...process.env, ...env };
    delete childEnv.NODE_V8_COVERAGE;
    execFile(cmd, args, { cwd, env: childEnv, encoding: 'utf8', timeout: 60_000 }, (err, stdout, stderr) => {
      if (err) reject(Object.assign(err, { stdout, stderr }));
      else resolve({ stdout, stderr });
    });
  });
}

/** A temp copy of fixtures/coverage-gate/<name>. */
export async function copyFixture(name: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `cg-${name}-`));
  await cp(path.join(FIXTURES, name), dir, { recursive: true });
  return dir;
}

/**
 * Runs `c8 node run.js` in `dir`, writing coverage-final.json, coverage-summary.json and lcov.info
 * to `dir/coverage/`: real coverage files, as CI would produce them.
 */
export async function runC8(dir: string, script = 'run.js'): Promise<string> {
  const reports = path.join(dir, 'coverage');
  await rm(reports, { recursive: true, force: true });
  await exec(process.execPath, [C8, '--reporter', 'json', '--reporter', 'json-summary', '--reporter', 'lcovonly', '--reports-dir', reports, '--temp-directory', path.join(dir, '.c8-tmp'), process.execPath, script], dir);
  return reports;
}

export async function git(dir: string, ...args: string[]): Promise<string> {
  const { stdout } = await exec('git', ['-c', 'user.email=test@example.com', '-c', 'user.name=Test', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], dir, {
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
  });
  return stdout;
}

/** Makes `dir` a git repo with everything committed. */
export async function gitInit(dir: string): Promise<void> {
  await writeFile(path.join(dir, '.gitignore'), 'coverage/\n.c8-tmp/\n');
  await git(dir, 'init', '-q');
  await git(dir, 'add', '-A');
  await git(dir, 'commit', '-q', '-m', 'initial');
}

/** A CliIO that records output, for main() in-process. */
export function fakeIO(cwd: string, env: NodeJS.ProcessEnv = {}): { io: CliIO; out: () => string; err: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), cwd, env, isTTY: false },
    out: () => out.join(''),
    err: () => err.join(''),
  };
}
