import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { CliIO } from '@readycheck/core';

/** The repository root. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

/** A CliIO that records what a CLI prints. */
export function fakeIO(cwd: string, env: NodeJS.ProcessEnv = {}): CliIO & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    cwd,
    env: { PATH: process.env.PATH, ...env },
    isTTY: false,
    stdout: (t: string) => void (io.out += t),
    stderr: (t: string) => void (io.err += t),
  };
  return io;
}

/** Writes an inline file map into a fresh temp dir (Playwright's runInlineTest). */
export async function inlineProject(files: Record<string, string>): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'rc-smoke-'));
  for (const [rel, text] of Object.entries(files)) {
    const abs = path.join(dir, rel);
    await mkdir(path.dirname(abs), { recursive: true });
    await writeFile(abs, text);
  }
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Starts the bundled example service on a free port. */
export async function startExampleService(): Promise<{ url: string; child: ChildProcess; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [path.join(repoRoot, 'examples/smoke-service/server.mjs'), '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('example service did not start')), 10_000);
    lines.on('line', (line) => {
      const m = /^listening (http:\/\/\S+)$/.exec(line);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.once('exit', (code) => reject(new Error(`example service exited with ${code}`)));
  });
  return {
    url,
    child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

import type { CheckDefinition } from '../model.js';
import { createPlan, type Plan, type PlanFilters } from '../plan.js';

/** A check definition for tests: passes unless `run` says otherwise. */
export function def(id: string, over: Partial<CheckDefinition> = {}): CheckDefinition {
  return {
    id,
    name: over.name ?? id,
    category: 'api',
    component: 'svc',
    priority: 'P2',
    dependsOn: [],
    tags: [],
    skip: false,
    kind: 'function',
    file: 'suite.smoke.ts',
    suite: 'suite',
    run: () => undefined,
    ...over,
  };
}

/** Plans definitions (validated, filtered). */
export function plan(defs: CheckDefinition[], filters: PlanFilters = {}): Plan {
  return createPlan(defs, filters);
}
