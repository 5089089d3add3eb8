import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// readycheck's own package folders (src and dist alike): frames in them are the runner calling
// the check, not the check's code, and only bury the frame that matters.
function ownRoots(): string[] {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const roots = [path.dirname(here)];
  const require = createRequire(import.meta.url);
  for (const pkg of ['@readycheck/health', '@readycheck/core']) {
    try {
      roots.push(path.dirname(require.resolve(`${pkg}/package.json`)));
    } catch {
      // Not resolvable from here (a bundled copy): its frames simply stay.
    }
  }
  return roots.map((r) => r + path.sep);
}

let roots: string[] | undefined;

/** True for a stack line from readycheck's own files or Node's internals. */
export function isInternalFrame(line: string): boolean {
  if (!/^\s*at /.test(line)) return false;
  if (/\bnode:internal\//.test(line) || /\(node:[a-z_]+[:)]/.test(line) || /at node:[a-z_]+/.test(line)) return true;
  roots ??= ownRoots();
  const m = /\((?:file:\/\/)?([^()]+?):\d+:\d+\)\s*$/.exec(line) ?? /at (?:file:\/\/)?([^\s()]+?):\d+:\d+\s*$/.exec(line);
  if (!m) return false;
  let file = m[1]!;
  if (file.startsWith('/') && line.includes('file://')) file = decodeURIComponent(file);
  return roots.some((r) => file.startsWith(r) && !file.endsWith('.test.ts'));
}

/**
 * A stack without the frames of readycheck's runner and Node's internals, so a failure message in
 * any report points at the check's own code. A stack left with no frame keeps its first line.
 *
 * @example
 * cleanStack(err.stack); // "Error: no workers\n    at smoke/api.smoke.ts:12:11"
 */
export function cleanStack(stack: string): string {
  return stack
    .split('\n')
    .filter((l) => !isInternalFrame(l))
    .join('\n');
}
