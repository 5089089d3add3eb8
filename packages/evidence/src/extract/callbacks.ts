import type * as TS from 'typescript';
import ts from '../ts.js';
import { HTTP_METHODS, isRouteDefinition } from '../entries.js';
import type { CallInfo, ExtractContext, ExtractPlugin } from './plugin.js';

// What a stub's surroundings say about whether a user can hit it, read in the one walk
// (stub-confidence.ts and classify.ts use it; the detectors' grades are left as they are):
//
//  - An empty function handed to something else as a callback is an intended no-op, not a stub
//    on an entry's path: umami's admin pages declare `const handleSave = () => {}` and pass it as
//    `<TeamsAddButton onSave={handleSave} />` (the button's own save does the work; the page has
//    nothing to refresh), and `onSave={() => {}}` says the same inline. Lines of such functions go
//    to `facts.noOpCallbacks`. Not when the callback is itself an entry's handler
//    (`app.get('/x', (req, res) => {})`, `program.command('x').action(() => {})`): an empty
//    handler there is the breakage. A variable that is also called (`handleSave()`) is not a
//    callback only.
//  - A stub inside a named function (`export function notImplemented() { throw … }`, umami's
//    lib/db.ts) or a class method (uptime-kuma's `static async rollbackLatestPatch() {}`, never
//    called) is a helper: it breaks an entry only where something on the entry's path calls it.
//    `facts.stubHelpers` records each top-level named function's and method's lines; `facts.uses`
//    the names the file calls (and, in a file that defines entries, passes to them:
//    `router.post('/x', create)`); methods by name on any receiver.
//  - An empty function given as a fallback (`if (!callback) callback = () => {}`) or as a prop's
//    default (`default: () => {}`) is a value, like a callback.
//    A reference kept as a value elsewhere (`{ [PRISMA]: notImplemented }` in a query no entry
//    uses) is not a call on the path.

type Fn = TS.ArrowFunction | TS.FunctionExpression;

interface CallbackState {
  /** Variables bound to an empty function: scope key → line. */
  emptyVars: Map<string, number>;
  /** Names passed as a value to a call or a JSX prop, keyed by scope. */
  passed: Set<string>;
  /** Names called (`name()`), or passed to an entry's registration, keyed by scope. */
  called: Set<string>;
  /** The same names without scopes (for `facts.uses`). */
  calledNames: Set<string>;
  /** Methods called on anything (`db.notImplemented()`, `this.teams.create()`): names only. */
  methods: Set<string>;
  /** Lines of empty inline functions passed as a callback. */
  inline: Set<number>;
}

const states = new WeakMap<ExtractContext, CallbackState>();

function stateOf(ctx: ExtractContext): CallbackState {
  let st = states.get(ctx);
  if (!st) states.set(ctx, (st = { emptyVars: new Map(), passed: new Set(), called: new Set(), calledNames: new Set(), methods: new Set(), inline: new Set() }));
  return st;
}

function isFn(n: TS.Node | undefined): n is Fn {
  return n !== undefined && (ts.isArrowFunction(n) || ts.isFunctionExpression(n));
}

/** An empty function: `() => {}`, `function () {}` (no statement; comments inside do not count). */
function isEmptyFn(n: TS.Node | undefined): n is Fn {
  return isFn(n) && ts.isBlock(n.body) && n.body.statements.length === 0;
}

/** The call registers an entry whose handler is among its arguments: a route, a command's action. */
function registersEntry({ n, s, method, recv, recvText }: CallInfo): boolean {
  if (method === undefined || recv === undefined) return false;
  if (HTTP_METHODS.has(method) && s !== undefined && s.startsWith('/') && isRouteDefinition(n, recv, recvText)) return true;
  return method === 'action' || method === 'command' || method === 'handler';
}

// Names are kept per scope (the functions around a node, and the file), so a `callback` assigned
// in one method and a `callback(…)` called in another are not the same variable: a variable lives
// in its innermost function, and a use counts for every function around it.
function scopesOf(node: TS.Node): number[] {
  const out: number[] = [];
  for (let p = node.parent; p; p = p.parent) if (ts.isFunctionLike(p)) out.push(p.pos);
  out.push(-1);
  return out;
}

const key = (scope: number, name: string): string => `${scope}:${name}`;

function noteUse(set: Set<string>, node: TS.Node, name: string): void {
  for (const scope of scopesOf(node)) set.add(key(scope, name));
}

