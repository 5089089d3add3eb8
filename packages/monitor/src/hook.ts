import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { isReadycheckError, type MonitorChangeRequest, type MonitorVerdict } from '@readycheck/core';
import type { Monitor } from './monitor.js';
import type { QuarantineState } from './store/types.js';

const run = promisify(execFile);

/** The fields of a Claude Code hook event the monitor reads (stdin of a command hook, body of an HTTP hook). */
export interface ClaudeHookInput {
  session_id?: string;
  cwd?: string;
  hook_event_name?: string;
  tool_name?: string;
  tool_input?: Record<string, unknown>;
}

/** What the hook answers: Claude Code reads exit code 2 + stderr as "blocked, here is why". */
export interface HookOutcome {
  exitCode: 0 | 2;
  stderr: string;
  /** The JSON an HTTP hook answers with (the same decision). */
  json: Record<string, unknown>;
}

/** How the hook reaches the monitor: in-process, or a server. */
export interface HookBackend {
  quarantineOf(agentId: string): Promise<QuarantineState | null>;
  /** The verdict, or the quarantine that refused the change. */
  report(request: MonitorChangeRequest): Promise<{ verdict: MonitorVerdict } | { refused: QuarantineState; message: string }>;
}

/** Tools that write a file named in `tool_input`. */
const EDIT_TOOLS = new Set(['Edit', 'Write', 'MultiEdit', 'NotebookEdit']);

/**
 * Files a shell command writes, as far as a static look can tell: redirections (`>`, `>>`),
 * `tee`, `sed -i`, `cp`/`mv` targets, `touch`, and heredocs into a file. Returns [] for a
 * command that writes nothing it can see.
 */
