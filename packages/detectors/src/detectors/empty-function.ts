import ts from '../ts.js';
import type * as TS from 'typescript';
import { defineDetector } from '../define.js';
import { calleeName, isEmptyUncommented, isFunctionLike, nameText, unwrap } from '../ast-util.js';
import { classesOf, isBaseDefault } from '../class-defaults.js';

const NOOP_NAME = /^(?:_+|noop|nop|no_?op|ignore|doNothing|nothing|empty|identity)$/i;

// The name a function expression is bound to, if any: `const x = () => {}`, `{ x: () => {} }`, `x = function () {}`.
function boundName(fn: TS.Node): string | undefined {
  const parent = fn.parent;
  if (!parent) return undefined;
  if (ts.isVariableDeclaration(parent) && parent.initializer === fn) return nameText(parent.name) || undefined;
  if (ts.isPropertyAssignment(parent) && parent.initializer === fn) return nameText(parent.name) || undefined;
  if (ts.isPropertyDeclaration(parent) && parent.initializer === fn) return nameText(parent.name) || undefined;
  if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken && parent.right === fn) {
    const left = parent.left;
    if (ts.isIdentifier(left)) return left.text;
    if (ts.isPropertyAccessExpression(left)) return left.name.text;
  }
  if (ts.isExportAssignment(parent)) return 'default';
  return undefined;
}

// Test files are full of deliberately empty mocks and callbacks.
const TEST_FILE = /(?:^|\/)(?:__tests__|__mocks__|test|tests)\/|\.(?:test|spec|e2e)(?:-[a-z]+)?\.[cm]?[jt]sx?$/;

// Files that support tests or demos without being test files: a test setup (`setupTests.ts`,
// `vitest.setup.ts`), a Storybook story, a mock or fake module (`mock-event-bus-service.ts`).
// Their empty functions are reported at low: a name is all that marks them.
const SUPPORT_FILE = /(?:^|\/)(?:setup-?tests?|test-?setup|(?:vitest|jest)\.setup)\.[cm]?[jt]sx?$|\.stories\.[cm]?[jt]sx?$|(?:^|\/)(?:mocks?|fakes?)[-_.][^/]*$/i;

// A teardown with nothing to tear down (`off()`, `unsubscribe()` of a null emitter or of a
// subscription never made) is the right body; a missing one at worst leaks a listener, it does not
// drop a feature. Reported at low, only with no parameters (`unsubscribe(email)` is an action).
const TEARDOWN_NAME = /^(?:off|unsubscribe|unlisten|unwatch|dispose|cleanup|teardown|remove(?:Event)?Listener|removeAllListeners)$/;

const isTeardown = (name: string, fn: TS.SignatureDeclaration): boolean => TEARDOWN_NAME.test(name) && fn.parameters.length === 0;

// The text of the guards of `@UseGuards(A, B)`, or undefined without that decorator.
function guardsOf(node: TS.MethodDeclaration, sf: TS.SourceFile): string | undefined {
  for (const d of ts.getDecorators(node) ?? []) {
    const e = d.expression;
    if (ts.isCallExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === 'UseGuards') return e.arguments.map((a) => a.getText(sf)).join(',');
  }
  return undefined;
}

/**
 * `@Get('google') @UseGuards(GoogleSSOGuard) async googleAuth() {}` beside
 * `@Get('google/callback') @UseGuards(GoogleSSOGuard) async googleAuthRedirect(…) { …real body… }`:
 * the OAuth initiation route of a Passport strategy, whose guard redirects to the provider before
 * the handler runs. Only with that pair in the class: an empty route behind an ordinary guard is a
 * stub.
 */
function isOAuthInitiation(node: TS.MethodDeclaration, sf: TS.SourceFile): boolean {
  const guards = guardsOf(node, sf);
  const cls = node.parent;
  if (guards === undefined || !cls || !ts.isClassLike(cls)) return false;
  return cls.members.some((m) => m !== node && ts.isMethodDeclaration(m) && m.body !== undefined && m.body.statements.length > 0 && guardsOf(m, sf) === guards);
}

// Names a block assigns a Promise executor's resolve/reject to, collected once per block.
const resolverTargetsIn = new WeakMap<TS.Node, Set<string>>();

