import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scanEvidence } from '@readycheck/evidence';

// Tiny apps built on the patterns that were mis-grouped or not seen as work on real corpora
// (juice-shop, nodejs-goof, NodeGoat, Flowise), each with its expected answer beside it in
// fixtures/evidence/<name>.grouping.json: every feature's status, the files it holds, the line
// that says why it does real work, and why it is grouped so.
const fixtures = fileURLToPath(new URL('../../../../fixtures/evidence/', import.meta.url));

interface Expected {
  features: Record<string, { status: string; files: string[]; work?: string; why: string }>;
}

describe.each(['express-sequelize', 'express-mongoose', 'express-dao', 'express-typeorm', 'oclif-server'])('grouping fixture %s', (name) => {
  it('finds exactly the expected features, with their files, statuses and work', async () => {
    const expected = JSON.parse(await readFile(path.join(fixtures, `${name}.grouping.json`), 'utf8')) as Expected;
    const { report } = await scanEvidence({ root: path.join(fixtures, name) });
    expect(report.features.map((f) => f.name)).toEqual(Object.keys(expected.features).sort());
    for (const f of report.features) {
      const want = expected.features[f.name];
      const work = f.reasons.find((r) => /^(data access from the entry|service:|reaches real work|used by entries)/.test(r));
      expect({ name: f.name, status: f.status, files: [...f.files].sort(), work }).toEqual({ name: f.name, status: want?.status, files: want?.files, work: want?.work });
    }
  });
});
