import { performance } from 'node:perf_hooks';
import { truncate, type SmokeSuiteTypes } from '@readycheck/core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { resolveUrl } from './http.js';
import type { CheckContext, CheckFn } from './model.js';

/** What `ctx.page(target, options)` and a `type: page` check do (the suite schema's fields). */
export type PageOptions = Pick<SmokeSuiteTypes.PageCheck, 'expect' | 'steps'>;
/** One step of a page check. */
export type PageStep = SmokeSuiteTypes.PageStep;

/** What a page check saw. */
export interface PageResult {
  /** HTTP status of the document. */
  status: number | null;
  title: string;
  /** ms from navigation to the load event. */
  loadMs: number;
  /** Console lines (`type: text`), at most 100 kept. */
  console: string[];
  /** Suggested file names of downloads the steps triggered. */
  downloads: string[];
}

/** Where a page check runs. */
export interface PageEnv {
  baseUrl: string | undefined;
  signal: AbortSignal;
  timeoutMs: number;
  /** The run's browser (one per run). */
  browser: () => Promise<Browser>;
  attach: (name: string, value: unknown) => void;
}

/** `ctx.page(target, options)` of an attempt. */
export type PageClient = (target: string, options?: PageOptions) => Promise<PageResult>;

const KEEP_CONSOLE = 100;

// The page's own waits end this long before the check's timeout, so a failure still has time for
// its screenshot.
function pageTimeout(timeoutMs: number): number {
  return Math.max(500, timeoutMs - Math.min(1500, Math.floor(timeoutMs / 4)));
}

/** `/regex/flags` as a RegExp; anything else is an exact string. */
export function titleMatcher(title: string): (actual: string) => boolean {
  const m = /^\/(.*)\/([a-z]*)$/s.exec(title);
  if (!m) return (actual) => actual === title;
  const re = new RegExp(m[1]!, m[2]);
  return (actual) => re.test(actual);
}

function describeStep(step: PageStep): string {
  const [key, value] = Object.entries(step).find(([k]) => ['click', 'fill', 'press', 'waitFor', 'download'].includes(k)) ?? ['?', ''];
  return `${key} ${JSON.stringify(value)}`;
}

async function runStep(page: Page, step: PageStep, downloads: string[]): Promise<void> {
  if (step.click !== undefined) await page.locator(step.click).first().click();
  else if (step.fill !== undefined) await page.locator(step.fill).first().fill(step.value ?? '');
  else if (step.press !== undefined) await page.locator(step.press).first().press(step.key ?? 'Enter');
  else if (step.waitFor !== undefined) await page.locator(step.waitFor).first().waitFor({ state: 'visible' });
  else if (step.download !== undefined) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(step.download).first().click()]);
    const name = download.suggestedFilename();
    downloads.push(name);
    if (step.downloadName !== undefined && !new RegExp(step.downloadName).test(name)) {
      throw new Error(`download "${name}" does not match /${step.downloadName}/`);
    }
  } else throw new Error(`step ${JSON.stringify(step)} names no action (click, fill, press, waitFor or download)`);
}

/**
 * Loads a page in a fresh browser context of the run's browser and checks it: document status
 * (default 2xx), title (exact or `/regex/`), a visible selector, text, no console errors and no
 * failed same-origin requests (both default on), the load time; then runs `steps`. On failure a
 * screenshot and the console log are attached and a one-line error lists every problem. The
 * context is closed at the end, on timeout and on Ctrl-C.
 *
 * @example
 * await runPage('/dashboard', { expect: { selector: '#chart', title: '/Dashboard/' } }, env);
 */
export async function runPage(target: string, options: PageOptions, env: PageEnv): Promise<PageResult> {
  const url = resolveUrl(target, env.baseUrl);
  const browser = await env.browser();
  const context: BrowserContext = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 800 } });
  // Timeout or Ctrl-C: the context is closed at once and the check ends with the signal's reason.
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<never>((_resolve, reject) => {
    onAbort = () => {
      const reason = env.signal.reason instanceof Error ? env.signal.reason : new Error('aborted');
      void context.close().then(
        () => reject(reason),
        () => reject(reason),
      );
    };
    if (env.signal.aborted) onAbort();
    else env.signal.addEventListener('abort', onAbort, { once: true });
  });
  aborted.catch(() => undefined);
  try {
    return await Promise.race([checkPage(context, url, options, env), aborted]);
  } catch (err) {
    // Closing the context on abort can make the page's own call fail first (net::ERR_ABORTED,
    // "frame was detached"): the check still ends with the signal's reason.
    if (env.signal.aborted) {
      // ...and only once the context is closed (the abort handler's close settles `aborted`).
      await aborted.catch(() => undefined);
      throw env.signal.reason instanceof Error ? env.signal.reason : new Error('aborted');
    }
    throw err;
  } finally {
    if (onAbort) env.signal.removeEventListener('abort', onAbort);
    await context.close().catch(() => undefined);
  }
}

// Favicons are the browser's own request, not the page's: a site without one is not broken.
const isFavicon = (u: string) => /\/favicon\.ico(\?|$)/.test(u);

