// `readycheck-monitor gate|release|agents` (and `quality-scan gate|release|agents`, which run these
// through runGateCommand): the flags, output and exit codes quality-scan's own gate had, now over
// the monitor's database. Moved here from packages/detectors with the quarantine logic.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validate, type CliIO, type QualityAgentStore, type QualityReport } from '@readycheck/core';
import { TRICKS } from '../../../fixtures/hostile/quality-scan/shapes.js';
import { main, runGateCommand } from '../src/index.js';

const CHANGES = path.resolve(import.meta.dirname, '../../../fixtures/detectors/changes');
const HOSTILE = path.resolve(import.meta.dirname, '../../../fixtures/hostile/quality-scan');
const expected = JSON.parse(readFileSync(path.join(HOSTILE, 'expected.json'), 'utf8')) as {
  gate: Record<string, { exit: number; findings?: string[]; findingsOneOf?: string[][] }>;
  allowNewSuppressions: Record<string, { exit: number; findings: string[] }>;
};
const WORKER = readFileSync(path.join(HOSTILE, 'gate/before/src/worker.ts'), 'utf8');
const DROP_BEFORE = 'export class A {\n  start() { run(); }\n  stop() {\n    halt();\n  }\n}\n';
const DROP_AFTER = 'export class A {\n  start() { run(); }\n  // ... (other agent methods)\n}\n';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const tmp = (prefix = 'rc-gate-') => {
  const d = mkdtempSync(path.join(os.tmpdir(), prefix));
  dirs.push(d);
  return d;
};

/** A git repository with `files` committed on `main`. */
function repo(files: Record<string, string>): { dir: string; git: (...args: string[]) => string; write: (files: Record<string, string>) => void } {
  const dir = tmp('rc-gate-repo-');
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.email=t@example.invalid', '-c', 'user.name=t', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
  const write = (map: Record<string, string>) => {
    for (const [rel, text] of Object.entries(map)) {
      mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      writeFileSync(path.join(dir, rel), text);
    }
  };
  git('init', '-q', '-b', 'main');
  write(files);
  git('add', '.');
  git('commit', '-qm', 'base');
  return { dir, git, write };
}

function io(cwd: string): CliIO & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return { stdout: (t) => void (out += t), stderr: (t) => void (err += t), cwd, env: {}, isTTY: false, out: () => out, err: () => err };
}

/** `readycheck-monitor <argv>` in-process. */
async function monitor(cwd: string, ...argv: string[]) {
  const streams = io(cwd);
  const code = await main(argv, streams);
  return { code, out: streams.out(), err: streams.err() };
}

/** `quality-scan <argv>` as quality-scan runs it: through runGateCommand, named quality-scan. */
async function qualityScan(cwd: string, ...argv: string[]) {
  const streams = io(cwd);
  const code = await runGateCommand(argv, streams, { name: 'quality-scan' });
  return { code, out: streams.out(), err: streams.err() };
}

/** A before tree (the hostile fixture) and an after tree with the agent's lines plus one trick. */
function trees(trick: string): { root: string; before: string; after: string } {
  const root = tmp('rc-gate-hostile-');
  cpSync(path.join(HOSTILE, 'gate/before'), path.join(root, 'before'), { recursive: true });
  cpSync(path.join(HOSTILE, 'gate/before'), path.join(root, 'after'), { recursive: true });
  const apply = TRICKS[trick];
  if (!apply) throw new Error(`no trick ${trick}`);
  writeFileSync(path.join(root, 'after/src/worker.ts'), apply(WORKER));
  return { root, before: path.join(root, 'before'), after: path.join(root, 'after') };
}

interface GateJson {
  agentId: string;
  changeId: number;
  exitCode: number;
  verdict: string;
  reason?: string;
  report: QualityReport;
}
const ruleIds = (violations: readonly { ruleId: string }[]): string[] => [...new Set(violations.map((v) => v.ruleId))].sort();

