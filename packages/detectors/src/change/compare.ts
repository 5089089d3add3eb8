import ts from '../ts.js';
import type { QualityReportTypes } from '@readycheck/core';
import { diffLines, mapUnchangedLines, type ChangeBlock, type LineDiff } from './line-diff.js';
import { addedLinePool, findPlaceholderDrops, type PlaceholderDrop } from './drops.js';
import { findGuttedBodies } from './gutted.js';
import { reviewNewSuppressions, type SuppressionRule } from './new-suppressions.js';
import { UNSCANNABLE, unparsedFinding } from '../scan.js';
import { addedDeclarations, isAttributesFile, type AddedDeclaration } from '../vendored.js';

type Violation = QualityReportTypes.Violation;

/** How a file changed. */
export type ChangeStatus = 'added' | 'modified' | 'deleted' | 'renamed' | 'copied' | 'unchanged';

/** One file of a change: its text before and after. `null` on a side means the file is not there. */
export interface FileChange {
  /** Path after the change (for a deletion, the deleted path), relative to the scan root, forward slashes. */
  path: string;
  /** Path before the change, when the file was renamed or copied. */
  oldPath?: string;
  /** Text before the change; `null` or absent for an added file. */
  before?: string | null;
  /** Text after the change; `null` or absent for a deleted file. */
  after?: string | null;
  /** Overrides the status derived from the sides (e.g. `copied`, which looks like `added`). */
  status?: ChangeStatus;
  /**
   * Why the new side could not be read or scanned (over the size limit, binary, unreadable). Such a
   * change is not skipped: it is one `unscannable` finding, since nothing in it is known to be clean.
   */
  unscannable?: string;
}

/** What the comparison needs from the detectors: kept as parameters so the engine stays pure. */
export interface ChangeEngine {
  /** Scans one text; the same function is used for both sides. */
  scan: (text: string, fileName: string) => Violation[];
  /** True when a comment (delimiters included) stands in for code. */
  isPlaceholderComment: (comment: string) => boolean;
  /** Rule id, severity and category used for a placeholder drop the snapshot scan did not report; null = rule off. */
  placeholderRule: { ruleId: string; severity: Violation['severity']; category: string } | null;
  /** Fingerprint for a placeholder drop the snapshot scan did not report. */
  fingerprint: (parts: { ruleId: string; file: string; text: string }) => string;
  /**
   * How suppressions the change added are judged: they do not silence the change, and each is
   * reported by this rule. Null or absent: they silence, as in a snapshot scan (`--allow-new-suppressions`).
   */
  suppressionRule?: SuppressionRule | null;
  /** The `unscannable` finding of a file whose new side could not be read; default: the built-in rule at its default severity. */
  unscannable?: (file: string, reason: string) => Violation;
  /**
   * The finding for a `.gitattributes` line the change added that declares files vendored or
   * generated (`vendored-declared-in-change`); null or absent: such lines are not reported.
   */
  declaredVendored?: ((file: string, declaration: AddedDeclaration) => Violation) | null;
  /** The severity a new finding of a rule takes in a change (`severityInChange`), given its severity in the scan; absent: unchanged. */
  inChange?: (violation: Violation) => Violation;
}

/** The outcome for one file of a change. */
export interface FileChangeResult {
  file: string;
  previousFile?: string;
  status: ChangeStatus;
  /** Findings new in this change (placeholder drops included), sorted by line. */
  violations: Violation[];
  /** Findings present before and after (matched by fingerprint, moved code included). */
  unchanged: number;
  /** Findings of the old side that are gone. */
  fixed: number;
}

export { findPlaceholderDrops, addedLinePool, movedKey, type PlaceholderDrop, type DropSearch } from './drops.js';

interface Entry {
  v: Violation;
  pair: number;
  block: number;
  span: string;
  shape: string;
  matched: boolean;
}

interface Pair {
  change: FileChange;
  status: ChangeStatus;
  diff: LineDiff | null;
  before: Entry[];
  after: Entry[];
  drops: PlaceholderDrop[];
  /** Findings that are new whatever the old side held: the file could not be (fully) scanned. */
  forced: Violation[];
}

