// The page check kind in real headless Chromium (Debian's, driven by playwright-core) against a
// real local app (issue #20).
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserHost, chromiumPath } from './browser.js';
import { runPage, titleMatcher, type PageOptions } from './page.js';
import { startPages } from './__tests__/pages.js';

let host: BrowserHost;
let app: Awaited<ReturnType<typeof startPages>>;
beforeAll(async () => {
  const exe = chromiumPath(process.env);
  if (!existsSync(exe)) throw new Error(`${exe} is missing: install it with apt-get install -y chromium (or set READYCHECK_CHROMIUM)`);
  host = new BrowserHost(exe);
  app = await startPages();
}, 30_000);
afterAll(async () => {
  await host?.close();
  await app?.close();
});

async function page(target: string, options: PageOptions, timeoutMs = 8000) {
  const attachments: { name: string; value: unknown }[] = [];
  const env = { baseUrl: app.url, signal: AbortSignal.timeout(timeoutMs + 2000), timeoutMs, browser: () => host.browser(), attach: (name: string, value: unknown) => attachments.push({ name, value }) };
  try {
    return { result: await runPage(target, options, env), attachments, error: undefined };
  } catch (err) {
    return { result: undefined, attachments, error: (err as Error).message };
  }
}

describe('page checks in Chromium', () => {
  it('a page that loads: status, title (string and regex), selector, text, load time; nothing attached', async () => {
    const r = await page('/', { expect: { status: 200, title: 'Jobs dashboard', selector: '#list', text: 'gamma', maxLoadMs: 7000 } });
    expect(r.error).toBeUndefined();
    expect(r.result).toMatchObject({ status: 200, title: 'Jobs dashboard' });
    expect(r.result!.loadMs).toBeGreaterThan(0);
    expect(r.attachments).toEqual([]);
    expect((await page('/', { expect: { title: '/^jobs/i' } })).error).toBeUndefined();
    expect((await page('/', { expect: { title: 'Other' } })).error).toBe('page /: title "Jobs dashboard" does not match Other');
  });

  it('a console error fails the check (unless noConsoleErrors: false), with the console log and a PNG screenshot attached', async () => {
    const r = await page('/console-error', { expect: { selector: '#chart' } });
    expect(r.error).toBe('page /console-error: console error: chart failed to render');
    const names = r.attachments.map((a) => a.name);
    expect(names).toEqual(['screenshot', 'console']);
    const shot = r.attachments[0]!.value as { contentType: string; base64: string };
    expect(shot.contentType).toBe('image/png');
    expect(Buffer.from(shot.base64, 'base64').subarray(1, 4).toString()).toBe('PNG');
    expect(r.attachments[1]!.value).toEqual(['error: chart failed to render']);
    expect((await page('/console-error', { expect: { noConsoleErrors: false } })).error).toBeUndefined();
  });

  it('a failing same-origin request fails the check, naming it', async () => {
    const r = await page('/failing-request', { expect: { selector: '#stats' } });
    expect(r.error).toMatch(/^page \/failing-request: .*failed same-origin request: GET \/api\/stats \(404\)/);
    expect((await page('/failing-request', { expect: { noFailedRequests: false, noConsoleErrors: false } })).error).toBeUndefined();
  });

  it('a selector that never appears: fails before the check timeout, screenshot attached', async () => {
    const r = await page('/', { expect: { selector: '#never' } }, 3000);
    expect(r.error).toBe('page /: selector "#never" not visible within 2250 ms');
    expect(r.attachments.map((a) => a.name)).toEqual(['screenshot', 'console']);
  });

  it('steps filter the list and trigger a download; a broken step fails naming it', async () => {
    const r = await page('/', {
      steps: [{ fill: '#filter', value: 'bet' }, { waitFor: '#count:text("1 shown")' }, { download: '#export', downloadName: '^jobs\\.csv$' }],
    });
    expect(r.error).toBeUndefined();
    expect(r.result!.downloads).toEqual(['jobs.csv']);
    const wrong = await page('/', { steps: [{ fill: '#filter', value: 'a' }, { waitFor: '#count:text("1 shown")' }] }, 3000);
    expect(wrong.error).toMatch(/^page \/: step waitFor "#count:text\(\\"1 shown\\"\)" failed: /);
    const badName = await page('/', { steps: [{ download: '#export', downloadName: '\\.pdf$' }] });
    expect(badName.error).toBe('page /: step download "#export" failed: download "jobs.csv" does not match /\\.pdf$/');
  });

  it('the context closes when the check is aborted (timeout or Ctrl-C)', async () => {
    const ac = new AbortController();
    const env = { baseUrl: app.url, signal: ac.signal, timeoutMs: 20_000, browser: () => host.browser(), attach: () => undefined };
    const pending = runPage('/', { expect: { selector: '#never' } }, env);
    setTimeout(() => ac.abort(new Error('interrupted')), 300);
    await expect(pending).rejects.toThrow('interrupted');
    const browser = await host.browser();
    expect(browser.contexts()).toEqual([]);
  });

  it('titleMatcher: /regex/flags or an exact string', () => {
    expect(titleMatcher('/a.c/')('xabcx')).toBe(true);
    expect(titleMatcher('a.c')('abc')).toBe(false);
  });
});
