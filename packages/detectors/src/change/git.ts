import { execFile, spawn } from 'node:child_process';
import { ReadycheckError, truncate } from '@readycheck/core';

/** How a file changed between two revisions. */
export type FileStatus = 'added' | 'modified' | 'deleted' | 'renamed' | 'copied';

/** One entry of `git diff --raw`: a changed path with the blobs on each side. */
export interface GitFileChange {
  status: FileStatus;
  /** Path on the new side (for a deletion: the deleted path), relative to the working directory. */
  path: string;
  /** Path on the old side when it differs (renames and copies). */
  oldPath?: string;
  /** Blob id on the old side, or null when the file did not exist. */
  oldBlob: string | null;
  /** Blob id on the new side, or null when it must be read from the working tree (or was deleted). */
  newBlob: string | null;
  /** `symlink`, `submodule` or `file`, from the git mode of the new side (old side for deletions). */
  kind: 'file' | 'symlink' | 'submodule';
  /** Similarity percent of a rename or copy. */
  similarity?: number;
}

const MAX_BUFFER = 1024 * 1024 * 1024; // 1 GiB: git output is read whole; a blob over the size limit is skipped later
const ZERO_OID = /^0+$/;

/**
 * Runs git and returns its stdout. A failure is `RC_GIT_FAILED` with git's own first line of
 * stderr, and a missing git binary says so.
 */
export function runGit(args: readonly string[], cwd: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile('git', [...args], { cwd, encoding: 'buffer', maxBuffer: MAX_BUFFER, windowsHide: true }, (err, stdout, stderr) => {
      if (!err) {
        resolve(stdout);
        return;
      }
      const code = (err as NodeJS.ErrnoException).code;
      const detail =
        code === 'ENOENT'
          ? 'git is not installed or not on PATH'
          : truncate(stderr.toString('utf8').split('\n').find((l) => l.trim() !== '') ?? err.message, 300);
      reject(new ReadycheckError('RC_GIT_FAILED', `git ${args.join(' ')}: ${detail}`, { cause: err }));
    });
  });
}

/** Resolves a revision to a commit id; an unknown revision is `RC_GIT_FAILED` naming it. */
export async function resolveCommit(rev: string, cwd: string): Promise<string> {
  if (rev.startsWith('-')) throw new ReadycheckError('RC_USAGE', `${rev}: a git revision cannot start with "-"`);
  try {
    return (await runGit(['rev-parse', '--verify', '--end-of-options', `${rev}^{commit}`], cwd)).toString('utf8').trim();
  } catch (cause) {
    const why = (cause as Error).message.replace(/^git [^:]*: /, '');
    // A CI checkout is often shallow and lacks the base branch: say how to get it.
    const hint = rev.includes('/') ? `; in a shallow CI checkout fetch it first (git fetch origin ${rev.split('/').slice(1).join('/')})` : '';
    throw new ReadycheckError('RC_GIT_FAILED', `${rev}: not a git revision in ${cwd} (${why})${hint}`, { cause });
  }
}

/** The best common ancestor of two commits, or null when the histories are unrelated. */
export async function mergeBase(a: string, b: string, cwd: string): Promise<string | null> {
  try {
    return (await runGit(['merge-base', a, b], cwd)).toString('utf8').trim() || null;
  } catch {
    // `git merge-base` exits 1 with no output when there is no common ancestor.
    return null;
  }
}

function kindOf(mode: string): GitFileChange['kind'] {
  if (mode === '120000') return 'symlink';
  if (mode === '160000') return 'submodule';
  return 'file';
}

/**
 * Parses `git diff --raw -z --no-abbrev` output.
 *
 * @example
 * parseRawDiff(':100644 100644 aaa… bbb… M\0src/a.ts\0');
 */