function resolverTargets(scope: TS.Node): Set<string> {
  const cached = resolverTargetsIn.get(scope);
  if (cached) return cached;
  const found = new Set<string>();
  // Explicit stacks, not recursion: a block nested thousands of levels deep is walked like any other.
  const each = (root: TS.Node, visit: (n: TS.Node) => void): void => {
    const stack: TS.Node[] = [root];
    for (let n = stack.pop(); n !== undefined; n = stack.pop()) {
      visit(n);
      ts.forEachChild(n, (child) => {
        stack.push(child);
      });
    }
  };
  each(scope, (n) => {
    if (!ts.isNewExpression(n) || !ts.isIdentifier(n.expression) || n.expression.text !== 'Promise') return;
    const executor = n.arguments?.[0];
    if (!executor || !(ts.isArrowFunction(executor) || ts.isFunctionExpression(executor))) return;
    const params = new Set(executor.parameters.map((p) => (ts.isIdentifier(p.name) ? p.name.text : '')).filter(Boolean));
    each(executor.body, (m) => {
      if (ts.isBinaryExpression(m) && m.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isIdentifier(m.left) && ts.isIdentifier(m.right) && params.has(m.right.text)) found.add(m.left.text);
    });
  });
  resolverTargetsIn.set(scope, found);
  return found;
}

/**
 * `let resolveReady: (v: unknown) => void = () => {}` then, in the same block,
 * `new Promise((resolve, reject) => { resolveReady = resolve })`: a placeholder that the
 * deferred-promise idiom replaces with the promise's resolver before use.
 */
function isReassignedPlaceholder(fn: TS.Node): boolean {
  const decl = fn.parent;
  if (!decl || !ts.isVariableDeclaration(decl) || decl.initializer !== fn || !ts.isIdentifier(decl.name)) return false;
  const list = decl.parent;
  if (!list || !ts.isVariableDeclarationList(list) || (list.flags & ts.NodeFlags.Let) === 0) return false;
  let scope: TS.Node | undefined = list.parent;
  while (scope && !ts.isBlock(scope) && !ts.isSourceFile(scope)) scope = scope.parent;
  return scope !== undefined && resolverTargets(scope).has(decl.name.text);
}

// `new Readable({ read() {} })`, `hasRefCounted({ ref() {} })`: an options object or mock built
// in place as an argument; its empty members are callback slots deliberately left empty.
// `createContext({ toggle: () => {} } as ContextType)` is still the call's argument object.
function isCallArgument(obj: TS.Node): boolean {
  let arg: TS.Node = obj;
  while (arg.parent && (ts.isParenthesizedExpression(arg.parent) || ts.isAsExpression(arg.parent) || ts.isSatisfiesExpression(arg.parent) || ts.isTypeAssertionExpression(arg.parent) || ts.isNonNullExpression(arg.parent))) arg = arg.parent;
  const host = arg.parent;
  return host !== undefined && (ts.isCallExpression(host) || ts.isNewExpression(host)) && host.arguments?.includes(arg as TS.Expression) === true;
}

function isInArgumentObject(node: TS.Node): boolean {
  const obj = node.parent && ts.isPropertyAssignment(node.parent) ? node.parent.parent : node.parent;
  return obj !== undefined && ts.isObjectLiteralExpression(obj) && isCallArgument(obj);
}

// `run({ type: 'sync', metadata: { setCost: (_cost: number) => {} } })`: a member of an object
// literal nested (through other object literals) inside a call's argument object. Its empty members
// are callback slots of the call's contract too, but a level down a stub is likelier than in the
// options object itself (`app.route({ handlers: { get: async (req) => {} } })`): reported, at low.
function isInNestedArgumentObject(node: TS.Node): boolean {
  let obj: TS.Node | undefined = node.parent && ts.isPropertyAssignment(node.parent) ? node.parent.parent : node.parent;
  if (!obj || !ts.isObjectLiteralExpression(obj)) return false;
  // A few levels up at most: deeper than that it is a data structure, not a call's options.
  for (let level = 0; level < 4; level++) {
    const outer: TS.Node | undefined = obj.parent;
    if (!outer || !ts.isPropertyAssignment(outer) || !outer.parent || !ts.isObjectLiteralExpression(outer.parent)) return false;
    obj = outer.parent;
    if (isCallArgument(obj)) return true;
  }
  return false;
}

