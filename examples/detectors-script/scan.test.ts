import { fileURLToPath } from 'node:url';
import { formatters } from '@readycheck/detectors';
import { describe, expect, it } from 'vitest';
import { scanWithCustomDetector } from './scan.js';

describe('examples/detectors-script', () => {
  it('finds the built-in and custom violations in the sample, with the configured severities', async () => {
    const report = await scanWithCustomDetector(fileURLToPath(new URL('./sample/', import.meta.url)));
    expect(report.violations.map((v) => `${v.line} ${v.ruleId} ${v.severity}`)).toEqual([
      '8 explicit-any high',
      '8 sql-injection high',
      '9 no-console-log medium',
      '14 stub-implementation high',
    ]);
    const sarif = JSON.parse(formatters.sarif(report)) as { runs: { results: unknown[] }[] };
    expect(sarif.runs[0]?.results).toHaveLength(4);
  });
});
