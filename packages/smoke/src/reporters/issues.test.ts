import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SmokeReport } from '@readycheck/core';
import { buildReport } from '../report.js';
import { DRAFT_MARKER, issuesReporter, renderIssueDrafts, reproduce, writeIssueDrafts } from './issues.js';

const fixtures = fileURLToPath(new URL('../../../../fixtures/smoke-reports/', import.meta.url));
const load = async (name: string) => JSON.parse(await readFile(path.join(fixtures, name), 'utf8')) as SmokeReport;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'rc-issues-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('renderIssueDrafts', () => {
  it('drafts one issue per failed or blocked check, most important first', async () => {
    const drafts = renderIssueDrafts(await load('mixed.json'));
    expect(drafts.map((d) => d.file)).toEqual(['P1-api.users.list.md', 'P1-workers.queue-drain.md', 'P2-api.users.create.md', 'P3-errors.escape.md']);
    expect(drafts.map((d) => d.title)).toEqual([
      '[P1] api: GET /api/users lists users fails: expected status 200, got 500 Internal Server Error',
      '[P1] workers: job queue drains times out: timed out after 5000 ms',
      '[P2] api: POST /api/users creates a user is blocked by api.users.list',
      '[P3] errors: </script><script>window.__pwned=1</script> & "quotes" fails: <img src=x onerror="window.__pwned=2"> ]]> & \u2028 </script><!-- end',
    ]);
  });

  it('gives a failed check its metadata, error, attempts, attachments and a command that reruns it', async () => {
    const [draft] = renderIssueDrafts(await load('mixed.json'));
    const md = draft!.markdown;
    expect(md.startsWith(`${DRAFT_MARKER}: api.users.list -->\n# [P1] api:`)).toBe(true);
    expect(md).toContain('| Check | `api.users.list` |');
    expect(md).toContain('| Category | api |');
    expect(md).toContain('| Component | users |');
    expect(md).toContain('| Priority | P1 |');
    expect(md).toContain('| Status | failed |');
    expect(md).toContain('| Suite file | `smoke/api.smoke.ts` |');
    expect(md).toContain('## Error\n\n```\nexpected status 200, got 500 Internal Server Error\n```');
    expect(md).toContain('| 2 | failed | 46 ms | expected status 200, got 500 Internal Server Error |');
    expect(md).toContain('<details><summary>response</summary>\n\n```json\n{\n  "body": {');
    expect(md).toContain("## Reproduce\n\n```sh\nnpx smoke-run smoke/api.smoke.ts --grep '^api\\.users\\.list$'\n```");
  });

  it('says what blocked a blocked check and why that failed', async () => {
    const drafts = renderIssueDrafts(await load('mixed.json'));
    const md = drafts.find((d) => d.file === 'P2-api.users.create.md')!.markdown;
    expect(md).toContain('| Status | blocked |');
    expect(md).toContain('## Blocked by');
    expect(md).toContain('- `api.users.list`: failed: expected status 200, got 500 Internal Server Error');
    expect(md).not.toContain('## Error');
  });

  it('keeps markup and fences in check data inert', async () => {
    const drafts = renderIssueDrafts(await load('mixed.json'));
    const md = drafts.find((d) => d.file === 'P3-errors.escape.md')!.markdown;
    expect(md).toContain('<details><summary>&lt;/script&gt;</summary>');
    const tricky = buildReport(
      [
        {
          name: 'fence',
          status: 'failed',
          duration: 1,
          filePath: "smoke/it's here.smoke.ts",
          extra: {
            id: 'a|b `c`',
            category: 'api',
            component: 'x',
            priority: 'P0',
            blockedBy: [],
            attachments: [],
            attempts: [{ attempt: 1, status: 'failed', durationMs: 1, error: 'see ```js\nboom\n```\n| pipe' }],
          },
        },
      ],
      { start: 0, stop: 1, environment: { extra: { baseUrl: 'http://127.0.0.1:8080' } } },
    );
    const [d] = renderIssueDrafts(tricky, { command: 'node bin/smoke-run.js' });
    expect(d!.file).toBe('P0-a-b-c.md');
    expect(d!.markdown).toContain('````\nsee ```js\nboom\n```\n| pipe\n````');
    expect(d!.markdown).toContain('| Check | `` a\\|b `c` `` |');
    expect(d!.markdown).toContain('| 1 | failed | 1 ms | see ```js<br>boom<br>```<br>\\| pipe |');
    expect(d!.markdown).toContain(`node bin/smoke-run.js 'smoke/it'\\''s here.smoke.ts' --grep '^a\\|b \`c\`$' --base-url http://127.0.0.1:8080`);
  });

  it('gives ids that slug alike distinct, stable file names', () => {
    const t = (id: string) => ({
      name: id,
      status: 'failed' as const,
      duration: 1,
      extra: { id, category: 'api', component: 'x', priority: 'P2' as const, blockedBy: [], attachments: [], attempts: [] },
    });
    const report = buildReport([t('a b'), t('a-b'), t('***')], { start: 0, stop: 1 });
    const files = renderIssueDrafts(report).map((d) => d.file);
    expect(files[0]).toBe('P2-check.md');
    expect(files[1]).toBe('P2-a-b.md');
    expect(files[2]).toMatch(/^P2-a-b-[0-9a-f]{8}\.md$/);
    expect(renderIssueDrafts(report).map((d) => d.file)).toEqual(files);
    expect(renderIssueDrafts(report)[0]!.markdown).toContain('## Error\n\n```\nfailed without a message\n```');
  });

  it('reproduces a check without a suite file by id alone', async () => {
    const report = await load('mixed.json');
    const t = { ...report.results.tests[0]! };
    delete t.filePath;
    expect(reproduce(t, 'npx smoke-run')).toBe("npx smoke-run --grep '^infra\\.db-connect$'");
  });
});

