import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { handleClaudeHook, localBackend, type ClaudeHookInput } from './hook.js';
import { HttpError, sendJson } from './http-util.js';
import type { Monitor } from './monitor.js';
import type { RouteContext } from './server.js';

/**
 * `POST /hooks/claude-code`: Claude Code's HTTP hooks post the same event JSON a command hook
 * reads; the answer is Claude Code's JSON decision (deny / block with the reason), status 200.
 * The files are read from the event's `cwd`, so this suits a server on the agent's machine.
 */
export function hookRoute(monitor: Monitor) {
  return async (req: IncomingMessage, res: ServerResponse, url: URL, ctx: RouteContext): Promise<boolean> => {
    if (url.pathname !== '/hooks/claude-code' || req.method !== 'POST') return false;
    ctx.requireAgent(req, url);
    let input: ClaudeHookInput;
    try {
      input = JSON.parse(await ctx.readBody(req)) as ClaudeHookInput;
    } catch (err) {
      if (err instanceof HttpError) throw err;
      throw new HttpError(400, 'request body is not JSON', { pointer: '' });
    }
    if (typeof input !== 'object' || input === null || typeof input.cwd !== 'string' || !path.isAbsolute(input.cwd)) {
      throw new HttpError(400, '/cwd: must be an absolute path', { pointer: '/cwd' });
    }
    const agent = url.searchParams.get('agent') ?? input.session_id ?? '';
    if (agent) ctx.rateLimit(agent);
    const outcome = await handleClaudeHook(input, localBackend(monitor), url.searchParams.get('agent') ? { agent } : {});
    sendJson(res, 200, outcome.json);
    return true;
  };
}
