import { createRequire } from 'node:module';
import AjvDraft04 from 'ajv-draft-04';
import { validate, type QualityReport } from '@readycheck/core';
import { describe, expect, it } from 'vitest';
import { defineDetector } from '../define.js';
import { detectors } from '../detectors/index.js';
import { buildReport } from '../report.js';
import { scanSource } from '../scan.js';
import { formatters } from './index.js';
import { FINGERPRINT_KEY, SARIF_RESULT_LIMIT } from './sarif.js';

const require = createRequire(import.meta.url);
const sarifSchema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as object;
// ajv-draft-04 is CommonJS with a default export; under NodeNext it may arrive as the module object.
type AjvClass = typeof AjvDraft04.default;
const Ajv: AjvClass = (AjvDraft04 as unknown as { default?: AjvClass }).default ?? (AjvDraft04 as unknown as AjvClass);
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
const validateSarif = ajv.compile(sarifSchema);

const code = [
  'const a = b as any;',
  '// readycheck-disable-next-line explicit-any -- SDK types',
  'const c = d as any;',
  'eval(input);',
  'try { go(); } catch (e) {}',
  '// TODO: "quoted", 100% done',
].join('\n');

function sampleReport(): QualityReport {
  return buildReport({
    files: 2,
    violations: [...scanSource(code, 'src/app file.ts'), ...scanSource('x as any;', 'src/b.ts')],
    errors: [{ file: 'src/bad.ts', code: 'RC_PARSE_FAILED', message: 'not fully scanned', line: 3 }],
    skipped: [{ file: 'dist/huge.js', reason: 'too-large', detail: '30000000 bytes is over the limit of 2097152' }],
  });
}

type SarifLog = {
  version: string;
  runs: {
    tool: { driver: { rules: { id: string; defaultConfiguration: { level: string }; properties: Record<string, unknown>; helpUri: string; help: { text: string } }[] } };
    columnKind: string;
    results: Record<string, unknown>[];
    invocations: { toolExecutionNotifications: { level: string; message: { text: string } }[] }[];
  }[];
};

describe('json formatter', () => {
  it('is valid against quality-report.schema.json, sorted and deterministic', () => {
    const report = sampleReport();
    const out = formatters.json(report);
    const parsed = JSON.parse(out) as QualityReport;
    const result = validate('quality-report', parsed, 'report.json');
    expect(result.valid, JSON.stringify(result)).toBe(true);
    expect(out).toBe(formatters.json(sampleReport()));
    expect(out.indexOf('"errors"')).toBeLessThan(out.indexOf('"violations"'));
    expect(parsed.summary).toMatchObject({ files: 2, violations: 5, suppressed: 1 });
  });
});