async function checkPage(context: BrowserContext, url: string, options: PageOptions, env: PageEnv): Promise<PageResult> {
  const origin = new URL(url).origin;
  const expect = options.expect ?? {};
  const result: PageResult = { status: null, title: '', loadMs: 0, console: [], downloads: [] };
  const consoleErrors: string[] = [];
  const failedRequests: string[] = [];
  let page: Page | undefined;
  try {
    page = await context.newPage();
    page.setDefaultTimeout(pageTimeout(env.timeoutMs));
    const keep = (line: string) => {
      if (result.console.length < KEEP_CONSOLE) result.console.push(truncate(line, 1000));
    };
    page.on('console', (m) => {
      if (m.type() === 'error' && isFavicon(m.location().url)) return;
      keep(`${m.type()}: ${m.text()}`);
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => {
      keep(`uncaught: ${e.message}`);
      consoleErrors.push(`uncaught ${e.message}`);
    });
    const sameOrigin = (u: string) => {
      try {
        return new URL(u).origin === origin;
      } catch {
        // data:, blob: and the like have no origin of their own.
        return false;
      }
    };
    const where = (u: string) => {
      const p = new URL(u);
      return p.pathname + p.search;
    };
    page.on('requestfailed', (r) => {
      if (sameOrigin(r.url()) && !isFavicon(r.url())) failedRequests.push(`${r.method()} ${where(r.url())} (${r.failure()?.errorText ?? 'failed'})`);
    });
    page.on('response', (r) => {
      if (r.status() >= 400 && sameOrigin(r.url()) && r.url() !== url && !isFavicon(r.url())) failedRequests.push(`${r.request().method()} ${where(r.url())} (${r.status()})`);
    });
    const t0 = performance.now();
    const response = await page.goto(url, { waitUntil: 'load' });
    result.loadMs = Math.round(performance.now() - t0);
    result.status = response?.status() ?? null;
    result.title = await page.title();
    const problems: string[] = [];
    const status = result.status;
    if (expect.status !== undefined ? status !== expect.status : status === null || status < 200 || status > 299) {
      problems.push(`status ${status ?? 'none'} (expected ${expect.status ?? '2xx'})`);
    }
    if (expect.maxLoadMs !== undefined && result.loadMs > expect.maxLoadMs) problems.push(`loaded in ${result.loadMs} ms (budget ${expect.maxLoadMs} ms)`);
    if (expect.title !== undefined && !titleMatcher(expect.title)(result.title)) problems.push(`title ${JSON.stringify(result.title)} does not match ${expect.title}`);
    if (!problems.length) {
      try {
        if (expect.selector !== undefined) await page.locator(expect.selector).first().waitFor({ state: 'visible' });
      } catch {
        problems.push(`selector ${JSON.stringify(expect.selector)} not visible within ${pageTimeout(env.timeoutMs)} ms`);
      }
    }
    if (!problems.length && expect.text !== undefined) {
      const wanted = expect.text;
      try {
        await page.getByText(wanted).first().waitFor({ state: 'visible' });
      } catch {
        problems.push(`text ${JSON.stringify(wanted)} not on the page within ${pageTimeout(env.timeoutMs)} ms`);
      }
    }
    for (const step of problems.length ? [] : (options.steps ?? [])) {
      try {
        await runStep(page, step, result.downloads);
      } catch (err) {
        problems.push(`step ${describeStep(step)} failed: ${(err as Error).message.split('\n')[0]}`);
        break;
      }
    }
    if (expect.noConsoleErrors !== false && consoleErrors.length) problems.push(`console error${consoleErrors.length > 1 ? 's' : ''}: ${consoleErrors.slice(0, 3).join(' | ')}`);
    if (expect.noFailedRequests !== false && failedRequests.length) problems.push(`failed same-origin request${failedRequests.length > 1 ? 's' : ''}: ${failedRequests.slice(0, 3).join(', ')}`);
    if (problems.length) {
      await attachEvidence(page, result, env);
      throw new Error(truncate(`page ${where(url)}: ${problems.join('; ')}`, 1500));
    }
    return result;
  } catch (err) {
    if (!env.signal.aborted && page && !(err as Error).message.startsWith('page ')) await attachEvidence(page, result, env);
    throw err;
  }
}

// The screenshot and console log of a failed page check, as attachments.
async function attachEvidence(page: Page, result: PageResult, env: PageEnv): Promise<void> {
  const shot = await page.screenshot({ type: 'png', timeout: 2000 }).catch(() => undefined);
  if (shot) env.attach('screenshot', { contentType: 'image/png', base64: shot.toString('base64') });
  env.attach('console', result.console);
}

/** Builds `ctx.page` for one attempt. */
export function createPageClient(env: PageEnv): PageClient {
  return (target, options = {}) => runPage(target, options, env);
}

/** The function of a declarative `type: page` check: attaches load time and title, returns the load time as latency. */
export function pageCheckFn(c: SmokeSuiteTypes.PageCheck): CheckFn {
  return async (ctx: CheckContext) => {
    const r = await ctx.page(c.url ?? c.path ?? '/', c);
    ctx.attach('page', { status: r.status, title: r.title, loadMs: r.loadMs, downloads: r.downloads });
    return { latencyMs: r.loadMs };
  };
}