export function parseRawDiff(raw: string): GitFileChange[] {
  const parts = raw.split('\0');
  const out: GitFileChange[] = [];
  let i = 0;
  while (i < parts.length) {
    const head = parts[i++] as string;
    if (head === '') continue;
    const m = /^:(\d{6}) (\d{6}) ([0-9a-f]+) ([0-9a-f]+) ([A-Z])(\d*)$/.exec(head);
    if (!m) throw new ReadycheckError('RC_GIT_FAILED', `unexpected git diff output: ${truncate(head, 80)}`);
    const [, oldMode, newMode, oldOid, newOid, letter, score] = m as unknown as [string, string, string, string, string, string, string];
    const first = parts[i++] ?? '';
    const oldBlob = ZERO_OID.test(oldOid) ? null : oldOid;
    const newBlob = ZERO_OID.test(newOid) ? null : newOid;
    if (letter === 'R' || letter === 'C') {
      const second = parts[i++] ?? '';
      out.push({
        status: letter === 'R' ? 'renamed' : 'copied',
        path: second,
        oldPath: first,
        oldBlob,
        newBlob,
        kind: kindOf(newMode),
        similarity: Number(score || 0),
      });
    } else if (letter === 'A') {
      out.push({ status: 'added', path: first, oldBlob: null, newBlob, kind: kindOf(newMode) });
    } else if (letter === 'D') {
      out.push({ status: 'deleted', path: first, oldBlob, newBlob: null, kind: kindOf(oldMode) });
    } else if (letter === 'U') {
      // An unmerged path has no single new side; it is reported again once the conflict is resolved.
      continue;
    } else {
      // M (modified), T (type changed) and X (unknown) compare as a modification.
      out.push({ status: 'modified', path: first, oldBlob, newBlob, kind: kindOf(newMode === '000000' ? oldMode : newMode) });
    }
  }
  return out;
}

/**
 * Files changed from `base` to `head` (a commit) or to the working tree when `head` is undefined,
 * with renames detected, relative to `cwd` and limited to it. In working-tree mode untracked files
 * that are not ignored count as added.
 */
export async function gitChangedFiles(base: string, head: string | undefined, cwd: string, options: { untracked?: boolean; cached?: boolean } = {}): Promise<GitFileChange[]> {
  const args = ['diff', '--raw', '-z', '--no-abbrev', '-M', '--relative', '--no-ext-diff', '--no-textconv', '--ignore-submodules=all'];
  if (options.cached) args.push('--cached');
  args.push(base);
  if (head !== undefined) args.push(head);
  args.push('--');
  // The two git walks are independent: run them at once.
  const [diff, others] = await Promise.all([
    runGit(args, cwd),
    head === undefined && options.untracked !== false ? runGit(['ls-files', '--others', '--exclude-standard', '-z'], cwd) : null,
  ]);
  const changes = parseRawDiff(diff.toString('utf8'));
  for (const file of others?.toString('utf8').split('\0').filter(Boolean) ?? []) {
    changes.push({ status: 'added', path: file, oldBlob: null, newBlob: null, kind: 'file' });
  }
  return changes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * Reads many blobs with one `git cat-file --batch` process (one process instead of one per file
 * keeps a 20-file change well under a second). Missing ids map to null.
 */
export function readBlobs(ids: readonly string[], cwd: string): Promise<Map<string, Buffer | null>> {
  const unique = [...new Set(ids)];
  const result = new Map<string, Buffer | null>();
  if (unique.length === 0) return Promise.resolve(result);
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true });
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString('utf8');
    });
    child.on('error', (err) => reject(new ReadycheckError('RC_GIT_FAILED', `git cat-file: ${err.message}`, { cause: err })));
    child.on('close', (code) => {
      if (code !== 0) {
        reject(new ReadycheckError('RC_GIT_FAILED', `git cat-file --batch exited with ${code}: ${truncate(stderr, 300)}`));
        return;
      }
      const out = Buffer.concat(chunks);
      let pos = 0;
      for (const id of unique) {
        const nl = out.indexOf(10, pos);
        if (nl < 0) break;
        const header = out.subarray(pos, nl).toString('utf8');
        pos = nl + 1;
        const m = /^\S+ (\S+) (\d+)$/.exec(header);
        if (!m) {
          result.set(id, null); // "<id> missing" or "<id> ambiguous"
          continue;
        }
        const size = Number(m[2]);
        result.set(id, out.subarray(pos, pos + size));
        pos += size + 1;
      }
      resolve(result);
    });
    child.stdin.on('error', () => {
      // git exits early only on a fatal error, which the close handler reports with its stderr.
    });
    child.stdin.end(unique.map((id) => `${id}\n`).join(''));
  });
}
