// quality-scan gate|release|agents run @readycheck/monitor, found at run time (no package cycle).
// The resolver is tested on made-up install trees; the two real paths run the built bin: through
// the workspace, where the monitor resolves, and from a project copy where it cannot.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { CliIO } from '@readycheck/core';
import { createTempRepo, type TempRepo } from './__tests__/git-repo.js';
import { MONITOR_PACKAGE, monitorSearchRoots, resolveMonitor, runMonitorCommand } from './monitor-bridge.js';

const detectorsDir = fileURLToPath(new URL('../../', import.meta.url));
const workspace = path.resolve(detectorsDir, '../..');
const BIN = path.join(detectorsDir, 'bin/quality-scan.js');

const dirs: string[] = [];
let repo: TempRepo | undefined;
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  repo?.remove();
  repo = undefined;
});
const tmp = () => {
  const d = mkdtempSync(path.join(tmpdir(), 'rc-bridge-'));
  dirs.push(d);
  return d;
};

/** A project with a stand-in @readycheck/monitor whose entry is `entry` (ESM source). */
function projectWithMonitor(entry: string): string {
  const root = tmp();
  const pkg = path.join(root, 'node_modules', MONITOR_PACKAGE);
  mkdirSync(pkg, { recursive: true });
  writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({ name: MONITOR_PACKAGE, type: 'module', exports: { '.': { import: './index.js', default: './index.js' } } }));
  writeFileSync(path.join(pkg, 'index.js'), entry);
  return root;
}

function io(cwd: string): CliIO & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return { stdout: (t) => void (out += t), stderr: (t) => void (err += t), cwd, env: {}, isTTY: false, out: () => out, err: () => err };
}

describe('resolveMonitor', () => {
  it('finds the monitor from the first root that has it installed (a parent node_modules counts), else null', () => {
    const project = projectWithMonitor('export {};\n');
    const nested = path.join(project, 'packages', 'app');
    mkdirSync(nested, { recursive: true });
    const empty = tmp();
    const entry = path.join(project, 'node_modules', MONITOR_PACKAGE, 'index.js');
    expect(resolveMonitor([nested])).toBe(entry);
    expect(resolveMonitor([empty, nested])).toBe(entry);
    expect(resolveMonitor([empty])).toBeNull();
    expect(resolveMonitor([])).toBeNull();
  });

  it('looks in the project first, then beside quality-scan itself', () => {
    const roots = monitorSearchRoots('/some/project');
    expect(roots[0]).toBe('/some/project');
    expect(roots[1]).toBe(path.join(detectorsDir, 'src', 'change'));
    // In this workspace quality-scan's own location resolves the workspace's monitor package.
    expect(resolveMonitor(roots.slice(1))).toBe(path.join(workspace, 'packages', 'monitor', 'dist', 'index.js'));
  });
});

describe('runMonitorCommand', () => {
  it('without the monitor: one line naming the package and how to install it, exit 2', async () => {
    const streams = io(tmp());
    expect(await runMonitorCommand('gate', ['--agent', 'a', '--diff', 'HEAD'], streams, [tmp()])).toBe(2);
    expect(streams.err()).toBe('quality-scan gate needs @readycheck/monitor: npm i -D @readycheck/monitor\n');
    expect(streams.out()).toBe('');
  });

  it('hands the command and its arguments, as typed, to runGateCommand with the name quality-scan', async () => {
    const project = projectWithMonitor(
      'export async function runGateCommand(argv, io, options) { io.stdout(JSON.stringify({ argv, options, cwd: io.cwd })); return 3; }\n',
    );
    const streams = io(project);
    expect(await runMonitorCommand('release', ['claude-1', '--by', 'ann', '--note', 'x y'], streams, [project])).toBe(3);
    expect(JSON.parse(streams.out())).toEqual({ argv: ['release', 'claude-1', '--by', 'ann', '--note', 'x y'], options: { name: 'quality-scan' }, cwd: project });
  });

  it('a monitor without runGateCommand (too old) is RC_DEPENDENCY_MISSING naming the update', async () => {
    const project = projectWithMonitor('export const version = "0.0.1";\n');
    await expect(runMonitorCommand('agents', [], io(project), [project])).rejects.toMatchObject({ code: 'RC_DEPENDENCY_MISSING', message: expect.stringMatching(/too old.*npm i -D @readycheck\/monitor@latest/) });
  });
});