/** Status of a change from its sides. */
export function statusOf(change: FileChange): ChangeStatus {
  if (change.status) return change.status;
  const hasBefore = typeof change.before === 'string';
  if (change.unscannable !== undefined) return hasBefore ? 'modified' : 'added';
  const hasAfter = typeof change.after === 'string';
  if (!hasBefore) return 'added';
  if (!hasAfter) return 'deleted';
  if (change.oldPath !== undefined && change.oldPath !== change.path) return 'renamed';
  return change.before === change.after ? 'unchanged' : 'modified';
}

/**
 * Compares the findings before and after a set of file changes and keeps only what the change
 * introduced. A finding counts as old when, in this order:
 * 1. it sits on an unchanged line that maps to the same rule at the same place before;
 * 2. the same file had a finding with the same fingerprint;
 * 3. any file of the change had a finding of the same rule on the same code (moved code);
 * 4. the same change block replaced a finding of the same rule on the same code with only names
 *    changed (a rename refactor).
 * Matching is one-to-one, so a second copy of an old finding is new. Every change block that
 * removes code and adds a placeholder comment is a placeholder drop.
 *
 * @example
 * const [result] = compareChanges([{ path: 'a.ts', before: 'f();\n', after: 'f(x as any);\n' }], engine);
 */
export function compareChanges(changes: readonly FileChange[], engine: ChangeEngine): FileChangeResult[] {
  const pairs: Pair[] = changes.map((change, index) => buildPair(change, index, engine));
  if (engine.placeholderRule && pairs.some((p) => p.diff)) {
    // Lines the whole change adds (added files included): code removed behind a comment but added elsewhere moved.
    const addedLines = addedLinePool(pairs.map((p) => p.diff ?? (p.status === 'added' && typeof p.change.after === 'string' ? diffLines('', p.change.after) : null)));
    for (const pair of pairs) {
      if (!pair.diff || typeof pair.change.before !== 'string' || typeof pair.change.after !== 'string') continue;
      pair.drops = findPlaceholderDrops({
        diff: pair.diff,
        before: pair.change.before,
        after: pair.change.after,
        fileName: pair.change.path,
        isPlaceholderComment: engine.isPlaceholderComment,
        addedLines,
      });
      // Bodies cut down to a stub exit with no comment at all; not where a comment drop already stands.
      const gutted = findGuttedBodies({ diff: pair.diff, before: pair.change.before, after: pair.change.after, fileName: pair.change.path, addedLines });
      for (const g of gutted) {
        if (!pair.drops.some((d) => d.startLine <= g.endLine && g.startLine <= d.endLine)) pair.drops.push(g);
      }
    }
  }

  // Tier 1: unchanged lines.
  for (const pair of pairs) {
    if (!pair.diff) continue;
    const map = mapUnchangedLines(pair.diff.blocks, pair.diff.newLines.length);
    const byPlace = new Map<string, Entry[]>();
    for (const e of pair.before) push(byPlace, `${e.v.ruleId}\0${e.v.line}\0${e.v.column}`, e);
    for (const e of pair.after) {
      const old = map.get(e.v.line);
      if (old === undefined) continue;
      take(byPlace.get(`${e.v.ruleId}\0${old}\0${e.v.column}`), e);
    }
  }
  // Tier 2: same fingerprint in the same file.
  for (const pair of pairs) matchBy(pair.before, pair.after, (e) => `${e.v.ruleId}\0${e.v.fingerprint}`);
  // Tier 3: same rule on the same code anywhere in the change.
  matchBy(
    pairs.flatMap((p) => p.before),
    pairs.flatMap((p) => p.after),
    (e) => `${e.v.ruleId}\0${e.span}`,
  );
  // Tier 4: same rule, same code shape, same change block of the same file.
  for (const pair of pairs) matchBy(pair.before, pair.after, (e) => (e.block < 0 ? null : `${e.v.ruleId}\0${e.block}\0${e.shape}`));

  return pairs.map((pair) => {
    let fresh = pair.after.filter((e) => !e.matched).map((e) => e.v);
    if (engine.inChange) fresh = fresh.map(engine.inChange);
    const after = pair.status === 'deleted' ? null : pair.change.after;
    if (engine.suppressionRule && typeof after === 'string') {
      const unchanged = pair.after.filter((e) => e.matched).map((e) => e.v);
      fresh = reviewNewSuppressions({ file: pair.change.path, after, diff: pair.diff, fresh, unchanged }, engine.suppressionRule);
    }
    const violations = [...pair.forced, ...mergeDrops(pair, fresh, engine)];
    violations.sort((a, b) => a.line - b.line || a.column - b.column || cmp(a.ruleId, b.ruleId));
    const result: FileChangeResult = {
      file: pair.change.path,
      status: pair.status,
      violations,
      unchanged: pair.after.filter((e) => e.matched).length,
      fixed: pair.before.filter((e) => !e.matched).length,
    };
    if (pair.change.oldPath !== undefined && pair.change.oldPath !== pair.change.path) result.previousFile = pair.change.oldPath;
    return result;
  });
}

