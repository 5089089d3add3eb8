import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { EvidenceReport } from '@readycheck/core';
import { compareReports } from '../compare.js';
import { scanEvidence } from '../scan.js';
import { CLIENT_SCRIPT, esc, renderReadinessHtml } from './html.js';

const fixtures = fileURLToPath(new URL('../../../../fixtures/evidence/', import.meta.url));
let report: EvidenceReport;

beforeAll(async () => {
  report = (await scanEvidence({ root: path.join(fixtures, 'chat-bot') })).report;
  // A feature name that tries to break out of the page, and a comparison with movements.
  report.features[0] = { ...(report.features[0] as EvidenceReport['features'][number]), reasons: ['</script><script>window.__pwned=1</script>', ...(report.features[0]?.reasons ?? [])] };
  report.comparison = compareReports(new Map([['discord', { status: 'FAIL', confidence: 0.5 }], ['weather', { status: 'PASS', confidence: 0.9 }]]), report, 'previous.json');
});

describe('renderReadinessHtml (static)', () => {
  it('is one self-contained page: no external resource, a CSP that allows only its own script', () => {
    const page = renderReadinessHtml(report);
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(page).not.toMatch(/<link\b|<(img|script|iframe|object|embed)\b[^>]*\bsrc\s*=|@import|url\(|https?:\/\//i);
    const hash = createHash('sha256').update(CLIENT_SCRIPT).digest('base64');
    expect(page).toContain(`default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${hash}'`);
    expect(page.match(/<script\b/g)).toHaveLength(1);
    expect(page).toContain('&#60;/script&#62;&#60;script&#62;window.__pwned=1');
    expect(esc(`<a href="x">'&'</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;');
    expect(renderReadinessHtml(report)).toBe(page);
  });
});

const CHROMIUM = process.env.READYCHECK_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

describe('READINESS.html in headless Chromium', () => {
  let dir: string;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];
  let requests: string[];
  let url: string;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install it with apt-get install -y chromium (or set READYCHECK_CHROMIUM)`);
    dir = await mkdtemp(path.join(tmpdir(), 'rc-evidence-html-'));
    const file = path.join(dir, 'READINESS.html');
    await writeFile(file, renderReadinessHtml(report));
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

  const visible = () => page.$$eval('#features .card:not([hidden])', (cards) => cards.map((c) => c.getAttribute('data-name')));

  it('shows every feature, coloured by status, runs no injected script and loads nothing', async () => {
    expect(await visible()).toHaveLength(report.features.length);
    expect(await page.textContent('#shown')).toBe(`${report.features.length} of ${report.features.length} features`);
    expect(await page.$$eval('.card.s-FAIL', (c) => c.length)).toBe(report.summary.FAIL);
    expect(await page.evaluate('typeof globalThis.__pwned')).toBe('undefined');
    expect(requests.filter((r) => !r.startsWith('file:'))).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('filters by status and searches, and keeps the view in the URL', async () => {
    await page.uncheck('#filters input[value=SKIP]');
    await page.uncheck('#filters input[value=WARN]');
    await page.uncheck('#filters input[value=PASS]');
    const fails = report.features.filter((f) => f.status === 'FAIL').map((f) => f.name);
    expect((await visible()).sort()).toEqual(fails.sort());
    await page.fill('#search', 'expression');
    expect(await visible()).toEqual(['digest']);
    expect(decodeURIComponent(new URL(page.url()).hash)).toBe('#status=FAIL&q=expression');
    await page.reload();
    await page.waitForSelector('html[data-ready=true]');
    expect(await visible()).toEqual(['digest']);
    expect(problems).toEqual([]);
  });

  it('shows the movement since --compare with arrows', async () => {
    expect((await page.textContent('.card[data-name=discord] .move'))?.trim()).toBe('↑ FAIL→PASS');
    expect((await page.textContent('.card[data-name=weather] .move'))?.trim()).toBe('↓ PASS→WARN');
  });
});
