import ts from '../ts.js';
import { isElisionWording, saysElisionInWords } from '../elision.js';
import { extractComments, type SourceComment } from './comments.js';
import { mapUnchangedLines, type ChangeBlock, type LineDiff } from './line-diff.js';
import { parseSide, placeIn, slotAround, slotOf, SlotIndex, type ParsedSide, type Slot, type SlotPlace } from './structure.js';

// The drop search of the change engine: where a change left only a comment in place of code.

/** A placeholder drop found in a change block. */
export interface PlaceholderDrop {
  comment: SourceComment;
  droppedLines: number;
  startLine: number;
  endLine: number;
  /** Where the comment stands in its slot: alone (`whole`), after the code kept (`tail`), or in a gap. */
  place: SlotPlace;
  /** A stub exit (`return null`, `return;`, an emptied body) stands where the code was, no comment: `comment` is that statement. */
  stub?: true;
  /** With `stub`: the code is still there, made unreachable behind the stub exit or `if (false)`. */
  unreachable?: true;
  /** `high` when the comment is worded as an elision ({@link isElisionWording}) or the slot was emptied whole; `medium` otherwise. */
  confidence: 'high' | 'medium';
}

/** Code lines a comment must stand for when as much code was added around it (or as many members kept). */
const MIN_OUTWEIGHED = 3;

/** A line that is code rather than blank or comment-only. */
function isCodeLine(line: string): boolean {
  const t = line.trim();
  if (t === '') return false;
  return !(t.startsWith('//') || t.startsWith('/*') || t.startsWith('*') || t.startsWith('{/*') || t.startsWith('#'));
}

/** Only brackets, punctuation and blanks: a line the diff may keep as context inside a larger drop. */
function isTrivialLine(line: string): boolean {
  return /^[\s{}()[\];,]*$/.test(line);
}

/** A line as the moved-code check compares it: trimmed, whitespace collapsed. */
export function movedKey(line: string): string {
  return line.replace(/\s+/g, ' ').trim();
}

/** Short or bracket-only lines (`}`, `return;`) are everywhere: they prove no move. */
function provesMove(key: string): boolean {
  return key.length >= 8 && !isTrivialLine(key) && isCodeLine(key);
}

/** Counts the lines a change adds, per {@link movedKey}: what moved code is looked up in. */
export function addedLinePool(diffs: ReadonlyArray<LineDiff | null>, pool = new Map<string, number>()): Map<string, number> {
  for (const diff of diffs) {
    if (!diff) continue;
    for (const b of diff.blocks) {
      for (let n = b.newStart; n < b.newStart + b.newCount; n++) {
        const key = movedKey(diff.newLines[n - 1] ?? '');
        if (provesMove(key)) pool.set(key, (pool.get(key) ?? 0) + 1);
      }
    }
  }
  return pool;
}

/** A comment stands alone: nothing but an opening bracket before it on its line, nothing but its slot's closing after it. */
function standsAlone(lines: readonly string[], comment: SourceComment): boolean {
  const first = lines[comment.line - 1] ?? '';
  const last = lines[comment.endLine - 1] ?? '';
  const before = first.slice(0, comment.column - 1).trim();
  const after = last.slice(comment.endColumn - 1);
  // After it: the end of the line, or the bracket (or JSX closing tag) that closes its slot, whatever follows that.
  return (before === '' || /[{[(]$/.test(before)) && /^[\s,;]*(?:$|[)}\]]|<\/)/.test(after);
}

/** A comment that ends its line after code (`run(); // …`): it may trail the last statement kept. */
function trails(lines: readonly string[], comment: SourceComment): boolean {
  const first = lines[comment.line - 1] ?? '';
  const last = lines[comment.endLine - 1] ?? '';
  return first.slice(0, comment.column - 1).trim() !== '' && last.slice(comment.endColumn - 1).trim() === '';
}

