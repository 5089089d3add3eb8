import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { Command, InvalidArgumentError, Option } from 'commander';
import { describeCliError, loadConfig, ReadycheckError, stableStringify, type CliIO } from '@readycheck/core';
import { serverBackend } from './client.js';
import { handleClaudeHook, localBackend, type ClaudeHookInput } from './hook.js';
import { computeMetrics } from './metrics.js';
import { createMonitor, type Monitor } from './monitor.js';
import { startMonitorServer } from './server.js';
import { openMonitorDb, DEFAULT_DB } from './store/open.js';
import { version } from './version.js';
import { hookRoute } from './hook-route.js';
import { attachWebhooks } from './webhooks.js';

/** Holds the exit code an action decided on. */
interface State {
  exitCode: number;
}

interface MonitorFlags {
  db?: string;
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

/** Opens the monitor the flags and the config describe. */
async function openMonitor(flags: MonitorFlags, io: CliIO, root = io.cwd): Promise<Monitor> {
  const { config } = await loadConfig({ cwd: io.cwd, ...(flags.config ? { file: flags.config } : {}) });
  const settings = config.monitor ?? {};
  const db = await openMonitorDb(flags.db ?? settings.db ?? DEFAULT_DB, { cwd: root, onImport: (m) => io.stderr(`readycheck-monitor: ${m}\n`) });
  return createMonitor({
    db,
    quarantineOn: flags.quarantineOn ?? settings.quarantineOn ?? 'critical',
    ...(settings.quarantineConfidence ? { quarantineConfidence: settings.quarantineConfidence } : {}),
    scan: { ...(config.detectors ? { config: config.detectors } : {}) },
  });
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Builds the readycheck-monitor program. */
export function buildProgram(io: CliIO, state: State, stdin: () => Promise<string> = readStdin): Command {
  const program = new Command('readycheck-monitor')
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

  program
    .command('release')
    .description('release a quarantined agent')
    .argument('<agent>', 'the agent id')
    .requiredOption('--by <name>', 'who releases it')
    .option('--note <text>', 'why it may work again')
    .addOption(dbOption())
    .option('--config <file>', 'readycheck config file')
    .action(async (agent: string, o: MonitorFlags & { by: string; note?: string }) => {
      const monitor = await openMonitor(o, io, await gitRootOf(io.cwd));
      try {
        const r = await monitor.release(agent, { by: o.by, ...(o.note !== undefined ? { note: o.note } : {}) });
        io.stdout(`released ${agent} (quarantined since ${r.since}; was: ${r.reason})\n`);
        state.exitCode = 0;
      } finally {
        await monitor.close();
      }
    });

  program
    .command('agents')
    .description('per-agent metrics: changes, violation rate, clean-change rate, quarantines, time to release, quality score')
    .option('--json', 'print the metrics as JSON')
    .addOption(dbOption())
    .option('--config <file>', 'readycheck config file')
    .action(async (o: MonitorFlags & { json?: boolean }) => {
      const monitor = await openMonitor(o, io, await gitRootOf(io.cwd));
      try {
        const [agents, changes, releases] = await Promise.all([monitor.db.listAgents(), monitor.db.allChanges(), monitor.db.listReleases()]);
        const m = computeMetrics(agents, changes, releases);
        if (o.json) io.stdout(stableStringify(m.agents));
        else {
          if (!m.agents.length) io.stdout('No agent has reported a change yet.\n');
          for (const r of m.agents) {
            const q = agents.find((a) => a.agentId === r.agentId)?.quarantine;
            io.stdout(`${r.agentId}  ${q ? 'QUARANTINED' : 'active'}  changes ${r.changes}  clean ${Math.round(r.cleanChangeRate * 100)}%  findings/change ${r.violationRate}  quarantines ${r.quarantines}  score ${r.qualityScore}${q ? `  (${q.reason})` : ''}\n`);
          }
        }
        state.exitCode = 0;
      } finally {
        await monitor.close();
      }
    });
  return program;
}

/** Runs the CLI; returns the exit code. */
export async function main(argv: string[], io: CliIO, stdin?: () => Promise<string>): Promise<number> {
  const state: State = { exitCode: 0 };
  try {
    await buildProgram(io, state, stdin).parseAsync(argv, { from: 'user' });
    return state.exitCode;
  } catch (err) {
    const { message, exitCode } = describeCliError(err, io.env);
    if (exitCode !== 0 && message) io.stderr(`readycheck-monitor: ${message}\n`);
    return exitCode;
  }
}
