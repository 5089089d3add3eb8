import ts from './ts.js';
import type * as TS from 'typescript';
import { isFunctionLike, unwrap } from './ast-util.js';
import { findDeclaration, type Declaration } from './scope.js';

// A value an anchored word-only regex has vetted just before it is used:
//
//   if (!/^\w+$/.test(key)) throw new Error('bad key');   // or `return`
//   db.query(`SELECT '${key}'`);
//
// or one passed through a function of the same file that does exactly that and returns it. Read
// structurally: the `if` is a statement of the block that holds the use, or of an enclosing one,
// in the same function; the name is a `const` or a parameter / `let` never assigned; the regex a
// literal (or a `const` bound to one) of the form ^(word class with quantifier)+$ with no flag but
// i or u. A function's name (`sanitize`, `escape`) never counts.

// One atom: \w, \d, a literal word character, or a class of them; an optional quantifier.
const ATOM = String.raw`(?:\\w|\\d|[A-Za-z0-9_]|\[(?:\\w|\\d|[A-Za-z0-9_](?:-[A-Za-z0-9_])?)+\])(?:[+*?]|\{\d+(?:,\d*)?\})?`;
const WORD_ONLY = new RegExp(`^\\^(?:${ATOM})+\\$$`);

function regexLiteral(e: TS.Expression): TS.RegularExpressionLiteral | undefined {
  const x = unwrap(e);
  if (x.kind === ts.SyntaxKind.RegularExpressionLiteral) return x as TS.RegularExpressionLiteral;
  if (!ts.isIdentifier(x)) return undefined;
  const decl = findDeclaration(x);
  if (!decl || !ts.isVariableDeclaration(decl) || !ts.isIdentifier(decl.name) || !decl.initializer) return undefined;
  if (!(ts.getCombinedNodeFlags(decl) & ts.NodeFlags.Const)) return undefined;
  const init = unwrap(decl.initializer);
  return init.kind === ts.SyntaxKind.RegularExpressionLiteral ? (init as TS.RegularExpressionLiteral) : undefined;
}

/** True for `/^\w+$/`, `/^[A-Za-z0-9_]{1,64}$/i`: anchored, only word characters, no `m`/`g`/`y`/`s` flag. */
export function isWordOnlyRegex(literal: string): boolean {
  const slash = literal.lastIndexOf('/');
  const body = literal.slice(1, slash);
  const flags = literal.slice(slash + 1);
  return /^[iu]*$/.test(flags) && WORD_ONLY.test(body);
}

// `!RE.test(x)` where RE is word-only and x is `name` as bound by `decl`.
function testsName(cond: TS.Expression, name: string, decl: Declaration): boolean {
  const c = unwrap(cond);
  if (!ts.isPrefixUnaryExpression(c) || c.operator !== ts.SyntaxKind.ExclamationToken) return false;
  const call = unwrap(c.operand);
  if (!ts.isCallExpression(call) || call.arguments.length !== 1 || !ts.isPropertyAccessExpression(call.expression) || call.expression.name.text !== 'test') return false;
  const [first] = call.arguments;
  if (!first) return false;
  const re = regexLiteral(call.expression.expression);
  const arg = unwrap(first);
  return re !== undefined && isWordOnlyRegex(re.text) && ts.isIdentifier(arg) && arg.text === name && findDeclaration(arg) === decl;
}

// The branch leaves: a throw or return, or a block ending in one with no break/continue/label in it.
function leaves(s: TS.Statement): boolean {
  if (ts.isThrowStatement(s) || ts.isReturnStatement(s)) return true;
  if (!ts.isBlock(s)) return false;
  const last = s.statements.at(-1);
  if (!last) return false;
  if (!ts.isThrowStatement(last) && !ts.isReturnStatement(last)) return false;
  let escapes = false;
  const visit = (n: TS.Node): void => {
    if (escapes || isFunctionLike(n)) return;
    if (ts.isBreakStatement(n) || ts.isContinueStatement(n) || ts.isLabeledStatement(n)) escapes = true;
    else ts.forEachChild(n, visit);
  };
  ts.forEachChild(s, visit);
  return !escapes;
}

function isGuard(s: TS.Statement, name: string, decl: Declaration): boolean {
  return ts.isIfStatement(s) && s.elseStatement === undefined && testsName(s.expression, name, decl) && leaves(s.thenStatement);
}

// The function (or file) a declaration belongs to.
function scopeOf(decl: Declaration): TS.Node {
  let n: TS.Node | undefined = decl.parent;
  while (n && !isFunctionLike(n) && !ts.isSourceFile(n)) n = n.parent;
  return n ?? decl.getSourceFile();
}

// A `const`, or a parameter / variable nothing in its scope assigns (`x = `, `x += `, `[x] = `, `x++`, `for (x of …)`).
const unassigned = new WeakMap<Declaration, boolean>();
function neverAssigned(decl: Declaration): boolean {
  if (ts.isVariableDeclaration(decl) && ts.getCombinedNodeFlags(decl) & ts.NodeFlags.Const) return true;
  if (!ts.isVariableDeclaration(decl) && !ts.isParameter(decl)) return false;
  const known = unassigned.get(decl);
  if (known !== undefined) return known;
  let assigned = false;
  const visit = (n: TS.Node): void => {
    if (assigned) return;
    if (ts.isIdentifier(n) && isWriteTarget(n) && findDeclaration(n) === decl) assigned = true;
    else ts.forEachChild(n, visit);
  };
  visit(scopeOf(decl));
  unassigned.set(decl, !assigned);
  return !assigned;
}