function buildPair(change: FileChange, index: number, engine: ChangeEngine): Pair {
  const status = statusOf(change);
  const before = typeof change.before === 'string' ? change.before : null;
  const after = status === 'deleted' || typeof change.after !== 'string' ? null : change.after;
  if (isAttributesFile(change.path) && change.unscannable === undefined) {
    // Not source: nothing to scan; the lines it adds that declare files vendored or generated are findings.
    const pair: Pair = { change, status, diff: null, before: [], after: [], drops: [], forced: [] };
    if (after !== null && engine.declaredVendored) for (const d of addedDeclarations(before, after)) pair.forced.push(engine.declaredVendored(change.path, d));
    return pair;
  }
  const diff = before !== null && after !== null ? diffLines(before, after) : null;
  const oldName = change.oldPath ?? change.path;
  const pair: Pair = { change, status, diff, before: [], after: [], drops: [], forced: [] };
  if (change.unscannable !== undefined && status !== 'deleted') {
    pair.forced.push(engine.unscannable ? engine.unscannable(change.path, change.unscannable) : unparsedFinding('', change.path, undefined, change.unscannable));
    return pair;
  }
  if (before !== null) {
    const lines = diff?.oldLines ?? before.split(/\r\n|\n|\r/);
    const blockOf = blockIndex(diff?.blocks ?? [], 'old');
    // An old side that could not be scanned has nothing to match against: its findings are not "fixed".
    pair.before = engine
      .scan(before, oldName)
      .filter((v) => v.ruleId !== UNSCANNABLE)
      .map((v) => entry(v, index, lines, blockOf(v.line), oldName));
  }
  if (after !== null) {
    const lines = diff?.newLines ?? after.split(/\r\n|\n|\r/);
    const blockOf = blockIndex(diff?.blocks ?? [], 'new');
    const found = engine.scan(after, change.path);
    // A new side that could not be fully scanned is a finding of the change whatever the old side was.
    pair.forced = found.filter((v) => v.ruleId === UNSCANNABLE);
    pair.after = found.filter((v) => v.ruleId !== UNSCANNABLE).map((v) => entry(v, index, lines, blockOf(v.line), change.path));
  }
  return pair;
}

function entry(v: Violation, pair: number, lines: readonly string[], block: number, fileName: string): Entry {
  const span = spanText(lines, v);
  return { v, pair, block, span: normalize(span), shape: shapeOf(span, fileName), matched: false };
}

function blockIndex(blocks: readonly ChangeBlock[], side: 'old' | 'new'): (line: number) => number {
  return (line) => {
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i] as ChangeBlock;
      const start = side === 'old' ? b.oldStart : b.newStart;
      const count = side === 'old' ? b.oldCount : b.newCount;
      if (line >= start && line < start + count) return i;
    }
    return -1;
  };
}

const MAX_SPAN = 4000;

/** The source text a finding covers (its lines cut to its columns), capped in length. */
export function spanText(lines: readonly string[], v: Pick<Violation, 'line' | 'column' | 'endLine' | 'endColumn'>): string {
  const parts: string[] = [];
  let length = 0;
  for (let n = v.line; n <= Math.max(v.line, v.endLine) && length < MAX_SPAN; n++) {
    let text = lines[n - 1] ?? '';
    if (n === v.endLine && v.endLine >= v.line) text = text.slice(0, Math.max(0, v.endColumn - 1));
    if (n === v.line) text = text.slice(Math.max(0, v.column - 1));
    parts.push(text);
    length += text.length;
  }
  const joined = parts.join('\n');
  // A finding of zero width (a whole-file rule at 1:1) is identified by its whole first line.
  return (joined.trim() === '' ? (lines[v.line - 1] ?? '') : joined).slice(0, MAX_SPAN);
}

