import ts from './ts.js';
import type * as TS from 'typescript';
import { unwrap } from './ast-util.js';

// Where in a built SQL text each spliced value lands: an identifier (a table, alias or column name)
// or a value. Read from the static text around the value, the text of a raw fragment's enclosing
// template included (`sql\`JOIN ${sql.raw(`${t}_locales`)} l\``).
//
// Identifier: inside "double quotes" or `backticks` (not as a bare operand of a comparison, where
// MySQL reads "x" as a string), before or after a `.` (`${t}.col`, `s.${t}`), after FROM, JOIN,
// INTO, UPDATE, TABLE, COLUMN, INDEX, IF [NOT] EXISTS, and in a SELECT column list or an INSERT
// column list when followed by `,` or AS. Value: inside 'single quotes', after a comparison or
// arithmetic operator, in VALUES (...) / IN (...), after LIMIT / OFFSET, in a comment, after any
// backslash, and anywhere else. When unsure, a value: that keeps the higher grade.

export type SqlPosition = 'identifier' | 'value';

export interface PlacedPart {
  expr: TS.Expression;
  position: SqlPosition;
}

/** Resolves a name to the built string it is bound to (a `const`), to read its text in place. */
export type Resolve = (id: TS.Identifier) => TS.Expression | undefined;

// A hole in the rendered text: one character no SQL token uses, read as part of a word.
const HOLE = '\u0001';
const MAX_NESTING = 6;

type Segment = string | TS.Expression;

function isBuilt(e: TS.Expression): boolean {
  return ts.isTemplateExpression(e) || (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) || ts.isStringLiteralLike(e);
}

// The literal pieces and spliced expressions of a built string, in order; `const` names bound to a
// built string are read in place (up to MAX_NESTING deep, each name once).
function segments(node: TS.Expression, resolve: Resolve, seen: Set<TS.Node>, depth: number): Segment[] {
  const out: Segment[] = [];
  const work: TS.Expression[] = [node];
  for (let next = work.pop(); next !== undefined; next = work.pop()) {
    const e = unwrap(next);
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) work.push(e.right, e.left);
    else if (ts.isStringLiteralLike(e)) out.push(e.text);
    else if (ts.isTemplateExpression(e)) {
      out.push(e.head.text);
      for (const span of e.templateSpans) {
        out.push(...(depth < MAX_NESTING ? segments(span.expression, resolve, seen, depth + 1) : [span.expression]), span.literal.text);
      }
    } else if (ts.isIdentifier(e) && depth < MAX_NESTING && !seen.has(e)) {
      const bound = resolve(e);
      if (bound && isBuilt(unwrap(bound)) && !seen.has(bound)) {
        seen.add(bound);
        out.push(...segments(bound, resolve, seen, depth + 1));
        seen.delete(bound);
      } else out.push(e);
    } else out.push(e);
  }
  return out;
}

// The static text a raw fragment sits in when it is itself spliced into a template
// (`sql\`… ${sql.raw(x)} …\``): the text before and after it there, holes rendered as HOLE.
function enclosingText(node: TS.Expression): { before: string; after: string } {
  let n: TS.Node = node;
  while (n.parent && ts.isParenthesizedExpression(n.parent)) n = n.parent;
  const call = n.parent;
  if (!call || !ts.isCallExpression(call) || call.arguments[0] !== n) return { before: '', after: '' };
  let c: TS.Node = call;
  while (c.parent && ts.isParenthesizedExpression(c.parent)) c = c.parent;
  const span = c.parent;
  if (!span || !ts.isTemplateSpan(span) || span.expression !== c) return { before: '', after: '' };
  const tpl = span.parent;
  const i = tpl.templateSpans.indexOf(span);
  const before = tpl.head.text + tpl.templateSpans.slice(0, i).map((s) => HOLE + s.literal.text).join('');
  const after = span.literal.text + tpl.templateSpans.slice(i + 1).map((s) => HOLE + s.literal.text).join('');
  return { before, after };
}

/** Each value spliced into the SQL text `node` with where it lands. */
export function placedParts(node: TS.Expression, resolve: Resolve): PlacedPart[] {
  const { before, after } = enclosingText(node);
  const out: PlacedPart[] = [];
  place(segments(node, resolve, new Set(), 0), before, after, resolve, out, 0);
  return out;
}

function place(segs: Segment[], before: string, after: string, resolve: Resolve, out: PlacedPart[], depth: number): void {
  const holes: { expr: TS.Expression; at: number }[] = [];
  let text = before;
  for (const s of segs) {
    if (typeof s === 'string') text += s;
    else {
      holes.push({ expr: s, at: text.length });
      text += HOLE;
    }
  }
  text += after;
  for (const { expr, at } of holes) {
    const e = unwrap(expr);
    // `${cond ? `"${a}"` : `"${b}"`}`: each branch read in the text around it.
    if (ts.isConditionalExpression(e) && depth < MAX_NESTING && (isBuilt(unwrap(e.whenTrue)) || isBuilt(unwrap(e.whenFalse)))) {
      for (const branch of [e.whenTrue, e.whenFalse]) place(segments(branch, resolve, new Set(), 0), text.slice(0, at), text.slice(at + 1), resolve, out, depth + 1);
    } else out.push({ expr, position: positionAt(text, at) });
  }
}

