import ts from './ts.js';
import type * as TS from 'typescript';
import { isFunctionLike, unwrap } from './ast-util.js';
import { assignedJustBefore, ensureParents, findDeclaration, hasModifier, isSafeType } from './scope.js';
import { BODY_READERS, ELEMENT_CALLBACKS, ESCAPING, LOCAL_CALLS, LOCAL_NAMES, NUMERIC_CALLS, PASS_THROUGH_CALLS, REQUEST_ITSELF, REQUEST_MEMBERS, REQUEST_ROOTS } from './value-names.js';
import { CONSTANT, worst, type SourceVerdict, type ValueSource } from './value-verdict.js';
import { callbackWrites, hasNestedLiteral, isExported, isPrivate, MUTATING_METHODS, READING_METHODS, strictCall, writesThrough, writeThrough, type StrictReader } from './value-strict.js';

export { describeSource, gradeOf, type SourceVerdict, type ValueSource } from './value-verdict.js';

const MAX_DEPTH = 8;

/** How strictly {@link ValueSources} reads a file. */
export interface ValueSourceOptions {
  /**
   * Prove, do not presume (for HTML, where `constant` means "not reported at all"): no value is
   * constant by a name (escaping helpers, `toFixed`/`indexOf` on a receiver of unknown type,
   * `String()`/`JSON` shadowed by a local), a type annotation, a public class field or an
   * overridable method; a `const` object or array that escapes (aliased, returned, passed, put in
   * another literal, exported) is unknown; `new X()` is unknown but `new Date()`.
   */
  strict?: boolean;
  /** Calls whose result is safe whatever their arguments (an HTML sanitiser), asked first. */
  trustedCall?: (call: TS.CallExpression) => boolean;
  /** Imports whose binding is a constant (Vite's `?raw` text of a project file). */
  constantImport?: (decl: TS.ImportDeclaration, name: string) => boolean;
}

/** Classifies where values come from, within one file. One instance per file. */
export class ValueSources implements StrictReader {
  private readonly cache = new Map<TS.Node, SourceVerdict>();
  private readonly inProgress = new Set<TS.Node>();
  // Verdicts per declaration, for names read at the top of a value (where the whole depth budget is
  // left): a file with thousands of sinks walks each declaration's scope once, not once per sink.
  private readonly byDeclaration = new Map<TS.Node, SourceVerdict>();

  readonly strict: boolean;

  constructor(
    readonly sourceFile: TS.SourceFile,
    private readonly options: ValueSourceOptions = {},
  ) {
    ensureParents(sourceFile);
    this.strict = options.strict === true;
  }

  // An identifier no declaration in the file binds: a global (`Math`, `String`, `encodeURIComponent`).
  isGlobal(e: TS.Expression): e is TS.Identifier {
    return ts.isIdentifier(e) && findDeclaration(e) === undefined;
  }

  private text(node: TS.Node): string {
    const t = node.getText(this.sourceFile).replace(/\s+/g, ' ');
    return t.length > 60 ? `${t.slice(0, 57)}...` : t;
  }

  verdict(source: ValueSource, node: TS.Node): SourceVerdict {
    return source === 'constant' ? CONSTANT : { source, text: this.text(node) };
  }

  /** The worst source among the values spliced into a template or `+` chain (the whole value otherwise). */
  ofParts(node: TS.Expression): SourceVerdict {
    return this.of(node, 0);
  }

  /** Where the value of `node` comes from. */
  of(node: TS.Expression, depth = 0): SourceVerdict {
    if (depth > MAX_DEPTH) return this.verdict('unknown', node);
    const e = unwrap(node);
    const cached = this.cache.get(e);
    if (cached) return cached;
    if (this.inProgress.has(e)) return CONSTANT; // a cycle adds nothing the other paths do not
    this.inProgress.add(e);
    const v = this.compute(e, depth);
    this.inProgress.delete(e);
    this.cache.set(e, v);
    return v;
  }

  all(nodes: Iterable<TS.Expression>, depth: number): SourceVerdict {
    let v = CONSTANT;
    for (const n of nodes) {
      v = worst(v, this.of(n, depth));
      if (v.source === 'external') break;
    }
    return v;
  }