function isWriteTarget(id: TS.Identifier): boolean {
  let n: TS.Node = id;
  // Through destructuring patterns of an assignment: `[x] = …`, `({ a: x } = …)`.
  while (n.parent && (ts.isArrayLiteralExpression(n.parent) || ts.isObjectLiteralExpression(n.parent) || ts.isPropertyAssignment(n.parent) || ts.isShorthandPropertyAssignment(n.parent) || ts.isSpreadElement(n.parent) || ts.isSpreadAssignment(n.parent) || ts.isParenthesizedExpression(n.parent))) n = n.parent;
  const p = n.parent;
  if (!p) return false;
  if (ts.isBinaryExpression(p) && p.left === n && p.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && p.operatorToken.kind <= ts.SyntaxKind.LastAssignment) return true;
  if ((ts.isPrefixUnaryExpression(p) || ts.isPostfixUnaryExpression(p)) && (p.operator === ts.SyntaxKind.PlusPlusToken || p.operator === ts.SyntaxKind.MinusMinusToken)) return true;
  return (ts.isForOfStatement(p) || ts.isForInStatement(p)) && p.initializer === n;
}

// A guard on `decl` among the statements before `use`, in its block or an enclosing one, up to the function.
function guardedBefore(use: TS.Identifier, decl: Declaration): boolean {
  let child: TS.Node = use;
  for (let n: TS.Node | undefined = use.parent; n; child = n, n = n.parent) {
    if (isFunctionLike(n)) return false;
    if (ts.isBlock(n) || ts.isSourceFile(n) || ts.isCaseClause(n) || ts.isDefaultClause(n)) {
      const stmts = n.statements;
      const i = stmts.indexOf(child as TS.Statement);
      if (stmts.slice(0, Math.max(0, i)).some((s) => isGuard(s, use.text, decl))) return true;
    }
  }
  return false;
}

// `function check(x) { if (!/^\w+$/.test(x)) throw …; return x; }`: every return hands back the
// parameter, which is never assigned, and the guard comes before any statement with a return.
function isCheckingFunction(fn: TS.Node): boolean {
  if (!(ts.isFunctionDeclaration(fn) || ts.isFunctionExpression(fn) || ts.isArrowFunction(fn)) || !fn.body || !ts.isBlock(fn.body)) return false;
  const param = fn.parameters[0];
  if (!param || !ts.isIdentifier(param.name) || !neverAssigned(param)) return false;
  const returns: TS.ReturnStatement[] = [];
  const collect = (n: TS.Node): void => {
    if (isFunctionLike(n)) return;
    if (ts.isReturnStatement(n)) returns.push(n);
    ts.forEachChild(n, collect);
  };
  ts.forEachChild(fn.body, collect);
  const returnsParam = (r: TS.ReturnStatement) => r.expression !== undefined && ts.isIdentifier(unwrap(r.expression)) && findDeclaration(unwrap(r.expression) as TS.Identifier) === param;
  if (returns.length === 0 || !returns.every(returnsParam)) return false;
  for (const s of fn.body.statements) {
    if (isGuard(s, param.name.text, param)) return true;
    let hasReturn = ts.isReturnStatement(s);
    const find = (n: TS.Node): void => {
      if (hasReturn || isFunctionLike(n)) return;
      if (ts.isReturnStatement(n)) hasReturn = true;
      else ts.forEachChild(n, find);
    };
    ts.forEachChild(s, find);
    if (hasReturn) return false;
  }
  return false;
}

/** True when the value of `e` has passed an anchored word-only regex check that leaves on failure (see above). */
export function isAllowListChecked(e: TS.Expression): boolean {
  const x = unwrap(e);
  // The cheap structural test first; the walk for assignments only when it holds.
  if (ts.isIdentifier(x)) {
    const decl = findDeclaration(x);
    return decl !== undefined && guardedBefore(x, decl) && neverAssigned(decl);
  }
  if (ts.isCallExpression(x) && x.arguments.length === 1 && ts.isIdentifier(x.expression)) {
    const decl = findDeclaration(x.expression);
    if (decl && ts.isFunctionDeclaration(decl)) return checkingFunction(decl) && functionNeverAssigned(decl);
    if (decl && ts.isVariableDeclaration(decl) && decl.initializer) return checkingFunction(unwrap(decl.initializer)) && neverAssigned(decl);
  }
  return false;
}

const checking = new WeakMap<TS.Node, boolean>();
function checkingFunction(fn: TS.Node): boolean {
  let v = checking.get(fn);
  if (v === undefined) checking.set(fn, (v = isCheckingFunction(fn)));
  return v;
}

// A function declaration can be assigned over too (`ident = (n) => n`).
function functionNeverAssigned(decl: TS.FunctionDeclaration): boolean {
  const name = decl.name;
  if (!name) return false;
  let assigned = false;
  const visit = (n: TS.Node): void => {
    if (assigned) return;
    if (ts.isIdentifier(n) && n.text === name.text && isWriteTarget(n) && findDeclaration(n) === decl) assigned = true;
    else ts.forEachChild(n, visit);
  };
  visit(decl.getSourceFile());
  return !assigned;
}