const WORD = /[\w$\u0001]/;
const COMPARISON = /(?:[=<>!+\-*/%|]|\b(?:LIKE|ILIKE|IS|NOT|BETWEEN|AND|OR|LIMIT|OFFSET|THEN|ELSE|WHEN|DEFAULT)|\bSIMILAR\s+TO)$/i;
const TABLE_KEYWORD = /\b(?:FROM|JOIN|INTO|UPDATE|TABLE|COLUMN|INDEX|IF\s+(?:NOT\s+)?EXISTS)$/i;
// Postgres dollar quoting ($$ … $$, $tag$ … $tag$): text, whatever quotes it holds.
const DOLLAR_QUOTE = /\$\w*\$/;
const CLAUSE = /\b(SELECT|FROM|WHERE|GROUP|ORDER|HAVING|SET|VALUES|ON|RETURNING|LIMIT|INTO)\b/gi;

interface Scan {
  quote: '' | "'" | '"' | '`';
  quoteStart: number;
  // The word before each open parenthesis, innermost last.
  parens: string[];
  comment: boolean;
  backslash: boolean;
}

// The lexical state at `end`: quotes, comments, open parentheses.
function scan(text: string, end: number): Scan {
  const s: Scan = { quote: '', quoteStart: -1, parens: [], comment: false, backslash: false };
  for (let i = 0; i < end; i++) {
    const ch = text[i];
    if (ch === '\\') s.backslash = true;
    if (s.quote) {
      if (ch === s.quote) s.quote = '';
      continue;
    }
    if (ch === '-' && text[i + 1] === '-') {
      const nl = text.indexOf('\n', i);
      if (nl === -1 || nl >= end) return { ...s, comment: true };
      i = nl;
    } else if (ch === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      if (close === -1 || close + 2 > end) return { ...s, comment: true };
      i = close + 1;
    } else if (ch === "'" || ch === '"' || ch === '`') {
      s.quote = ch;
      s.quoteStart = i;
    } else if (ch === '(') {
      const word = /([\w$\u0001]+)\s*$/.exec(text.slice(Math.max(0, i - 40), i));
      s.parens.push(word?.[1]?.toUpperCase() ?? '');
    } else if (ch === ')') s.parens.pop();
  }
  return s;
}

// The nearest clause keyword before `end` at the same parenthesis depth (roughly: the last one).
function lastClause(text: string): string {
  let last = '';
  for (const m of text.matchAll(CLAUSE)) last = (m[1] ?? '').toUpperCase();
  return last;
}

/** Where the hole at `at` in `text` lands. */
export function positionAt(text: string, at: number): SqlPosition {
  const s = scan(text, at);
  if (s.comment || s.backslash || s.quote === "'" || DOLLAR_QUOTE.test(text.slice(0, at))) return 'value';
  if (s.parens.some((p) => p === 'VALUES' || p === 'IN')) return 'value';
  let start: number;
  let end: number;
  if (s.quote) {
    // A quoted name: from its opening quote to the closing one, standing alone as a token.
    start = s.quoteStart;
    const close = text.indexOf(s.quote, at + 1);
    if (close === -1) return 'value';
    end = close + 1;
    if (!/^(?:|[\s(,.])$/.test(text.slice(start - 1, start)) || !/^(?:|[\s),.;(:])$/.test(text.slice(end, end + 1))) return 'value';
  } else {
    start = at;
    end = at + 1;
    while (start > 0 && WORD.test(text.charAt(start - 1))) start--;
    while (end < text.length && WORD.test(text.charAt(end))) end++;
  }
  const before = text.slice(0, start).trimEnd();
  const after = text.slice(end).trimStart();
  if (/^\.[A-Za-z_"`*\u0001]/.test(after)) return 'identifier';
  if (before.endsWith(HOLE)) return 'value'; // what precedes is itself spliced: unknown
  if (COMPARISON.test(before)) return 'value';
  if (/[A-Za-z_"`\u0001]\.$/.test(before)) return 'identifier';
  if (s.quote) return 'identifier';
  if (TABLE_KEYWORD.test(before)) return 'identifier';
  if (/^(?:,|AS\b)/i.test(after) || /^\)/.test(after)) {
    const opener = s.parens.at(-1);
    if (opener === undefined && lastClause(before) === 'SELECT') return 'identifier';
    // INSERT INTO t (a, ${b}): the column list after the table name.
    if (opener !== undefined && /\bINTO\s+[\w$"`.\u0001]+\s*\($/i.test(text.slice(0, text.lastIndexOf('(', start) + 1))) return 'identifier';
  }
  return 'value';
}
