import ts from './ts.js';
import type * as TS from 'typescript';
import { unwrap } from './ast-util.js';
import { findDeclaration, hasModifier } from './scope.js';
import { NUMERIC_CALLS, PASS_THROUGH_CALLS } from './value-names.js';
import { CONSTANT, worst, type SourceVerdict, type ValueSource } from './value-verdict.js';

// The strict reading of value-source.ts (for HTML, where `constant` means "not reported"): calls
// judged by what they are, not their names, and `const` objects and arrays that escape or are
// changed through an alias. Functions of the reader, kept apart to keep each file short.

/** What these functions need of a {@link ValueSources}. */
export interface StrictReader {
  readonly strict: boolean;
  readonly sourceFile: TS.SourceFile;
  of(node: TS.Expression, depth?: number): SourceVerdict;
  all(nodes: Iterable<TS.Expression>, depth: number): SourceVerdict;
  verdict(source: ValueSource, node: TS.Node): SourceVerdict;
  returnsOf(fn: TS.FunctionLikeDeclaration, d: number): SourceVerdict | undefined;
  isGlobal(e: TS.Expression): e is TS.Identifier;
}

// Methods of arrays and strings that read their receiver without changing it or handing it out.
export const READING_METHODS = new Set([
  'join', 'map', 'flatMap', 'filter', 'forEach', 'some', 'every', 'find', 'findIndex', 'includes', 'indexOf', 'lastIndexOf', 'slice', 'at',
  'concat', 'flat', 'reduce', 'toString', 'charAt', 'trim', 'toLowerCase', 'toUpperCase', 'replace', 'replaceAll', 'split', 'startsWith',
  'endsWith', 'padStart', 'padEnd', 'repeat', 'substring', 'toFixed',
]);
export const MUTATING_METHODS = new Set(['push', 'unshift', 'splice', 'fill']);
// Operators whose result is a new number, boolean or string: reading an object there hands nothing
// out. Built on first use (ts.ts loads TypeScript lazily).
let pureReads: ReadonlySet<TS.SyntaxKind> | undefined;
function isPureRead(op: TS.SyntaxKind): boolean {
  const K = ts.SyntaxKind;
  pureReads ??= new Set<TS.SyntaxKind>([K.PlusToken, K.MinusToken, K.AsteriskToken, K.SlashToken, K.PercentToken, K.AsteriskAsteriskToken, K.EqualsEqualsToken, K.EqualsEqualsEqualsToken, K.ExclamationEqualsToken, K.ExclamationEqualsEqualsToken, K.LessThanToken, K.LessThanEqualsToken, K.GreaterThanToken, K.GreaterThanEqualsToken, K.InKeyword, K.InstanceOfKeyword, K.AmpersandToken, K.BarToken, K.CaretToken, K.LessThanLessThanToken, K.GreaterThanGreaterThanToken, K.GreaterThanGreaterThanGreaterThanToken]);
  return pureReads.has(op);
}
// The built-in methods of Math and Number (all return numbers or booleans); a property added to
// them is not one.
const MATH = new Set(['abs', 'acos', 'acosh', 'asin', 'asinh', 'atan', 'atan2', 'atanh', 'cbrt', 'ceil', 'clz32', 'cos', 'cosh', 'exp', 'expm1', 'floor', 'fround', 'hypot', 'imul', 'log', 'log10', 'log1p', 'log2', 'max', 'min', 'pow', 'random', 'round', 'sign', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'trunc']);
const NUMBER = new Set(['isFinite', 'isInteger', 'isNaN', 'isSafeInteger', 'parseFloat', 'parseInt']);
// Globals whose methods are the built-ins when no local declaration shadows them.
const BUILTIN_RECEIVERS = new Set(['Math', 'Date', 'Number', 'JSON', 'Object', 'String', 'Array']);

// An object or array literal with any part that is not a primitive literal (a nested object, a
// function, a name): such a part can be aliased and changed through the alias.
export function hasNestedLiteral(literal: TS.ArrayLiteralExpression | TS.ObjectLiteralExpression): boolean {
  const K = ts.SyntaxKind;
  const primitive = [K.StringLiteral, K.NoSubstitutionTemplateLiteral, K.TemplateExpression, K.NumericLiteral, K.BigIntLiteral, K.TrueKeyword, K.FalseKeyword, K.NullKeyword];
  const parts = ts.isArrayLiteralExpression(literal) ? literal.elements : literal.properties.map((p) => (ts.isPropertyAssignment(p) ? p.initializer : p));
  return parts.some((x) => !(ts.isExpression(x) && (primitive.includes(unwrap(x).kind) || ts.isPrefixUnaryExpression(unwrap(x)))));
}