describe('sarif formatter', () => {
  const log = JSON.parse(formatters.sarif(sampleReport())) as SarifLog;
  const run = log.runs[0];

  it('is valid SARIF 2.1.0 against the official schema', () => {
    const ok = validateSarif(log);
    expect(ok, JSON.stringify(validateSarif.errors?.slice(0, 5))).toBe(true);
    expect(log.version).toBe('2.1.0');
  });

  it('declares every detector as a rule, with help, level, tags and security-severity', () => {
    const rules = run?.tool.driver.rules ?? [];
    expect(rules.map((r) => r.id)).toEqual(Object.keys(detectors).sort());
    const evalRule = rules.find((r) => r.id === 'dynamic-code-execution');
    expect(evalRule?.defaultConfiguration.level).toBe('error');
    expect(evalRule?.properties['security-severity']).toBe('9.5');
    expect(evalRule?.properties.tags).toEqual(['security', 'security-risk']);
    expect(evalRule?.helpUri).toBe('https://readycheck.dev/rules/dynamic-code-execution');
    const anyRule = rules.find((r) => r.id === 'explicit-any');
    expect(anyRule?.defaultConfiguration.level).toBe('warning');
    expect(anyRule?.properties['security-severity']).toBeUndefined();
    expect(anyRule?.help.text).toContain('as any');
    expect(anyRule?.help.text).toContain('Measured precision: medium: 366/366');
  });

  it('writes relative URIs under %SRCROOT%, 1-based UTF-16 regions, our fingerprint, and inline suppressions', () => {
    expect(run?.columnKind).toBe('utf16CodeUnits');
    const results = run?.results ?? [];
    expect(results).toHaveLength(6);
    const first = results[0] as { ruleId: string; ruleIndex: number; level: string; locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: Record<string, number> } }[]; partialFingerprints: Record<string, string> };
    expect(first.ruleId).toBe('explicit-any');
    expect(run?.tool.driver.rules[first.ruleIndex]?.id).toBe('explicit-any');
    expect(first.locations[0]?.physicalLocation.artifactLocation).toEqual({ uri: 'src/app%20file.ts', uriBaseId: '%SRCROOT%' });
    expect(first.locations[0]?.physicalLocation.region).toMatchObject({ startLine: 1, startColumn: 11, endLine: 1, endColumn: 19 });
    expect(Object.keys(first.partialFingerprints)).toEqual([FINGERPRINT_KEY]);
    expect(JSON.stringify(log)).not.toContain('primaryLocationLineHash');
    const suppressed = results.filter((r) => r.suppressions);
    expect(suppressed).toHaveLength(1);
    expect(suppressed[0]?.suppressions).toEqual([{ kind: 'inSource', justification: 'SDK types' }]);
  });

  it('notes skipped and failed files, and warns above the 5,000-result cap', () => {
    const texts = run?.invocations[0]?.toolExecutionNotifications.map((n) => n.message.text) ?? [];
    expect(texts.some((t) => t.includes('dist/huge.js was not scanned: too-large'))).toBe(true);
    expect(texts).toContain('not fully scanned');
    const many = buildReport({ files: 1, violations: Array.from({ length: SARIF_RESULT_LIMIT + 1 }, (_, i) => ({ ...(sampleReport().violations[0] as QualityReport['violations'][number]), line: i + 1 })) });
    const big = JSON.parse(formatters.sarif(many)) as SarifLog;
    expect(big.runs[0]?.invocations[0]?.toolExecutionNotifications[0]).toMatchObject({ level: 'warning', message: { text: expect.stringContaining('5000') } });
    expect(validateSarif(big)).toBe(true);
  });

  it('declares custom detectors passed in', () => {
    const custom = defineDetector({ id: 'zz-custom', category: 'MINE', severity: 'low', docs: { description: 'd', why: 'w', bad: 'b', good: 'g' }, messages: { m: 'm' }, check: () => ({}) });
    const out = JSON.parse(formatters.sarif(sampleReport(), { detectors: [...Object.values(detectors), custom] })) as SarifLog;
    expect(out.runs[0]?.tool.driver.rules.at(-1)?.id).toBe('zz-custom');
    expect(validateSarif(out)).toBe(true);
  });
});

describe('github formatter', () => {
  it('writes one workflow annotation per reported finding, escaped', () => {
    const out = formatters.github(sampleReport()).trimEnd().split('\n');
    expect(out[0]).toBe(
      '::warning file=src/app file.ts,line=1,endLine=1,col=11,endColumn=19,title=explicit-any (medium)::`as any` cast switches off type checking for this value.%0AUse `unknown` and narrow it, or cast to the real type.',
    );
    expect(out.some((l) => l.startsWith('::error file=src/app file.ts,line=4,') && l.includes('title=dynamic-code-execution (critical)'))).toBe(true);
    expect(out.some((l) => l.startsWith('::notice ') && l.includes('100%25 done'))).toBe(true);
    expect(out.filter((l) => l.includes('file=src/app file.ts,line=3,'))).toEqual([]);
    expect(out).toContain('::warning file=src/bad.ts,line=3,title=RC_PARSE_FAILED::not fully scanned');
    expect(out.at(-1)).toBe('quality-scan: 5 problems (1 critical, 0 high, 3 medium, 1 low) in 2 files; not scanned: 1 too-large');
  });
  it('escapes commas and colons in properties', () => {
    const [v] = scanSource('x as any;', 'a,b:c.ts');
    const out = formatters.github(buildReport({ files: 1, violations: v ? [v] : [] }));
    expect(out).toContain('file=a%2Cb%3Ac.ts');
  });
});

describe('text formatter', () => {
  it('groups findings by file like ESLint stylish, with a summary', () => {
    const out = formatters.text(sampleReport(), { severityThreshold: 'high' });
    expect(out).toContain('src/app file.ts\n  1:11  medium    `as any` cast');
    expect(out).toContain('explicit-any');
    expect(out).toContain('Skipped 1 file:\n  dist/huge.js: too-large (30000000 bytes is over the limit of 2097152)');
    expect(out).toContain('Could not scan 1 file:\n  src/bad.ts:3: RC_PARSE_FAILED: not fully scanned');
    expect(out).toContain('✖ 5 problems (1 critical, 0 high, 3 medium, 1 low; 1 suppressed, 2 files scanned, not scanned: 1 too-large)');
    expect(out).toContain('Exit threshold: high');
    expect(out).not.toContain('\u001b[');
  });
  it('colours when asked and says when clean', () => {
    expect(formatters.text(sampleReport(), { color: true })).toContain('\u001b[');
    expect(formatters.text(buildReport({ files: 1, violations: [] }))).toBe('✔ No problems (1 file scanned)\n');
  });
});
