import type * as TS from 'typescript';
import ts from '../ts.js';
import type { SourceComment } from './comments.js';
import { movedKey, type PlaceholderDrop } from './drops.js';
import { mapUnchangedLines, type LineDiff } from './line-diff.js';
import { parseSide, SlotIndex, slotOf, type ParsedSide } from './structure.js';

// The drop without a comment: a function body the change cut down to a stub exit.

/** A line that may hold a stub exit (`return null;`, `return x;`, `throw new Error('…')`), a concise stub body (`=> null`) or `if (false)`. */
const STUB_LINE =
  /\breturn\b\s*(?:;|$|null|undefined|void\b|\[\]|\{\}|''|""|``|-?\d|true|false|Promise\.resolve|\(|[A-Za-z_$][\w$]*\s*(?:;|$|as\b|!|satisfies\b))|\bthrow\s+new\s+[\w$]*Error\s*\(\s*(?:['"`]|\))|=>\s*(?:null|undefined|void\b|\[\]|\(?\{\}\)?|''|""|-?\d|true|false|Promise\.resolve|[A-Za-z_$][\w$]*\s*(?:[;,)]|$|as\b))|\bif\s*\(\s*\(?\s*(?:false|0|null|undefined|''|""|!\s*(?:true|1))\s*(?:[)&]|$)/;

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
  // Every form needs a line the change adds that holds a stub exit, a concise stub body or a
  // never-true `if`: without one there is nothing to parse for (most changes).
  // The stub replaces what the same change block removes (4+ code lines), or is inserted alone
  // before code it keeps (an early exit): other blocks cannot hold one.
  const candidate = (b: LineDiff['blocks'][number]): boolean => {
    const added = diff.newLines.slice(b.newStart - 1, b.newStart - 1 + b.newCount);
    if (!added.some((l) => STUB_LINE.test(l))) return false;
    if (b.oldCount > 0) return diff.oldLines.slice(b.oldStart - 1, b.oldStart - 1 + b.oldCount).filter(isCodeLine).length >= MIN_GUTTED_LINES;
    // An inserted early exit: only the stub, with kept code right after it.
    return added.filter((l) => l.trim() !== '').length <= 2 && isCodeLine(diff.newLines[b.newStart - 1 + b.newCount] ?? '');
  };
  if (!diff.blocks.some(candidate)) return [];
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
    const lineOf = (pos: number) => after.file.getLineAndCharacterOfPosition(pos).line + 1;
    const changed = (n: TS.Node) => !rangeUnchanged(unchanged, lineOf(n.getStart(after.file)), lineOf(n.end));
    if (ts.isIfStatement(node) && isFalsyConstant(node.expression) && changed(node.expression)) {
      // Code kept but switched off: `if (false) { … }` written around it by the change.
      const inside = codeLinesOf(search.after, after, node.thenStatement);
      if (inside >= MIN_GUTTED_LINES) drops.push(switchedOff(after, node, inside, oldRangeOf(diff.blocks, lineOf(node.getStart(after.file)), lineOf(node.end))));
      continue;
    }
    if (!ts.isFunctionLike(node) || !('body' in node) || !node.body) continue;
    const fnParams = new Set(node.parameters.flatMap((p) => (ts.isIdentifier(p.name) ? [p.name.text] : [])));
    if (!ts.isBlock(node.body)) {
      // `=> { …10 lines… }` rewritten as `=> null`: the body's slot itself is gone; the old function is found by its name.
      const expr = node.body as TS.Expression;
      if (!changed(expr) || !isStubExit(ts.factory.createReturnStatement(expr), fnParams)) continue;
      const name = functionName(node);
      old ??= (() => {
        const side = parseSide(search.before, search.fileName);
        return side ? { side, slots: new SlotIndex(side) } : null;
      })();
      if (!old || name === null) continue;
      const was = findFunctionBody(old.side, name);
      if (!was) continue;
      const keptOld = new Set(unchanged.values());
      const lost: number[] = [];
      for (let n = was.line; n <= was.endLine; n++) if (!keptOld.has(n) && isCodeLine(diff.oldLines[n - 1] ?? '')) lost.push(n);
      if (lost.length < MIN_GUTTED_LINES || isMovedAway(search, lost)) continue;
      drops.push({ comment: pseudoComment(after, expr), droppedLines: lost.length, startLine: lost[0] as number, endLine: was.endLine, place: 'whole', confidence: 'medium', stub: true });
      continue;
    }
    const body = node.body;
    const statements = body.statements;
    // Code kept but made unreachable: a stub exit the change wrote before statements it kept.
    const early = statements.findIndex((st, i) => i < statements.length - 1 && isStubExit(st, fnParams) && changed(st));
    if (early >= 0) {
      const rest = statements.slice(early + 1);
      const restLines = rest.reduce((sum, st) => sum + codeLinesOf(search.after, after, st), 0);
      if (rest.every((st) => !changed(st)) && restLines >= MIN_GUTTED_LINES) {
        const firstRest = rest[0] as TS.Statement;
        const lastRest = rest[rest.length - 1] as TS.Statement;
        const stub = statements[early] as TS.Statement;
        drops.push({
          comment: pseudoComment(after, stub),
          droppedLines: restLines,
          startLine: unchanged.get(lineOf(firstRest.getStart(after.file))) as number,
          endLine: unchanged.get(lineOf(lastRest.end)) as number,
          place: 'middle',
          confidence: 'medium',
          stub: true,
          unreachable: true,
        });
        continue;
      }
    }
    const last = statements[statements.length - 1];
    // Every statement but a final stub exit the change wrote is one it kept as it was. An emptied
    // body (no stub at all) is empty-function's finding: a deletion, not a stand-in.
    if (!last || !isStubExit(last, fnParams) || rangeUnchanged(unchanged, lineOf(last.getStart(after.file)), lineOf(last.end))) continue;
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

/** `false`, `0`, `null`, `undefined`, `''`, `!1`, `!true`, or `false && …`: a condition that never holds. */
function isFalsyConstant(e: TS.Expression): boolean {
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  if (e.kind === ts.SyntaxKind.FalseKeyword || e.kind === ts.SyntaxKind.NullKeyword) return true;
  if (ts.isNumericLiteral(e)) return Number(e.text) === 0;
  if (ts.isStringLiteralLike(e)) return e.text === '';
  if (ts.isIdentifier(e)) return e.text === 'undefined';
  if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.ExclamationToken) {
    const o = e.operand;
    return o.kind === ts.SyntaxKind.TrueKeyword || (ts.isNumericLiteral(o) && Number(o.text) !== 0);
  }
  return ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken && isFalsyConstant(e.left);
}

/** Code lines a node spans (blank, comment-only and bracket-only lines left out). */
function codeLinesOf(text: string, side: ParsedSide, node: TS.Node): number {
  const from = side.file.getLineAndCharacterOfPosition(node.getStart(side.file)).line;
  const to = side.file.getLineAndCharacterOfPosition(node.end).line;
  const lines = text.split(/\r?\n/).slice(from, to + 1);
  return lines.filter(isCodeLine).length;
}

/** The old lines of the change blocks that touch new lines `from..to`. */
function oldRangeOf(blocks: LineDiff['blocks'], from: number, to: number): { start: number; end: number } {
  let start = Infinity;
  let end = -Infinity;
  for (const b of blocks) {
    if (b.newStart > to || b.newStart + Math.max(b.newCount, 1) - 1 < from || b.oldCount === 0) continue;
    start = Math.min(start, b.oldStart);
    end = Math.max(end, b.oldStart + b.oldCount - 1);
  }
  return Number.isFinite(start) ? { start, end } : { start: from, end: to };
}

function switchedOff(side: ParsedSide, node: TS.IfStatement, lines: number, range: { start: number; end: number }): PlaceholderDrop {
  return { comment: pseudoComment(side, node.expression), droppedLines: lines, startLine: range.start, endLine: range.end, place: 'middle', confidence: 'medium', stub: true, unreachable: true };
}

/** The name a function is declared or bound under (`function f`, `f() {}`, `const f = () =>`, `{ f: () => }`), or null. */
function functionName(fn: TS.Node): string | null {
  const own = (fn as { name?: TS.Node }).name;
  if (own && (ts.isIdentifier(own) || ts.isPrivateIdentifier(own))) return own.text;
  const bound = fn.parent;
  if (bound && (ts.isVariableDeclaration(bound) || ts.isPropertyAssignment(bound) || ts.isPropertyDeclaration(bound)) && ts.isIdentifier(bound.name)) return bound.name.text;
  return null;
}

/** The lines of the block body of the old side's only function of that name, or null (none, or several). */
function findFunctionBody(side: ParsedSide, name: string): { line: number; endLine: number } | null {
  const found: TS.Block[] = [];
  const stack: TS.Node[] = [side.file];
  while (stack.length) {
    const node = stack.pop() as TS.Node;
    ts.forEachChild(node, (c) => {
      stack.push(c);
    });
    if (ts.isFunctionLike(node) && 'body' in node && node.body && ts.isBlock(node.body) && functionName(node) === name) found.push(node.body);
  }
  const only = found.length === 1 ? found[0] : undefined;
  if (!only || only.statements.length === 0) return null;
  const first = only.statements[0] as TS.Statement;
  const last = only.statements[only.statements.length - 1] as TS.Statement;
  return { line: side.file.getLineAndCharacterOfPosition(first.getStart(side.file)).line + 1, endLine: side.file.getLineAndCharacterOfPosition(last.end).line + 1 };
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
