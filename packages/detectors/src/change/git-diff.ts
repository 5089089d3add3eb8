import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CONFIG_FILE_NAMES, decodeSource, DEFAULT_MAX_FILE_BYTES, type QualityReport } from '@readycheck/core';
import type { ReportSkipped } from '../report.js';
import type { FileChange } from './compare.js';
import { gitChangedFiles, mergeBase, readBlobs, resolveCommit, type GitFileChange } from './git.js';
import { detectRenames } from './trees.js';
import { reportChanges, type CollectedChanges, type ScanChangeOptions } from './scan-change.js';
import { createSelector, type FileSelection } from './select.js';
import { isAttributesFile } from '../vendored.js';

/** Options of {@link scanGitDiff} and {@link collectGitChanges}. */
export interface GitDiffOptions extends FileSelection {
  /** The revision to compare against: a branch, tag or commit (`origin/main`, `HEAD~3`). */
  base: string;
  /** The revision to judge; default: the working tree (tracked changes plus untracked, not ignored, files). */
  head?: string;
  /** The index (staged content) as the new side instead of the working tree; no untracked files. */
  staged?: boolean;
  /** Directory inside the repository; only changes under it are scanned, paths are relative to it. Default `process.cwd()`. */
  cwd?: string;
  /** Compare against the merge base of `base` and `head` (what a pull request shows). Default true. */
  mergeBase?: boolean;
  /** In working-tree mode, count untracked (not ignored) files as added. Default true. */
  untracked?: boolean;
  /** Files larger than this many bytes are skipped. Default 2 MiB. */
  maxFileBytes?: number;
}

/**
 * Reads a git change: the changed paths (renames detected), the old side of each from git's
 * object store and the new side from `head` or the working tree, with one `git cat-file` process
 * for all blobs. Only changed files are read. Files outside the globs are listed as skipped;
 * binary and oversized files are skipped with their reason; symlinks and submodules are not code.
 */
