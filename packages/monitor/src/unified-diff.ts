import { ReadycheckError } from '@readycheck/core';

interface Hunk {
  oldStart: number;
  lines: string[];
}

function parseHunks(diff: string): Hunk[] {
  const hunks: Hunk[] = [];
  let current: Hunk | null = null;
  const lines = diff.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  for (const [i, line] of lines.entries()) {
    const head = /^@@ -(\d+)(?:,\d+)? \+\d+(?:,\d+)? @@/.exec(line);
    if (head) {
      current = { oldStart: Number(head[1]), lines: [] };
      hunks.push(current);
      continue;
    }
    if (!current) continue; // file headers (diff --git, ---, +++, index)
    if (line.startsWith('\\')) continue; // "\ No newline at end of file"
    if (line === '' || ' +-'.includes(line[0] ?? '')) current.lines.push(line === '' ? ' ' : line);
    else throw new ReadycheckError('RC_USAGE', `diff line ${i + 1}: not a unified diff line: ${JSON.stringify(line.slice(0, 60))}`, { pointer: '/diff' });
  }
  if (!hunks.length) throw new ReadycheckError('RC_USAGE', 'diff has no @@ hunk', { pointer: '/diff' });
  return hunks;
}

/**
 * The two sides of a unified diff. With `before`, the hunks are applied to it (each hunk's
 * context and removed lines must match at its position) and both full texts come back; without
 * it, the sides are the hunks' own lines only (context plus removed, context plus added).
 *
 * @example
 * sidesOfDiff('@@ -1 +1 @@\n-a\n+b\n', 'a\n'); // → { before: 'a\n', after: 'b\n' }
 */
export function sidesOfDiff(diff: string, before?: string | null): { before: string; after: string } {
  const hunks = parseHunks(diff);
  if (before == null) {
    const old: string[] = [];
    const neu: string[] = [];
    for (const h of hunks) {
      for (const l of h.lines) {
        if (l[0] !== '+') old.push(l.slice(1));
        if (l[0] !== '-') neu.push(l.slice(1));
      }
    }
    return { before: old.length ? `${old.join('\n')}\n` : '', after: neu.length ? `${neu.join('\n')}\n` : '' };
  }
  const src = before.split('\n');
  const trailing = src[src.length - 1] === '';
  if (trailing) src.pop();
  const out: string[] = [];
  let pos = 0;
  for (const [n, h] of hunks.entries()) {
    const start = Math.max(0, h.oldStart - 1);
    if (start < pos) throw new ReadycheckError('RC_USAGE', `diff hunk ${n + 1} overlaps the previous one`, { pointer: '/diff' });
    out.push(...src.slice(pos, start));
    pos = start;
    for (const l of h.lines) {
      if (l[0] === '+') {
        out.push(l.slice(1));
        continue;
      }
      if (src[pos] !== l.slice(1)) throw new ReadycheckError('RC_USAGE', `diff hunk ${n + 1} does not apply to before at line ${pos + 1}`, { pointer: '/diff' });
      if (l[0] === ' ') out.push(l.slice(1));
      pos++;
    }
  }
  out.push(...src.slice(pos));
  return { before, after: out.length ? `${out.join('\n')}${trailing ? '\n' : ''}` : '' };
}
