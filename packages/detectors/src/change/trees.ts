import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { discoverFiles, loadSource, ReadycheckError, type DiscoveredFile, type QualityReport } from '@readycheck/core';
import type { ReportSkipped } from '../report.js';
import { DEFAULT_EXTENSIONS } from '../scan-files.js';
import type { FileChange } from './compare.js';
import { reportChanges, type CollectedChanges, type ScanChangeOptions } from './scan-change.js';
import type { FileSelection } from './select.js';
import { glob } from 'tinyglobby';

/** Options of {@link scanTrees} and {@link collectTreeChanges}. */
export interface TreeDiffOptions extends FileSelection {
  /** The old tree (directory). */
  before: string;
  /** The new tree (directory). */
  after: string;
  /** Directory `before` and `after` are relative to. Default `process.cwd()`. */
  cwd?: string;
  /** Honour `.gitignore` in each tree. Default true. */
  gitignore?: boolean;
  /** Files larger than this many bytes are skipped. Default 2 MiB. */
  maxFileBytes?: number;
}

/** Below this similarity a deleted and an added file are two files, not a rename (git's default is 50%). */
const RENAME_SIMILARITY = 0.5;
/** Rename detection compares every deleted file with every added one; past this many pairs it is skipped. */
const MAX_RENAME_PAIRS = 250_000;

async function assertDirectory(dir: string, label: string): Promise<void> {
  const st = await stat(dir).catch(() => null);
  if (!st?.isDirectory()) throw new ReadycheckError('RC_FILE_NOT_FOUND', `${label} ${dir}: no such directory`, { file: dir });
}

/**
 * Pairs the files of two directory trees by relative path: files in both that differ are
 * modified, files in one only are added or deleted, and a deleted and an added file with at
 * least 50% of their lines in common are a rename (as git detects them). Identical files are not
 * read twice and cannot add findings.
 */
export async function collectTreeChanges(options: TreeDiffOptions): Promise<CollectedChanges> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const beforeDir = path.resolve(cwd, options.before);
  const afterDir = path.resolve(cwd, options.after);
  await assertDirectory(beforeDir, '--before');
  await assertDirectory(afterDir, '--after');
  const discover = (root: string) =>
    discoverFiles({
      root,
      ...(options.include?.length ? { inputs: options.include } : {}),
      ...(options.ignore ? { ignore: options.ignore } : {}),
      ...(options.gitignore === false ? { gitignore: false } : {}),
      extensions: options.extensions ?? DEFAULT_EXTENSIONS,
      ...(options.maxFileBytes ? { maxFileBytes: options.maxFileBytes } : {}),
    });
  const [old, now] = await Promise.all([discover(beforeDir), discover(afterDir)]);
  const oldByPath = new Map(old.files.map((f) => [f.relPath, f]));
  const newByPath = new Map(now.files.map((f) => [f.relPath, f]));
  const changes: FileChange[] = [];
  const skipped: ReportSkipped[] = [];
  const oldSkipped = new Set(old.skipped.map((s) => s.relPath));
  for (const s of now.skipped) {
    // Too large or unreadable on the new side, and not the very same bytes as before: a finding of
    // the change, not a skip (an agent could pad a file past the limit to pass the gate).
    const unjudged = s.reason === 'too-large' || s.reason === 'unreadable';
    const known = oldByPath.has(s.relPath) || oldSkipped.has(s.relPath);
    if (unjudged && !(known && (await sameBytes(path.join(beforeDir, s.relPath), path.join(afterDir, s.relPath))))) {
      changes.push({ path: s.relPath, before: null, after: null, status: known ? 'modified' : 'added', unscannable: `${s.reason}: ${s.detail}` });
    } else skipped.push({ file: s.relPath, reason: s.reason, detail: s.detail });
  }

  // A new-side file that cannot be read or scanned is not skipped but reported (see FileChange.unscannable).
  const read = async (file: DiscoveredFile, side: 'old' | 'new'): Promise<string | null> => {
    const src = await loadSource(file.path, options.maxFileBytes);
    if (src.ok) return src.text;
    if (side === 'new') {
      changes.push({ path: file.relPath, before: null, after: null, status: oldByPath.has(file.relPath) ? 'modified' : 'added', unscannable: `${src.reason}: ${src.detail}` });
    }
    return null;
  };

  const deleted: Array<{ path: string; text: string }> = [];
  const added: Array<{ path: string; text: string }> = [];
  for (const [rel, file] of newByPath) {
    const prev = oldByPath.get(rel);
    const after = await read(file, 'new');
    if (after === null) continue;
    if (!prev) {
      added.push({ path: rel, text: after });
      continue;
    }
    const before = await read(prev, 'old');
    if (before === after) continue;
    changes.push({ path: rel, before, after });
  }
  const newSkipped = new Set(now.skipped.map((s) => s.relPath));
  for (const [rel, file] of oldByPath) {
    // Still there but skipped (too large, unreadable): reported above, not a deletion.
    if (newByPath.has(rel) || newSkipped.has(rel)) continue;
    const before = await read(file, 'old');
    if (before !== null) deleted.push({ path: rel, text: before });
  }

  const renames = detectRenames(deleted, added);
  for (const a of added) {
    const from = renames.get(a.path);
    changes.push(from ? { path: a.path, oldPath: from.path, before: from.text, after: a.text } : { path: a.path, before: null, after: a.text });
  }
  const renamedFrom = new Set([...renames.values()].map((d) => d.path));
  for (const d of deleted) if (!renamedFrom.has(d.path)) changes.push({ path: d.path, before: d.text, after: null });
  changes.push(...(await attributeChanges(beforeDir, afterDir)));
  changes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { changes, skipped, meta: { before: options.before, after: options.after } };
}