// Whether the file assigns to a name anywhere (`name = …`, `name += …`). The names are collected
// once per file: a file with many sinks walks its tree once.
const assignedNames = new WeakMap<TS.SourceFile, ReadonlySet<string>>();
function isAssigned(sf: TS.SourceFile, name: string): boolean {
  let names = assignedNames.get(sf);
  if (!names) {
    const found = new Set<string>();
    const stack: TS.Node[] = [sf];
    for (let n = stack.pop(); n !== undefined; n = stack.pop()) {
      if (ts.isBinaryExpression(n) && ts.isIdentifier(n.left) && n.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && n.operatorToken.kind <= ts.SyntaxKind.LastAssignment) found.add(n.left.text);
      ts.forEachChild(n, (c) => {
        stack.push(c);
      });
    }
    names = found;
    assignedNames.set(sf, names);
  }
  return names.has(name);
}

/** A private member (`private x` or `#x`): nothing outside the class sets or overrides it. */
export const isPrivate = (m: TS.ClassElement): boolean => hasModifier(m, ts.SyntaxKind.PrivateKeyword) || (m.name !== undefined && ts.isPrivateIdentifier(m.name));

/**
 * What a use of a name (whose value is an object or array) can put into it, through a member
 * chain: `name.a.b = v` and `name.list.push(v)` write `v`; in strict mode, a use that hands the
 * whole object (or a part of it) out, `const alias = name`, `f(name.a)`, `return name`, `[name]`,
 * `{ name }`, is unknown, and so is any method call on it but the reading ones. Undefined for a
 * use that only reads.
 */
export function writeThrough(r: StrictReader, n: TS.Identifier, d: number, nested: boolean): SourceVerdict | undefined {
  let top: TS.Expression = n;
  for (let up = top.parent; up && (ts.isPropertyAccessExpression(up) || ts.isElementAccessExpression(up)) && up.expression === top; up = top.parent) top = up;
  const p = top.parent;
  if (!p) return undefined;
  if (top !== n && ts.isBinaryExpression(p) && p.left === top && p.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && p.operatorToken.kind <= ts.SyntaxKind.LastAssignment) {
    return r.of(p.right, d);
  }
  if (top !== n && ts.isCallExpression(p) && p.expression === top && ts.isPropertyAccessExpression(top)) {
    if (MUTATING_METHODS.has(top.name.text)) return r.all(p.arguments.map((a) => (ts.isSpreadElement(a) ? a.expression : a)), d);
    if (READING_METHODS.has(top.name.text)) return r.strict && nested ? callbackWrites(r, p, d) : undefined;
    return r.strict && top.expression !== n ? r.verdict('unknown', top) : undefined;
  }
  if (!r.strict) return undefined;
  // A part of a literal of primitives is a primitive: wherever it is copied, it cannot be changed.
  if (top !== n && !nested) return undefined;
  // Only plain reads are safe; any other place (assigned, passed, returned, put in a literal,
  // cast, spread, iterated) may hand the object out to be changed: unknown.
  if (ts.isTypeQueryNode(p) || ts.isTemplateSpan(p) || ts.isExpressionStatement(p) || ts.isTypeOfExpression(p) || ts.isIfStatement(p) || ts.isSwitchStatement(p)) return undefined;
  if (ts.isBinaryExpression(p) && isPureRead(p.operatorToken.kind)) return undefined;
  if (ts.isPrefixUnaryExpression(p) || (ts.isConditionalExpression(p) && p.condition === top)) return undefined;
  // `for (const s of SIZES)`: the elements of a literal of primitives are primitives.
  if (ts.isForOfStatement(p) && p.expression === top && top === n && !nested) return undefined;
  // A callback returning a part of its element (`rows.map((r) => r.label)`): the part flows into
  // the mapped value, which the reader follows; the element itself returned is an alias.
  if (ts.isArrowFunction(p) && p.body === top && top !== n) return undefined;
  return r.verdict('unknown', top);
}

// What the callbacks of `xs.forEach(cb)`-like calls write through their parameters (elements of a
// nested object or array are aliases there).
export function callbackWrites(r: StrictReader, call: TS.CallExpression, d: number): SourceVerdict {
  let v = CONSTANT;
  for (const a of call.arguments) {
    const fn = unwrap(a as TS.Expression);
    if (!ts.isArrowFunction(fn) && !ts.isFunctionExpression(fn)) continue;
    for (const param of fn.parameters) {
      v = worst(v, ts.isIdentifier(param.name) ? writesThrough(r, fn, param.name.text, d) : r.verdict('unknown', param.name));
    }
  }
  return v;
}

// Every write through `name` inside `scope` (see writeThrough), for a parameter in strict mode.
export function writesThrough(r: StrictReader, scope: TS.Node, name: string, d: number): SourceVerdict {
  let v = CONSTANT;
  const stack: TS.Node[] = [scope];
  for (let n = stack.pop(); n !== undefined; n = stack.pop()) {
    ts.forEachChild(n, (c) => {
      stack.push(c);
    });
    if (!ts.isIdentifier(n) || n.text !== name) continue;
    const p = n.parent;
    if (!p || ts.isParameter(p) || (ts.isPropertyAccessExpression(p) && p.name === n) || (ts.isPropertyAssignment(p) && p.name === n)) continue;
    if (ts.isBinaryExpression(p) && p.left === n && p.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && p.operatorToken.kind <= ts.SyntaxKind.LastAssignment) {
      v = worst(v, r.of(p.right, d));
      continue;
    }
    const through = writeThrough(r, n, d, true);
    if (through) v = worst(v, through);
  }
  return v;
}

