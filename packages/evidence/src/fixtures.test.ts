import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validate, type EvidenceReport } from '@readycheck/core';
import { main, renderFixPrompt, scanEvidence, writeReports } from '@readycheck/evidence';

const fixtures = fileURLToPath(new URL('../../../fixtures/evidence/', import.meta.url));

interface Expected {
  features: Record<string, { status: string; confidence: number; reasons: string[]; tasks: string[] }>;
  migrationGaps: { referencedNotCreated: string[]; createdNotReferenced: string[] };
  envDelta: { missingFromExample: string[]; documentedNotRead: string[] };
  project: Record<string, string>;
}

const at = (i: { name: string; file: string; line: number }): string => `${i.name} @ ${i.file}:${i.line}`;

describe.each(['chat-bot', 'workers-app', 'sql-traps', 'express-orm', 'sapphire-bot', 'monorepo-env', 'tests-by-content', 'nest-app', 'vue-app'])('fixture %s', (name) => {
  let report: EvidenceReport;
  let expected: Expected;
  beforeAll(async () => {
    expected = JSON.parse(await readFile(path.join(fixtures, `${name}.expected.json`), 'utf8')) as Expected;
    report = (await scanEvidence({ root: path.join(fixtures, name) })).report;
  });

  it('finds exactly the expected features', () => {
    expect(report.features.map((f) => f.name)).toEqual(Object.keys(expected.features).sort());
  });

  it('gives each feature its expected status, confidence and reasons', () => {
    for (const f of report.features) {
      const want = expected.features[f.name];
      expect({ name: f.name, status: f.status, confidence: f.confidence, reasons: f.reasons }).toEqual({ name: f.name, status: want?.status, confidence: want?.confidence, reasons: want?.reasons });
    }
  });

  it('writes the exact fix-prompt tasks, with paths', () => {
    for (const f of report.features) {
      const tasks = f.tasks.map((t) => `${t.kind} | ${t.file}${t.line ? `:${t.line}` : ''} | ${t.title}`);
      expect({ name: f.name, tasks }).toEqual({ name: f.name, tasks: expected.features[f.name]?.tasks });
      const prompt = renderFixPrompt(f);
      f.tasks.forEach((t, i) => expect(prompt).toContain(`${i + 1}. [ ] ${t.title}`));
    }
  });

  it('reports the migration gaps, the ENV delta and the project layout', () => {
    expect(report.migrationGaps.referencedNotCreated.map(at)).toEqual(expected.migrationGaps.referencedNotCreated);
    expect(report.migrationGaps.createdNotReferenced.map(at)).toEqual(expected.migrationGaps.createdNotReferenced);
    expect(report.envDelta.missingFromExample.map(at)).toEqual(expected.envDelta.missingFromExample);
    expect(report.envDelta.documentedNotRead.map(at)).toEqual(expected.envDelta.documentedNotRead);
    expect(report.project).toEqual(expected.project);
  });

  it('produces an evidence.json valid against its schema', () => {
    const result = validate('evidence-report', JSON.parse(JSON.stringify(report)), 'evidence.json');
    expect(result.issues).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('counts every status in the summary and links a fix prompt for every feature (a short one for PASS)', () => {
    const s = report.summary;
    expect(s.PASS + s.WARN + s.FAIL + s.SKIP).toBe(report.features.length);
    for (const f of report.features) {
      expect(f.fixPrompt).toBe(`fix-prompts/${f.name}.md`);
      const prompt = renderFixPrompt(f);
      expect(prompt).toContain('## Counts Summary');
      if (f.status === 'PASS') expect(prompt).toContain(`\`${f.name}\` passes: a user-facing entry reaches real work and nothing is broken. No task; keep it that way.`);
      else expect(prompt).toContain('## Tasks');
    }
    expect(s.files).toBeGreaterThan(5);
    expect(s.durationMs).toBeUndefined();
  });
});

describe('output', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });
  const tmp = async (): Promise<string> => {
    const d = await mkdtemp(path.join(os.tmpdir(), 'evidence-out-'));
    dirs.push(d);
    return d;
  };
  const readAll = async (dir: string): Promise<Record<string, string>> => {
    const out: Record<string, string> = {};
    for (const entry of (await readdir(dir, { recursive: true })).sort()) {
      const p = path.join(dir, entry);
      if (entry.endsWith('.md') || entry.endsWith('.json')) out[entry] = await readFile(p, 'utf8');
    }
    return out;
  };

  it('is byte-identical from one run to the next', async () => {
    const a = await tmp();
    const b = await tmp();
    for (const out of [a, b]) {
      const { report } = await scanEvidence({ root: path.join(fixtures, 'chat-bot') });
      await writeReports(report, out);
    }
    const filesA = await readAll(a);
    expect(Object.keys(filesA)).toContain('fix-prompts/reminder.md');
    expect(filesA).toEqual(await readAll(b));
  });

  it('writes READINESS.md with the summary, the table, the action index, gaps, ENV delta and hotspots', async () => {
    const out = await tmp();
    const io = { stdout: () => undefined, stderr: () => undefined, cwd: out, env: {}, isTTY: false };
    expect(await main([path.join(fixtures, 'workers-app'), '--out', out], io)).toBe(0);
    const md = await readFile(path.join(out, 'READINESS.md'), 'utf8');
    expect(md).toContain('6 features: **1 PASS**, **1 WARN**, **1 FAIL**, **3 SKIP**');
    expect(md).toContain('| billing | WARN | 0.55 | 0 | 2 | 0 | 1 | 0 | 0 | 1 | 0 | [fix-prompts/billing.md](fix-prompts/billing.md) |');
    expect(md).toContain('- **FAIL** [search](fix-prompts/search.md) — 3 tasks; table search_index is referenced at src/services/SearchService.ts:7 but never created');
    expect(md).toContain('- `search_index` — first queried at src/services/SearchService.ts:7');
    expect(md).toContain('- `STRIPE_SECRET` — first read at src/routes/billing.ts:12');
    expect(md).toContain('- `ANALYTICS_SAMPLE_RATE` — wrangler.toml:13');
    expect(md).toContain('| src/routes/billing.ts | billing |');
    const prompt = await readFile(path.join(out, 'fix-prompts/billing.md'), 'utf8');
    expect(prompt).toContain('- User → GET /api/billing/invoices (Hono route, src/routes/billing.ts:6) → (no service)');
    expect(prompt).toContain('### Markers: 1 (TODO: 1)');
    expect(prompt).toContain('| Markers | 1 (TODO: 1) |');
    expect(prompt).toContain('3. [ ] Add test/billing.test.ts that imports src/routes/billing.ts');
    expect(await readFile(path.join(out, 'fix-prompts/feed.md'), 'utf8')).toContain('`feed` passes');
  });
});
