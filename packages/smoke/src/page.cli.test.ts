// Page checks through smoke-run (YAML `type: page` and ctx.page in a TS suite run in a worker),
// with the screenshot of the failed check shown by the HTML report in real Chromium and named in JUnit.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium } from 'playwright-core';
import { validate, type SmokeReport } from '@readycheck/core';
import { chromiumPath } from './browser.js';
import { main } from './cli.js';
import { fakeIO, inlineProject } from './__tests__/helpers.js';
import { startPages } from './__tests__/pages.js';

let app: Awaited<ReturnType<typeof startPages>>;
beforeAll(async () => {
  app = await startPages();
});
afterAll(async () => {
  await app?.close();
});

describe('smoke-run page checks', () => {
  it('YAML and ctx.page checks share one browser; the failed one carries a screenshot the HTML report shows and JUnit names', async () => {
    const p = await inlineProject({
      'smoke/ui.smoke.yaml': [
        'name: ui',
        'defaults: { category: ui, component: dashboard, timeoutMs: 10000 }',
        'checks:',
        '  - { type: page, name: dashboard loads, path: /, expect: { title: "/dashboard/i", selector: "#list" } }',
        '  - { type: page, name: charts render, path: /console-error, expect: { selector: "#chart" } }',
        '  - type: page',
        '    name: filters and export work',
        '    path: /',
        '    steps: [{ fill: "#filter", value: gam }, { waitFor: "#count:text(\\"1 shown\\")" }, { download: "#export", downloadName: "\\\\.csv$" }]',
      ].join('\n'),
      'smoke/ts.smoke.ts': [
        "import { check } from '@readycheck/smoke';",
        "check('ctx.page', { category: 'ui', timeoutMs: 10000 }, async (ctx) => { const r = await ctx.page('/', { expect: { text: 'alpha' } }); ctx.attach('title', r.title); });",
      ].join('\n'),
    });
    try {
      const io = fakeIO(p.dir, { READYCHECK_CHROMIUM: chromiumPath(process.env) });
      const code = await main(['--base-url', app.url, '--reporter', 'json,html,junit'], io);
      expect(io.err).toBe('');
      expect(code).toBe(1);
      const report = JSON.parse(await readFile(path.join(p.dir, 'reports/smoke-report.json'), 'utf8')) as SmokeReport;
      expect(validate('smoke-report', report, 'smoke-report.json').issues).toEqual([]);
      const byId = Object.fromEntries(report.results.tests.map((t) => [t.extra.id, t]));
      expect(Object.fromEntries(Object.entries(byId).map(([id, t]) => [id, t.status]))).toEqual({
        'dashboard loads': 'passed',
        'charts render': 'failed',
        'filters and export work': 'passed',
        'ctx.page': 'passed',
      });
      expect(byId['charts render']!.message).toBe('page /console-error: console error: chart failed to render');
      expect(byId['charts render']!.extra.attachments.map((a) => a.name)).toEqual(['screenshot', 'console']);
      expect(byId['ctx.page']!.extra.attachments).toEqual([{ name: 'title', value: 'Jobs dashboard' }]);
      const junit = await readFile(path.join(p.dir, 'reports/junit.xml'), 'utf8');
      expect(junit).toMatch(/image\/png, \d+ bytes: in smoke-report\.json and smoke-report\.html \(check ("|&quot;)charts render("|&quot;), attachment ("|&quot;)screenshot("|&quot;)\)/);

      const exe = chromiumPath(process.env);
      if (!existsSync(exe)) throw new Error(`${exe} is missing: install it with apt-get install -y chromium (or set READYCHECK_CHROMIUM)`);
      const browser = await chromium.launch({ executablePath: exe, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
      try {
        const page = await browser.newPage();
        const problems: string[] = [];
        page.on('console', (m) => {
          if (m.type() === 'error') problems.push(m.text());
        });
        await page.goto(pathToFileURL(path.join(p.dir, 'reports/smoke-report.html')).href);
        await page.waitForSelector('html[data-ready=true]');
        await page.click('#check-rows tr[data-id="charts render"]');
        const img = page.locator('tr[data-detail-for="charts render"] img.screenshot');
        await img.waitFor({ state: 'visible' });
        expect(await img.evaluate((i: { naturalWidth: number }) => i.naturalWidth)).toBe(1280);
        expect(await page.textContent('tr[data-detail-for="charts render"] .attachment pre')).toContain('error: chart failed to render');
        expect(problems).toEqual([]);
      } finally {
        await browser.close();
      }
    } finally {
      await p.cleanup();
    }
  }, 90_000);
});
