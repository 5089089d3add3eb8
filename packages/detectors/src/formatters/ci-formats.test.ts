// The GitLab Code Quality and JUnit outputs, validated against the schemas in fixtures/schemas/
// (see its README for where each comes from) and checked for what CI servers rely on.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { XMLParser } from 'fast-xml-parser';
import { validateXML } from 'xmllint-wasm';
import { describe, expect, it } from 'vitest';
import type { QualityReport } from '@readycheck/core';
import { buildReport } from '../report.js';
import { scanSource } from '../scan.js';
import { gitlab } from './gitlab.js';
import { junit } from './junit.js';

const schemas = new URL('../../../../fixtures/schemas/', import.meta.url);
const gitlabSchema = JSON.parse(readFileSync(new URL('gitlab-code-quality.schema.json', schemas), 'utf8')) as object;
const junitXsd = readFileSync(new URL('junit.xsd', schemas), 'utf8');
const validateGitlab = new Ajv2020({ allErrors: true, strict: false }).compile(gitlabSchema);

async function assertValidJunit(xml: string): Promise<void> {
  const result = await validateXML({ xml: [{ fileName: 'report.xml', contents: xml }], schema: [{ fileName: 'junit.xsd', contents: junitXsd }] });
  expect(result.errors.map((e) => e.rawMessage)).toEqual([]);
  expect(result.valid).toBe(true);
}

const hostileName = 'src/<a&b> "q".ts';
function report(): QualityReport {
  const code = ['const a = b as any;', '// readycheck-disable-next-line explicit-any -- SDK types', 'const c = d as any;', 'eval(input);', 'eval(input);'].join('\n');
  return buildReport({
    files: 3,
    violations: [...scanSource(code, 'src/app.ts'), ...scanSource('x as any; // ]]> \u0007 bell', hostileName)],
    errors: [{ file: 'src/bad.ts', code: 'RC_PARSE_FAILED', message: 'not fully scanned: <deep>', line: 3 }],
    skipped: [],
  });
}
const clean = (): QualityReport => buildReport({ files: 4, violations: [], errors: [], skipped: [] });

describe('--format gitlab', () => {
  it('is valid against the GitLab Code Quality schema, for findings and for a clean run', () => {
    for (const r of [report(), clean()]) {
      const issues = JSON.parse(gitlab(r)) as unknown;
      expect(validateGitlab(issues), JSON.stringify(validateGitlab.errors)).toBe(true);
    }
    expect(JSON.parse(gitlab(clean()))).toEqual([]);
  });

  it('has one issue per reported finding and per unscanned file, with unique fingerprints, no suppressed finding', () => {
    const issues = JSON.parse(gitlab(report())) as { check_name: string; fingerprint: string; severity: string; location: { path: string; lines: { begin: number } } }[];
    const r = report();
    const reported = r.violations.filter((v) => !v.suppression);
    expect(issues).toHaveLength(reported.length + r.errors.length);
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
    expect(issues.filter((i) => i.check_name === 'dynamic-code-execution').map((i) => [i.severity, i.location.lines.begin])).toEqual([
      ['critical', 4],
      ['critical', 5],
    ]);
    expect(issues.filter((i) => i.check_name === 'explicit-any').map((i) => i.location.path)).toEqual([hostileName, 'src/app.ts']);
    expect(issues.find((i) => i.check_name === 'RC_PARSE_FAILED')).toMatchObject({ severity: 'major', location: { path: 'src/bad.ts', lines: { begin: 3 } } });
  });

  it('keeps a finding\'s fingerprint when unrelated lines move', () => {
    const before = JSON.parse(gitlab(buildReport({ files: 1, violations: scanSource('eval(input);', 'a.ts'), errors: [], skipped: [] }))) as { fingerprint: string }[];
    const after = JSON.parse(gitlab(buildReport({ files: 1, violations: scanSource('const z = 1;\n\neval(input);', 'a.ts'), errors: [], skipped: [] }))) as { fingerprint: string }[];
    expect(after[0]!.fingerprint).toBe(before[0]!.fingerprint);
  });
});

describe('--format junit', () => {
  it('is valid against the JUnit XSD, for findings, hostile text and a clean run', async () => {
    await assertValidJunit(junit(report()));
    await assertValidJunit(junit(clean()));
  });

  it('has a failed test case per finding, grouped by file, an error per unscanned file, and counts that add up', () => {
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase'].includes(name) }).parse(junit(report())) as {
      testsuites: { tests: string; failures: string; errors: string; testsuite: { name: string; tests: string; testcase: { name: string; failure?: { message: string }; error?: unknown }[] }[] };
    };
    const suites = xml.testsuites.testsuite;
    expect(suites.map((s) => s.name)).toEqual(['src/<a&b> "q".ts', 'src/app.ts', 'files not scanned']);
    expect(suites[1]!.testcase.map((c) => c.name)).toEqual(['explicit-any at 1:11', 'dynamic-code-execution at 4:1', 'dynamic-code-execution at 5:1']);
    expect(suites[2]!.testcase[0]!.error).toBeDefined();
    expect(xml.testsuites).toMatchObject({ tests: '5', failures: '4', errors: '1' });
  });

  it('never emits a control character raw', () => {
    expect(junit(report())).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });

  it('reports a clean run as one passing test case rather than an empty file', () => {
    expect(junit(clean())).toContain('<testcase name="no problems in 4 files" classname="quality-scan" time="0"/>');
  });
});
