import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { Command, InvalidArgumentError, Option } from 'commander';
import { describeCliError, escapeControl as safe, loadConfig, ReadycheckError, stableStringify, type CliIO, type ReadycheckConfig } from '@readycheck/core';
import { SEVERITIES, type Severity } from '@readycheck/detectors';
import { agentSummaries, formatAgentTable } from './agents-table.js';
import { serverBackend } from './client.js';
import { handleClaudeHook, localBackend, type ClaudeHookInput } from './hook.js';
import { runGate, type GateOptions } from './gate.js';
import { createMonitor, type Monitor } from './monitor.js';
import { startMonitorServer } from './server.js';
import { openMonitorDb, DEFAULT_DB, type OpenDbOptions } from './store/open.js';
import { version } from './version.js';
import { hookRoute } from './hook-route.js';
import { attachWebhooks } from './webhooks.js';

/** Holds the exit code an action decided on. */
interface State {
  exitCode: number;
}

interface MonitorFlags {
  db?: string;
  /** `quality-scan gate --store` of old: the database (a `.json` path: the old JSON store, see {@link databaseOf}). */
  store?: string;
  config?: string;
  quarantineOn?: 'critical' | 'high';
}

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('expected a port from 0 to 65535.');
  return n;
}

async function gitRootOf(cwd: string): Promise<string> {
  try {
    return (await promisify(execFile)('git', ['rev-parse', '--show-toplevel'], { cwd })).stdout.trim() || cwd;
  } catch {
    // Not a git repository: the working directory is the root.
    return cwd;
  }
}

/**
 * The database the flags name, and the JSON store to import into it on first use. A path given on
 * the command line is relative to the working directory; the config's and the default one to the
 * project root. `--store x.json` (the JSON store `quality-scan gate` kept before the monitor) is
 * the database `x.db` beside it, into which `x.json` is imported on first use.
 */