  private compute(e: TS.Expression, depth: number): SourceVerdict {
    const d = depth + 1;
    const K = ts.SyntaxKind;
    const literal = [K.StringLiteral, K.NoSubstitutionTemplateLiteral, K.NumericLiteral, K.BigIntLiteral, K.TrueKeyword, K.FalseKeyword, K.NullKeyword, K.RegularExpressionLiteral];
    if (literal.includes(e.kind) || ts.isTypeOfExpression(e) || ts.isArrowFunction(e) || ts.isFunctionExpression(e)) return CONSTANT;
    if (ts.isTemplateExpression(e)) return this.all(e.templateSpans.map((s) => s.expression), d);
    if (ts.isAwaitExpression(e)) return this.of(e.expression, d);
    if (ts.isConditionalExpression(e)) return this.all([e.whenTrue, e.whenFalse], d);
    if (ts.isPrefixUnaryExpression(e) || ts.isPostfixUnaryExpression(e)) return CONSTANT; // numbers and booleans
    if (ts.isBinaryExpression(e)) return this.binary(e, d);
    if (ts.isArrayLiteralExpression(e)) return this.all(e.elements.map((x) => (ts.isSpreadElement(x) ? x.expression : x)), d);
    if (ts.isObjectLiteralExpression(e)) return this.objectLiteral(e, d);
    if (ts.isIdentifier(e)) return this.identifier(e, d);
    if (ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e)) return this.member(e, d);
    if (ts.isCallExpression(e)) return this.call(e, d);
    if (ts.isNewExpression(e)) {
      if (ts.isIdentifier(e.expression) && e.expression.text === 'Date') return CONSTANT;
      return this.strict ? this.verdict('unknown', e) : this.all(e.arguments ?? [], d);
    }
    if (ts.isTaggedTemplateExpression(e)) return this.verdict('unknown', e);
    return this.verdict('unknown', e);
  }

  private binary(e: TS.BinaryExpression, d: number): SourceVerdict {
    const op = e.operatorToken.kind;
    if (op === ts.SyntaxKind.PlusToken || op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.BarBarToken) {
      // A chain `a + b + c + …` is one level, however long: its operands are read with an explicit stack.
      const operands: TS.Expression[] = [];
      const work: TS.Expression[] = [e];
      for (let next = work.pop(); next !== undefined; next = work.pop()) {
        const n = unwrap(next);
        if (ts.isBinaryExpression(n) && n.operatorToken.kind === op) work.push(n.right, n.left);
        else operands.push(n);
      }
      return this.all(operands, d);
    }
    if (op === ts.SyntaxKind.AmpersandAmpersandToken) return this.of(e.right, d);
    if (op === ts.SyntaxKind.CommaToken || op === ts.SyntaxKind.EqualsToken) return this.of(e.right, d);
    return CONSTANT; // arithmetic, comparison, `in`, `instanceof`: numbers and booleans
  }

  private objectLiteral(e: TS.ObjectLiteralExpression, d: number): SourceVerdict {
    const values: TS.Expression[] = [];
    for (const p of e.properties) {
      if (ts.isPropertyAssignment(p)) values.push(p.initializer);
      else if (ts.isShorthandPropertyAssignment(p)) values.push(p.name);
      else if (ts.isSpreadAssignment(p)) values.push(p.expression);
    }
    return this.all(values, d);
  }

  // The root of a member chain `a.b[c].d()` and the member names along it.
  private chain(e: TS.Expression): { root: TS.Expression; names: string[] } {
    const names: string[] = [];
    let n = unwrap(e);
    for (;;) {
      if (ts.isPropertyAccessExpression(n)) {
        names.unshift(n.name.text);
        n = unwrap(n.expression);
      } else if (ts.isElementAccessExpression(n)) {
        names.unshift(ts.isStringLiteralLike(n.argumentExpression) ? n.argumentExpression.text : '[]');
        n = unwrap(n.expression);
      } else if (ts.isCallExpression(n)) n = unwrap(n.expression);
      else if (ts.isAwaitExpression(n)) n = unwrap(n.expression);
      else return { root: n, names };
    }
  }

  // Request data, argv, env, stdin: recognised from the chain whatever the root is declared as.
  private wellKnown(e: TS.Expression): SourceVerdict | undefined {
    const { root, names } = this.chain(e);
    if (ts.isMetaProperty(root)) return names[0] === 'env' ? this.verdict('environment', e) : CONSTANT;
    if (!ts.isIdentifier(root)) return undefined;
    if (root.text === 'process') {
      if (names[0] === 'argv' || names[0] === 'stdin') return this.verdict('external', e);
      if (names[0] === 'env') return this.verdict('environment', e);
      if (names[0] !== undefined && LOCAL_CALLS.has(names[0]) && !(this.strict && !this.isGlobal(root))) return CONSTANT;
      return undefined;
    }
    if (root.text === 'Deno' && names[0] === 'args') return this.verdict('external', e);
    if (root.text === 'Bun' && names[0] === 'argv') return this.verdict('external', e);
    const viaRequest = REQUEST_ITSELF.has(root.text) || names.includes('req') || names.includes('request');
    if (REQUEST_ROOTS.has(root.text) && names.some((n) => REQUEST_MEMBERS.has(n) || (viaRequest && BODY_READERS.has(n)))) {
      const decl = findDeclaration(root);
      // A local `const c = 'x'` named like a request is not one; anything else (parameter, unknown) is.
      if (!decl || !ts.isVariableDeclaration(decl) || !decl.initializer || this.of(decl.initializer, MAX_DEPTH - 2).source !== 'constant') {
        return this.verdict('external', e);
      }
    }
    return undefined;
  }

  private identifier(id: TS.Identifier, d: number): SourceVerdict {
    // Strict: `undefined`, `NaN`, `__dirname` only as the globals, not a local of that name.
    if (LOCAL_NAMES.has(id.text) && !(this.strict && !this.isGlobal(id))) return CONSTANT;
    const just = assignedJustBefore(id);
    if (just) return this.of(just, d);
    const decl = findDeclaration(id);
    if (!decl) return this.verdict('unknown', id);
    if (ts.isParameter(decl) || ts.isVariableDeclaration(decl)) {
      const memo = d <= 2 ? this.byDeclaration.get(decl) : undefined;
      if (memo) return memo;
      const v = ts.isParameter(decl) ? this.parameter(decl, id, d) : this.variable(decl, id, d);
      if (d <= 2) this.byDeclaration.set(decl, v);
      return v;
    }
    if (ts.isEnumDeclaration(decl) || ts.isFunctionDeclaration(decl) || ts.isClassDeclaration(decl)) return CONSTANT;
    if (ts.isImportDeclaration(decl) && this.options.constantImport?.(decl, id.text)) return CONSTANT;
    return this.verdict('unknown', id); // an import: decided in another file
  }

  private variable(decl: TS.VariableDeclaration, id: TS.Identifier, d: number): SourceVerdict {
    if (!this.strict && isSafeType(decl.type)) return CONSTANT;
    const list = decl.parent;
    // `for (const x of xs)`: an element of xs. `for (const k in o)`: a key of o (source code's own).
    if (ts.isVariableDeclarationList(list) && ts.isForOfStatement(list.parent)) return this.of(list.parent.expression, d);
    if (ts.isVariableDeclarationList(list) && ts.isForInStatement(list.parent)) return this.of(list.parent.expression, d);
    if (ts.isCatchClause(decl.parent)) return this.verdict('unknown', id);
    const isConst = ts.isVariableDeclarationList(list) && (list.flags & ts.NodeFlags.Const) !== 0;
    let v = decl.initializer ? this.of(decl.initializer, d) : CONSTANT;
    if (!decl.initializer && isConst) return this.verdict('unknown', id);
    // What the scope does to it: `let` reassignments, `push`es into a const array, escapes.
    const init = decl.initializer ? unwrap(decl.initializer) : undefined;
    const mutable = !isConst || (init !== undefined && (ts.isArrayLiteralExpression(init) || ts.isObjectLiteralExpression(init)));
    const scope = mutable ? this.scopeOf(decl) : undefined;
    if (scope) v = worst(v, this.writes(scope, decl, id.text, isConst, d));
    // Strict: a `const` object or array other modules can reach may be changed there.
    if (this.strict && isConst && mutable && isExported(this, decl)) v = worst(v, this.verdict('unknown', id));
    return v.source === 'constant' || v.text ? v : this.verdict(v.source, id);
  }

  private scopeOf(decl: TS.VariableDeclaration): TS.Node | undefined {
    // A `var` belongs to its function (or the file), not to the block it is written in.
    const list = decl.parent;
    const isVar = ts.isVariableDeclarationList(list) && (list.flags & (ts.NodeFlags.Let | ts.NodeFlags.Const)) === 0;
    for (let n: TS.Node | undefined = decl.parent; n; n = n.parent) {
      if (isVar && !(ts.isSourceFile(n) || isFunctionLike(n) || ts.isModuleBlock(n))) continue;
      if (ts.isBlock(n) || ts.isSourceFile(n) || ts.isModuleBlock(n) || isFunctionLike(n) || ts.isCaseClause(n) || ts.isDefaultClause(n)) return n;
    }
    return undefined;
  }

  // Every write to `name` inside `scope`: `name = v`, `name += v`, `name.push(v)`, `name[i] = v`,
  // and passing `name` to a call that may fill it (an escape: unknown).
  private writes(scope: TS.Node, decl: TS.VariableDeclaration, name: string, isConst: boolean, d: number): SourceVerdict {
    let v = CONSTANT;
    const literal = decl.initializer ? unwrap(decl.initializer) : undefined;
    const objectLike = literal !== undefined && (ts.isArrayLiteralExpression(literal) || ts.isObjectLiteralExpression(literal));
    const nested = objectLike && hasNestedLiteral(literal);
    const stack: TS.Node[] = [scope];
    for (let n = stack.pop(); n !== undefined; n = stack.pop()) {
      ts.forEachChild(n, (c) => {
        stack.push(c);
      });
      if (!ts.isIdentifier(n) || n.text !== name || n === decl.name) continue;
      const p = n.parent;
      if (!p) continue;
      if (ts.isPropertyAccessExpression(p) && p.name === n) continue; // `x.name`, another thing
      if (ts.isPropertyAssignment(p) && p.name === n) continue;
      if (ts.isBinaryExpression(p) && p.left === n && p.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && p.operatorToken.kind <= ts.SyntaxKind.LastAssignment) {
        if (!isConst) v = worst(v, this.of(p.right, d));
        continue;
      }
      if (ts.isPropertyAccessExpression(p) && p.expression === n && p.parent && ts.isCallExpression(p.parent) && p.parent.expression === p) {
        if (MUTATING_METHODS.has(p.name.text)) {
          const args = p.name.text === 'splice' ? p.parent.arguments.slice(2) : p.parent.arguments;
          v = worst(v, this.all(args.map((a) => (ts.isSpreadElement(a) ? a.expression : a)), d));
        } else if (this.strict && objectLike && !READING_METHODS.has(p.name.text)) v = worst(v, this.verdict('unknown', p));
        else if (this.strict && nested) v = worst(v, callbackWrites(this, p.parent, d));
        continue;
      }
      if (ts.isElementAccessExpression(p) && p.expression === n && p.parent && ts.isBinaryExpression(p.parent) && p.parent.left === p) {
        v = worst(v, this.of(p.parent.right, d));
        continue;
      }
      const through = objectLike ? writeThrough(this, n, d, nested) : undefined;
      if (through) {
        v = worst(v, through);
        continue;
      }
      if (ts.isCallExpression(p) && p.arguments.includes(n) && !isConst) continue;
      if ((ts.isCallExpression(p) || ts.isNewExpression(p)) && p.arguments?.includes(n)) {
        // A const array or object handed to another function may be filled there.
        const init = decl.initializer ? unwrap(decl.initializer) : undefined;
        if (init && (ts.isArrayLiteralExpression(init) || ts.isObjectLiteralExpression(init))) v = worst(v, this.verdict('unknown', n));
      }
    }
    return v;
  }

  private parameter(p: TS.ParameterDeclaration, id: TS.Identifier, d: number): SourceVerdict {
    if (!this.strict && isSafeType(p.type)) return CONSTANT;
    const fn = p.parent;
    const index = fn.parameters.indexOf(p);
    // A callback of `xs.map(x => ...)`, `xs.forEach(...)`: its first parameter is an element of xs.
    if ((ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && fn.parent && ts.isCallExpression(fn.parent) && fn.parent.arguments[0] === fn) {
      const call = fn.parent;
      const callee = unwrap(call.expression);
      if (ts.isPropertyAccessExpression(callee) && ELEMENT_CALLBACKS.has(callee.name.text)) {
        if (index !== 0) return CONSTANT; // the index argument is a number
        const element = this.of(callee.expression, d);
        // Strict: an element the callback changes (`item.label = x`) or hands out is what it was given.
        return this.strict && ts.isIdentifier(p.name) ? worst(element, writesThrough(this, fn, p.name.text, d)) : element;
      }
      if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'reduce') return index === 1 ? this.of(callee.expression, d) : this.verdict('unknown', id);
    }
    // A request handler's own parameters are request data when used as such (see wellKnown);
    // a plain `req` passed whole is the request.
    if (REQUEST_ITSELF.has(id.text)) return this.verdict('external', id);
    const callers = this.callersOf(fn);
    if (!callers) return this.verdict('parameter', id);
    let v = CONSTANT;
    for (const call of callers) {
      const arg = call.arguments[index];
      if (!arg) {
        if (p.initializer) v = worst(v, this.of(p.initializer, d));
        continue;
      }
      v = worst(v, this.of(ts.isSpreadElement(arg) ? arg.expression : arg, d));
    }
    return v;
  }

  // The calls of a function that only this file can call (not exported, not public), or undefined
  // when it can be called from elsewhere or is used other than by calling it.
  private callersOf(fn: TS.SignatureDeclaration): TS.CallExpression[] | undefined {
    let name: string | undefined;
    let viaThis = false;
    if (ts.isFunctionDeclaration(fn) && fn.name && !hasModifier(fn, ts.SyntaxKind.ExportKeyword) && !hasModifier(fn, ts.SyntaxKind.DefaultKeyword)) name = fn.name.text;
    else if (ts.isMethodDeclaration(fn) && (hasModifier(fn, ts.SyntaxKind.PrivateKeyword) || ts.isPrivateIdentifier(fn.name))) {
      name = fn.name.getText(this.sourceFile);
      viaThis = true;
    } else if ((ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && fn.parent && ts.isVariableDeclaration(fn.parent) && ts.isIdentifier(fn.parent.name)) {
      const stmt = fn.parent.parent?.parent;
      if (stmt && ts.isVariableStatement(stmt) && !hasModifier(stmt, ts.SyntaxKind.ExportKeyword)) name = fn.parent.name.text;
    }
    if (!name) return undefined;
    const scope: TS.Node = viaThis ? fn.parent : this.sourceFile;
    const calls: TS.CallExpression[] = [];
    let escapes = false;
    const stack: TS.Node[] = [scope];
    for (let n = stack.pop(); n !== undefined && !escapes; n = stack.pop()) {
      ts.forEachChild(n, (c) => {
        stack.push(c);
      });
      const isName = (ts.isIdentifier(n) || ts.isPrivateIdentifier(n)) && n.text === name;
      if (!isName || n === fn.name) continue;
      let ref: TS.Node = n;
      if (viaThis) {
        const p = n.parent;
        if (!p || !ts.isPropertyAccessExpression(p) || p.name !== n || p.expression.kind !== ts.SyntaxKind.ThisKeyword) continue;
        ref = p;
      } else if (n.parent && ts.isPropertyAccessExpression(n.parent) && n.parent.name === n) continue;
      const call = ref.parent;
      if (call && ts.isCallExpression(call) && call.expression === ref) calls.push(call);
      else if (!(ref.parent && ts.isVariableDeclaration(ref.parent) && ref.parent.name === ref)) escapes = true;
    }
    return escapes || calls.length === 0 ? undefined : calls;
  }

  private member(e: TS.PropertyAccessExpression | TS.ElementAccessExpression, d: number): SourceVerdict {
    const known = this.wellKnown(e);
    if (known) return known;
    const name = ts.isPropertyAccessExpression(e) ? e.name.text : undefined;
    if (name === 'length' || name === 'size') return CONSTANT;
    const obj = unwrap(e.expression);
    if (obj.kind === ts.SyntaxKind.ThisKeyword && name) return this.thisProperty(e, name, d);
    // `CONFIG.table` on a const object literal: that property's value; `ENUM.X`: constant.
    if (ts.isIdentifier(obj)) {
      const decl = findDeclaration(obj);
      if (decl && ts.isEnumDeclaration(decl)) return CONSTANT;
      // A static field can be reassigned from anywhere: strict mode does not take it for a constant.
      if (decl && ts.isClassDeclaration(decl)) return this.strict ? this.verdict('unknown', e) : CONSTANT;
      if (this.strict && decl && ts.isVariableDeclaration(decl) && isExported(this, decl)) return this.verdict('unknown', e);
      if (decl && ts.isVariableDeclaration(decl) && ts.isIdentifier(decl.name) && decl.initializer) {
        const init = unwrap(decl.initializer);
        if (ts.isObjectLiteralExpression(init) && name) {
          const prop = init.properties.find((p) => ts.isPropertyAssignment(p) && p.name.getText(this.sourceFile).replace(/^['"]|['"]$/g, '') === name);
          if (prop && ts.isPropertyAssignment(prop)) return worst(this.of(prop.initializer, d), this.writes(this.scopeOf(decl) ?? decl, decl, obj.text, true, d));
        }
      }
    }
    const base = this.of(e.expression, d);
    if (ts.isElementAccessExpression(e)) return worst(base, this.of(e.argumentExpression, d).source === 'external' ? this.verdict('external', e) : CONSTANT);
    return base.source === 'constant' ? CONSTANT : base;
  }

  // `this.x` inside a class: its declared type, its initializer and every `this.x = v` in the class.
  private thisProperty(e: TS.Expression, name: string, d: number): SourceVerdict {
    let cls: TS.Node | undefined = e.parent;
    while (cls && !ts.isClassLike(cls)) cls = cls.parent;
    if (!cls || !ts.isClassLike(cls)) return this.verdict('unknown', e);
    const member = cls.members.find((m) => m.name !== undefined && m.name.getText(this.sourceFile) === name);
    if (!member) return this.verdict('unknown', e);
    // Strict: a public field can be set from outside the class, a public method overridden.
    if (this.strict && !isPrivate(member) && !(ts.isPropertyDeclaration(member) && hasModifier(member, ts.SyntaxKind.ReadonlyKeyword))) return this.verdict('unknown', e);
    if (ts.isPropertyDeclaration(member)) {
      if (!this.strict && isSafeType(member.type)) return CONSTANT;
      if (!member.initializer) return this.verdict('unknown', e);
      let v = this.of(member.initializer, d);
      const stack: TS.Node[] = [cls];
      for (let n = stack.pop(); n !== undefined; n = stack.pop()) {
        ts.forEachChild(n, (c) => {
          stack.push(c);
        });
        if (
          ts.isBinaryExpression(n) &&
          n.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
          ts.isPropertyAccessExpression(n.left) &&
          n.left.expression.kind === ts.SyntaxKind.ThisKeyword &&
          n.left.name.text === name
        ) {
          v = worst(v, this.of(n.right, d));
        }
      }
      return v;
    }
    if (ts.isGetAccessorDeclaration(member)) return this.returnsOf(member, d) ?? this.verdict('unknown', e);
    return this.verdict('unknown', e);
  }

  // The worst of a function's `return`s (its own, not those of nested functions).
  returnsOf(fn: TS.FunctionLikeDeclaration, d: number): SourceVerdict | undefined {
    if (!fn.body) return undefined;
    if (!ts.isBlock(fn.body)) return this.of(fn.body, d);
    let v = CONSTANT;
    const stack: TS.Node[] = [fn.body];
    for (let n = stack.pop(); n !== undefined; n = stack.pop()) {
      if (ts.isReturnStatement(n)) {
        if (n.expression) v = worst(v, this.of(n.expression, d));
        continue;
      }
      if (isFunctionLike(n) || ts.isClassLike(n)) continue;
      ts.forEachChild(n, (c) => {
        stack.push(c);
      });
    }
    return v;
  }

  // `path` in `path.join(...)`: an imported or required module, not a value.
  private isModule(e: TS.Expression): boolean {
    if (!ts.isIdentifier(e)) return false;
    if (['path', 'posix', 'win32', 'String', 'url', 'os'].includes(e.text)) return true;
    const decl = findDeclaration(e);
    if (!decl) return false;
    if (ts.isImportDeclaration(decl)) return true;
    const init = ts.isVariableDeclaration(decl) && decl.initializer ? unwrap(decl.initializer) : undefined;
    return init !== undefined && ts.isCallExpression(init) && ts.isIdentifier(init.expression) && init.expression.text === 'require';
  }

  private call(e: TS.CallExpression, d: number): SourceVerdict {
    if (this.options.trustedCall?.(e)) return CONSTANT;
    const known = this.wellKnown(e);
    if (known) return known;
    return this.strict ? strictCall(this, e, d) : this.looseCall(e, d);
  }

  private looseCall(e: TS.CallExpression, d: number): SourceVerdict {
    const callee = unwrap(e.expression);
    const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
    const receiver = ts.isPropertyAccessExpression(callee) ? callee.expression : undefined;
    const args = e.arguments.map((a) => (ts.isSpreadElement(a) ? a.expression : a));
    if (NUMERIC_CALLS.has(name) || (receiver && ts.isIdentifier(receiver) && receiver.text === 'Math')) return CONSTANT;
    if (ESCAPING.test(name)) return CONSTANT;
    if (LOCAL_CALLS.has(name) && receiver && ts.isIdentifier(receiver) && ['os', 'process'].includes(receiver.text)) return CONSTANT;
    if (receiver && ts.isIdentifier(receiver) && receiver.text === 'JSON' && (name === 'stringify' || name === 'parse')) return this.all(args, d);
    if (receiver && ts.isIdentifier(receiver) && receiver.text === 'Object' && ['keys', 'values', 'entries'].includes(name)) return this.all(args, d);
    if (name === 'join' && receiver && !(ts.isIdentifier(receiver) && receiver.text === 'path')) return this.all([receiver, ...args], d);
    if (PASS_THROUGH_CALLS.has(name)) return this.all(receiver && !this.isModule(receiver) ? [receiver, ...args] : args, d);
    if ((name === 'map' || name === 'flatMap') && receiver) {
      const cb = args[0] ? unwrap(args[0]) : undefined;
      if (cb && (ts.isArrowFunction(cb) || ts.isFunctionExpression(cb))) return this.returnsOf(cb, d) ?? this.verdict('unknown', e);
      return this.verdict('unknown', e);
    }
    // A function or private method of this file: what it returns.
    if (ts.isIdentifier(callee)) {
      const decl = findDeclaration(callee);
      if (decl && ts.isFunctionDeclaration(decl)) return this.returnsOf(decl, d) ?? this.verdict('unknown', e);
      if (decl && ts.isVariableDeclaration(decl) && decl.initializer) {
        const init = unwrap(decl.initializer);
        if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) return this.returnsOf(init, d) ?? this.verdict('unknown', e);
      }
    }
    // `this.m()` in a class, or `Cls.m()` on a class declared in this file: what that method returns.
    let cls: TS.Node | undefined;
    if (receiver && receiver.kind === ts.SyntaxKind.ThisKeyword) for (cls = e.parent; cls && !ts.isClassLike(cls); ) cls = cls.parent;
    else if (receiver && ts.isIdentifier(receiver)) cls = findDeclaration(receiver);
    if (cls && ts.isClassLike(cls)) {
      const m = cls.members.find((x) => ts.isMethodDeclaration(x) && x.name.getText(this.sourceFile) === name);
      if (m && ts.isMethodDeclaration(m)) return this.returnsOf(m, d) ?? this.verdict('unknown', e);
    }
    // Any other method: at least as bad as what it is called on (`url.searchParams.get('q')`).
    const unknown = this.verdict('unknown', e);
    return receiver && !this.isModule(receiver) ? worst(unknown, this.of(receiver, d)) : unknown;
  }
}