export function isExported(r: StrictReader, decl: TS.VariableDeclaration): boolean {
  const stmt = decl.parent?.parent;
  if (stmt && ts.isVariableStatement(stmt) && hasModifier(stmt, ts.SyntaxKind.ExportKeyword)) return true;
  // `export { name }` or `export default name` elsewhere in the file.
  const name = ts.isIdentifier(decl.name) ? decl.name.text : undefined;
  return name !== undefined && r.sourceFile.statements.some(
    (s) =>
      (ts.isExportDeclaration(s) && s.exportClause !== undefined && ts.isNamedExports(s.exportClause) && s.exportClause.elements.some((e) => (e.propertyName ?? e.name).getText(r.sourceFile) === name)) ||
      (ts.isExportAssignment(s) && ts.isIdentifier(s.expression) && s.expression.text === name),
  );
}

// Strict: a call is judged by what it is (a built-in on a global or on a constant receiver, a
// function or private method of this file), never by its name alone.
export function strictCall(r: StrictReader, e: TS.CallExpression, d: number): SourceVerdict {
  const callee = unwrap(e.expression);
  const args = e.arguments.map((a) => (ts.isSpreadElement(a) ? a.expression : a));
  const unknown = r.verdict('unknown', e);
  if (ts.isIdentifier(callee)) {
    const decl = findDeclaration(callee);
    if (!decl) {
      if (NUMERIC_CALLS.has(callee.text)) return CONSTANT;
      if (PASS_THROUGH_CALLS.has(callee.text)) return r.all(args, d);
      return unknown;
    }
    // A function declaration can be assigned over (`icon = () => x`): then it is not what it says.
    if (ts.isFunctionDeclaration(decl)) return isAssigned(r.sourceFile, callee.text) ? unknown : (r.returnsOf(decl, d) ?? unknown);
    const list = ts.isVariableDeclaration(decl) ? decl.parent : undefined;
    const isConst = list !== undefined && ts.isVariableDeclarationList(list) && (list.flags & ts.NodeFlags.Const) !== 0;
    if (isConst && ts.isVariableDeclaration(decl) && decl.initializer) {
      const init = unwrap(decl.initializer);
      if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) return r.returnsOf(init, d) ?? unknown;
    }
    return unknown;
  }
  if (!ts.isPropertyAccessExpression(callee)) return unknown;
  const name = callee.name.text;
  const receiver = unwrap(callee.expression);
  if (r.isGlobal(receiver) && BUILTIN_RECEIVERS.has(receiver.text)) {
    if ((receiver.text === 'Math' && MATH.has(name)) || (receiver.text === 'Number' && NUMBER.has(name)) || (receiver.text === 'Date' && name === 'now')) return CONSTANT;
    if ((receiver.text === 'JSON' && name === 'stringify') || (receiver.text === 'Object' && ['keys', 'values', 'entries'].includes(name)) || (receiver.text === 'String' && name === 'fromCharCode')) return r.all(args, d);
    return unknown;
  }
  if (receiver.kind === ts.SyntaxKind.ThisKeyword) {
    let cls: TS.Node | undefined = e.parent;
    while (cls && !ts.isClassLike(cls)) cls = cls.parent;
    const m = cls && ts.isClassLike(cls) ? cls.members.find((x) => ts.isMethodDeclaration(x) && x.name.getText(r.sourceFile) === name) : undefined;
    // Only a private method: a public one may be overridden by a subclass in another file.
    return m && ts.isMethodDeclaration(m) && isPrivate(m) ? (r.returnsOf(m, d) ?? unknown) : unknown;
  }
  // A method of a string or array the file proves constant is the built-in one.
  const base = r.of(receiver, d);
  if (base.source !== 'constant') return worst(unknown, base);
  if (NUMERIC_CALLS.has(name)) return CONSTANT;
  if ((name === 'map' || name === 'flatMap') && args[0]) {
    const cb = unwrap(args[0]);
    if (ts.isArrowFunction(cb) || ts.isFunctionExpression(cb)) return r.returnsOf(cb, d) ?? unknown;
    return unknown;
  }
  if (!PASS_THROUGH_CALLS.has(name) && !READING_METHODS.has(name)) return unknown;
  // A callback's results can end up in the value (`reduce`, `replace(re, fn)`): they count too.
  let v = CONSTANT;
  for (const a of args) {
    const fn = unwrap(a);
    v = worst(v, ts.isArrowFunction(fn) || ts.isFunctionExpression(fn) ? (r.returnsOf(fn, d) ?? unknown) : r.of(a, d));
  }
  return v;
}