// A class that implements an interface or extends a base: its empty methods may be the no-op
// side of a contract (a backend without a cache, a stream forwarder ignoring some events).
function hasHeritage(node: TS.Node): boolean {
  const cls = node.parent;
  return cls !== undefined && ts.isClassLike(cls) && (cls.heritageClauses?.length ?? 0) > 0;
}

const unusedByName = (p: TS.ParameterDeclaration): boolean => ts.isIdentifier(p.name) && p.name.text.startsWith('_');

/**
 * An empty method that is a deliberate no-op of a contract: in a class with `implements` or
 * `extends`, its parameters (if any) named as unused (`_path`), and it is an event hook
 * (`onDone`), takes `_`-named parameters, or is one of several empty methods of that class (a
 * null-object backend). `async charge(id: string) {}` with a used-looking parameter, or a lone
 * empty method, is still reported.
 */
function isContractNoop(node: TS.MethodDeclaration): boolean {
  if (!hasHeritage(node) || !node.parameters.every(unusedByName)) return false;
  if (node.parameters.length > 0 || /^on[A-Z]/.test(nameText(node.name))) return true;
  const cls = node.parent as TS.ClassLikeDeclaration;
  const emptySiblings = cls.members.filter((m) => m !== node && ts.isMethodDeclaration(m) && m.body !== undefined && m.body.statements.length === 0).length;
  return emptySiblings >= 2;
}

/**
 * `export const unregister: bp.IntegrationProps['unregister'] = async () => {}`: a function bound to
 * a variable whose declared type names a contract (`Props['hook']`, `UnregisterFunction`, not a
 * function type written inline), taking no parameters or only unused ones (`_`-named, or an empty
 * pattern `({})`). It is the no-op side of that contract, as in a class with `implements` (see
 * isContractNoop); `async ({ ctx }) => {}` ignores inputs it names and stays high.
 */
function isTypedContractNoop(fn: TS.FunctionLikeDeclaration): boolean {
  const decl = fn.parent;
  if (!decl || !ts.isVariableDeclaration(decl) || decl.initializer !== fn || !decl.type) return false;
  if (!ts.isTypeReferenceNode(decl.type) && !ts.isIndexedAccessTypeNode(decl.type)) return false;
  return fn.parameters.every((p) => unusedByName(p) || (ts.isObjectBindingPattern(p.name) && p.name.elements.length === 0));
}

/**
 * `@Module({...}) export class BlueprintModule implements NestModule { configure(consumer: MiddlewareConsumer) {} }`:
 * NestJS's middleware hook of a module that registers no middleware (the CLI scaffold writes it
 * empty). Only `configure` of a class that implements `NestModule`.
 */
function isEmptyNestMiddlewareHook(node: TS.MethodDeclaration): boolean {
  const cls = node.parent;
  if (!cls || !ts.isClassLike(cls) || nameText(node.name) !== 'configure' || node.parameters.length > 1) return false;
  return (cls.heritageClauses ?? []).some((h) => h.token === ts.SyntaxKind.ImplementsKeyword && h.types.some((t) => ts.isIdentifier(t.expression) && t.expression.text === 'NestModule'));
}

function isAllowedConstructor(node: TS.ConstructorDeclaration): boolean {
  const modifiers = ts.getModifiers(node) ?? [];
  if (modifiers.some((m) => m.kind === ts.SyntaxKind.PrivateKeyword || m.kind === ts.SyntaxKind.ProtectedKeyword)) return true;
  // Parameter properties (`constructor(private db: Db) {}`) are the body.
  return node.parameters.some((p) => (ts.getModifiers(p) ?? []).length > 0);
}

