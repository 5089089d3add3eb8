import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { assertValid, parseJson, ReadycheckError, type QualityReport } from '@readycheck/core';
import { buildReport } from './report.js';

/**
 * Merges the JSON reports of a sharded run (`quality-scan --shard i/n --format json`) into the
 * report one unsharded run would have written: findings, errors and skipped files together, the
 * summary recounted. Reports must come from the same quality-scan version and be snapshot scans
 * (a change-mode report judges one change; shard the files, not the change). Duplicated findings
 * (the same shard merged twice) are an error, not silently counted twice.
 */
export function mergeQualityReports(reports: readonly QualityReport[], names: readonly string[] = reports.map((_, i) => `report ${i + 1}`)): QualityReport {
  if (!reports.length) throw new ReadycheckError('RC_USAGE', 'merge-reports: no reports given');
  const version = reports[0]!.tool.version;
  const seen = new Set<string>();
  let files = 0;
  reports.forEach((r, i) => {
    const name = names[i] ?? `report ${i + 1}`;
    if (r.tool.version !== version) throw new ReadycheckError('RC_USAGE', `${name}: written by quality-scan ${r.tool.version}, the others by ${version}`);
    if ((r.mode ?? 'snapshot') !== 'snapshot' || r.change) throw new ReadycheckError('RC_USAGE', `${name}: a ${r.mode} report; merge-reports merges sharded snapshot scans`);
    for (const v of r.violations) {
      const key = `${v.file}\u0000${v.line}\u0000${v.column}\u0000${v.ruleId}\u0000${v.message}`;
      if (seen.has(key)) throw new ReadycheckError('RC_USAGE', `${name}: ${v.file}:${v.line}:${v.column} ${v.ruleId} is in another report too (the same shard given twice?)`);
      seen.add(key);
    }
    files += r.summary.files;
  });
  return buildReport({
    files,
    violations: reports.flatMap((r) => r.violations),
    errors: reports.flatMap((r) => r.errors),
    skipped: reports.flatMap((r) => r.skipped),
  });
}

/** Reads and validates shard reports (JSON), naming the file and JSON pointer on any problem. */
export async function readQualityReports(files: readonly string[], cwd: string): Promise<QualityReport[]> {
  const out: QualityReport[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(path.resolve(cwd, file), 'utf8');
    } catch (cause) {
      throw new ReadycheckError('RC_FILE_NOT_FOUND', `${file}: cannot read report (${(cause as NodeJS.ErrnoException).code ?? 'error'})`, { cause, file });
    }
    out.push(assertValid<QualityReport>('quality-report', parseJson(text, file), { file, text }));
  }
  return out;
}