const DROP_BEFORE = 'export class A {\n  start() { run(); }\n  stop() {\n    halt();\n  }\n}\n';
const DROP_AFTER = 'export class A {\n  start() { run(); }\n  // ... (other agent methods)\n}\n';
const node = (args: string[], cwd: string) => spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

describe('the built quality-scan bin', () => {
  it('through the workspace: gate, agents and release run in the monitor (exit 3, then 0)', () => {
    repo = createTempRepo({ 'src/a.ts': DROP_BEFORE });
    repo.write({ 'src/a.ts': DROP_AFTER });
    const gate = node([BIN, 'gate', '--agent', 'claude-1', '--diff', 'HEAD'], repo.dir);
    expect(gate.stderr).toBe('');
    expect(gate.status).toBe(3);
    expect(gate.stdout).toMatch(/gate: agent claude-1 is QUARANTINED \(change #1, 1 new finding in 1 changed file\): PLACEHOLDER_DROPPED in src\/a\.ts:3/);
    expect(gate.stdout).toMatch(/release with: quality-scan release claude-1 --by NAME/);
    const agents = node([BIN, 'agents', '--json'], repo.dir);
    expect(agents.status).toBe(0);
    expect(JSON.parse(agents.stdout)).toEqual([expect.objectContaining({ agentId: 'claude-1', quarantined: true, changes: 1 })]);
    const release = node([BIN, 'release', 'claude-1', '--by', 'ann'], repo.dir);
    expect(release.status).toBe(0);
    expect(release.stdout).toMatch(/^released claude-1 \(quarantined since /);
    const help = node([BIN, 'gate', '--help'], repo.dir);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: quality-scan gate \[options\]/);
  });

  it('in a project where @readycheck/monitor is not installed: one line saying how to install it, exit 2; the scan still works', () => {
    // The project installs quality-scan (a copy of this package) and its dependencies, not the monitor.
    const project = tmp();
    const modules = path.join(project, 'node_modules');
    mkdirSync(path.join(modules, '@readycheck'), { recursive: true });
    for (const name of readdirSync(path.join(workspace, 'node_modules'))) {
      if (name === '@readycheck' || name === '.bin' || name.startsWith('.')) continue;
      symlinkSync(path.join(workspace, 'node_modules', name), path.join(modules, name));
    }
    for (const name of readdirSync(path.join(workspace, 'node_modules', '@readycheck'))) {
      if (name === 'monitor' || name === 'detectors') continue;
      symlinkSync(path.join(workspace, 'node_modules', '@readycheck', name), path.join(modules, '@readycheck', name));
    }
    const copy = path.join(modules, '@readycheck', 'detectors');
    mkdirSync(copy);
    for (const part of ['package.json', 'bin', 'dist']) cpSync(path.join(detectorsDir, part), path.join(copy, part), { recursive: true });
    writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'app', private: true, devDependencies: { '@readycheck/detectors': '*' } }));
    writeFileSync(path.join(project, 'a.ts'), 'export const a = 1;\n');
    const bin = path.join(copy, 'bin', 'quality-scan.js');
    for (const command of ['gate', 'release', 'agents']) {
      const r = node([bin, command, '--agent', 'a', '--diff', 'HEAD'], project);
      expect({ command, status: r.status, stderr: r.stderr, stdout: r.stdout }).toEqual({
        command,
        status: 2,
        stderr: `quality-scan ${command} needs @readycheck/monitor: npm i -D @readycheck/monitor\n`,
        stdout: '',
      });
    }
    const scan = node([bin, 'a.ts', '--format', 'json'], project);
    expect(scan.status).toBe(0);
    expect(JSON.parse(scan.stdout)).toMatchObject({ summary: { files: 1 } });
    expect(JSON.parse(readFileSync(path.join(copy, 'package.json'), 'utf8')).dependencies).not.toHaveProperty(MONITOR_PACKAGE);
  });
});