export default defineDetector({
  id: 'empty-function',
  category: 'INCOMPLETE_CODE',
  // Medium across a codebase, high in a change: on nine held-out applications (bench/accuracy)
  // 3 of 38 empty functions reported at high were real (SDK hooks, null objects, no-op callbacks
  // are the rest), while an empty function an agent's edit adds is the stub this rule is for.
  severity: 'medium',
  severityInChange: 'high',
  docs: {
    description: 'A named function, method or accessor with an empty body and no comment saying why (medium in a whole-codebase scan; high when a change adds it).',
    why: 'An agent asked to "add the handler" can leave the method there but empty: the call sites compile, the feature does nothing. A deliberate no-op says so in a comment.',
    bad: 'class Billing {\n  async chargeCustomer(id: string) {}\n}',
    good: 'class Billing {\n  async chargeCustomer(id: string) { await stripe.charge(id); }\n  onIdle() { /* nothing to flush: writes are synchronous */ }\n}',
    eslint:
      'Counts fewer than @typescript-eslint/no-empty-function: anonymous callbacks passed as arguments (`on("x", () => {})`), functions named like a no-op (`noop`, `_`), members of an object literal built in place as a call argument, also behind `as`/`satisfies` (`new Readable({ read() {} })`, `createContext({ toggle: () => {} } as Ctx)`), protected methods (hooks for subclasses), the no-op side of a contract (in a class with `implements`/`extends`: a method whose parameters are all `_`-named and that is an `on*` hook, takes `_` parameters, or is one of three or more empty methods of the class), anything in test files (`*.test.*`, `*.spec.*`, `*.e2e.*`, `*.e2e-spec.*`, `__tests__/`, `__mocks__/`: mocks), private/protected constructors and constructors with parameter properties are not reported (another empty constructor is reported at low severity: redundant, not missing), and empty `.catch(() => {})` handlers are left to empty-catch. Overloads, abstract and interface members have no body, as in ESLint. Only functions bound to a name are reported (declarations, methods, accessors, `const x = () => {}`, `x = () => {}`, property values): an unnamed function expression used as a fallback value (`opts.onDone ?? (() => {})`, `x.check ??= () => {}`, `cond ? fn : () => {}`) is a deliberate no-op default, not a stub. Reported at low, not high (still shown): a concrete empty method of a base class (an `abstract` class no concrete subclass in the file inherits it from, or a method a subclass in the file gives a body), an OAuth initiation route (an empty method under NestJS `@UseGuards(X)` beside a non-empty one under the same guard: Passport\'s redirect), an empty teardown without parameters (`off()`, `unsubscribe()`, `dispose()`…: at worst a leak, not a missing feature), a `let` placeholder that a `new Promise` executor in the same block replaces with its resolve or reject (the deferred-promise idiom), the no-op side of a typed contract (a function bound to a variable whose declared type is a named hook type, `export const unregister: Props[\'unregister\'] = async () => {}`, with no parameters or only `_`-named ones), a member of an object nested up to four levels inside a call\'s argument object (`sync({ metadata: { setCost: (_c) => {} } })`), NestJS\'s `configure(consumer)` middleware hook left empty in a class that `implements NestModule`, and anything in a test setup file (`setupTests.ts`, `vitest.setup.ts`), a Storybook story or a mock/fake module (`mock-*.ts`). Measured on rxjs 7.8.2 src/: ESLint 1, empty-function 0 — the one is `export function noop() {}`; on zod 3.25.76 src/: ESLint 20, empty-function 7 — 10 of the 13 are in test files and 3 are fallback no-ops as above.',
    precision: 'high: no findings on the nine labelled corpora (2,083 files). On the three held-out labelled corpora (umami, hoppscotch, medusa), measured before the low grading: 2/25 (umami 0/2, hoppscotch 0/13, medusa 2/10); after: 2/9 at high, 16 false ones now low (OAuth initiation routes, teardowns, abstract-class defaults, a deferred-promise placeholder, a test setup, a story, a mock module). Still high and false: umami\'s two no-op `handleSave` props, hoppscotch\'s null `emit`/`log`/`cancel` API members, medusa\'s two `static validateOptions() {}` hooks of non-abstract bases. Before the contract no-op rule it reported 11 there: 9 false (no-op methods of an interface or base class, `onDone(): void {}`) and 2 empty constructors, now low; low: 2/2 (those constructors). On botpress (third held-out round, integrations and SDK packages), untuned: 0/28 at high — 20 empty `register`/`unregister` hooks typed by the SDK\'s contract, 3 no-op `setCost` callbacks nested in a call\'s argument, 5 others; after the typed-contract and nested-argument rules: 0/6 at high (untyped hooks `export const register = async () => {}`, an integration\'s unused webhook handler, a ping handler), 22 at low.',
  },
  messages: {
    emptyFunction: 'Function "{name}" has an empty body.',
    emptyMethod: 'Method "{name}" has an empty body.',
    emptyConstructor: 'Constructor has an empty body.',
    emptyAccessor: '{kind} accessor "{name}" has an empty body.',
  },
  suggestions: {
    emptyFunction: 'Implement it, delete it, or say in a comment why it does nothing.',
    emptyMethod: 'Implement it, delete it, or say in a comment why it does nothing.',
    emptyConstructor: 'Delete the empty constructor, or say in a comment why it is there.',
    emptyAccessor: 'Implement it, or say in a comment why it does nothing.',
  },
  check: (ctx) => {
    const isTest = TEST_FILE.test(ctx.fileName);
    const support = SUPPORT_FILE.test(ctx.fileName);
    let classes: TS.ClassLikeDeclaration[] | undefined;
    // A concrete empty method of a base class (see isBaseDefault: abstract and not inherited by a
    // concrete subclass in the file, or replaced by a non-empty body in one) is a default hook.
    const isBaseHook = (node: TS.MethodDeclaration): boolean =>
      node.parent !== undefined && ts.isClassLike(node.parent) && isBaseDefault((classes ??= classesOf(ctx.sourceFile)), node.parent, nameText(node.name), (body) => body.statements.length > 0);
    const visit = (node: TS.Node): void => {
      if (isTest || !isFunctionLike(node) || !node.body || !ts.isBlock(node.body)) return;
      if (!isEmptyUncommented(ctx, node.body)) return;
      if (isInArgumentObject(node)) return;
      if (ts.isConstructorDeclaration(node)) {
        // An empty public constructor is redundant code, not a missing feature: low, not high.
        if (!isAllowedConstructor(node)) ctx.report(node, 'emptyConstructor', undefined, { key: `constructor ${nameText(node.parent && ts.isClassLike(node.parent) ? node.parent.name : undefined)}`, severity: 'low' });
        return;
      }
      if (ts.isGetAccessorDeclaration(node) || ts.isSetAccessorDeclaration(node)) {
        ctx.report(node, 'emptyAccessor', { kind: ts.isGetAccessorDeclaration(node) ? 'Get' : 'Set', name: nameText(node.name) || '(computed)' });
        return;
      }
      if (ts.isMethodDeclaration(node)) {
        // A protected empty method is a hook for subclasses to override (template method).
        if ((ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ProtectedKeyword)) return;
        if (isContractNoop(node)) return;
        const name = nameText(node.name) || '(computed)';
        // A concrete method of an abstract class is a default for subclasses (as a protected one
        // is); a guarded route's guard does the work: reported, at low.
        const low = support || isTeardown(name, node) || isOAuthInitiation(node, ctx.sourceFile) || isBaseHook(node) || isInNestedArgumentObject(node) || isEmptyNestMiddlewareHook(node);
        ctx.report(node, 'emptyMethod', { name }, low ? { severity: 'low' } : undefined);
        return;
      }
      if (ts.isFunctionDeclaration(node)) {
        const name = node.name?.text ?? 'default';
        if (!NOOP_NAME.test(name)) ctx.report(node, 'emptyFunction', { name }, support || isTeardown(name, node) ? { severity: 'low' } : undefined);
        return;
      }
      // Function expressions and arrows: only those bound to a name, and not handed to .catch/.then.
      const parent = node.parent;
      if (parent && ts.isParenthesizedExpression(parent)) return;
      if (parent && (ts.isCallExpression(parent) || ts.isNewExpression(parent))) {
        const method = calleeName(parent);
        if (method === 'catch' || method === 'then' || unwrap(parent.expression) !== node) return;
      }
      const name = boundName(node) ?? (ts.isFunctionExpression(node) ? node.name?.text : undefined);
      if (name === undefined || NOOP_NAME.test(name)) return;
      const low = support || isTeardown(name, node) || isReassignedPlaceholder(node) || isInNestedArgumentObject(node) || isTypedContractNoop(node);
      ctx.report(node, 'emptyFunction', { name }, low ? { severity: 'low' } : undefined);
    };
    return {
      FunctionDeclaration: visit,
      FunctionExpression: visit,
      ArrowFunction: visit,
      MethodDeclaration: visit,
      Constructor: visit,
      GetAccessor: visit,
      SetAccessor: visit,
    };
  },
});
