// Runnable example: scan a folder with the built-in detectors plus a custom one, configure
// severities, print the stylish report and exit like the CLI does.
//
//   npm run build && node --import jiti/register examples/detectors-script/scan.ts [dir]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectors, exitCodeFor, formatters, scanFiles, type QualityReport } from '@readycheck/detectors';
import noConsoleLog from './no-console-log.js';

/** Scans `dir` with every built-in detector and `no-console-log`, with two severities changed. */
export async function scanWithCustomDetector(dir: string): Promise<QualityReport> {
  return scanFiles(['.'], {
    cwd: dir,
    detectors: [...Object.values(detectors), noConsoleLog],
    config: {
      rules: { 'explicit-any': 'high', 'no-console-log': 'medium' },
      categories: { CODE_STANDARDS: 'low' },
    },
  });
}

const isMain = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const dir = process.argv[2] ?? fileURLToPath(new URL('./sample/', import.meta.url));
  const report = await scanWithCustomDetector(dir);
  process.stdout.write(formatters.text(report, { color: Boolean(process.stdout.isTTY), severityThreshold: 'high' }));
  process.exitCode = exitCodeFor(report, 'high');
}