/**
 * The `.gitattributes` files that differ between the trees (not source, so discovery does not
 * list them): the change engine reports the lines they add that declare files vendored.
 */
async function attributeChanges(beforeDir: string, afterDir: string): Promise<FileChange[]> {
  const find = (cwd: string) => glob(['**/.gitattributes'], { cwd, dot: true, ignore: ['**/node_modules/**', '**/.git/**'] });
  const [old, now] = await Promise.all([find(beforeDir), find(afterDir)]);
  const out: FileChange[] = [];
  for (const rel of now) {
    const after = await readFile(path.join(afterDir, rel), 'utf8').catch(() => null);
    const before = old.includes(rel) ? await readFile(path.join(beforeDir, rel), 'utf8').catch(() => null) : null;
    if (after !== null && after !== before) out.push({ path: rel, before, after });
  }
  return out;
}

/** Whether two files hold the same bytes (false when either cannot be read). */
async function sameBytes(a: string, b: string): Promise<boolean> {
  const [sa, sb] = await Promise.all([stat(a).catch(() => null), stat(b).catch(() => null)]);
  if (!sa || !sb || sa.size !== sb.size) return false;
  const [ba, bb] = await Promise.all([readFile(a).catch(() => null), readFile(b).catch(() => null)]);
  return ba !== null && bb !== null && ba.equals(bb);
}

/** Added path → the deleted file it was renamed from, best similarity first, each used once. */
export function detectRenames<T extends { path: string; text: string }>(deleted: readonly T[], added: readonly T[]): Map<string, T> {
  const out = new Map<string, T>();
  if (deleted.length === 0 || added.length === 0 || deleted.length * added.length > MAX_RENAME_PAIRS) return out;
  const bags = new Map<T, Map<string, number>>();
  const bag = (f: T): Map<string, number> => {
    let b = bags.get(f);
    if (!b) {
      b = new Map();
      for (const line of f.text.split(/\r?\n/)) {
        const t = line.trim();
        if (t) b.set(t, (b.get(t) ?? 0) + 1);
      }
      bags.set(f, b);
    }
    return b;
  };
  const candidates: Array<{ d: T; a: T; score: number }> = [];
  for (const d of deleted) {
    for (const a of added) {
      const score = d.text === a.text ? 1 : similarity(bag(d), bag(a));
      if (score >= RENAME_SIMILARITY) candidates.push({ d, a, score });
    }
  }
  candidates.sort((x, y) => y.score - x.score || (x.a.path < y.a.path ? -1 : 1));
  const usedDeleted = new Set<T>();
  for (const c of candidates) {
    if (usedDeleted.has(c.d) || out.has(c.a.path)) continue;
    usedDeleted.add(c.d);
    out.set(c.a.path, c.d);
  }
  return out;
}

/** Dice coefficient of two line multisets. */
function similarity(a: Map<string, number>, b: Map<string, number>): number {
  let common = 0;
  let total = 0;
  for (const n of a.values()) total += n;
  for (const n of b.values()) total += n;
  if (total === 0) return 1;
  for (const [line, n] of a) common += Math.min(n, b.get(line) ?? 0);
  return (2 * common) / total;
}

/**
 * Judges two directory trees as a change, file by file: only findings new in `after` are
 * reported, plus every placeholder drop.
 *
 * @example
 * import { scanTrees } from '@readycheck/detectors';
 * const report = await scanTrees({ before: 'snapshots/v1', after: 'snapshots/v2' });
 */
export async function scanTrees(options: TreeDiffOptions & ScanChangeOptions): Promise<QualityReport> {
  return reportChanges(await collectTreeChanges(options), 'before-after', options);
}