/** The code left on a new line once its comments are cut out: a line that only held a comment holds none. */
function isCodeOutsideComments(line: string, lineNo: number, comments: readonly SourceComment[]): boolean {
  let text = line;
  for (const c of comments) {
    if (c.endLine < lineNo || c.line > lineNo) continue;
    const from = c.line === lineNo ? c.column - 1 : 0;
    const to = c.endLine === lineNo ? c.endColumn - 1 : text.length;
    text = `${text.slice(0, from)}${' '.repeat(Math.max(0, to - from))}${text.slice(to)}`;
  }
  return !isTrivialLine(text) && isCodeLine(text);
}

/** Input of {@link findPlaceholderDrops}. */
export interface DropSearch {
  diff: LineDiff;
  before: string;
  after: string;
  /** The new file name (its extension picks TSX/JSX parsing). */
  fileName: string;
  /** The placeholder phrase test: no longer the trigger, it raises the confidence of a drop. */
  isPlaceholderComment: (comment: string) => boolean;
  /** Lines the whole change adds ({@link addedLinePool}): removed code found added elsewhere moved, it was not dropped. */
  addedLines?: ReadonlyMap<string, number>;
}

/**
 * Change blocks in which a region of code that held real content before holds only a comment
 * now, whatever the comment says: a function or method body, a class's members, an object's
 * properties, an array's elements, JSX children, switch cases, or the tail of a body (its first
 * statements kept). The comment must stand alone where code would be (not trail a statement),
 * in a slot of code that the old side had at the same place (its opening line unchanged, or
 * rewritten with the same header), whose code children the block removed, and which holds fewer
 * of them now. A pure deletion
 * right next to the block (separated by at most 3 lines of brackets or blanks) is part of the
 * same drop. The dropped count is the code lines removed minus the code lines added. Not a drop:
 * a deletion without a comment, a block that rewrites code in full and leaves a comment (unless
 * the comment says it stands for code: then the removed lines not written again count), code
 * that moved (most of its lines added elsewhere in the change), a comment in a new slot (a new
 * empty callback saying why), a comment in the middle of a list of statements unless it says it
 * stands for code. A comment worded as an elision (the phrase list, or the wider vocabulary of
 * {@link isElisionWording}: any language, dots however written, no words at all) gives high
 * confidence, as does a slot emptied whole; a tail or a gap behind an explanation is medium.
 */
