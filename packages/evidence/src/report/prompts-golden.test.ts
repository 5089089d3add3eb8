import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderFixPrompt, scanEvidence } from '@readycheck/evidence';

// Golden files of the fix prompts of two fixtures whose entries are not Express routes: a NestJS
// API (controllers, a GraphQL resolver, a Bull processor, @nestjs/schedule) and a Sapphire bot
// (command classes in category folders). Each prompt must speak its framework, with exact paths
// and lines. After a deliberate change, regenerate with UPDATE_GOLDEN=1 and read the diff.
const fixtures = fileURLToPath(new URL('../../../../fixtures/evidence/', import.meta.url));

describe.each(['nest-app', 'sapphire-bot'])('fix prompts of %s', (name) => {
  it('match the golden files, one per feature', async () => {
    const dir = path.join(fixtures, `${name}.prompts`);
    const { report } = await scanEvidence({ root: path.join(fixtures, name), workers: 1 });
    if (process.env.UPDATE_GOLDEN === '1') {
      await mkdir(dir, { recursive: true });
      for (const f of report.features) await writeFile(path.join(dir, `${f.name}.md`), renderFixPrompt(f));
    }
    expect((await readdir(dir)).sort()).toEqual(report.features.map((f) => `${f.name}.md`).sort());
    for (const f of report.features) expect(renderFixPrompt(f), `${name}.prompts/${f.name}.md`).toBe(await readFile(path.join(dir, `${f.name}.md`), 'utf8'));
  });
});

describe('framework-aware tasks', () => {
  it('never tell a NestJS or Sapphire project to add an Express route', async () => {
    for (const name of ['nest-app', 'sapphire-bot']) {
      const { report } = await scanEvidence({ root: path.join(fixtures, name), workers: 1 });
      const text = report.features.flatMap((f) => f.tasks.map((t) => `${t.title} ${t.detail ?? ''}`)).join('\n');
      expect(text).not.toMatch(/\bexpress\b|app\.use\(|route module/i);
    }
  });
});
