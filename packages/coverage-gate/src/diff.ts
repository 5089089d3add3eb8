import { execFile } from 'node:child_process';
import path from 'node:path';
import { ReadycheckError } from '@readycheck/core';

/** Lines added or modified per file, from a unified diff; paths as the diff names them. */
export type ChangedLines = Map<string, number[]>;

/** Undoes git's C-style quoting of unusual file names (`"a\tb.ts"`, octal UTF-8 bytes). */
export function unquoteGitPath(p: string): string {
  if (!p.startsWith('"') || !p.endsWith('"')) return p;
  const body = p.slice(1, -1);
  const bytes: number[] = [];
  const simple: Record<string, number> = { n: 10, t: 9, r: 13, '"': 34, '\\': 92, a: 7, b: 8, f: 12, v: 11 };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch !== '\\') {
      bytes.push(...Buffer.from(ch, 'utf8'));
      continue;
    }
    const next = body[i + 1] ?? '';
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(simple[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/**
 * Parses `git diff -U0` output into the added or modified lines of each file (new-side line
 * numbers). Deleted files and pure deletions contribute nothing.
 *
 * @example
 * parseUnifiedDiff('+++ b/src/a.ts\n@@ -3,0 +4,2 @@\n+x\n+y\n'); // Map { 'src/a.ts' => [4, 5] }
 */
export function parseUnifiedDiff(diff: string): ChangedLines {
  const out: ChangedLines = new Map();
  let file: string | null = null;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      const target = unquoteGitPath(line.slice(4).replace(/\t.*$/, '').trimEnd());
      file = target === '/dev/null' ? null : target.replace(/^b\//, '');
      continue;
    }
    if (line.startsWith('diff --git ')) {
      file = null;
      continue;
    }
    if (file === null || !line.startsWith('@@')) continue;
    const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (!m) continue;
    const start = Number(m[1]);
    const count = m[2] === undefined ? 1 : Number(m[2]);
    if (count === 0) continue;
    let lines = out.get(file);
    if (!lines) out.set(file, (lines = []));
    for (let l = start; l < start + count; l++) lines.push(l);
  }
  for (const lines of out.values()) lines.sort((a, b) => a - b);
  return out;
}

function git(args: string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) reject(Object.assign(err, { stderr }));
      else resolve(stdout);
    });
  });
}

/**
 * Lines changed between `base` and the working tree (`git diff -U0 <base>`), keyed by absolute
 * path. `base` may be a commit, a branch, or a range such as `origin/main...HEAD`. A base that
 * does not exist, or a directory outside git, is `RC_GIT_FAILED` (exit code 2).
 */
export async function gitChangedLines(base: string, cwd: string): Promise<Map<string, number[]>> {
  let top: string;
  try {
    top = (await git(['rev-parse', '--show-toplevel'], cwd)).trim();
  } catch (cause) {
    throw new ReadycheckError('RC_GIT_FAILED', `--diff ${base}: ${cwd} is not inside a git repository`, { cause });
  }
  if (base.startsWith('-')) throw new ReadycheckError('RC_USAGE', `--diff ${base}: a diff base cannot start with "-"`);
  if (!base.includes('..')) {
    try {
      await git(['rev-parse', '--verify', '--quiet', `${base}^{commit}`], cwd);
    } catch (cause) {
      throw new ReadycheckError('RC_GIT_FAILED', `--diff ${base}: no such commit or branch in ${top} (fetch it first, e.g. git fetch origin main)`, { cause });
    }
  }
  let out: string;
  try {
    out = await git(['-c', 'core.quotepath=off', 'diff', '-U0', '--no-color', '--no-ext-diff', '--no-textconv', '--diff-filter=AMR', base, '--'], cwd);
  } catch (cause) {
    const stderr = String((cause as { stderr?: unknown }).stderr ?? '').trim().split('\n')[0] ?? '';
    throw new ReadycheckError('RC_GIT_FAILED', `--diff ${base}: git diff failed${stderr ? `: ${stderr}` : ''}`, { cause });
  }
  const byAbs = new Map<string, number[]>();
  for (const [rel, lines] of parseUnifiedDiff(out)) byAbs.set(path.resolve(top, rel), lines);
  return byAbs;
}
