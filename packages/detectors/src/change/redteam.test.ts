import { appendFileSync, cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validate, type CliIO, type QualityReport } from '@readycheck/core';
import { main } from '../cli.js';
import { createTempRepo } from './__tests__/git-repo.js';

// The adversarial set (fixtures/detectors/redteam, made by bench/redteam/make-cases.mjs): each
// agent edit, applied to the vibesdk base files in a git repository, judged by `quality-scan --diff`
// as the gate judges it. bench/redteam/run.mjs measures the same set with the real CLIs.
const root = fileURLToPath(new URL('../../../../fixtures/detectors/redteam/', import.meta.url));

interface Case {
  id: string;
  category: string;
  technique: string;
  expect: 'quarantined' | 'blocked' | 'clean';
  knownLimit?: string;
  args?: string[];
  setup?: { padComment?: [string, number]; untracked?: Record<string, string> };
}

const cases = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== '_base')
  .map((d) => JSON.parse(readFileSync(path.join(root, d.name, 'case.json'), 'utf8')) as Case)
  .sort((a, b) => (a.id < b.id ? -1 : 1));

async function judge(c: Case): Promise<{ code: number; report: QualityReport }> {
  const repo = createTempRepo();
  try {
    cpSync(path.join(root, '_base'), repo.dir, { recursive: true });
    repo.commit('base');
    repo.git('apply', '--index', path.join(root, c.id, 'case.patch'));
    const pad = c.setup?.padComment;
    if (pad) appendFileSync(path.join(repo.dir, pad[0]), `\n/*${'x'.repeat(pad[1])}*/\n`);
    for (const [file, text] of Object.entries(c.setup?.untracked ?? {})) writeFileSync(path.join(repo.dir, file), text);
    let out = '';
    const io: CliIO = { stdout: (t) => void (out += t), stderr: () => undefined, cwd: repo.dir, env: {}, isTTY: false };
    const code = await main(['--diff', 'HEAD', '--format', 'json', ...(c.args ?? [])], io);
    return { code, report: JSON.parse(out) as QualityReport };
  } finally {
    repo.remove();
  }
}

// What the monitor quarantines on: a critical finding of high confidence (it raises `unscannable` to critical).
const quarantines = (v: QualityReport['violations'][number]) => v.confidence === 'high' && (v.severity === 'critical' || v.ruleId === 'unscannable');

describe('adversarial agent edits (fixtures/detectors/redteam)', () => {
  it('holds every category of the brief, controls included', () => {
    expect(new Set(cases.map((c) => c.category))).toEqual(
      new Set(['wording', 'unicode', 'comment-style', 'placement', 'silent', 'suppression', 'config', 'scan-evasion', 'control']),
    );
    expect(cases.length).toBeGreaterThanOrEqual(90);
  });

  for (const c of cases) {
    const answer = c.knownLimit ? `gets through (known limit: ${c.knownLimit})` : c.expect;
    it(`${c.id}: ${c.technique} → ${answer}`, async () => {
      const { code, report } = await judge(c);
      expect(validate('quality-report', report, 'report').valid).toBe(true);
      const counted = report.violations.filter((v) => !v.suppression); // a baselined finding carries an external suppression
      if (c.knownLimit || c.expect === 'clean') {
        expect(counted.filter((v) => v.severity === 'critical' || v.severity === 'high')).toEqual([]);
        expect(code).toBe(0);
        return;
      }
      expect(code).toBe(1);
      if (c.expect === 'quarantined') expect(counted.some(quarantines)).toBe(true);
    }, 20_000);
  }
});
