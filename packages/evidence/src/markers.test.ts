import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scanEvidence } from '@readycheck/evidence';

const temps: string[] = [];
afterEach(async () => {
  for (const d of temps.splice(0)) await rm(d, { recursive: true, force: true });
});

describe('marker text', () => {
  it('ends at the close of a block comment, not at the end of the line', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'evidence-markers-'));
    temps.push(root);
    await mkdir(path.join(root, 'src/billing'), { recursive: true });
    await mkdir(path.join(root, 'migrations'), { recursive: true });
    await writeFile(path.join(root, 'src/billing/BillingClient.ts'), 'export class BillingClient { charge() { /* TODO: real charge */ return 1; } }\n');
    await writeFile(path.join(root, 'migrations/001_init.sql'), 'CREATE TABLE billing_runs (id INT); /* FIXME add an index */ -- keep\n');
    const { report } = await scanEvidence({ root });
    const markers = report.features.flatMap((f) => f.evidence.markers).map((m) => `${m.name} ${m.file}:${m.line} ${m.detail ?? ''}`);
    expect(markers.sort()).toEqual(['FIXME migrations/001_init.sql:1 add an index', 'TODO src/billing/BillingClient.ts:1 real charge']);
  });
});
