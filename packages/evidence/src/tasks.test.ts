import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scanEvidence } from '@readycheck/evidence';

const temps: string[] = [];
afterEach(async () => {
  for (const d of temps.splice(0)) await rm(d, { recursive: true, force: true });
});

async function tree(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'evidence-tasks-'));
  temps.push(dir);
  for (const [rel, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await writeFile(path.join(dir, rel), content);
  }
  return dir;
}

const testTask = async (files: Record<string, string>, feature: string): Promise<string | undefined> => {
  const { report } = await scanEvidence({ root: await tree(files) });
  return report.features.find((f) => f.name === feature)?.tasks?.find((t) => t.kind === 'add-tests')?.file;
};

describe('the add-tests task', () => {
  it('puts the new test beside the code when the project keeps its tests there', async () => {
    const file = await testTask(
      {
        'src/notes/notes.service.ts': 'export function listNotes() { return 1; }\n',
        'src/notes/notes.test.ts': "import { listNotes } from './notes.service.js';\nlistNotes();\n",
        'src/billing/BillingClient.ts': 'export class BillingClient { charge() { return 1; } }\n',
      },
      'billing',
    );
    expect(file).toBe('src/billing/billing.test.ts');
  });
  it('puts it in the tests folder when the project has one', async () => {
    const file = await testTask(
      {
        'src/notes/notes.service.ts': 'export function listNotes() { return 1; }\n',
        'test/notes.test.ts': "import { listNotes } from './notes/notes.service.js';\nlistNotes();\n",
        'src/billing/BillingClient.ts': 'export class BillingClient { charge() { return 1; } }\n',
      },
      'billing',
    );
    expect(file).toBe('test/billing.test.ts');
  });
});
