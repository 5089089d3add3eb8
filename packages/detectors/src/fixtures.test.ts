import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scanFiles } from './scan-files.js';

const root = fileURLToPath(new URL('../../../fixtures/detectors/snapshot/', import.meta.url));
const scenarios = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

describe('snapshot fixtures (known answers in expected.json)', () => {
  it('has the scenarios', () => {
    expect(scenarios.sort()).toEqual(['agent-placeholders', 'clean-tricky-negatives', 'inline-suppressions', 'logic-and-types', 'security-risks', 'stubs-and-swallowed-errors']);
  });
  it.each(scenarios)('%s', async (scenario) => {
    const expected = JSON.parse(readFileSync(`${root}${scenario}/expected.json`, 'utf8')) as { violations: string[] };
    const report = await scanFiles(['.'], { cwd: `${root}${scenario}` });
    expect(report.violations.map((v) => `${v.file}:${v.line}:${v.column} ${v.ruleId} ${v.severity}${v.suppression ? ` suppressed: ${v.suppression.justification ?? '(no reason)'}` : ''}`)).toEqual(expected.violations);
    expect(report.errors).toEqual([]);
  });
});