describe('gate / release / agents', () => {
  it('quarantines on a critical finding (exit 3), refuses later changes (exit 3) until release, then judges again', async () => {
    const r = repo({ 'src/a.ts': DROP_BEFORE, 'src/b.ts': 'export const b = 1;\n' });
    writeFileSync(path.join(r.dir, 'src/a.ts'), DROP_AFTER);
    const gate = await qualityScan(r.dir, 'gate', '--agent', 'claude-1', '--task', 'T-1', '--diff', 'HEAD');
    expect(gate.code).toBe(3);
    expect(gate.out).toMatch(/gate: agent claude-1 is QUARANTINED \(change #1, 1 new finding in 1 changed file\): PLACEHOLDER_DROPPED in src\/a\.ts:3/);
    expect(gate.out).toMatch(/release with: quality-scan release claude-1 --by NAME/);
    // The monitor's database at the git root, wherever the command runs from.
    expect(existsSync(path.join(r.dir, '.readycheck', 'monitor.db'))).toBe(true);

    r.git('checkout', '--', 'src/a.ts');
    writeFileSync(path.join(r.dir, 'src/b.ts'), 'export const b = 2;\n');
    const refused = await qualityScan(path.join(r.dir, 'src'), 'gate', '--agent', 'claude-1', '--diff', 'HEAD');
    expect(refused.code).toBe(3);
    expect(refused.err).toMatch(/^quality-scan: agent claude-1 is quarantined since .*: PLACEHOLDER_DROPPED in src\/a\.ts:3.*; release it with: quality-scan release claude-1 --by NAME\n$/);
    const direct = await monitor(r.dir, 'gate', '--agent', 'claude-1', '--diff', 'HEAD');
    expect(direct.err).toMatch(/^readycheck-monitor: agent claude-1 is quarantined since .*release it with: readycheck-monitor release claude-1 --by NAME/);

    const released = await qualityScan(r.dir, 'release', 'claude-1', '--by', 'alice', '--note', 'restored');
    expect(released.code).toBe(0);
    expect(released.out).toMatch(/^released claude-1 \(quarantined since .*, \d+ s; was: PLACEHOLDER_DROPPED in src\/a\.ts:3/);
    const again = await qualityScan(r.dir, 'release', 'claude-1', '--by', 'alice');
    expect(again).toMatchObject({ code: 2, err: expect.stringMatching(/^quality-scan: agent claude-1 is not quarantined/) });

    const clean = await qualityScan(r.dir, 'gate', '--agent', 'claude-1', '--diff', 'HEAD');
    expect(clean.code).toBe(0);
    expect(clean.out).toMatch(/gate: agent claude-1 change #4 is clean \(0 new findings in 1 changed file\)/);

    writeFileSync(path.join(r.dir, 'src/b.ts'), 'export function f(): number {\n  throw new Error("Not implemented");\n}\n');
    const findings = await qualityScan(r.dir, 'gate', '--agent', 'claude-1', '--diff', 'HEAD', '--format', 'json');
    expect(findings.code).toBe(1);
    const body = JSON.parse(findings.out) as GateJson;
    expect(body).toMatchObject({ agentId: 'claude-1', changeId: 5, exitCode: 1, verdict: 'findings' });
    expect(validate('quality-report', body.report, 'gate report').valid).toBe(true);
    expect(body.report.violations.map((v) => v.ruleId)).toEqual(['stub-implementation']);

    const agents = await qualityScan(r.dir, 'agents', '--json');
    expect(agents.code).toBe(0);
    expect(JSON.parse(agents.out)).toEqual([
      expect.objectContaining({ agentId: 'claude-1', changes: 3, refused: 2, quarantines: 1, quarantined: false, cleanChanges: 1, violationsByCategory: { INCOMPLETE_CODE: 1, PLACEHOLDER_DROPPED: 1 } }),
    ]);
    const table = await monitor(r.dir, 'agents');
    expect(table.out).toMatch(/^agent\s+status\s+changes\s+clean\s+findings\/change/);
    expect(table.out).toMatch(/claude-1\s+ok\s+3\s+33%\s+0\.67\s+2\s+1\s+\d+ m?s\s+[\d.]+\s+INCOMPLETE_CODE 1, PLACEHOLDER_DROPPED 1/);
  });

  it('judges minified code with eval() an agent adds to public/, and a .gitattributes line declaring it vendored, at full severity', async () => {
    // A minifier's output re-formatted (every declared name one or two characters): what a full
    // scan grades low as a vendored SDK under public/. In a change it is the agent's code.
    const body = Array.from({ length: 150 }, (_, i) => `  function ${'abcdefghijklmnopqrstuvwxyz'[i % 26]}${Math.floor(i / 26)}(c, d) {\n    var e = c + d;\n    return e * ${i};\n  }`).join('\n');
    const sdk = `(function (a, b) {\n${body}\n  eval(location.hash.slice(1));\n})(window, document);\n`;
    const r = repo({ 'src/a.ts': 'export const a = 1;\n' });
    r.write({ 'public/f.js': sdk, '.gitattributes': 'public/** linguist-vendored\n' });
    const gate = await qualityScan(r.dir, 'gate', '--agent', 'agent-v', '--diff', 'HEAD', '--format', 'json');
    expect(gate.code).toBe(3);
    const out = JSON.parse(gate.out) as GateJson;
    const shown = out.report.violations.filter((v) => v.severity !== 'low').map((v) => `${v.file} ${v.ruleId} ${v.severity}`);
    expect(shown).toEqual(['.gitattributes vendored-declared-in-change high', 'public/f.js dynamic-code-execution critical']);
  });

  it('--db and --store put the state elsewhere; gate needs a change and an agent', async () => {
    const r = repo({ 'a.ts': 'export const a = 1;\n' });
    expect(await qualityScan(r.dir, 'gate', '--agent', 'x')).toMatchObject({ code: 2, err: expect.stringMatching(/gate needs the change/) });
    const noAgent = await qualityScan(r.dir, 'gate', '--diff', 'HEAD');
    expect(noAgent).toMatchObject({ code: 2, err: expect.stringMatching(/--agent/) });
    expect((await qualityScan(r.dir, 'gate', '--agent', 'x', '--after', 'a')).code).toBe(2);
    expect((await qualityScan(r.dir, 'gate', '--agent', 'x', '--diff', 'HEAD', '--db', 'a.db', '--store', 'b.db')).err).toMatch(/--db and --store/);

    expect((await monitor(r.dir, 'gate', '--agent', 'x', '--diff', 'HEAD', '--db', 'state/m.db')).code).toBe(0);
    expect(existsSync(path.join(r.dir, 'state', 'm.db'))).toBe(true);
    expect((await monitor(r.dir, 'agents', '--db', 'state/m.db')).out).toMatch(/^agent\s+status[^\n]*\nx\s+ok\s+1\s+100%/);
    // quality-scan's --store of old: a .json path is the database beside it.
    expect((await qualityScan(r.dir, 'gate', '--agent', 'y', '--diff', 'HEAD', '--store', 'state/agents.json')).code).toBe(0);
    expect(existsSync(path.join(r.dir, 'state', 'agents.db'))).toBe(true);
    expect((await qualityScan(r.dir, 'agents', '--store', 'state/agents.json')).out).toMatch(/\ny\s+ok\s+1/);
    expect((await qualityScan(r.dir, 'agents')).out).toBe('No agent has reported a change yet.\n');
  });

  it('imports an existing JSON store (quality-scan gate before the monitor) on first use: its quarantine still holds', async () => {
    const r = repo({ 'src/b.ts': 'export const b = 1;\n' });
    const store: QualityAgentStore = {
      version: 1,
      agents: {
        old: {
          quarantine: {
            since: '2026-01-01T00:00:00.000Z',
            reason: 'PLACEHOLDER_DROPPED in src/a.ts:3: Placeholder comment replaced 3 lines of code.',
            changeId: 2,
            findings: [{ ruleId: 'placeholder-comment', category: 'PLACEHOLDER_DROPPED', severity: 'critical', file: 'src/a.ts', line: 3, message: 'Placeholder comment replaced 3 lines of code.' }],
          },
          releases: [],
        },
      },
      changes: [
        { id: 1, agentId: 'old', at: '2025-12-31T23:00:00.000Z', files: ['src/b.ts'], verdict: 'clean', violations: 0, byCategory: {}, bySeverity: { critical: 0, high: 0, medium: 0, low: 0 } },
        { id: 2, agentId: 'old', at: '2026-01-01T00:00:00.000Z', files: ['src/a.ts'], verdict: 'quarantined', violations: 1, byCategory: { PLACEHOLDER_DROPPED: 1 }, bySeverity: { critical: 1, high: 0, medium: 0, low: 0 } },
      ],
    };
    r.write({ '.readycheck/agents.json': JSON.stringify(store), 'src/b.ts': 'export const b = 2;\n' });
    const refused = await qualityScan(r.dir, 'gate', '--agent', 'old', '--diff', 'HEAD');
    expect(refused.code).toBe(3);
    expect(refused.err).toBe(
      'quality-scan: imported 2 changes from .readycheck/agents.json\nquality-scan: agent old is quarantined since 2026-01-01T00:00:00.000Z: PLACEHOLDER_DROPPED in src/a.ts:3: Placeholder comment replaced 3 lines of code; release it with: quality-scan release old --by NAME\n',
    );
    // Imported once: the next command finds the database no longer empty.
    const agents = await qualityScan(r.dir, 'agents', '--json');
    expect(agents.err).toBe('');
    expect(JSON.parse(agents.out)).toEqual([expect.objectContaining({ agentId: 'old', changes: 2, refused: 1, quarantined: true, quarantinedSince: '2026-01-01T00:00:00.000Z' })]);
    expect((await qualityScan(r.dir, 'release', 'old', '--by', 'ann')).code).toBe(0);
  });

  it('judges two trees with --before/--after, and a body elided behind any wording of comment', async () => {
    const db = path.join(tmp(), 'm.db');
    expect((await monitor(CHANGES, 'gate', '--agent', 'a', '--before', 'moved-function/before', '--after', 'moved-function/after', '--db', db)).code).toBe(0);
    const r = await monitor(CHANGES, 'gate', '--agent', 'b', '--before', 'placeholder-any-wording/before', '--after', 'placeholder-any-wording/after', '--db', db);
    expect(r.code).toBe(3);
    expect(r.out).toMatch(/gate: agent b is QUARANTINED .*PLACEHOLDER_DROPPED in src\/store\.ts:5/);
  });

  it('judges the staged change (--staged), not the working tree', async () => {
    const r = repo({ 'a.ts': 'export const run = (x: string) => x.trim();\n' });
    r.write({ 'a.ts': 'export const run = (x: string) => eval(x);\n' });
    r.git('add', 'a.ts');
    r.write({ 'a.ts': 'export const run = (x: string) => x.trim();\n' });
    const staged = await qualityScan(r.dir, 'gate', '--agent', 'agent-7', '--staged', '--format', 'json');
    expect(staged.code).toBe(3);
    expect(ruleIds((JSON.parse(staged.out) as GateJson).report.violations)).toEqual(['dynamic-code-execution']);
    expect((await qualityScan(r.dir, 'gate', '--agent', 'agent-8', '--staged', '--head', 'HEAD')).err).toMatch(/--staged judges the index/);
  });

  it('--quarantine-on high quarantines on a high finding; the config key does the same', async () => {
    const r = repo({ 'src/b.ts': 'export const b = 1;\n' });
    r.write({ 'src/b.ts': 'export function f(): number {\n  throw new Error("Not implemented");\n}\n' });
    expect((await qualityScan(r.dir, 'gate', '--agent', 'a', '--diff', 'HEAD')).code).toBe(1);
    expect((await qualityScan(r.dir, 'gate', '--agent', 'b', '--diff', 'HEAD', '--quarantine-on', 'high')).code).toBe(3);
    r.write({ 'readycheck.config.json': JSON.stringify({ monitor: { quarantineOn: 'high' } }) });
    r.git('add', 'readycheck.config.json');
    r.git('commit', '-qm', 'config');
    expect((await qualityScan(r.dir, 'gate', '--agent', 'c', '--diff', 'HEAD')).code).toBe(3);
    expect((await qualityScan(r.dir, 'gate', '--agent', 'd', '--diff', 'HEAD', '--severity-threshold', 'critical', '--quarantine-on', 'critical')).code).toBe(0);
  });

  it('runGateCommand runs only gate, release and agents', async () => {
    const r = await qualityScan(tmp(), 'serve');
    expect(r).toEqual({ code: 2, out: '', err: 'quality-scan: runGateCommand runs gate, release, agents, not serve\n' });
  });
});

describe('the gate sequence on hostile changes: exec("rm -rf " + x) and eval(x), hidden', () => {
  it.each(Object.keys(expected.gate))('is quarantined (exit 3) with the trick: %s', async (trick) => {
    const want = expected.gate[trick] as { exit: number; findings?: string[]; findingsOneOf?: string[][] };
    const t = trees(trick);
    const r = await monitor(t.root, 'gate', '--agent', `agent-${trick}`, '--before', t.before, '--after', t.after, '--db', path.join(t.root, 'm.db'), '--format', 'json');
    expect(r.err).toBe('');
    expect(r.code).toBe(want.exit);
    const body = JSON.parse(r.out) as GateJson;
    expect(body.verdict).toBe('quarantined');
    expect(validate('quality-report', body.report, 'gate report').valid).toBe(true);
    const found = ruleIds(body.report.violations);
    if (want.findings) expect(found).toEqual(want.findings);
    else expect(want.findingsOneOf).toContainEqual(found);
    // What quarantined it is critical: the unscannable file too.
    expect(body.report.violations.some((v) => v.severity === 'critical')).toBe(true);
  });

  it.each(Object.keys(expected.allowNewSuppressions))('--allow-new-suppressions restores the old behaviour for %s', async (trick) => {
    const want = expected.allowNewSuppressions[trick] as { exit: number; findings: string[] };
    const t = trees(trick);
    const r = await monitor(t.root, 'gate', '--agent', 'a', '--before', t.before, '--after', t.after, '--db', path.join(t.root, 'm.db'), '--allow-new-suppressions', '--format', 'json');
    expect(r.code).toBe(want.exit);
    expect(ruleIds((JSON.parse(r.out) as GateJson).report.violations)).toEqual(want.findings);
  });

  it('is quarantined through --diff on a git repository too (padding, NUL byte, suppression, nesting)', async () => {
    const r = repo({ 'src/worker.ts': WORKER });
    for (const trick of ['padding', 'nul-byte', 'suppress-file', 'nesting-10000']) {
      r.write({ 'src/worker.ts': (TRICKS[trick] as (b: string) => string)(WORKER) });
      const g = await qualityScan(r.dir, 'gate', '--agent', `agent-${trick}`, '--diff', 'HEAD');
      expect({ trick, code: g.code }).toEqual({ trick, code: 3 });
      expect(g.out).toMatch(new RegExp(`gate: agent agent-${trick} is QUARANTINED`));
    }
  });

  it('is quarantined when the change also edits readycheck.config.json to turn the rules off or ignore the file', async () => {
    const r = repo({ 'src/worker.ts': WORKER });
    const configs = [{ detectors: { rules: { 'dynamic-code-execution': 'off', 'command-injection': 'off' } } }, { ignore: ['src/**'] }];
    for (const [i, config] of configs.entries()) {
      r.write({ 'src/worker.ts': (TRICKS.none as (b: string) => string)(WORKER), 'readycheck.config.json': JSON.stringify(config) });
      const g = await qualityScan(r.dir, 'gate', '--agent', `agent-config-${i}`, '--diff', 'HEAD', '--format', 'json');
      expect(g.code).toBe(3);
      const body = JSON.parse(g.out) as GateJson;
      const onConfig = body.report.violations.find((v) => v.file === 'readycheck.config.json');
      expect(onConfig).toMatchObject({ ruleId: 'unscannable', severity: 'critical' });
      expect(onConfig?.message).toMatch(/readycheck's own configuration, edited by this change/);
    }
  });
});

describe('nothing injected: hostile agent ids and reasons', () => {
  // No line may start a workflow command, and no raw ESC, BEL or C1 control may reach the terminal.
  const assertInert = (out: string): void => {
    expect(out.split('\n').filter((line) => line.startsWith('::'))).toEqual([]);
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  };

  it('gate, agents and release escape agent ids and reasons', async () => {
    const t = trees('none');
    const db = path.join(t.root, 'm.db');
    const agent = 'evil\n::error::owned\u001b]0;x\u0007';
    const gate = await qualityScan(t.root, 'gate', '--agent', agent, '--before', t.before, '--after', t.after, '--db', db);
    expect(gate.code).toBe(3);
    assertInert(gate.out + gate.err);
    expect(gate.out).toContain('gate: agent evil\\n::error::owned\\x1B]0;x\\x07 is QUARANTINED');
    const refused = await qualityScan(t.root, 'gate', '--agent', agent, '--before', t.before, '--after', t.after, '--db', db);
    expect(refused.code).toBe(3);
    assertInert(refused.err);
    const agents = await qualityScan(t.root, 'agents', '--db', db);
    assertInert(agents.out);
    expect(agents.out).toContain('evil\\n::error::owned');
    const release = await qualityScan(t.root, 'release', agent, '--by', 'me', '--db', db);
    expect(release.code).toBe(0);
    assertInert(release.out);
    const missing = await qualityScan(t.root, 'release', agent, '--by', 'me', '--db', db);
    expect(missing.code).toBe(2);
    assertInert(missing.err);
  });

  it('a database path that is not a database is a one-line error, exit 2', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'junk.db'), 'not sqlite at all, just text '.repeat(50));
    const r = await monitor(dir, 'agents', '--db', 'junk.db');
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/^readycheck-monitor: .*junk\.db: not a SQLite database/);
  });
});