function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The code with every identifier replaced by `$`: the same shape after a rename. */
export function shapeOf(text: string, fileName: string): string {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, /\.[jt]sx$/i.test(fileName) ? ts.LanguageVariant.JSX : ts.LanguageVariant.Standard, text);
  const out: string[] = [];
  for (let guard = 0; guard <= text.length; guard++) {
    const kind = scanner.scan();
    if (kind === ts.SyntaxKind.EndOfFileToken) break;
    out.push(kind === ts.SyntaxKind.Identifier || kind === ts.SyntaxKind.PrivateIdentifier ? '$' : scanner.getTokenText());
  }
  return out.join(' ');
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function take(candidates: Entry[] | undefined, e: Entry): boolean {
  const hit = candidates?.find((c) => !c.matched);
  if (!hit) return false;
  hit.matched = true;
  e.matched = true;
  return true;
}

function matchBy(before: readonly Entry[], after: readonly Entry[], key: (e: Entry) => string | null): void {
  const pool = new Map<string, Entry[]>();
  for (const e of before) {
    if (e.matched) continue;
    const k = key(e);
    if (k !== null) push(pool, k, e);
  }
  if (pool.size === 0) return;
  for (const e of after) {
    if (e.matched) continue;
    const k = key(e);
    if (k !== null) take(pool.get(k), e);
  }
}

/**
 * Turns drops into findings: a snapshot finding of the placeholder rule on the same comment is
 * enriched (it keeps its rule, severity and fingerprint); otherwise a new finding is made.
 */
function mergeDrops(pair: Pair, fresh: Violation[], engine: ChangeEngine): Violation[] {
  const rule = engine.placeholderRule;
  if (!rule || pair.drops.length === 0) return fresh;
  const out = [...fresh];
  const oldName = pair.change.oldPath ?? pair.change.path;
  for (const drop of pair.drops) {
    const lines = drop.startLine === drop.endLine ? `line ${drop.startLine}` : `lines ${drop.startLine}-${drop.endLine}`;
    const what = drop.stub ? `A stub (${stubText(drop.comment.text)}) with no comment` : 'Placeholder comment';
    const count = `${drop.droppedLines} line${drop.droppedLines === 1 ? '' : 's'} of code (${lines} of ${oldName})`;
    const message = drop.unreachable ? `${what} switched off ${count}: still there, never run.` : `${what} replaced ${count}.`;
    const extra = { droppedLines: drop.droppedLines, droppedRange: { startLine: drop.startLine, endLine: drop.endLine }, confidence: drop.confidence };
    const atComment = (v: Violation): boolean => v.category === rule.category && v.line >= drop.comment.line && v.line <= drop.comment.endLine;
    const index = out.findIndex(atComment);
    const existing = index >= 0 ? out[index] : undefined;
    if (existing) {
      out[index] = { ...existing, ...extra, message };
      continue;
    }
    // The snapshot saw nothing new here (or the old side had the same comment): still a drop.
    const matchedOld = pair.after.find((e) => e.matched && atComment(e.v));
    const base: Violation = matchedOld
      ? { ...matchedOld.v }
      : {
          ruleId: rule.ruleId,
          category: rule.category,
          severity: rule.severity,
          message,
          file: pair.change.path,
          line: drop.comment.line,
          column: drop.comment.column,
          endLine: drop.comment.endLine,
          endColumn: drop.comment.endColumn,
          snippet: drop.comment.text.split(/\r?\n/)[0]?.trim() ?? '',
          fingerprint: engine.fingerprint({ ruleId: rule.ruleId, file: pair.change.path, text: normalize(drop.comment.text) }),
          suggestion: drop.stub
            ? 'Restore the removed code, or say in the change why the function now does nothing: a stub in place of an implementation is not an edit.'
            : 'Restore the removed code: a placeholder comment is not an edit.',
        };
    out.push({ ...base, ...extra, message });
  }
  return out;
}

/** A stub statement as the message quotes it: one line, at most 40 characters. */
function stubText(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  if (one === '{ }' || one === '{}') return 'an emptied body';
  return `\`${one.length > 40 ? `${one.slice(0, 39)}…` : one}\``;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
