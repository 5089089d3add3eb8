import { createRequire } from 'node:module';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import { validate, type CliIO, type QualityReport } from '@readycheck/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from './cli.js';
import { formatters } from './formatters/index.js';
import { rankOf } from './formatters/sarif.js';
import { atOrAboveConfidence, buildReport, withMinConfidence } from './report.js';
import { scanFiles } from './scan-files.js';
import { scanSource } from './scan.js';
import type { Violation } from './types.js';

const require = createRequire(import.meta.url);
const sarifSchema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as object;
type AjvClass = typeof AjvDraft04.default;
const Ajv: AjvClass = (AjvDraft04 as unknown as { default?: AjvClass }).default ?? (AjvDraft04 as unknown as AjvClass);
const validateSarif = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }).compile(sarifSchema);

// One finding per confidence: request data (high), a parameter (medium), an import (low).
const GRADED = [
  'import { execSync } from "node:child_process";',
  'import { DIR } from "./dirs";',
  'app.get("/", (req) => execSync(`ls ${req.query.dir}`));',
  'export function list(dir: string) { return execSync(`ls ${dir}`); }',
  'execSync(`ls ${DIR}`);',
].join('\n');

const graded = (): Violation[] => scanSource(GRADED, 'src/run.ts', { rules: ['command-injection'] });

describe('confidence on findings', () => {
  it('every finding carries one: the detector grades its own, the others default to high', () => {
    expect(graded().map((v) => [v.line, v.severity, v.confidence])).toEqual([
      [3, 'critical', 'high'],
      [4, 'high', 'medium'],
      [5, 'medium', 'low'],
    ]);
    expect(scanSource('eval(x);', 'a.ts').map((v) => v.confidence)).toEqual(['high']);
  });

  it('the JSON report has it on every finding, filled in as high where a pipeline left it out, valid against the schema', () => {
    const [first] = graded();
    const bare = { ...(first as Violation) };
    delete bare.confidence;
    const report = buildReport({ files: 1, violations: [bare, ...graded().slice(1)] });
    expect(report.violations.map((v) => v.confidence)).toEqual(['high', 'medium', 'low']);
    expect(validate('quality-report', JSON.parse(formatters.json(report)), 'report.json').valid).toBe(true);
  });

  it('filters: --min-confidence medium keeps high and medium, and recounts the summary', () => {
    const report = buildReport({ files: 1, violations: graded() });
    const medium = withMinConfidence(report, 'medium');
    expect(medium.violations.map((v) => v.confidence)).toEqual(['high', 'medium']);
    expect(medium.summary.bySeverity).toEqual({ critical: 1, high: 1, medium: 0, low: 0 });
    expect(withMinConfidence(report, 'high').summary.violations).toBe(1);
    expect(atOrAboveConfidence(undefined, 'high')).toBe(true);
    expect(atOrAboveConfidence('low', 'medium')).toBe(false);
  });

  it('SARIF: properties.confidence, rank from severity and confidence, rule precision; valid SARIF 2.1.0', () => {
    const report = buildReport({ files: 1, violations: graded() });
    const log = JSON.parse(formatters.sarif(report)) as { runs: { results: { rank: number; properties: Record<string, unknown> }[]; tool: { driver: { rules: { id: string; properties: Record<string, unknown> }[] } } }[] };
    const ok = validateSarif(log);
    expect(ok, JSON.stringify(validateSarif.errors)).toBe(true);
    const run = log.runs[0];
    expect(run?.results.map((r) => [r.properties.confidence, r.rank])).toEqual([
      ['high', 100],
      ['medium', 52.5],
      ['low', 20],
    ]);
    expect(run?.tool.driver.rules.find((r) => r.id === 'command-injection')?.properties.precision).toBe('medium');
    expect(run?.tool.driver.rules.find((r) => r.id === 'explicit-any')?.properties.precision).toBe('high');
    expect(rankOf('low')).toBe(25);
  });

  it('text and github formats say when a finding is not of high confidence', () => {
    const report = buildReport({ files: 1, violations: graded() });
    const text = formatters.text(report);
    expect(text).toContain('(low confidence)');
    expect(text).toContain('(medium confidence)');
    expect(text.split('\n').find((l) => l.includes('3:'))).not.toContain('confidence)');
    const gh = formatters.github(report).split('\n');
    expect(gh[0]).toContain('title=command-injection (critical)::');
    expect(gh[1]).toContain('title=command-injection (high%2C medium confidence)::');
  });
});

describe('--min-confidence and the minConfidence option', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'rc-confidence-'));
    await mkdir(path.join(root, 'src'), { recursive: true });
    await writeFile(path.join(root, 'src/run.ts'), `${GRADED}\n`);
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });
  const run = async (...argv: string[]) => {
    let stdout = '';
    let stderr = '';
    const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd: root, env: {}, isTTY: false };
    return { code: await main(argv, io), stdout, stderr };
  };

  it('the CLI reports only findings of at least that confidence; the exit code follows what is reported', async () => {
    const all = await run('src', '--format', 'json', '--rule', 'command-injection');
    expect((JSON.parse(all.stdout) as QualityReport).violations).toHaveLength(3);
    const high = await run('src', '--format', 'json', '--rule', 'command-injection', '--min-confidence', 'high');
    const report = JSON.parse(high.stdout) as QualityReport;
    expect(report.violations.map((v) => v.line)).toEqual([3]);
    expect(report.summary.violations).toBe(1);
    expect(validate('quality-report', report, 'report.json').valid).toBe(true);
    // lib/ holds only the low-confidence medium finding: it fails threshold medium unless filtered out.
    await mkdir(path.join(root, 'lib'), { recursive: true });
    await writeFile(path.join(root, 'lib/low.ts'), 'import { execSync } from "node:child_process";\nimport { DIR } from "./dirs";\nexecSync(`ls ${DIR}`);\n');
    const unfiltered = await run('lib', '--severity-threshold', 'medium');
    expect([unfiltered.code, unfiltered.stdout]).toEqual([1, expect.stringContaining('(low confidence)')]);
    const filtered = await run('lib', '--severity-threshold', 'medium', '--min-confidence', 'medium');
    expect([filtered.code, filtered.stdout]).toEqual([0, expect.stringContaining('No problems')]);
  });

  it('an unknown level is a usage error (exit 2, one line)', async () => {
    const r = await run('src', '--min-confidence', 'sure');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^quality-scan: .*sure.*\n$/);
  });

  it('scanFiles takes minConfidence', async () => {
    const report = await scanFiles(['src'], { cwd: root, rules: ['command-injection'], minConfidence: 'medium' });
    expect(report.violations.map((v) => v.confidence)).toEqual(['high', 'medium']);
  });
});