export async function collectGitChanges(options: GitDiffOptions): Promise<CollectedChanges> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const [baseCommit, headCommit, worktreeHead] = await Promise.all([
    resolveCommit(options.base, cwd),
    options.head === undefined ? undefined : resolveCommit(options.head, cwd),
    // A repository without commits has no HEAD: compare against the base itself then.
    options.head === undefined && options.mergeBase !== false ? resolveCommit('HEAD', cwd).catch(() => undefined) : undefined,
  ]);
  let from = baseCommit;
  if (options.mergeBase !== false) {
    const headForBase = headCommit ?? worktreeHead;
    if (headForBase && headForBase !== baseCommit) from = (await mergeBase(baseCommit, headForBase, cwd)) ?? baseCommit;
  }
  const staged = options.staged === true && headCommit === undefined;
  const entries = await gitChangedFiles(from, headCommit, cwd, { untracked: !staged && options.untracked !== false, cached: staged });
  const select = createSelector(options);
  const skipped: ReportSkipped[] = [];
  const wanted: GitFileChange[] = [];
  const configChanges: string[] = [];
  for (const entry of entries) {
    if ((CONFIG_FILE_NAMES as readonly string[]).includes(path.posix.basename(entry.path))) configChanges.push(entry.path);
    // Not source, but read: the change engine reports the lines it adds that declare files vendored.
    if (isAttributesFile(entry.path) && entry.kind === 'file') {
      wanted.push(entry);
      continue;
    }
    const verdict = select(entry.path);
    if (verdict === 'not-source') continue;
    if (verdict === 'outside-globs') {
      skipped.push({ file: entry.path, reason: 'ignored', detail: 'outside the configured include/ignore globs' });
      continue;
    }
    if (entry.kind !== 'file') {
      skipped.push({ file: entry.path, reason: 'ignored', detail: `a ${entry.kind}, not a source file` });
      continue;
    }
    wanted.push(entry);
  }
  // The new side comes from the object store for a commit or the index (staged blobs are objects
  // already), and from disk only for the working tree.
  const fromStore = headCommit !== undefined || staged;
  const blobIds = wanted.flatMap((e) => [e.oldBlob, fromStore ? e.newBlob : null]).filter((id): id is string => id !== null);
  const [blobs, worktree] = await Promise.all([
    readBlobs(blobIds, cwd),
    !fromStore
      ? Promise.all(wanted.map((e) => (e.status === 'deleted' ? null : readFile(path.join(cwd, e.path)).catch(() => null))))
      : null,
  ]);

  const changes: FileChange[] = [];
  for (const [index, entry] of wanted.entries()) {
    let after: string | null = null;
    if (entry.status !== 'deleted') {
      const bytes = worktree ? (worktree[index] ?? null) : entry.newBlob ? (blobs.get(entry.newBlob) ?? null) : null;
      // A changed file that cannot be read or scanned is not skipped: it is a finding of the change
      // (an agent could otherwise pad a file past the size limit, or add a NUL byte, to pass the gate).
      if (bytes === null) {
        changes.push(unscannableChange(entry, `unreadable: ${!fromStore ? 'cannot read the working-tree file' : `missing blob ${entry.newBlob ?? ''}`}`));
        continue;
      }
      const decoded = decodeSource(bytes, maxBytes);
      if (!decoded.ok) {
        changes.push(unscannableChange(entry, `${decoded.reason}: ${decoded.detail}`));
        continue;
      }
      after = decoded.text;
    }
    let before: string | null = null;
    if (entry.oldBlob) {
      const bytes = blobs.get(entry.oldBlob);
      const decoded = bytes ? decodeSource(bytes, maxBytes) : null;
      // An old side that was binary or too large has no findings to compare with: the file counts as added.
      if (decoded?.ok) before = decoded.text;
    }
    if (before === null && after === null) continue;
    const change: FileChange = { path: entry.path, before, after };
    if (entry.oldPath !== undefined) change.oldPath = entry.oldPath;
    if (entry.status === 'copied') change.status = 'copied';
    changes.push(change);
  }
  return {
    changes: pairRenames(changes),
    skipped,
    meta: { base: options.base, baseCommit: from, head: options.head ?? (staged ? 'INDEX' : 'WORKTREE') },
    ...(configChanges.length ? { configChanges } : {}),
  };
}

function unscannableChange(entry: GitFileChange, reason: string): FileChange {
  const change: FileChange = { path: entry.path, before: null, after: null, status: entry.status === 'added' || entry.status === 'copied' ? 'added' : 'modified', unscannable: reason };
  if (entry.oldPath !== undefined) change.oldPath = entry.oldPath;
  return change;
}

/**
 * Judges a git change: the working tree (or `head`) against `base`, reporting only findings new
 * in the change and every placeholder drop. Only changed files are read and parsed.
 *
 * @example
 * import { scanGitDiff } from '@readycheck/detectors';
 * const report = await scanGitDiff({ base: 'origin/main' });
 * for (const v of report.violations) console.log(`${v.file}:${v.line} ${v.message}`);
 */
export async function scanGitDiff(options: GitDiffOptions & ScanChangeOptions): Promise<QualityReport> {
  return reportChanges(await collectGitChanges(options), 'diff', options);
}

/**
 * Untracked files are not in git's rename detection, so a file an agent moved without `git mv`
 * shows as a deletion plus an untracked file; pair those the way git would (50% similar lines).
 */
function pairRenames(changes: FileChange[]): FileChange[] {
  const deleted = changes.filter((c) => typeof c.before === 'string' && c.after === null).map((c) => ({ path: c.path, text: c.before as string }));
  const added = changes.filter((c) => c.before === null && typeof c.after === 'string' && c.oldPath === undefined).map((c) => ({ path: c.path, text: c.after as string }));
  const renames = detectRenames(deleted, added);
  if (renames.size === 0) return changes;
  const gone = new Set([...renames.values()].map((d) => d.path));
  return changes
    .filter((c) => !(c.after === null && gone.has(c.path)))
    .map((c) => {
      const from = c.before === null ? renames.get(c.path) : undefined;
      return from ? { ...c, oldPath: from.path, before: from.text } : c;
    });
}
