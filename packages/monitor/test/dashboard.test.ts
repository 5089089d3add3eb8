import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMonitor, openMonitorDb, startMonitorServer, type Monitor, type MonitorServer } from '../src/index.js';

// Real headless Chromium (Debian's `chromium`, driven by playwright-core). `.ci/run` installs it.
const CHROMIUM = process.env.READYCHECK_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const REPORTS = path.resolve(import.meta.dirname, '../../../reports');

const HOSTILE_PATH = 'src/<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">.ts';
const HOSTILE_CODE =
  'export const key = "sk_live_51HxQ2aKb3c4D5e6F7g8H9i0Jk"; // </script><script>window.__pwned=3</script><img src=x onerror="window.__pwned=4"><a href="javascript:window.__pwned=5">x</a>\n';

describe('Mission Control in headless Chromium', () => {
  let dir: string;
  let monitor: Monitor;
  let server: MonitorServer;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install it with apt-get install -y chromium (or set READYCHECK_CHROMIUM)`);
    dir = mkdtempSync(path.join(os.tmpdir(), 'rc-monitor-ui-'));
    monitor = createMonitor({ db: await openMonitorDb(path.join(dir, 'm.db'), { cwd: dir }) });
    server = await startMonitorServer({ monitor, port: 0, agentToken: 'agent-tok', operatorToken: 'op-tok' });
    context = await chromium.launchPersistentContext(path.join(dir, 'profile'), { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1280, height: 1000 } });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    await monitor?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('shows a posted change with its violation and the quarantine within 1 s, releases with the button, never runs hostile text', async () => {
    await page.goto(`${server.url}/#token=agent-tok`);
    await page.waitForFunction(() => document.getElementById('status')?.textContent?.startsWith('live'));
    const res = await fetch(`${server.url}/api/changes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer agent-tok' },
      body: JSON.stringify({ agentId: 'evil-agent', path: HOSTILE_PATH, before: null, after: HOSTILE_CODE }),
    });
    expect((await res.json()).quarantined).toBe(true);
    // From the verdict's arrival: the page must show it within 1 s (the waits below fail otherwise).
    const posted = Date.now();
    await page.waitForSelector('#alert.on', { timeout: 1000 });
    await page.waitForFunction(() => (document.getElementById('violations')?.textContent ?? '').includes('hardcoded-secret'), undefined, { timeout: 1000 });
    expect(Date.now() - posted).toBeLessThanOrEqual(1000);

    expect(await page.textContent('#alert')).toMatch(/QUARANTINED: evil-agent/);
    const row = await page.$eval('#violations tr', (tr) => [...tr.children].map((td) => td.textContent));
    expect(row.slice(0, 4)).toEqual(['evil-agent', HOSTILE_PATH, '1', 'hardcoded-secret']);
    expect(row[6]).toContain('</script><script>window.__pwned=3</script>');
    expect(await page.textContent('#agents')).toMatch(/quarantined since/);
    expect(await page.$$eval('#chart-score polyline', (l) => l.length)).toBeGreaterThan(0);
    expect(await page.textContent('#metrics')).toMatch(/evil-agent/);

    mkdirSync(REPORTS, { recursive: true });
    await page.screenshot({ path: path.join(REPORTS, 'monitor-dashboard.png'), fullPage: true });

    const answers = ['op-tok', 'Ann Operator'];
    page.on('dialog', (d) => void d.accept(answers.shift() ?? ''));
    await page.click('#agents button[data-agent="evil-agent"]');
    await page.waitForFunction(() => !document.getElementById('alert')?.classList.contains('on'), undefined, { timeout: 2000 });
    expect(await page.textContent('#status')).toBe('released evil-agent');
    expect((await monitor.agent('evil-agent'))?.quarantine).toBeNull();
    expect(await monitor.db.listReleases('evil-agent')).toMatchObject([{ by: 'Ann Operator' }]);

    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.$$eval('img, a[href^="javascript"]', (els) => els.length)).toBe(0);
    expect(problems).toEqual([]);
  });
});
