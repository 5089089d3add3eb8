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
// Segments read in place per SQL text, at most: `const`s that splice each other many times over
// stop being read in place (their names become holes, value positions) rather than multiply.
const MAX_SEGMENTS = 4000;

type Segment = string | TS.Expression;

function isBuilt(e: TS.Expression): boolean {
  return ts.isTemplateExpression(e) || (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) || ts.isStringLiteralLike(e);
}

interface Budget {
  left: number;
  // Conditionals read branch by branch (each a pass over the whole text), at most.
  branches: number;
}

// The literal pieces and spliced expressions of a built string, in order; `const` names bound to a
// built string are read in place (up to MAX_NESTING deep, each name once, within the budget).
function segments(node: TS.Expression, resolve: Resolve, seen: Set<TS.Node>, depth: number, budget: Budget): Segment[] {
  const out: Segment[] = [];
  const deeper = (d: number) => d < MAX_NESTING && budget.left > 0;
  const work: TS.Expression[] = [node];
  for (let next = work.pop(); next !== undefined; next = work.pop()) {
    const e = unwrap(next);
    budget.left--;
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) work.push(e.right, e.left);
    else if (ts.isStringLiteralLike(e)) out.push(e.text);
    else if (ts.isTemplateExpression(e)) {
      out.push(e.head.text);
      for (const span of e.templateSpans) {
        out.push(...(deeper(depth) ? segments(span.expression, resolve, seen, depth + 1, budget) : [span.expression]), span.literal.text);
      }
    } else if (ts.isIdentifier(e) && deeper(depth)) {
      const bound = resolve(e);
      if (bound && isBuilt(unwrap(bound)) && !seen.has(bound)) {
        seen.add(bound);
        out.push(...segments(bound, resolve, seen, depth + 1, budget));
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
  const budget = { left: MAX_SEGMENTS, branches: 32 };
  place(segments(node, resolve, new Set(), 0, budget), before, after, resolve, out, 0, budget);
  return out;
}

function place(segs: Segment[], before: string, after: string, resolve: Resolve, out: PlacedPart[], depth: number, budget: Budget): void {
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
  const positions = positionsAt(text, holes.map((h) => h.at));
  for (const [i, { expr, at }] of holes.entries()) {
    const e = unwrap(expr);
    // `${cond ? `"${a}"` : `"${b}"`}`: each branch read in the text around it.
    if (ts.isConditionalExpression(e) && depth < MAX_NESTING && budget.left > 0 && budget.branches > 0 && (isBuilt(unwrap(e.whenTrue)) || isBuilt(unwrap(e.whenFalse)))) {
      budget.branches--;
      for (const branch of [e.whenTrue, e.whenFalse]) place(segments(branch, resolve, new Set(), 0, budget), text.slice(0, at), text.slice(at + 1), resolve, out, depth + 1, budget);
    } else out.push({ expr, position: positions[i] ?? 'value' });
  }
}

const WORD = /[\w$\u0001]/;
const COMPARISON = /(?:[=<>!+\-*/%|]|\b(?:LIKE|ILIKE|IS|NOT|BETWEEN|AND|OR|LIMIT|OFFSET|THEN|ELSE|WHEN|DEFAULT)|\bSIMILAR\s+TO)$/i;
const TABLE_KEYWORD = /\b(?:FROM|JOIN|INTO|UPDATE|TABLE|COLUMN|INDEX|IF\s+(?:NOT\s+)?EXISTS)$/i;
// Postgres dollar quoting ($$ … $$, $tag$ … $tag$): text, whatever quotes it holds.
const DOLLAR_QUOTE = /^\$\w{0,63}\$/;
const CLAUSE = /\b(SELECT|FROM|WHERE|GROUP|ORDER|HAVING|SET|VALUES|ON|RETURNING|LIMIT|INTO)\b/gi;

interface Scan {
  quote: '' | "'" | '"' | '`';
  quoteStart: number;
  // The word before each open parenthesis, innermost last.
  parens: string[];
  comment: boolean;
  backslash: boolean;
  dollar: boolean;
}

// The lexical state at each of `ats` (ascending): quotes, comments, open parentheses. One pass.
function scan(text: string, ats: readonly number[]): Scan[] {
  const states: Scan[] = [];
  const s: Scan = { quote: '', quoteStart: -1, parens: [], comment: false, backslash: false, dollar: false };
  let next = 0;
  const snapshot = (i: number, inComment: boolean) => {
    while (next < ats.length && (ats[next] ?? Infinity) <= i) {
      states.push({ ...s, parens: [...s.parens], comment: inComment });
      next++;
    }
  };
  for (let i = 0; i < text.length && next < ats.length; i++) {
    snapshot(i, false);
    const ch = text[i];
    if (ch === '\\') s.backslash = true;
    if (s.quote) {
      if (ch === s.quote) s.quote = '';
      continue;
    }
    if (ch === '$' && DOLLAR_QUOTE.test(text.slice(i, i + 66))) s.dollar = true;
    if (ch === '-' && text[i + 1] === '-') {
      const nl = text.indexOf('\n', i);
      const close = nl === -1 ? text.length : nl;
      snapshot(close - 1, true);
      i = close;
      snapshot(i, false);
    } else if (ch === '/' && text[i + 1] === '*') {
      const found = text.indexOf('*/', i + 2);
      const close = found === -1 ? text.length : found + 1;
      snapshot(close, true);
      i = close;
    } else if (ch === "'" || ch === '"' || ch === '`') {
      s.quote = ch;
      s.quoteStart = i;
    } else if (ch === '(') {
      const word = /([\w$\u0001]+)\s*$/.exec(text.slice(Math.max(0, i - 40), i));
      s.parens.push(word?.[1]?.toUpperCase() ?? '');
    } else if (ch === ')') s.parens.pop();
  }
  snapshot(Infinity, false);
  return states;
}

// Regexes anchored at the end are read on the last stretch of text only: a long text stays linear.
const WINDOW = 200;
const tail = (text: string, end: number) => text.slice(Math.max(0, end - WINDOW), end);

/** Where the hole at `at` in `text` lands. */
export function positionAt(text: string, at: number): SqlPosition {
  return positionsAt(text, [at])[0] ?? 'value';
}

/** Where each hole at `ats` (ascending offsets) in `text` lands. */
export function positionsAt(text: string, ats: readonly number[]): SqlPosition[] {
  const states = scan(text, ats);
  const clauses = [...text.matchAll(CLAUSE)].map((m) => ({ at: m.index, word: (m[1] ?? '').toUpperCase() }));
  const closes = new Map<number, number>();
  return ats.map((at, i) => {
    const s = states[i];
    if (!s) return 'value';
    // The nearest clause keyword before the token (roughly: the last one), by binary search.
    const clauseBefore = (start: number) => {
      let lo = 0;
      let hi = clauses.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((clauses[mid]?.at ?? Infinity) < start) lo = mid + 1;
        else hi = mid;
      }
      return clauses[lo - 1]?.word ?? '';
    };
    const closeOf = (q: number) => {
      let c = closes.get(q);
      if (c === undefined) closes.set(q, (c = text.indexOf(text.charAt(q), q + 1)));
      return c;
    };
    return classify(text, at, s, clauseBefore, closeOf);
  });
}

function classify(text: string, at: number, s: Scan, clauseBefore: (start: number) => string, closeOf: (q: number) => number): SqlPosition {
  if (s.comment || s.backslash || s.dollar || s.quote === "'") return 'value';
  if (s.parens.some((p) => p === 'VALUES' || p === 'IN')) return 'value';
  let start: number;
  let end: number;
  if (s.quote) {
    // A quoted name: from its opening quote to the closing one, standing alone as a token.
    start = s.quoteStart;
    const close = closeOf(start);
    if (close === -1) return 'value';
    end = close + 1;
    if (!/^(?:|[\s(,.])$/.test(text.slice(Math.max(0, start - 1), start)) || !/^(?:|[\s),.;(:])$/.test(text.slice(end, end + 1))) return 'value';
  } else {
    start = at;
    end = at + 1;
    while (start > 0 && WORD.test(text.charAt(start - 1))) start--;
    while (end < text.length && WORD.test(text.charAt(end))) end++;
  }
  const before = tail(text, start).trimEnd();
  const after = text.slice(end, end + WINDOW).trimStart();
  if (/^\.[A-Za-z_"`*\u0001]/.test(after)) return 'identifier';
  if (before.endsWith(HOLE)) return 'value'; // what precedes is itself spliced: unknown
  if (COMPARISON.test(before)) return 'value';
  if (/[A-Za-z_"`\u0001]\.$/.test(before)) return 'identifier';
  if (s.quote) return 'identifier';
  if (TABLE_KEYWORD.test(before)) return 'identifier';
  if (/^(?:,|AS\b)/i.test(after) || /^\)/.test(after)) {
    const opener = s.parens.at(-1);
    if (opener === undefined && clauseBefore(start) === 'SELECT') return 'identifier';
    // INSERT INTO t (a, ${b}): the column list after the table name.
    const paren = text.lastIndexOf('(', start);
    if (opener !== undefined && /\bINTO\s+[\w$"`.\u0001]+\s*\($/i.test(tail(text, paren + 1))) return 'identifier';
  }
  return 'value';
}