function databaseOf(flags: MonitorFlags, settings: { db?: string }, io: CliIO, root: string): { spec: string; importFrom?: string } {
  if (flags.db !== undefined && flags.store !== undefined) throw new ReadycheckError('RC_USAGE', '--db and --store name the same database: give one');
  const given = flags.db ?? flags.store;
  if (given === undefined) return { spec: settings.db ?? DEFAULT_DB };
  if (/^postgres(ql)?:\/\//i.test(given)) return { spec: given };
  const abs = path.resolve(io.cwd, given);
  if (flags.store !== undefined && /\.json$/i.test(abs)) return { spec: abs.replace(/\.json$/i, '.db'), importFrom: abs };
  return { spec: abs };
}

/** What a command adds to the flags when it opens the monitor. */
interface OpenSettings {
  config?: ReadycheckConfig;
  threshold?: Severity;
  allowNewSuppressions?: boolean;
}

/** Opens the monitor the flags and the config describe. */
async function openMonitor(flags: MonitorFlags, io: CliIO, root = io.cwd, name = 'readycheck-monitor', extra: OpenSettings = {}): Promise<Monitor> {
  const config = extra.config ?? (await loadConfig({ cwd: io.cwd, ...(flags.config ? { file: flags.config } : {}) })).config;
  const settings = config.monitor ?? {};
  const { spec, importFrom } = databaseOf(flags, settings, io, root);
  const dbOptions: OpenDbOptions = { cwd: root, onImport: (m) => io.stderr(`${name}: ${m}\n`), ...(importFrom !== undefined ? { importFrom } : {}) };
  const db = await openMonitorDb(spec, dbOptions);
  return createMonitor({
    db,
    quarantineOn: flags.quarantineOn ?? settings.quarantineOn ?? 'critical',
    ...(settings.quarantineConfidence ? { quarantineConfidence: settings.quarantineConfidence } : {}),
    ...(extra.threshold ? { threshold: extra.threshold } : {}),
    scan: { ...(config.detectors ? { config: config.detectors } : {}), ...(extra.allowNewSuppressions ? { allowNewSuppressions: true } : {}) },
  });
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Builds the readycheck-monitor program. `name` is what the user typed: `quality-scan` when its
 * gate, release and agents commands run through {@link runGateCommand}.
 */
export function buildProgram(io: CliIO, state: State, stdin: () => Promise<string> = readStdin, name = 'readycheck-monitor'): Command {
  const program = new Command(name)
    .description('Live quality monitor for coding agents: judges every change, quarantines an agent on a critical finding, Mission Control at /.')
    .version(version, '-v, --version')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s), outputError: () => undefined })
    .addHelpText('after', '\nExit codes: 0 clean, 1 findings, 2 usage or config error (or a hook blocking), 3 quarantined.\n');
  const dbOption = () => new Option('--db <path|url>', `SQLite file or postgres:// URL (default ${DEFAULT_DB} at the git root, or config monitor.db)`);
  const quarantineOption = () => new Option('--quarantine-on <severity>', 'quarantine on a new finding at or above this (default critical, or config monitor.quarantineOn)').choices(['critical', 'high']);

  program
    .command('serve')
    .description('start the monitor server: JSON API, live events (WebSocket, SSE), Mission Control at /')
    .option('--port <n>', 'port (0: any free one)', port, 7357)
    .option('--host <host>', 'interface to bind; beyond loopback both tokens are required', '127.0.0.1')
    .addOption(dbOption())
    .addOption(quarantineOption())
    .option('--agent-token <token>', 'token agents must send (default env READYCHECK_MONITOR_AGENT_TOKEN)')
    .option('--operator-token <token>', 'token operators must send to release (default env READYCHECK_MONITOR_OPERATOR_TOKEN)')
    .option('--config <file>', 'readycheck config file')
    .action(async (o: MonitorFlags & { port: number; host: string; agentToken?: string; operatorToken?: string }) => {
      const monitor = await openMonitor(o, io, await gitRootOf(io.cwd));
      const agentToken = o.agentToken ?? io.env.READYCHECK_MONITOR_AGENT_TOKEN;
      const operatorToken = o.operatorToken ?? io.env.READYCHECK_MONITOR_OPERATOR_TOKEN;
      const server = await startMonitorServer({
        monitor,
        port: o.port,
        host: o.host,
        ...(agentToken ? { agentToken } : {}),
        ...(operatorToken ? { operatorToken } : {}),
        extraRoutes: hookRoute(monitor),
      }).catch(async (err: unknown) => {
        await monitor.close();
        throw err;
      });
      const { config } = await loadConfig({ cwd: io.cwd, ...(o.config ? { file: o.config } : {}) });
      const hooks = config.monitor?.webhooks ?? [];
      const detach = hooks.length
        ? attachWebhooks(monitor, { urls: hooks, ...(config.monitor?.allowedOrigins ? { allowedOrigins: config.monitor.allowedOrigins } : {}), onError: (m) => io.stderr(`readycheck-monitor: ${m}\n`) })
        : async () => undefined;
      io.stdout(`readycheck-monitor: Mission Control at ${server.url}/ (store: ${monitor.db.kind} ${monitor.db.location})\n`);
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await server.close();
      await detach();
      await monitor.close();
      state.exitCode = 0;
    });

  const hook = program.command('hook').description('agent hooks');
  hook
    .command('claude-code')
    .description("Claude Code's hook protocol: JSON event on stdin; exit 2 + stderr blocks (PreToolUse) or asks for a repair (PostToolUse)")
    .option('--agent <id>', 'agent id (default: the session_id of the event)')
    .option('--server <url>', 'report to this monitor server instead of judging in-process')
    .option('--token <token>', 'agent token for --server (default env READYCHECK_MONITOR_AGENT_TOKEN)')
    .addOption(dbOption())
    .addOption(quarantineOption())
    .option('--config <file>', 'readycheck config file')
    .action(async (o: MonitorFlags & { agent?: string; server?: string; token?: string }) => {
      const text = await stdin();
      let input: ClaudeHookInput;
      try {
        input = JSON.parse(text) as ClaudeHookInput;
      } catch {
        throw new ReadycheckError('RC_JSON_SYNTAX', 'hook: stdin is not a JSON hook event');
      }
      if (typeof input !== 'object' || input === null) throw new ReadycheckError('RC_USAGE', 'hook: stdin is not a JSON object');
      const cwd = typeof input.cwd === 'string' ? input.cwd : io.cwd;
      const token = o.token ?? io.env.READYCHECK_MONITOR_AGENT_TOKEN;
      let monitor: Monitor | null = null;
      try {
        const backend = o.server ? serverBackend(o.server, token) : localBackend((monitor = await openMonitor(o, { ...io, cwd }, await gitRootOf(cwd))));
        const outcome = await handleClaudeHook({ ...input, cwd }, backend, o.agent ? { agent: o.agent } : {});
        io.stderr(outcome.stderr);
        state.exitCode = outcome.exitCode;
      } finally {
        await monitor?.close();
      }
    });

  program
    .command('report')
    .description('report files an agent changed (before: the last snapshot, else git HEAD; after: the disk): for other agents and git hooks')
    .requiredOption('--agent <id>', 'the agent')
    .option('--task <id>', 'the task')
    .option('--server <url>', 'report to this monitor server')
    .option('--token <token>', 'agent token for --server (default env READYCHECK_MONITOR_AGENT_TOKEN)')
    .addOption(dbOption())
    .addOption(quarantineOption())
    .option('--config <file>', 'readycheck config file')
    .argument('<files...>', 'the changed files')
    .action(async (files: string[], o: MonitorFlags & { agent: string; task?: string; server?: string; token?: string }) => {
      const root = await gitRootOf(io.cwd);
      const token = o.token ?? io.env.READYCHECK_MONITOR_AGENT_TOKEN;
      let monitor: Monitor | null = null;
      try {
        const backend = o.server ? serverBackend(o.server, token) : localBackend((monitor = await openMonitor(o, io, root)));
        let worst = 0;
        for (const file of files) {
          const abs = path.resolve(io.cwd, file);
          const rel = path.relative(root, abs).split(path.sep).join('/');
          const after = await readFile(abs, 'utf8').catch(() => null);
          const before = await promisify(execFile)('git', ['show', `HEAD:${rel}`], { cwd: root, maxBuffer: 8 * 1024 * 1024 }).then((r) => r.stdout, () => null);
          const result = await backend.report({ agentId: o.agent, path: rel, before, after, useSnapshot: true, ...(o.task ? { taskId: o.task } : {}) });
          if ('refused' in result) {
            io.stderr(`readycheck-monitor: ${result.message}\n`);
            state.exitCode = 3;
            return;
          }
          const v = result.verdict;
          for (const f of v.findings) io.stdout(`${f.file}:${f.line}  ${f.severity}  ${f.ruleId}  ${f.message}\n`);
          io.stdout(`${rel}: ${v.verdict}${v.reason ? ` (${v.reason})` : ''}\n`);
          worst = Math.max(worst, v.verdict === 'quarantined' ? 3 : v.verdict === 'findings' ? 1 : 0);
        }
        state.exitCode = worst;
      } finally {
        await monitor?.close();
      }
    });

  const storeOption = () => new Option('--store <file>', 'the database, as quality-scan gate named it; a .json path (the old JSON store) means the .db beside it, into which it is imported').hideHelp();

  program
    .command('gate')
    .description("judge an agent's change; quarantine the agent on a critical finding (exit 3), 1 on findings at or above the threshold, 0 clean")
    .requiredOption('--agent <id>', 'the agent that made the change')
    .option('--task <id>', 'the task the change belongs to')
    .option('--diff <base>', 'the change: the working tree (or --head) against this git revision')
    .option('--staged', 'the change: what is staged (the index) against HEAD, or against --diff <base>')
    .option('--head <rev>', 'with --diff: this revision instead of the working tree')
    .option('--no-merge-base', 'with --diff: compare against <base> itself, not its merge base')
    .option('--before <dir>', 'the change: this old tree (with --after)')
    .option('--after <dir>', 'the change: this new tree (with --before)')
    .addOption(dbOption())
    .addOption(storeOption())
    .addOption(quarantineOption())
    .option('--allow-new-suppressions', 'let suppression comments the change adds silence its findings (default: they do not, and are reported)')
    .addOption(new Option('--severity-threshold <severity>', 'findings at or above this make exit 1 (default: high)').choices([...SEVERITIES]))
    .option('-c, --config <file>', 'readycheck config file (default: readycheck.config.* searched upward)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (o: GateOptions & MonitorFlags) => {
      const root = await gitRootOf(io.cwd);
      state.exitCode = await runGate(o, io, (s) => openMonitor(o, io, root, name, s), name);
    });

  program
    .command('release')
    .description('release a quarantined agent')
    .argument('<agent>', 'the agent id')
    .requiredOption('--by <name>', 'who releases it')
    .option('--note <text>', 'why it may work again')
    .addOption(dbOption())
    .addOption(storeOption())
    .option('-c, --config <file>', 'readycheck config file')
    .action(async (agent: string, o: MonitorFlags & { by: string; note?: string }) => {
      const monitor = await openMonitor(o, io, await gitRootOf(io.cwd), name);
      try {
        const r = await monitor.release(agent, { by: o.by, ...(o.note !== undefined ? { note: o.note } : {}) });
        const held = Date.parse(r.releasedAt) - Date.parse(r.since);
        io.stdout(`released ${safe(agent)} (quarantined since ${r.since}, ${Math.max(0, Math.round(held / 1000))} s; was: ${safe(r.reason)})\n`);
        state.exitCode = 0;
      } finally {
        await monitor.close();
      }
    });

  program
    .command('agents')
    .description('per-agent metrics: changes, findings by category, clean-change rate, quarantines, time to release, quality score')
    .option('--json', 'print the metrics as JSON')
    .addOption(dbOption())
    .addOption(storeOption())
    .option('-c, --config <file>', 'readycheck config file')
    .action(async (o: MonitorFlags & { json?: boolean }) => {
      const monitor = await openMonitor(o, io, await gitRootOf(io.cwd), name);
      try {
        const [agents, changes, releases] = await Promise.all([monitor.db.listAgents(), monitor.db.allChanges(), monitor.db.listReleases()]);
        const rows = agentSummaries(agents, changes, releases);
        io.stdout(o.json ? stableStringify(rows) : formatAgentTable(rows));
        state.exitCode = 0;
      } finally {
        await monitor.close();
      }
    });
  return program;
}