export function findPlaceholderDrops(search: DropSearch): PlaceholderDrop[] {
  const { diff, isPlaceholderComment } = search;
  const blocks = diff.blocks;
  const hasCommentText = (b: ChangeBlock) => {
    for (let n = b.newStart; n < b.newStart + b.newCount; n++) if (/\/\/|\/\*/.test(diff.newLines[n - 1] ?? '')) return true;
    return false;
  };
  if (!blocks.some((b) => b.oldCount > 0) || !blocks.some((b) => b.newCount > 0 && hasCommentText(b))) return [];
  const comments = extractComments(search.after, search.fileName);
  const adjacent = (left: ChangeBlock, right: ChangeBlock): boolean => {
    const gap = diff.newLines.slice(left.newStart + left.newCount - 1, right.newStart - 1);
    return gap.length <= 3 && gap.every(isTrivialLine);
  };
  // Each side is parsed only when needed: the new one for a candidate comment, the old one once a comment stands in a slot.
  let afterSide: ParsedSide | null | undefined;
  let old: OldSide | null | undefined;
  const parseAfter = () => (afterSide === undefined ? (afterSide = parseSide(search.after, search.fileName)) : afterSide);
  const parseBefore = () => {
    if (old !== undefined) return old;
    const before = parseSide(search.before, search.fileName);
    old = before ? { before, oldSlots: new SlotIndex(before), unchanged: mapUnchangedLines(blocks, diff.newLines.length) } : null;
    return old;
  };
  const used = new Set<number>();
  const drops: PlaceholderDrop[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as ChangeBlock;
    if (block.newCount === 0 || used.has(i) || !hasCommentText(block)) continue;
    const end = block.newStart + block.newCount;
    // Alone on its line where code was; or trailing a kept statement when it says it stands for code (`run(); // ... rest unchanged`).
    const inBlock = comments.filter((c) => c.line >= block.newStart && c.line < end && (standsAlone(diff.newLines, c) || (trails(diff.newLines, c) && saysElisionInWords(c.text))));
    if (inBlock.length === 0) continue;
    let lo = i;
    let hi = i;
    while (lo > 0 && !used.has(lo - 1) && (blocks[lo - 1] as ChangeBlock).newCount === 0 && adjacent(blocks[lo - 1] as ChangeBlock, blocks[lo] as ChangeBlock)) lo--;
    while (hi < blocks.length - 1 && (blocks[hi + 1] as ChangeBlock).newCount === 0 && adjacent(blocks[hi] as ChangeBlock, blocks[hi + 1] as ChangeBlock)) hi++;
    const removed: number[] = [];
    for (let k = lo; k <= hi; k++) {
      const b = blocks[k] as ChangeBlock;
      for (let n = b.oldStart; n < b.oldStart + b.oldCount; n++) removed.push(n);
    }
    const removedCode = removed.filter((n) => isCodeLine(diff.oldLines[n - 1] ?? ''));
    if (removedCode.length === 0) continue;
    let addedCode = 0;
    for (let n = block.newStart; n < end; n++) if (isCodeOutsideComments(diff.newLines[n - 1] ?? '', n, comments)) addedCode++;
    let dropped = removedCode.length - addedCode;
    // More code added than removed: a rewrite, unless the comment says it stands for code (an agent
    // eliding old members behind a comment and adding a longer new method in the same hunk). Then
    // what it dropped is the removed code the block does not write again.
    const outweighed = dropped <= 0;
    // (At least MIN_OUTWEIGHED lines: a one-line rewrite under a stray placeholder is a rewrite.)
    if (outweighed) dropped = notRewritten(diff, block, removedCode);
    if (outweighed && (dropped < MIN_OUTWEIGHED || !inBlock.some((c) => isPlaceholderComment(c.text) || saysElisionInWords(c.text)))) continue;
    if (dropped <= 0 || isMoved(search, block, removedCode)) continue;
    const after = parseAfter();
    if (!after) return drops;
    const startLine = removed[0] as number;
    const endLine = removed[removed.length - 1] as number;
    for (const comment of inBlock) {
      const slot = slotAround(after, comment.start, comment.end);
      if (!slot) continue;
      const place = placeIn(slot, comment.start, comment.end);
      const phrase = isPlaceholderComment(comment.text);
      if (outweighed && !phrase && !saysElisionInWords(comment.text)) continue;
      // Statements after the comment: it explains the code that follows, unless it says it stands for code.
      if (slot.family === 'statements' && (place === 'head' || place === 'middle') && !phrase && !saysElisionInWords(comment.text)) continue;
      const parsedOld = parseBefore();
      if (!parsedOld) return drops;
      const was = oldSlotOf(slot, parsedOld, removed, block);
      if (!was?.children.some((c) => c.endLine >= startLine && c.line <= endLine)) continue;
      // The slot lost children: as many members as before means the comment annotates a rewrite, it
      // stands for nothing; unless it says it stands for code and old members are gone (replaced by new ones).
      if (was.children.length <= slot.children.length && !(dropped >= MIN_OUTWEIGHED && (phrase || saysElisionInWords(comment.text)) && lostChildren(diff, was, slot, startLine, endLine) > 0)) continue;
      for (let k = lo; k <= hi; k++) used.add(k);
      // High when the comment is worded as an elision (any language, however the dots are written) or the slot was emptied whole.
      const elision = phrase || isElisionWording(comment.text);
      drops.push({ comment, droppedLines: dropped, startLine, endLine, place, confidence: elision || place === 'whole' ? 'high' : 'medium' });
      break;
    }
  }
  return drops;
}

