import { existsSync } from 'node:fs';
import { ReadycheckError } from '@readycheck/core';
import type { Browser, BrowserServer } from 'playwright-core';

/** Chromium used for page checks when `READYCHECK_CHROMIUM` is not set (Debian's `chromium`). */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

const ARGS = ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'];

/** The Chromium page checks use: `READYCHECK_CHROMIUM`, else {@link DEFAULT_CHROMIUM}. */
export function chromiumPath(env: Readonly<Record<string, string | undefined>>): string {
  return env.READYCHECK_CHROMIUM?.trim() || DEFAULT_CHROMIUM;
}

async function playwright(): Promise<typeof import('playwright-core')> {
  try {
    return await import('playwright-core');
  } catch (cause) {
    throw new ReadycheckError('RC_USAGE', 'page checks need playwright-core: npm i -D playwright-core', { cause });
  }
}

/**
 * One browser for the whole run, started on first use: a playwright-core browser server, so
 * checks in worker threads connect to the same Chromium (`endpoint()`), and the main thread
 * through `browser()`. Each check opens its own context. `close()` ends Chromium.
 */
export class BrowserHost {
  readonly #executablePath: string;
  #server: Promise<BrowserServer> | undefined;
  #browser: Promise<Browser> | undefined;

  constructor(executablePath: string) {
    this.#executablePath = executablePath;
  }

  /** Whether Chromium is where it is expected. */
  get available(): boolean {
    return existsSync(this.#executablePath);
  }

  /** The browser server's WebSocket endpoint (starts Chromium on first call). */
  async endpoint(): Promise<string> {
    this.#server ??= playwright().then((pw) => pw.chromium.launchServer({ executablePath: this.#executablePath, headless: true, args: ARGS }));
    return (await this.#server).wsEndpoint();
  }

  /** A connection to the run's browser. */
  browser(): Promise<Browser> {
    this.#browser ??= Promise.all([playwright(), this.endpoint()]).then(([pw, ws]) => pw.chromium.connect(ws));
    return this.#browser;
  }

  /** Closes the connection and Chromium. */
  async close(): Promise<void> {
    const browser = this.#browser;
    const server = this.#server;
    this.#browser = undefined;
    this.#server = undefined;
    await browser?.then((b) => b.close()).catch(() => undefined);
    await server?.then((s) => s.close()).catch(() => undefined);
  }
}

/** A browser reached through an endpoint (a check worker's side of {@link BrowserHost}). */
export function connectedBrowser(endpoint: () => Promise<string>): { browser: () => Promise<Browser>; close: () => Promise<void> } {
  let connected: Promise<Browser> | undefined;
  return {
    browser: () => (connected ??= Promise.all([playwright(), endpoint()]).then(([pw, ws]) => pw.chromium.connect(ws))),
    close: async () => {
      await connected?.then((b) => b.close()).catch(() => undefined);
    },
  };
}