/** Runs the CLI; returns the exit code. `name` prefixes errors and hints (see {@link buildProgram}). */
export async function main(argv: string[], io: CliIO, stdin?: () => Promise<string>, name = 'readycheck-monitor'): Promise<number> {
  const state: State = { exitCode: 0 };
  try {
    await buildProgram(io, state, stdin, name).parseAsync(argv, { from: 'user' });
    return state.exitCode;
  } catch (err) {
    const { message, exitCode } = describeCliError(err, io.env);
    if (exitCode !== 0 && message) io.stderr(`${name}: ${message}\n`);
    return exitCode;
  }
}

/** The commands other CLIs may run through {@link runGateCommand}. */
export const GATE_COMMANDS: readonly string[] = ['gate', 'release', 'agents'];

/**
 * Runs `gate`, `release` or `agents` for another CLI: how `quality-scan gate|release|agents`
 * delegate here (found at run time, so detectors does not depend on this package). `argv` starts
 * with the command; messages and hints use `options.name`. Returns the exit code.
 *
 * @example
 * const code = await runGateCommand(['gate', '--agent', 'claude-1', '--diff', 'HEAD'], processIO(), { name: 'quality-scan' });
 */
export async function runGateCommand(argv: string[], io: CliIO, options: { name?: string } = {}): Promise<number> {
  const name = options.name ?? 'readycheck-monitor';
  const command = argv[0];
  if (command === undefined || !GATE_COMMANDS.includes(command)) {
    io.stderr(`${name}: runGateCommand runs ${GATE_COMMANDS.join(', ')}, not ${safe(String(command))}\n`);
    return 2;
  }
  return main(argv, io, undefined, name);
}
