import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validate, type QualityReport } from '@readycheck/core';
import { scanGitDiff } from './git-diff.js';
import { scanTrees } from './trees.js';
import { createTempRepo, replaceWorkTree } from './__tests__/git-repo.js';

const root = fileURLToPath(new URL('../../../../fixtures/detectors/changes/', import.meta.url));

interface Expected {
  description: string;
  options?: { ignore?: string[] };
  findings: Array<{ ruleId: string; file: string; line: number; droppedLines?: number; droppedRange?: { startLine: number; endLine: number } }>;
  files: NonNullable<QualityReport['change']>['files'];
  skipped?: Array<{ file: string; reason: string }>;
}

const scenarios = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

function findings(report: QualityReport): Expected['findings'] {
  return report.violations.map((v) => ({
    ruleId: v.ruleId,
    file: v.file,
    line: v.line,
    ...(v.droppedLines !== undefined ? { droppedLines: v.droppedLines } : {}),
    ...(v.droppedRange !== undefined ? { droppedRange: v.droppedRange } : {}),
  }));
}

describe('before/after fixture pairs (fixtures/detectors/changes)', () => {
  it('has the scenarios the issue asks for', () => {
    expect(scenarios).toEqual(
      expect.arrayContaining([
        'placeholder-line-comment',
        'placeholder-block-comment',
        'placeholder-jsx',
        'placeholder-several-styles',
        'moved-function',
        'renamed-variables',
        'deletion-without-placeholder',
        'placeholder-any-wording',
      ]),
    );
  });

  for (const scenario of scenarios) {
    const expected = JSON.parse(readFileSync(path.join(root, scenario, 'expected.json'), 'utf8')) as Expected;

    it(`${scenario}: --before/--after reports exactly the expected findings`, async () => {
      const report = await scanTrees({ before: path.join(root, scenario, 'before'), after: path.join(root, scenario, 'after'), ...expected.options });
      expect(validate('quality-report', report, 'report').valid).toBe(true);
      expect(report.mode).toBe('before-after');
      expect(findings(report)).toEqual(expected.findings);
      expect(report.change?.files).toEqual(expected.files);
      if (expected.skipped) expect(report.skipped.map((s) => ({ file: s.file, reason: s.reason }))).toEqual(expected.skipped);
      for (const v of report.violations.filter((x) => x.droppedRange)) {
        expect(v.message).toContain(`${v.droppedLines} line`);
        expect(v.message).toContain(`lines ${v.droppedRange?.startLine}-${v.droppedRange?.endLine}`);
        expect(v.severity).toBe('critical');
      }
    });

    it(`${scenario}: --diff on a git repository gives the same findings`, async () => {
      const repo = createTempRepo();
      try {
        replaceWorkTree(repo, path.join(root, scenario, 'before'));
        repo.commit('before');
        replaceWorkTree(repo, path.join(root, scenario, 'after'));
        const report = await scanGitDiff({ base: 'HEAD', cwd: repo.dir, ...expected.options });
        expect(findings(report)).toEqual(expected.findings);
        expect(report.change?.files.map(({ file, status, new: n }) => ({ file, status, new: n }))).toEqual(
          expected.files.map(({ file, status, new: n }) => ({ file, status, new: n })),
        );
      } finally {
        repo.remove();
      }
    });
  }
});