export function bashWriteTargets(command: string): string[] {
  const out = new Set<string>();
  const word = `("[^"]+"|'[^']+'|[^\\s;&|<>()]+)`;
  const strip = (w: string) => w.replace(/^["']|["']$/g, '');
  for (const m of command.matchAll(new RegExp(`(?:^|[^0-9&<>])\\d?>>?\\s*${word}`, 'g'))) if (m[1] && !m[1].startsWith('&')) out.add(strip(m[1]));
  for (const m of command.matchAll(new RegExp(`\\btee\\s+(?:-a\\s+)?${word}`, 'g'))) if (m[1]) out.add(strip(m[1]));
  for (const m of command.matchAll(new RegExp(`\\bsed\\s+(?:-[a-zA-Z]*i[a-zA-Z]*\\S*)\\s+(?:'[^']*'|"[^"]*"|\\S+)\\s+${word}`, 'g'))) if (m[1]) out.add(strip(m[1]));
  for (const m of command.matchAll(new RegExp(`\\b(?:cp|mv|install)\\s+(?:-\\S+\\s+)*\\S+\\s+${word}`, 'g'))) if (m[1]) out.add(strip(m[1]));
  for (const m of command.matchAll(new RegExp(`\\btouch\\s+${word}`, 'g'))) if (m[1]) out.add(strip(m[1]));
  out.delete('/dev/null');
  out.delete('/dev/stderr');
  out.delete('/dev/stdout');
  return [...out];
}

/** The files a tool call writes (absolute), or [] when it writes none. */
export function writtenFiles(input: ClaudeHookInput): string[] {
  const cwd = input.cwd ?? process.cwd();
  const ti = input.tool_input ?? {};
  if (EDIT_TOOLS.has(input.tool_name ?? '')) {
    const p = typeof ti.file_path === 'string' ? ti.file_path : typeof ti.notebook_path === 'string' ? ti.notebook_path : null;
    return p ? [path.resolve(cwd, p)] : [];
  }
  if (input.tool_name === 'Bash' && typeof ti.command === 'string') return bashWriteTargets(ti.command).map((p) => path.resolve(cwd, p));
  return [];
}

async function gitRoot(cwd: string): Promise<string> {
  try {
    return (await run('git', ['rev-parse', '--show-toplevel'], { cwd })).stdout.trim() || cwd;
  } catch {
    // Not a git repository: the working directory is the root.
    return cwd;
  }
}

async function headContent(root: string, rel: string): Promise<string | null> {
  try {
    return (await run('git', ['show', `HEAD:${rel}`], { cwd: root, maxBuffer: 8 * 1024 * 1024 })).stdout;
  } catch {
    // Not in HEAD (new file, no commits, no git): the change adds it.
    return null;
  }
}

// Source files, and `.gitattributes` (a line the agent adds that declares files vendored is a finding).
const SOURCE = /\.(?:[cm]?[jt]sx?)$|(?:^|\/)\.gitattributes$/;

function blocked(event: string, reason: string): HookOutcome {
  const json =
    event === 'PreToolUse'
      ? { hookSpecificOutput: { hookEventName: 'PreToolUse', permissionDecision: 'deny', permissionDecisionReason: reason } }
      : { decision: 'block', reason };
  return { exitCode: 2, stderr: `${reason}\n`, json };
}

const ALLOW: HookOutcome = { exitCode: 0, stderr: '', json: {} };

function quarantineText(agentId: string, q: QuarantineState): string {
  return `readycheck-monitor: agent ${agentId} is QUARANTINED since ${q.since}: ${q.reason.replace(/\.+$/, '')}. No further change is accepted until a human releases it (readycheck-monitor release ${agentId} --by NAME, or the Mission Control dashboard).`;
}

/**
 * Handles one Claude Code hook event. `PreToolUse` of a writing tool by a quarantined agent is
 * blocked (exit 2, the reason on stderr). `PostToolUse` reports each written source file and
 * `.gitattributes` (before: the monitor's last snapshot, else git HEAD; after: the file on disk);
 * new findings at or over the threshold come back on stderr with exit 2 so the agent repairs them.
 */
export async function handleClaudeHook(input: ClaudeHookInput, backend: HookBackend, options: { agent?: string } = {}): Promise<HookOutcome> {
  const event = input.hook_event_name ?? '';
  const agentId = options.agent ?? input.session_id ?? '';
  if (!agentId) return blocked(event, 'readycheck-monitor: the hook event has no session_id and no --agent was given');
  const files = writtenFiles(input);
  if (!files.length) return ALLOW;
  if (event === 'PreToolUse') {
    const q = await backend.quarantineOf(agentId);
    return q ? blocked(event, quarantineText(agentId, q)) : ALLOW;
  }
  if (event !== 'PostToolUse') return ALLOW;
  const cwd = input.cwd ?? process.cwd();
  const root = await gitRoot(cwd);
  const lines: string[] = [];
  for (const abs of files) {
    const rel = path.relative(root, abs).split(path.sep).join('/');
    if (rel.startsWith('..') || !SOURCE.test(rel)) continue;
    const after = await readFile(abs, 'utf8').catch(() => null);
    const result = await backend.report({ agentId, path: rel, before: await headContent(root, rel), after, useSnapshot: true });
    if ('refused' in result) return blocked(event, quarantineText(agentId, result.refused));
    const v = result.verdict;
    if (v.verdict === 'clean') continue;
    for (const f of v.findings) lines.push(`  ${f.file}:${f.line} ${f.severity} ${f.ruleId}: ${f.message}`);
    if (v.quarantined) lines.push(`readycheck-monitor: agent ${agentId} is now QUARANTINED: ${(v.reason ?? '').replace(/\.+$/, '')}. A human must release it before further edits.`);
  }
  if (!lines.length) return ALLOW;
  return blocked(event, `readycheck-monitor: your edit introduced problems; fix them:\n${lines.join('\n')}`);
}

/** The in-process backend: judges against a local monitor. */
export function localBackend(monitor: Monitor): HookBackend {
  return {
    quarantineOf: async (agentId) => (await monitor.agent(agentId))?.quarantine ?? null,
    report: async (request) => {
      try {
        return { verdict: await monitor.reportChange(request) };
      } catch (err) {
        const q = (err as { quarantine?: QuarantineState }).quarantine;
        if (isReadycheckError(err, 'RC_AGENT_QUARANTINED') && q) return { refused: q, message: err.message };
        throw err;
      }
    },
  };
}
