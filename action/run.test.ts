// The GitHub Action's step (action/run.mjs) in a harness that fakes the GITHUB_* environment:
// a real git repository with a change, the workspace's built bins, and the files GitHub gives a
// step ($GITHUB_OUTPUT, $GITHUB_STEP_SUMMARY). Needs `npm run build` (as CI runs it before tests).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
type AjvClass = typeof AjvDraft04.default;
const Ajv: AjvClass = (AjvDraft04 as unknown as { default?: AjvClass }).default ?? (AjvDraft04 as unknown as AjvClass);
const validateSarif = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false, logger: false }).compile(require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as object);

let repo: string;
let gh: string;
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'pipe' });

beforeAll(() => {
  repo = mkdtempSync(path.join(os.tmpdir(), 'rc-action-'));
  gh = mkdtempSync(path.join(os.tmpdir(), 'rc-action-gh-'));
  symlinkSync(path.join(root, 'node_modules'), path.join(repo, 'node_modules'), 'dir');
  writeFileSync(path.join(repo, '.gitignore'), 'node_modules\n*.sarif\n');
  mkdirSync(path.join(repo, 'src'));
  writeFileSync(path.join(repo, 'src', 'old.ts'), 'export const ok = (a: number) => a + 1;\n');
  git('init', '-q', '-b', 'main');
  git('-c', 'user.email=a@b.c', '-c', 'user.name=t', 'add', '.');
  git('-c', 'user.email=a@b.c', '-c', 'user.name=t', 'commit', '-qm', 'base');
  // The change under review: a new file an agent wrote.
  writeFileSync(path.join(repo, 'src', 'new.ts'), 'export function run(input: string) {\n  return eval(input);\n}\n');
});
afterAll(() => {
  rmSync(repo, { recursive: true, force: true });
  rmSync(gh, { recursive: true, force: true });
});

function action(inputs: Record<string, string>) {
  const out = path.join(gh, 'output');
  const summary = path.join(gh, 'summary.md');
  writeFileSync(out, '');
  writeFileSync(summary, '');
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_ACTIONS: 'true', GITHUB_OUTPUT: out, GITHUB_STEP_SUMMARY: summary, CI: 'true' };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k}`] = v;
  const r = spawnSync(process.execPath, [path.join(root, 'action', 'run.mjs')], { cwd: repo, env, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, outputs: readFileSync(out, 'utf8'), summary: readFileSync(summary, 'utf8') };
}

describe('GitHub Action (action.yml → action/run.mjs)', () => {
  it('judges the change: SARIF written and valid, annotations on stdout, a job summary, outputs, exit 1', () => {
    const r = action({ QUALITY_SCAN: 'true', DIFF_BASE: 'HEAD', SARIF_FILE: 'quality.sarif' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error file=src\/new\.ts,line=2,endLine=2,col=10,endColumn=\d+,title=dynamic-code-execution \(critical\)::/m);
    expect(r.outputs).toContain('sarif-file=quality.sarif\n');
    expect(r.outputs).toContain('quality-exit-code=1\n');
    const sarif = JSON.parse(readFileSync(path.join(repo, 'quality.sarif'), 'utf8')) as { runs: { results: { ruleId: string }[] }[] };
    expect(validateSarif(sarif), JSON.stringify(validateSarif.errors)).toBe(true);
    expect(sarif.runs[0]!.results.map((x) => x.ruleId)).toEqual(['dynamic-code-execution']);
    expect(r.summary).toContain('### readycheck quality-scan');
    expect(r.summary).toContain('| critical | 1 |');
    expect(r.summary).toContain('| src/new.ts | 2 | dynamic-code-execution | critical |');
  });

  it('passes a clean change, and still writes the summary', () => {
    const r = action({ QUALITY_SCAN: 'true', DIFF_BASE: 'HEAD', SARIF_FILE: 'quality.sarif', SEVERITY_THRESHOLD: 'critical' });
    expect(r.code).toBe(1); // the eval is critical: still at the threshold
    writeFileSync(path.join(repo, 'src', 'new.ts'), 'export const run = (input: string) => input.trim();\n');
    const clean = action({ QUALITY_SCAN: 'true', DIFF_BASE: 'HEAD', SARIF_FILE: 'quality.sarif' });
    expect(clean.code).toBe(0);
    expect(clean.outputs).toContain('quality-exit-code=0\n');
    expect(clean.summary).toContain('0 new findings');
  });

  it('runs coverage-gate when asked and appends its markdown to the summary; a failing gate fails the step', () => {
    writeFileSync(path.join(repo, 'lcov.info'), 'TN:\nSF:src/old.ts\nDA:1,1\nLF:1\nLH:1\nend_of_record\n');
    writeFileSync(path.join(repo, 'cg.json'), JSON.stringify({ global: { lines: 50 } }));
    const r = action({ QUALITY_SCAN: 'false', COVERAGE_GATE_ARGS: '--config cg.json --coverage lcov.info' });
    expect(r.outputs).toBe('coverage-exit-code=0\n');
    expect(r.code).toBe(0);
    expect(r.summary).toMatch(/coverage/i);
    expect(r.summary).toContain('100');
    writeFileSync(path.join(repo, 'cg.json'), JSON.stringify({ global: { lines: 50 } }));
    const missing = action({ QUALITY_SCAN: 'false', COVERAGE_GATE_ARGS: "--config cg.json --coverage 'no such.info'" });
    expect(missing.outputs).toBe('coverage-exit-code=2\n');
    expect(missing.code).toBe(1);
  });

  it('says what to install when the bins are missing', () => {
    const bare = mkdtempSync(path.join(os.tmpdir(), 'rc-action-bare-'));
    try {
      const r = spawnSync(process.execPath, [path.join(root, 'action', 'run.mjs')], { cwd: bare, env: { PATH: process.env.PATH, INPUT_QUALITY_SCAN: 'true' }, encoding: 'utf8' });
      expect(r.status).toBe(1);
      expect(r.stdout).toMatch(/^::error title=readycheck::quality-scan is not installed in /m);
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });
});
