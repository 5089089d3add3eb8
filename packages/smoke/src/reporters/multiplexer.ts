import type { SmokeReport } from '@readycheck/core';
import type { CheckResult, Reporter, RunInfo } from './types.js';

/** A reporter's failure, as collected by the {@link Multiplexer}. */
export interface ReporterFailure {
  reporter: string;
  hook: 'onRunStart' | 'onCheckStart' | 'onCheckEnd' | 'onRunEnd';
  error: unknown;
}

/**
 * Calls every reporter's hooks in turn and catches what each one throws (Playwright's
 * `Multiplexer`): a broken HTML template never costs the JSON file. Failures are reported once
 * per reporter and hook through `onError` and kept in {@link Multiplexer.failures}.
 *
 * @example
 * const mux = new Multiplexer([consoleReporter(ctx), jsonReporter(ctx)], (f) => ctx.stderr(`reporter ${f.reporter} failed\n`));
 * await mux.onRunEnd(report);
 * if (mux.failures.length) process.exitCode = 2;
 */
export class Multiplexer implements Reporter {
  readonly name = 'multiplexer';
  readonly failures: ReporterFailure[] = [];
  readonly #reporters: readonly Reporter[];
  readonly #onError: (failure: ReporterFailure) => void;
  readonly #reported = new Set<string>();

  constructor(reporters: readonly Reporter[], onError: (failure: ReporterFailure) => void = () => undefined) {
    this.#reporters = reporters;
    this.#onError = onError;
  }

  async onRunStart(run: RunInfo): Promise<void> {
    await this.#each('onRunStart', (r) => r.onRunStart?.(run));
  }

  async onCheckStart(check: { id: string; name: string }): Promise<void> {
    await this.#each('onCheckStart', (r) => r.onCheckStart?.(check));
  }

  async onCheckEnd(result: CheckResult): Promise<void> {
    await this.#each('onCheckEnd', (r) => r.onCheckEnd?.(result));
  }

  async onRunEnd(report: SmokeReport): Promise<void> {
    await this.#each('onRunEnd', (r) => r.onRunEnd(report));
  }

  async #each(hook: ReporterFailure['hook'], call: (r: Reporter) => unknown): Promise<void> {
    for (const r of this.#reporters) {
      try {
        await call(r);
      } catch (error) {
        const failure: ReporterFailure = { reporter: r.name, hook, error };
        this.failures.push(failure);
        // Report a reporter's repeated failure in the same hook once, not once per check.
        const key = `${r.name}:${hook}`;
        if (this.#reported.has(key)) continue;
        this.#reported.add(key);
        this.#onError(failure);
      }
    }
  }
}
