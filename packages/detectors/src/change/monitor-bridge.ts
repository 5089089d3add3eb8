import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { escapeControl as safe, ReadycheckError, type CliIO } from '@readycheck/core';

// `quality-scan gate|release|agents` live in @readycheck/monitor, which depends on this package.
// detectors must not depend on it back (no package cycle), so the monitor is found at run time:
// in the user's project first, then beside this installed copy of quality-scan (npx, a global
// install, the workspace). The path is resolved with createRequire and imported by URL, so
// neither TypeScript nor a bundler sees a static import of the monitor.

/** The package that runs `gate`, `release` and `agents`. */
export const MONITOR_PACKAGE = '@readycheck/monitor';

/** The quality-scan subcommands that the monitor runs. */
export const MONITOR_COMMANDS = ['gate', 'release', 'agents'] as const;
export type MonitorCommand = (typeof MONITOR_COMMANDS)[number];

/** What quality-scan calls in the monitor's public entry. */
interface MonitorEntry {
  runGateCommand(argv: string[], io: CliIO, options: { name: string }): Promise<number>;
}

/**
 * Where the monitor is looked for, in order: the project (the working directory and its parents,
 * as Node resolves), then the folder this module is installed in.
 */
export function monitorSearchRoots(cwd: string): string[] {
  return [cwd, path.dirname(fileURLToPath(import.meta.url))];
}

/**
 * The file `import('@readycheck/monitor')` would load when resolved from each of `roots` in turn
 * (a directory: Node's lookup through its `node_modules` and those of its parents), or null when
 * none has it installed.
 *
 * @example
 * resolveMonitor(monitorSearchRoots(process.cwd())); // '/repo/node_modules/@readycheck/monitor/dist/index.js'
 */
export function resolveMonitor(roots: readonly string[]): string | null {
  for (const root of roots) {
    // createRequire wants a file: one that need not exist, inside the directory to search from.
    const require = createRequire(path.join(path.resolve(root), 'noop.js'));
    try {
      return require.resolve(MONITOR_PACKAGE);
    } catch (err) {
      const code = (err as { code?: unknown }).code;
      if (code !== 'MODULE_NOT_FOUND' && code !== 'ERR_PACKAGE_PATH_NOT_EXPORTED') throw err;
    }
  }
  return null;
}

/**
 * Runs `quality-scan <command> <args>` through the monitor's `runGateCommand`: same flags, output
 * and exit codes as `readycheck-monitor <command>`, with quality-scan named in its messages.
 * Without the monitor installed: one line saying how to install it, and exit 2.
 */
export async function runMonitorCommand(command: MonitorCommand, args: readonly string[], io: CliIO, roots: readonly string[] = monitorSearchRoots(io.cwd)): Promise<number> {
  const entry = resolveMonitor(roots);
  if (entry === null) {
    io.stderr(`quality-scan ${command} needs ${MONITOR_PACKAGE}: npm i -D ${MONITOR_PACKAGE}\n`);
    return 2;
  }
  const mod = (await import(pathToFileURL(entry).href)) as Partial<MonitorEntry>;
  if (typeof mod.runGateCommand !== 'function') {
    throw new ReadycheckError('RC_DEPENDENCY_MISSING', `quality-scan ${command}: the ${MONITOR_PACKAGE} installed at ${safe(entry)} is too old (no runGateCommand): npm i -D ${MONITOR_PACKAGE}@latest`);
  }
  return mod.runGateCommand([command, ...args], io, { name: 'quality-scan' });
}
