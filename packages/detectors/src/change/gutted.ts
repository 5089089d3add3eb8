import type * as TS from 'typescript';
import ts from '../ts.js';
import type { SourceComment } from './comments.js';
import { movedKey, type PlaceholderDrop } from './drops.js';
import { mapUnchangedLines, type LineDiff } from './line-diff.js';
import { parseSide, SlotIndex, slotOf, type ParsedSide } from './structure.js';

// The drop without a comment: a function body the change cut down to a stub exit.

/** Code lines a body must lose before a stub exit in their place counts as a drop. */
export const MIN_GUTTED_LINES = 4;

/** Input of {@link findGuttedBodies}: the same as the comment drop search's. */
export interface GuttedSearch {
  diff: LineDiff;
  before: string;
  after: string;
  fileName: string;
  /** Lines the whole change adds (see `addedLinePool`): a body whose code was added elsewhere moved. */
  addedLines?: ReadonlyMap<string, number>;
}

/** `null`, `undefined`, `void 0`, `[]`, `{}`, `''` (no other string), a number, `true`/`false`, under `as`/`satisfies`/`!`/parentheses or in `Promise.resolve(…)`. */
function isTrivialValue(node: TS.Expression): boolean {
  let e: TS.Expression = node;
  for (;;) {
    if (ts.isAsExpression(e) || ts.isSatisfiesExpression(e) || ts.isNonNullExpression(e) || ts.isParenthesizedExpression(e) || ts.isTypeAssertionExpression(e)) e = e.expression;
    else break;
  }
  if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && ts.isIdentifier(e.expression.expression) && e.expression.expression.text === 'Promise' && e.expression.name.text === 'resolve') {
    const [arg] = e.arguments;
    return e.arguments.length === 0 || (e.arguments.length === 1 && arg !== undefined && isTrivialValue(arg));
  }
  switch (e.kind) {
    case ts.SyntaxKind.NullKeyword:
    case ts.SyntaxKind.TrueKeyword:
    case ts.SyntaxKind.FalseKeyword:
    case ts.SyntaxKind.NumericLiteral:
      return true;
    case ts.SyntaxKind.StringLiteral:
    case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
      // '' stands for nothing; any other text may be the real answer (`return 'unknown'`).
      return (e as TS.StringLiteralLike).text === '';
    case ts.SyntaxKind.Identifier:
      return (e as TS.Identifier).text === 'undefined';
    case ts.SyntaxKind.VoidExpression:
      return ts.isLiteralExpression((e as TS.VoidExpression).expression);
    case ts.SyntaxKind.ArrayLiteralExpression:
      return (e as TS.ArrayLiteralExpression).elements.length === 0;
    case ts.SyntaxKind.ObjectLiteralExpression:
      return (e as TS.ObjectLiteralExpression).properties.length === 0;
    default:
      return false;
  }
}

/**
 * `return;`, `return <trivial value>;`, `return <a parameter>;` (the input handed back unchanged:
 * a sanitizer or transform gutted to the identity), or `throw new Error('<text>')`: an exit that
 * computes nothing. `params` are the enclosing function's parameter names.
 */
export function isStubExit(statement: TS.Statement, params: ReadonlySet<string> = new Set()): boolean {
  if (ts.isReturnStatement(statement)) {
    const e = statement.expression;
    if (e === undefined || isTrivialValue(e)) return true;
    let inner: TS.Expression = e;
    while (ts.isAsExpression(inner) || ts.isParenthesizedExpression(inner) || ts.isNonNullExpression(inner) || ts.isSatisfiesExpression(inner)) inner = inner.expression;
    return ts.isIdentifier(inner) && params.has(inner.text);
  }
  if (ts.isThrowStatement(statement)) {
    const e = statement.expression;
    return ts.isNewExpression(e) && ts.isIdentifier(e.expression) && /Error$/.test(e.expression.text) && (e.arguments ?? []).every((a) => ts.isStringLiteralLike(a));
  }
  return false;
}

const isCodeLine = (line: string): boolean => {
  const t = line.trim();
  return t !== '' && !/^(?:\/\/|\/\*|\*|[{}()[\];,]*$)/.test(t);
};

/**
 * Function bodies the change cut down to a stub exit, with no comment to say so: the body held at
 * least {@link MIN_GUTTED_LINES} more code lines before, its statements are now the ones it kept
 * unchanged (a prefix, or none) followed by one stub exit the change wrote (`return null`,
 * `return []`, `return;`, `return input` of a parameter, `throw new Error('…')`), no comment after
 * the prefix, and the code it lost was not added elsewhere in the
 * change (moved). The body is matched to the old one by its opening line, unchanged by the edit.
 * Each is a drop at medium confidence: blocked like a placeholder, never quarantined on its own
 * (a feature can be switched off on purpose).
 */
