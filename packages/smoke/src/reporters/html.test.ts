import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SmokeReport } from '@readycheck/core';
import { computeTrend, historyEntryOf, parseHistory } from '../history.js';
import { buildReport } from '../report.js';
import { CLIENT_SCRIPT } from './html/client.js';
import { HTML_FILE, embedJson, esc, htmlReporter, renderHtml } from './html.js';

const fixtures = fileURLToPath(new URL('../../../../fixtures/smoke-reports/', import.meta.url));
const load = async (name: string) => JSON.parse(await readFile(path.join(fixtures, name), 'utf8')) as SmokeReport;

async function withHistory(report: SmokeReport): Promise<SmokeReport> {
  const { entries } = parseHistory(await readFile(path.join(fixtures, 'history.jsonl'), 'utf8'), 'history.jsonl');
  const names = new Map(report.results.tests.map((t) => [t.extra.id, t.name]));
  const history = computeTrend(entries, historyEntryOf(report), { names });
  return { ...report, results: { ...report.results, extra: { ...report.results.extra!, history } } };
}

describe('renderHtml (static)', () => {
  it('is one self-contained page: no external resource, a CSP that allows only its own script', async () => {
    const page = renderHtml(await load('mixed.json'));
    expect(page.startsWith('<!doctype html>')).toBe(true);
    // no tag that loads anything; the check data itself is escaped text
    expect(page).not.toMatch(/<link\b|<(img|script|iframe|object|embed|audio|video|source)\b[^>]*\bsrc\s*=|@import|https?:\/\//i);
    expect(/<style>([^]*?)<\/style>/.exec(page)![1]).not.toMatch(/url\(/i);
    const hash = createHash('sha256').update(CLIENT_SCRIPT).digest('base64');
    expect(page).toContain(`default-src 'none'; script-src 'sha256-${hash}'`);
    expect(page.match(/<script\b/g)).toHaveLength(2);
    expect(page.match(/<\/script>/gi)).toHaveLength(2);
  });

  it('embeds the report as JSON that no check name can break out of', async () => {
    const report = await load('mixed.json');
    const page = renderHtml(report);
    const data = /<script type="application\/json" id="smoke-data">([^]*?)<\/script>/.exec(page)![1]!;
    expect(data).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(data)).toEqual(report);
    expect(embedJson({ a: '</script><!--\u2028&' })).toBe('{"a":"\\u003c/script\\u003e\\u003c!--\\u2028\\u0026"}');
    expect(esc(`<a href="x">'&'</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;');
    expect(page).toContain('&#60;/script&#62;&#60;script&#62;window.__pwned=1');
  });

  it('shows the trend only when the report carries history, and the verdict of the run', async () => {
    const report = await load('mixed.json');
    expect(renderHtml(report)).not.toContain('id="trend"');
    const trended = await withHistory(report);
    expect(renderHtml(trended)).toContain('id="trend-chart"');
    trended.results.extra!.history!.runs[0]!.interrupted = true;
    trended.results.extra!.history!.runs[1]!.shard = '1/2';
    expect(renderHtml(trended)).toContain('<title>2025-11-16 00:00:00 UTC (interrupted): 81.8% pass rate; 9 passed, 1 failed, 0 flaky, 1 blocked</title>');
    expect(renderHtml(trended)).toContain('<title>2025-11-17 00:00:00 UTC (shard 1/2): ');
    const clean = buildReport([], { start: 0, stop: 5 });
    const page = renderHtml({ ...clean, results: { ...clean.results, extra: { ...clean.results.extra!, interrupted: true } } }, { title: 'Nightly' });
    expect(page).toContain('<span class="verdict interrupted" id="verdict">INTERRUPTED</span>');
    expect(page).toContain('<h1>Nightly</h1>');
    expect(page).toContain('No checks ran.');
    expect(renderHtml(report)).toContain('<title>Smoke report: 3 failed, 7 passed, 1 flaky, 1 blocked, 1 skipped</title>');
  });

  it('shows smoke-run verify rows with their verdicts and command output', () => {
    const base = buildReport([], { start: 0, stop: 1 });
    const report = buildReport([], {
      start: 0,
      stop: 1,
      verification: [
        {
          taskFile: 'tasks/review.json',
          fixId: 'fix-1',
          claimed: 'completed',
          verdict: 'refuted',
          commands: [
            { kind: 'verification_command', command: 'npm test -- <grep>', exitCode: 1, output: 'FAIL src/a.test.ts' },
            { kind: 'hallucination_check', command: 'grep -q foo src/a.ts', exitCode: null, timedOut: true, output: '' },
          ],
        },
        { taskFile: 'tasks/review.json', fixId: 'fix-2', claimed: 'completed', verdict: 'verified', commands: [] },
        { taskFile: 'tasks/review.json', fixId: 'fix-3', claimed: 'completed', verdict: 'unverifiable', commands: [] },
      ],
    });
    expect(renderHtml(base)).not.toContain('id="verification"');
    const page = renderHtml(report);
    expect(page).toContain('<section id="verification">');
    expect(page).toContain('<span class="badge s-failed">refuted</span>');
    expect(page).toContain('<span class="badge s-passed">verified</span>');
    expect(page).toContain('<span class="badge s-skipped">unverifiable</span>');
    expect(page).toContain('verification_command: <code>npm test -- &#60;grep&#62;</code> → exit 1</div><pre>FAIL src/a.test.ts</pre>');
    expect(page).toContain('hallucination_check: <code>grep -q foo src/a.ts</code> → timed out</div>');
  });

  it('is deterministic', async () => {
    const report = await load('mixed.json');
    expect(renderHtml(report)).toBe(renderHtml(structuredClone(report)));
  });
});

describe('htmlReporter', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'rc-html-'));
    return () => rm(dir, { recursive: true, force: true });
  });

  it('writes smoke-report.html, with the trend read from the history file when the report has none', async () => {
    await writeFile(path.join(dir, 'h.jsonl'), `${await readFile(path.join(fixtures, 'history.jsonl'), 'utf8')}not json\n`);
    const out: string[] = [];
    const err: string[] = [];
    const r = htmlReporter({ outDir: 'out', cwd: dir, stdout: (t) => out.push(t), stderr: (t) => err.push(t), isTTY: false, historyFile: 'h.jsonl' });
    expect(r.name).toBe('html');
    await r.onRunEnd(await load('mixed.json'));
    const page = await readFile(path.join(dir, 'out', HTML_FILE), 'utf8');
    expect(page).toContain('id="trend-chart"');
    expect(page.match(/<circle /g)).toHaveLength(7);
    expect(out).toEqual([`HTML report: ${path.join('out', HTML_FILE)}\n`]);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/h\.jsonl:7: skipped a line that is not JSON/);
  });
});

// Real headless Chromium (Debian's `chromium`, driven by playwright-core). `.ci/run` installs it.
const CHROMIUM = process.env.READYCHECK_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

describe('HTML report in headless Chromium', () => {
  let dir: string;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];
  let requests: string[];
  let url: string;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install it with apt-get install -y chromium (or set READYCHECK_CHROMIUM)`);
    dir = await mkdtemp(path.join(tmpdir(), 'rc-chromium-'));
    const file = path.join(dir, 'report.html');
    await writeFile(file, renderHtml(await withHistory(await load('mixed.json'))));
    url = pathToFileURL(file).href;
    context = await chromium.launchPersistentContext(path.join(dir, 'profile'), { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1280, height: 900 } });
    context.on('request', (r) => requests.push(r.url()));
    page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  beforeEach(async () => {
    problems = [];
    requests = [];
    await page.goto(url);
    await page.waitForSelector('html[data-ready=true]');
  });

  const visibleIds = () => page.$$eval('#check-rows tr.row:not([hidden])', (rows) => rows.map((r) => r.getAttribute('data-id')));
  const count = () => page.textContent('#check-count');

  it('renders every check, the matrix and the trend, with no console error and no request but the page itself', async () => {
    expect(await page.$$eval('#check-rows tr.row', (rows) => rows.length)).toBe(12);
    expect(await count()).toBe('Showing 12 of 12 checks');
    expect(await page.textContent('#verdict')).toBe('FAILED');
    expect(await page.$$eval('table.matrix tbody tr', (rows) => rows.length)).toBe(7);
    expect(await page.$$eval('#trend-chart circle', (c) => c.length)).toBe(7);
    expect(await page.$$eval('#flaky-table tbody tr', (r) => r.map((x) => x.getAttribute('data-flaky')))).toEqual(['api.users.list', 'errors.escape', 'health.ready']);
    expect(await page.getAttribute('#flaky-table tr[data-flaky="api.users.list"] .strip', 'aria-label')).toBe('failed, passed, failed, passed, failed, passed, failed');
    expect(await page.$$eval('#flaky-table tr[data-flaky="health.ready"] .dot.o-flaky', (d) => d.length)).toBe(3);
    // failures first, then blocked, flaky, passed, skipped
    expect((await visibleIds()).slice(0, 5)).toEqual(['api.users.list', 'workers.queue-drain', 'errors.escape', 'api.users.create', 'health.ready']);
    expect(problems).toEqual([]);
    expect(requests).toEqual([url]);
  });

  it('lays the matrix out readably: each cell fills its column, component names keep their case', async () => {
    const layout = await page.$$eval('table.matrix td.cell:not(.empty)', (cells) =>
      cells.map((td) => {
        const b = td.querySelector('button');
        const cs = (globalThis as unknown as { getComputedStyle: (e: unknown) => { paddingLeft: string; paddingRight: string } }).getComputedStyle(td);
        const inner = td.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
        return { inner, button: b ? b.getBoundingClientRect().width : 0 };
      }),
    );
    expect(layout.length).toBeGreaterThan(0);
    for (const c of layout) expect(Math.abs(c.inner - c.button)).toBeLessThan(1.5);
    const rowHead = await page.$eval('table.matrix tbody th[scope=row]', (th) => ({ text: th.textContent, shown: (th as unknown as { innerText: string }).innerText }));
    expect(rowHead.shown).toBe(rowHead.text);
  });

  it('never runs markup from check data', async () => {
    expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.textContent('#check-rows tr[data-id="errors.escape"] .cname')).toBe('</script><script>window.__pwned=1</script> & "quotes"');
    await page.click('#check-rows tr[data-id="errors.escape"]');
    expect(await page.textContent('tr[data-detail-for="errors.escape"] pre.error')).toContain('<img src=x onerror="window.__pwned=2">');
    expect(await page.$$('tr[data-detail-for="errors.escape"] img')).toHaveLength(0);
    expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(problems).toEqual([]);
  });

  it('filters by status, category, component and priority, and searches', async () => {
    await page.selectOption('#f-status', 'failed');
    expect(await visibleIds()).toEqual(['api.users.list', 'workers.queue-drain', 'errors.escape']);
    expect(await count()).toBe('Showing 3 of 12 checks');
    await page.selectOption('#f-priority', 'P1');
    expect(await visibleIds()).toEqual(['api.users.list', 'workers.queue-drain']);
    await page.selectOption('#f-category', 'workers');
    expect(await visibleIds()).toEqual(['workers.queue-drain']);
    await page.click('#f-clear');
    expect(await count()).toBe('Showing 12 of 12 checks');

    await page.selectOption('#f-status', 'attention');
    await page.selectOption('#f-priority', 'P0');
    expect(await visibleIds()).toEqual(['health.ready']);
    await page.click('#f-clear');

    await page.selectOption('#f-component', 'queue');
    expect(await visibleIds()).toEqual(['workers.queue-drain', 'workers.list']);
    await page.click('#f-clear');

    await page.fill('#f-search', 'USERS');
    expect(await visibleIds()).toEqual(['api.users.list', 'api.users.create']);
    await page.fill('#f-search', '503 ready');
    expect(await visibleIds()).toEqual(['health.ready']);
    await page.fill('#f-search', 'no check is called this');
    expect(await visibleIds()).toEqual([]);
    expect(await page.isVisible('#check-empty')).toBe(true);
    expect(await count()).toBe('Showing 0 of 12 checks');
    expect(problems).toEqual([]);
  });

  it('keeps the filters in the URL hash across a reload', async () => {
    await page.selectOption('#f-status', 'failed');
    await page.fill('#f-search', 'api');
    expect(await page.evaluate(() => (globalThis as unknown as { location: { hash: string } }).location.hash)).toBe('#q=api&status=failed');
    await page.reload();
    await page.waitForSelector('html[data-ready=true]');
    expect(await page.inputValue('#f-status')).toBe('failed');
    expect(await page.inputValue('#f-search')).toBe('api');
    expect(await visibleIds()).toEqual(['api.users.list', 'errors.escape']);
    await page.goto(`${url}#status=nonsense&category=ui&q=%E0%A4%A`);
    // a new hash on the same file is a same-document navigation: reload to start the page afresh
    await page.reload();
    await page.waitForSelector('html[data-ready=true]');
    expect(await page.inputValue('#f-status')).toBe('');
    expect(await visibleIds()).toEqual(['ui.home', 'ui.login']);
    expect(problems).toEqual([]);
  });

  it('opens a check with its attempts, errors and attachments; matrix cells and fix-first items lead to checks', async () => {
    await page.click('#check-rows tr[data-id="api.users.list"]');
    const detail = 'tr[data-detail-for="api.users.list"]';
    expect(await page.$$eval(`${detail} table.attempts tbody tr`, (r) => r.length)).toBe(2);
    expect(await page.textContent(`${detail} .attachment pre`)).toContain('"error": "relation \\"users\\" does not exist"');
    expect(await page.getAttribute('#check-rows tr[data-id="api.users.list"]', 'aria-expanded')).toBe('true');
    await page.click('#check-rows tr[data-id="api.users.list"]');
    expect(await page.$(detail)).toBeNull();

    await page.click('table.matrix tr[data-component="users"] button[data-filter-category="api"]');
    expect(await page.inputValue('#f-component')).toBe('users');
    expect(await page.inputValue('#f-category')).toBe('api');
    expect(await visibleIds()).toEqual(['api.users.list', 'api.users.create']);

    await page.click('#fix-first button[data-check="workers.queue-drain"]');
    expect(await page.inputValue('#f-component')).toBe('');
    expect(await page.textContent('tr[data-detail-for="workers.queue-drain"]')).toContain('timed out after 5000 ms');

    await page.click('#collapse-all');
    await page.click('#expand-failures');
    expect(await page.$$eval('tr.detail', (r) => r.map((x) => x.getAttribute('data-detail-for')))).toHaveLength(5);
    expect(problems).toEqual([]);
  });

  it('sorts by a column and keeps expanded details under their row', async () => {
    await page.click('#check-rows tr[data-id="ui.home"]');
    await page.click('th[data-sort="duration"]');
    expect((await visibleIds())[0]).toBe('workers.queue-drain');
    expect(await page.getAttribute('th[data-sort="duration"]', 'aria-sort')).toBe('descending');
    await page.click('th[data-sort="duration"]');
    expect(await page.getAttribute('th[data-sort="duration"]', 'aria-sort')).toBe('ascending');
    await page.click('th[data-sort="name"]');
    const order = await page.$$eval('#check-rows tr', (rows) => rows.map((r) => r.getAttribute('data-id') ?? `detail:${r.getAttribute('data-detail-for')}`));
    expect(order[order.indexOf('ui.home') + 1]).toBe('detail:ui.home');
    expect(problems).toEqual([]);
  });

  it('lists a big report 500 rows at a time, and still opens a check further down', async () => {
    const n = 1200;
    const tests = Array.from({ length: n }, (_, i) => ({
      name: `check ${String(i).padStart(4, '0')}`,
      status: (i === 1100 ? 'failed' : 'passed') as 'failed' | 'passed',
      duration: 1,
      extra: {
        id: `c${i}`,
        category: 'api',
        component: `comp${i % 7}`,
        priority: 'P2' as const,
        attempts: [{ attempt: 1, status: (i === 1100 ? 'failed' : 'passed') as 'failed' | 'passed', durationMs: 1, ...(i === 1100 ? { error: 'the one failure' } : {}) }],
        blockedBy: [],
        attachments: [],
      },
    }));
    const file = path.join(dir, 'big.html');
    await writeFile(file, renderHtml(buildReport(tests, { start: 0, stop: 10 })));
    await page.goto(pathToFileURL(file).href);
    await page.waitForSelector('html[data-ready=true]');
    await page.click('th[data-sort="name"]');
    expect(await page.$$eval('#check-rows tr.row', (r) => r.length)).toBe(500);
    expect(await count()).toBe('Showing 1200 of 1200 checks (the first 500 listed)');
    expect(await page.textContent('#check-more')).toBe('Show 500 more');
    await page.click('#check-more');
    await page.click('#check-more');
    expect(await page.$$eval('#check-rows tr.row', (r) => r.length)).toBe(1200);
    expect(await page.isVisible('#check-more')).toBe(false);
    expect(await count()).toBe('Showing 1200 of 1200 checks');
    // search terms all have to match, anywhere: "check" and "004" (0004, 0040-0049, 1004)
    await page.fill('#f-search', 'check 004');
    expect(await count()).toBe('Showing 12 of 1200 checks');
    await page.click('#fix-first button[data-check="c1100"]');
    expect(await page.textContent('tr[data-detail-for="c1100"]')).toContain('the one failure');
    await page.click('th[data-sort="name"]');
    await page.click('#fix-first button[data-check="c1100"]');
    expect(await page.isVisible('tr[data-detail-for="c1100"]')).toBe(true);
    expect(problems).toEqual([]);
  });

  it('would not run a script that got past the escaping: the CSP allows only the report script', async () => {
    const page2 = renderHtml(await load('mixed.json')).replace('<footer>', '<script>window.__pwned = 9;</script><img src="http://127.0.0.1:9/x.png"><footer>');
    const file = path.join(dir, 'tampered.html');
    await writeFile(file, page2);
    const blocked: string[] = [];
    const onFailed = (r: { url(): string; failure(): { errorText: string } | null }) => blocked.push(`${r.url()} ${r.failure()?.errorText}`);
    context.on('requestfailed', onFailed);
    await page.goto(pathToFileURL(file).href);
    await page.waitForSelector('html[data-ready=true]');
    context.off('requestfailed', onFailed);
    expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    // the browser names the image request, and refuses it before it reaches the network
    expect(requests.filter((r) => r.startsWith('http'))).toEqual(['http://127.0.0.1:9/x.png']);
    expect(blocked).toEqual(['http://127.0.0.1:9/x.png csp']);
    expect(problems.some((p) => /Content Security Policy/.test(p))).toBe(true);
  });

  it('downloads the embedded report as JSON without the network', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-json')]);
    expect(download.suggestedFilename()).toBe('smoke-report.json');
    const saved = JSON.parse(await readFile((await download.path())!, 'utf8')) as SmokeReport;
    expect(saved.results.tests).toHaveLength(12);
    expect(requests.filter((r) => !r.startsWith('blob:'))).toEqual([url]);
    expect(problems).toEqual([]);
  });
});