describe('writing drafts', () => {
  it('writes the drafts and removes stale drafts of checks that pass now, leaving other files alone', async () => {
    const issues = path.join(dir, 'issues');
    await mkdir(issues);
    await writeFile(path.join(issues, 'P0-old-check.md'), `${DRAFT_MARKER}: old-check -->\n# old\n`);
    await writeFile(path.join(issues, 'notes.md'), '# my own notes\n');
    await writeFile(path.join(issues, 'P1-api.users.list.md'), `${DRAFT_MARKER}: api.users.list -->\nstale text\n`);
    const report = await load('mixed.json');
    const written = await writeIssueDrafts(issues, report);
    expect((await readdir(issues)).sort()).toEqual([...written, 'notes.md'].sort());
    expect(await readFile(path.join(issues, 'P1-api.users.list.md'), 'utf8')).toBe(renderIssueDrafts(report)[0]!.markdown);
  });

  it('reports an issues path that is not a directory', async () => {
    const file = path.join(dir, 'file');
    await writeFile(file, 'x');
    await expect(writeIssueDrafts(file, await load('mixed.json'))).rejects.toMatchObject({ code: 'RC_FILE_UNREADABLE' });
  });

  it('the reporter writes into --issues-dir, says how many, and does nothing without it', async () => {
    const out: string[] = [];
    const ctx = { outDir: 'reports', cwd: dir, stdout: (t: string) => out.push(t), stderr: () => undefined, isTTY: false };
    await issuesReporter(ctx).onRunEnd(await load('mixed.json'));
    expect(await readdir(dir)).toEqual([]);
    expect(out).toEqual([]);
    const r = issuesReporter({ ...ctx, issuesDir: 'reports/issues' });
    expect(r.name).toBe('issues');
    await r.onRunEnd(await load('mixed.json'));
    expect(await readdir(path.join(dir, 'reports/issues'))).toHaveLength(4);
    expect(out).toEqual([`Issue drafts: 4 in ${path.join('reports', 'issues')}\n`]);
    const clean = buildReport([], { start: 0, stop: 1 });
    await r.onRunEnd(clean);
    expect(await readdir(path.join(dir, 'reports/issues'))).toEqual([]);
    expect(out[1]).toBe('Issue drafts: none (nothing failed or blocked)\n');
  });
});