export function findGuttedBodies(search: GuttedSearch): PlaceholderDrop[] {
  const { diff } = search;
  if (!diff.blocks.some((b) => b.oldCount > 0)) return [];
  const after = parseSide(search.after, search.fileName);
  if (!after) return [];
  const unchanged = mapUnchangedLines(diff.blocks, diff.newLines.length);
  let old: { side: ParsedSide; slots: SlotIndex } | null | undefined;
  const drops: PlaceholderDrop[] = [];
  const stack: TS.Node[] = [after.file];
  while (stack.length) {
    const node = stack.pop() as TS.Node;
    ts.forEachChild(node, (c) => {
      stack.push(c);
    });
    if (!ts.isFunctionLike(node) || !('body' in node) || !node.body || !ts.isBlock(node.body)) continue;
    const body = node.body;
    const statements = body.statements;
    const last = statements[statements.length - 1];
    const lineOf = (pos: number) => after.file.getLineAndCharacterOfPosition(pos).line + 1;
    // Every statement but a final stub exit the change wrote is one it kept as it was. An emptied
    // body (no stub at all) is empty-function's finding: a deletion, not a stand-in.
    const params = new Set(node.parameters.flatMap((p) => (ts.isIdentifier(p.name) ? [p.name.text] : [])));
    if (!last || !isStubExit(last, params) || rangeUnchanged(unchanged, lineOf(last.getStart(after.file)), lineOf(last.end))) continue;
    const kept = statements.slice(0, -1);
    if (!kept.every((s) => rangeUnchanged(unchanged, lineOf(s.getStart(after.file)), lineOf(s.end)))) continue;
    // A comment in the body is the comment drop's to judge (or says why the body is a stub).
    const prefixEnd = kept.length ? (kept[kept.length - 1] as TS.Statement).end : body.getStart(after.file) + 1;
    if (/\/[/*]/.test(search.after.slice(prefixEnd, body.end))) continue;
    const slot = slotOf(after, body);
    const oldOpen = slot ? unchanged.get(slot.openLine) : undefined;
    if (!slot || oldOpen === undefined) continue;
    old ??= (() => {
      const side = parseSide(search.before, search.fileName);
      return side ? { side, slots: new SlotIndex(side) } : null;
    })();
    if (!old) return drops;
    const was = old.slots.at(oldOpen).find((s) => s.family === 'statements' && s.header === slot.header && ts.isBlock(s.node));
    if (!was || was.children.length <= kept.length) continue;
    // The old body's lines the new one no longer has: what the stub stands for.
    const keptOld = new Set<number>();
    for (const s of kept) for (let n = lineOf(s.getStart(after.file)); n <= lineOf(s.end); n++) keptOld.add(unchanged.get(n) as number);
    const first = was.children[0];
    const lastChild = was.children[was.children.length - 1];
    if (!first || !lastChild) continue;
    const lost: number[] = [];
    for (let n = first.line; n <= lastChild.endLine; n++) if (!keptOld.has(n) && isCodeLine(diff.oldLines[n - 1] ?? '')) lost.push(n);
    const dropped = lost.length - 1;
    if (lost.length < MIN_GUTTED_LINES || isMovedAway(search, lost)) continue;
    drops.push({
      comment: pseudoComment(after, last),
      droppedLines: dropped,
      startLine: lost[0] as number,
      endLine: lastChild.endLine,
      place: kept.length ? 'tail' : 'whole',
      confidence: 'medium',
      stub: true,
    });
  }
  return drops.sort((a, b) => a.comment.start - b.comment.start);
}

function rangeUnchanged(unchanged: ReadonlyMap<number, number>, from: number, to: number): boolean {
  for (let n = from; n <= to; n++) if (!unchanged.has(n)) return false;
  return true;
}

/** Most of the lost lines are added elsewhere in the change: the code moved (e.g. into a helper). */
function isMovedAway(search: GuttedSearch, lost: readonly number[]): boolean {
  const pool = search.addedLines;
  if (!pool || pool.size === 0) return false;
  let proving = 0;
  let moved = 0;
  for (const n of lost) {
    const key = movedKey(search.diff.oldLines[n - 1] ?? '');
    if (key.length < 8) continue;
    proving++;
    if ((pool.get(key) ?? 0) > 0) moved++;
  }
  return proving > 0 && moved * 2 >= proving;
}

/** Where the finding points: the stub statement. */
function pseudoComment(side: ParsedSide, node: TS.Node): SourceComment {
  const start = node.getStart(side.file);
  const a = side.file.getLineAndCharacterOfPosition(start);
  const b = side.file.getLineAndCharacterOfPosition(node.end);
  return { text: side.text.slice(start, node.end), start, end: node.end, line: a.line + 1, column: a.character + 1, endLine: b.line + 1, endColumn: b.character + 1 };
}