function noteValue(e: TS.Expression, st: CallbackState, lineOf: (n: TS.Node) => number, entry: boolean): void {
  if (ts.isIdentifier(e)) {
    noteUse(entry ? st.called : st.passed, e, e.text);
    if (entry) st.calledNames.add(e.text);
  } else if (isEmptyFn(e) && !entry) {
    st.inline.add(lineOf(e));
  }
}

export default {
  name: 'callbacks',
  visitor: {
    VariableDeclaration: (node, ctx) => {
      const d = node as TS.VariableDeclaration;
      if (ts.isIdentifier(d.name) && isEmptyFn(d.initializer)) stateOf(ctx).emptyVars.set(key(scopesOf(d)[0] as number, d.name.text), ctx.lineOf(d.initializer));
    },
    // `callback = () => {}` when none was given (a fallback), then handed on: as a variable.
    BinaryExpression: (node, ctx) => {
      const b = node as TS.BinaryExpression;
      if (b.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isIdentifier(b.left) && isEmptyFn(b.right)) stateOf(ctx).emptyVars.set(key(scopesOf(b)[0] as number, b.left.text), ctx.lineOf(b.right));
    },
    // A prop's default (`isSelected: { type: Function, default: () => {} }`): a value, not a stub.
    PropertyAssignment: (node, ctx) => {
      const p = node as TS.PropertyAssignment;
      if (ts.isIdentifier(p.name) && p.name.text === 'default' && isEmptyFn(p.initializer)) stateOf(ctx).inline.add(ctx.lineOf(p.initializer));
    },
    // A class method holds its stubs as a helper does: they count where something calls it.
    // A Vue watcher (`watch: { isSelectMode() {} }`) is a callback Vue calls: empty, it is a no-op.
    MethodDeclaration: (node, ctx) => {
      const m = node as TS.MethodDeclaration;
      const owner = m.parent?.parent;
      if (m.body && m.body.statements.length === 0 && owner && ts.isPropertyAssignment(owner) && ts.isIdentifier(owner.name) && owner.name.text === 'watch') stateOf(ctx).inline.add(ctx.lineOf(m));
      if (m.body && (ts.isIdentifier(m.name) || ts.isStringLiteral(m.name)) && m.parent && ts.isClassLike(m.parent)) addHelper(m.name.text, m, ctx);
    },
    JsxAttribute: (node, ctx) => {
      const init = (node as TS.JsxAttribute).initializer;
      if (init && ts.isJsxExpression(init) && init.expression) noteValue(init.expression, stateOf(ctx), ctx.lineOf, false);
    },
    FunctionDeclaration: (node, ctx) => {
      const fn = node as TS.FunctionDeclaration;
      if (fn.name && fn.body && fn.parent === ctx.sf) addHelper(fn.name.text, fn, ctx);
    },
    VariableStatement: (node, ctx) => {
      const st = node as TS.VariableStatement;
      if (st.parent !== ctx.sf) return;
      for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name) && isFn(d.initializer)) addHelper(d.name.text, d, ctx);
    },
  },
  call: (info, ctx) => {
    const st = stateOf(ctx);
    const { n, fn } = info;
    if (fn !== undefined) {
      noteUse(st.called, n, fn);
      st.calledNames.add(fn);
    }
    // `db.notImplemented()`, `this.reminders.snooze()`: a method of that name may run (by name only:
    // no types, so any receiver counts, which errs toward keeping a stub on the path).
    if (ts.isPropertyAccessExpression(n.expression)) st.methods.add(n.expression.name.text);
    const entry = registersEntry(info);
    for (const a of n.arguments) noteValue(a, st, ctx.lineOf, entry);
  },
  finish: (ctx) => {
    const st = states.get(ctx);
    if (!st) return;
    const lines = new Set(st.inline);
    for (const [k, line] of st.emptyVars) if (st.passed.has(k) && !st.called.has(k)) lines.add(line);
    if (lines.size) ctx.facts.noOpCallbacks = [...lines].sort((a, b) => a - b);
    const helpers = ctx.facts.stubHelpers;
    // Calls of imported names and of the file's own helpers: what this file can run of another's (or its own) helpers.
    const uses = [...new Set([...[...st.calledNames].filter((name) => ctx.facts.importLocals[name] !== undefined || helpers?.some((h) => h.name === name)), ...st.methods])].sort();
    if (uses.length) ctx.facts.uses = uses;
  },
} satisfies ExtractPlugin;

function addHelper(name: string, node: TS.Node, ctx: ExtractContext): void {
  const end = ctx.sf.getLineAndCharacterOfPosition(node.end).line + 1;
  (ctx.facts.stubHelpers ??= []).push({ name, line: ctx.lineOf(node), end });
}