/**
 * The old side's slot the new one stands for: same family and header, opening on the same
 * (unchanged) line or on a removed one; or, when its opening line was rewritten, the slot of the
 * same family and the same declaration name opening on a removed line, or the only slot of its
 * family opening on the old line at the same place in the change block.
 */
/** The old side, parsed, with its slots by opening line and the new-to-old map of unchanged lines. */
interface OldSide {
  before: ParsedSide;
  oldSlots: SlotIndex;
  unchanged: Map<number, number>;
}

function oldSlotOf(
  slot: Slot,
  parsed: OldSide,
  removed: readonly number[],
  block: ChangeBlock,
): Slot | null {
  if (ts.isSourceFile(slot.node)) return slotOf(parsed.before, parsed.before.file);
  const mapped = parsed.unchanged.get(slot.openLine);
  const lines = mapped !== undefined ? [mapped] : removed;
  for (const line of lines) {
    const match = parsed.oldSlots.at(line).find((s) => s.family === slot.family && s.header === slot.header);
    if (match) return match;
  }
  if (mapped !== undefined) return null;
  // A header rewritten in the same edit (a parameter added while the body was elided): the same
  // declaration by name, or a slot of the same family opening on the old line the new one replaced.
  for (const line of removed) {
    const match = slot.owner !== null ? parsed.oldSlots.at(line).find((s) => s.family === slot.family && s.owner === slot.owner) : undefined;
    if (match) return match;
  }
  const aligned = block.oldCount > 0 && slot.openLine >= block.newStart ? block.oldStart + (slot.openLine - block.newStart) : -1;
  if (aligned >= block.oldStart && aligned < block.oldStart + block.oldCount) {
    const match = parsed.oldSlots.at(aligned).filter((s) => s.family === slot.family);
    if (match.length === 1) return match[0] as Slot;
  }
  return null;
}

/** Children of the old slot in the removed range whose first line no child of the new slot starts with. */
function lostChildren(diff: LineDiff, was: Slot, now: Slot, startLine: number, endLine: number): number {
  const kept = new Set(now.children.map((c) => movedKey(diff.newLines[c.line - 1] ?? '')));
  return was.children.filter((c) => c.endLine >= startLine && c.line <= endLine && !kept.has(movedKey(diff.oldLines[c.line - 1] ?? ''))).length;
}

/** Removed code lines whose text the block does not add again (re-indented or not). */
function notRewritten(diff: LineDiff, block: ChangeBlock, removedCode: readonly number[]): number {
  const added = new Set<string>();
  for (let n = block.newStart; n < block.newStart + block.newCount; n++) added.add(movedKey(diff.newLines[n - 1] ?? ''));
  return removedCode.filter((n) => !added.has(movedKey(diff.oldLines[n - 1] ?? ''))).length;
}

/** Most of the removed code is added elsewhere in the change: it moved. */
function isMoved(search: DropSearch, block: ChangeBlock, removedCode: readonly number[]): boolean {
  const pool = search.addedLines;
  if (!pool || pool.size === 0) return false;
  const own = new Map<string, number>();
  for (let n = block.newStart; n < block.newStart + block.newCount; n++) {
    const key = movedKey(search.diff.newLines[n - 1] ?? '');
    own.set(key, (own.get(key) ?? 0) + 1);
  }
  const taken = new Map<string, number>();
  let proving = 0;
  let moved = 0;
  for (const n of removedCode) {
    const key = movedKey(search.diff.oldLines[n - 1] ?? '');
    if (!provesMove(key)) continue;
    proving++;
    const left = (pool.get(key) ?? 0) - (own.get(key) ?? 0) - (taken.get(key) ?? 0);
    if (left > 0) {
      moved++;
      taken.set(key, (taken.get(key) ?? 0) + 1);
    }
  }
  return proving > 0 && moved * 2 >= proving;
}

