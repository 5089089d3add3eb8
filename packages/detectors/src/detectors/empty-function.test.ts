import { describe, expect, it } from 'vitest';
import { scanSource } from '../scan.js';
import { RuleTester } from '../rule-tester.js';
import emptyFunction from './empty-function.js';

const tester = new RuleTester({ describe, it, minValid: 15, minInvalid: 15 });

tester.run(emptyFunction, {
  valid: [
    'function f() { return 1; }',
    'function f() {\n  // intentionally empty: the base class does the work\n}',
    'function f(a: string): void;\nfunction f(a: number): void;\nfunction f(a: unknown) { use(a); }',
    'abstract class A { abstract run(): void; }',
    'interface I { run(): void; }',
    'declare function g(): void;',
    'class A { constructor(private readonly db: Db) {} }',
    'class S { private constructor() {} }',
    'emitter.on("close", () => {});',
    'const noop = () => {};',
    'function noop() {}',
    'p.catch(() => {});',
    'const s = "function f() {}";',
    'const t = `class A { run() {} }`;',
    '// function f() {}\nexport const a = 1;',
    'const o = { m() { return 1; } };',
    'new Promise(() => {});',
    'class A { m() { /* no-op: required by the interface */ } }',
    'const f = () => 1;',
    'type F = () => void;',
    'const s = new Readable({ read() {} });',
    'expect(isRef({ ref() {}, unref: () => {} })).toBe(true);',
    'class Base { protected setup(): void {} }',
    { code: 'class FakeSocket { write() {} }', filename: 'src/socket.test.ts' },
    { code: 'export function cb() {}', filename: 'src/__mocks__/cb.ts' },
    // False positives found on real code (bench/accuracy), as minimal excerpts:
    // cloudflare/vibesdk@89c5f3a (MIT), space/src/space/fs-backend.ts: the no-op side of an interface (a backend with nothing to sync).
    'class SqlBackend implements SpaceFsBackend {\n  async ready(): Promise<void> {}\n  async hydrate(_path: string): Promise<void> {}\n  async materializeAll(): Promise<void> {}\n  async push(_branch: string): Promise<boolean> { return false }\n}',
    // cloudflare/vibesdk@89c5f3a (MIT), worker/agents/core/behaviors/think.ts: event hooks of an RPC target it does not need.
    'class ThinkStreamForwarder extends RpcTarget {\n\tonStart(_event: { requestId: string }): void {}\n\tonDone(): void {}\n\tonError(error: string): void { this.onErrorCb(error); }\n}',
    // cloudflare/vibesdk@89c5f3a (MIT), worker/agents/core/behaviors/base.ts: a framework hook overridden as a no-op, its parameters named unused.
    'export abstract class BaseCodingBehavior<T> extends AgentComponent<T> {\n    onStateUpdate(_state: T, _source: "server" | Connection) {}\n}',
  ],
  invalid: [
    { code: 'function handleRefund() {}', errors: [{ messageId: 'emptyFunction', line: 1, column: 1, message: 'handleRefund' }] },
    { code: 'export async function save(doc: Doc) {}', errors: [{ messageId: 'emptyFunction' }] },
    { code: 'class Billing {\n  async chargeCustomer(id: string) {}\n}', errors: [{ messageId: 'emptyMethod', line: 2, column: 3, message: 'chargeCustomer' }] },
    { code: 'class A { constructor() {} }', errors: [{ messageId: 'emptyConstructor' }] },
    { code: 'class A { get value() {} }', errors: [{ messageId: 'emptyAccessor', message: 'Get accessor' }] },
    { code: 'class A { set value(v: number) {} }', errors: [{ messageId: 'emptyAccessor', message: 'Set accessor' }] },
    { code: 'const handler = () => {};', errors: [{ messageId: 'emptyFunction', message: 'handler' }] },
    { code: 'const handler = function () {};', errors: [{ messageId: 'emptyFunction' }] },
    { code: 'const api = { fetchUsers() {} };', errors: [{ messageId: 'emptyMethod' }] },
    { code: 'const api = { fetchUsers: async () => {} };', errors: [{ messageId: 'emptyFunction', message: 'fetchUsers' }] },
    { code: 'module.exports.start = function start() {};', errors: [{ messageId: 'emptyFunction', message: 'start' }] },
    { code: 'export default function () {}', errors: [{ messageId: 'emptyFunction', message: 'default' }] },
    { code: 'class A { static create() {} }', errors: [{ messageId: 'emptyMethod' }] },
    { code: 'class A { onEvent = () => {}; }', errors: [{ messageId: 'emptyFunction' }] },
    { code: 'function outer() {\n  function inner() {}\n  return inner;\n}', errors: [{ messageId: 'emptyFunction', line: 2 }] },
    { code: 'class A { *gen() {} }', errors: [{ messageId: 'emptyMethod' }] },
    { code: 'function f() {\n\n}', errors: [{ messageId: 'emptyFunction', endLine: 3 }] },
    { code: 'class FakeSocket { write() {} }', filename: 'src/socket.ts', errors: [{ messageId: 'emptyMethod' }] },
    { code: 'const opts = { read() {} };\nnew Readable(opts);', errors: [{ messageId: 'emptyMethod' }] },
    { code: 'class StripeBilling implements Billing {\n  async refund(orderId: string) {}\n}', errors: [{ messageId: 'emptyMethod', line: 2 }] },
    { code: 'class StripeBilling implements Billing {\n  async refund() {}\n  async charge(id: string) { await pay(id); }\n}', errors: [{ messageId: 'emptyMethod', line: 2 }] },
    { code: 'class Handler {\n  onMessage(_m: Message) {}\n}', errors: [{ messageId: 'emptyMethod', line: 2 }] },
  ],
});

describe('empty-function severity', () => {
  it('reports an empty constructor at low (redundant code), an empty method at medium (a missing body; high when a change adds it)', () => {
    const found = scanSource('class A {\n  constructor() {}\n  save() {}\n}', 'a.ts', { rules: ['empty-function'] });
    expect(found.map((v) => [v.line, v.severity])).toEqual([
      [2, 'low'],
      [3, 'medium'],
    ]);
  });
});

describe('empty-function severity on held-out code (hoppscotch, medusa)', () => {
  const grade = (code: string, file = 'a.ts') => scanSource(code, file, { rules: ['empty-function'] }).map((v) => [v.line, v.severity]);

  it('reports an OAuth initiation route (its guard redirects) at low, an empty route behind an ordinary guard at medium', () => {
    // hoppscotch-backend src/auth/auth.controller.ts: Passport's guard redirects to the provider;
    // the callback route under the same guard does the work
    const pair = [
      'class AuthController {',
      "  @Get('google')",
      '  @UseGuards(GoogleSSOGuard)',
      '  async googleAuth(@Request() req) {}',
      "  @Get('google/callback')",
      '  @UseGuards(GoogleSSOGuard)',
      '  async googleAuthRedirect(@Request() req, @Res() res) {',
      '    await this.login(req.user, res);',
      '  }',
      '}',
    ].join('\n');
    expect(grade(pair)).toEqual([[2, 'low']]);
    expect(grade(pair.replace("@UseGuards(GoogleSSOGuard)\n  async googleAuthRedirect", "@UseGuards(JwtGuard)\n  async googleAuthRedirect"))).toEqual([[2, 'medium']]);
    expect(grade("class OrderController {\n  @Post('refund')\n  @UseGuards(JwtGuard)\n  async refund(@Body() body) {}\n}")).toEqual([[2, 'medium']]);
  });

  it('reports a concrete empty method of a base class at low unless a concrete subclass in the file inherits it', () => {
    // medusa core/utils/src/auth/abstract-auth-provider.ts
    const code = 'export abstract class AbstractAuthModuleProvider implements IAuthProvider {\n  static validateOptions(options: Record<any, any>): void | never {}\n}';
    expect(grade(code)).toEqual([[2, 'low']]);
    expect(grade(code.replace('abstract class', 'class'))).toEqual([[2, 'medium']]);
    expect(grade(`${code}\nexport class Provider extends AbstractAuthModuleProvider {}`)).toEqual([[2, 'medium']]);
    expect(grade('class Base {\n  save(doc: Doc) {}\n}\nclass Disk extends Base {\n  save(doc: Doc) { write(doc); }\n}')).toEqual([[2, 'low']]);
  });

  it('reports an empty teardown without parameters (off, unsubscribe) at low, an action or a teardown with parameters at medium', () => {
    // hoppscotch-kernel src/store/v/1.ts and lib/sync/history/index.ts
    expect(grade('const watcher = {\n  on: () => () => {},\n  off: () => {},\n};')).toEqual([[3, 'low']]);
    expect(grade('function f() {\n  return { unsubscribe: () => {} };\n}')).toEqual([[2, 'low']]);
    expect(grade('const api = {\n  save: async () => {},\n  cancel: async () => {},\n};')).toEqual([
      [2, 'medium'],
      [3, 'medium'],
    ]);
    expect(grade('class Newsletter {\n  unsubscribe(email: string) {}\n}')).toEqual([[2, 'medium']]);
  });

  it('reports a placeholder that a Promise executor replaces with its resolver at low, one never replaced at medium', () => {
    // medusa modules/index/src/services/postgres-provider.ts
    const deferred = 'async function start() {\n  let ok: (v: any) => void = () => {}\n  const ready = new Promise((resolve) => {\n    ok = resolve\n  })\n  ok(1)\n  return ready\n}';
    expect(grade(deferred)).toEqual([[2, 'low']]);
    expect(grade('async function start() {\n  let ok: (v: any) => void = () => {}\n  ok(1)\n}')).toEqual([[2, 'medium']]);
    expect(grade('async function start() {\n  let ok: (v: any) => void = () => {}\n  ok = ok\n  ok(1)\n}')).toEqual([[2, 'medium']]);
  });

  it('reports empty functions in test setup, stories and mock modules at low, not by a name elsewhere', () => {
    const code = 'globalThis.Worker = class {\n  postMessage = () => {}\n}';
    expect(grade(code, 'src/setupTests.ts')).toEqual([[2, 'low']]);
    expect(grade('export const WithAction = { args: { action: { onClick: () => {} } } };', 'src/components/toast/toast.stories.tsx')).toEqual([[1, 'low']]);
    expect(grade('export default class EventBusService {\n  async emit(data: Message) {}\n}', 'src/mock-event-bus-service.ts')).toEqual([[2, 'low']]);
    expect(grade(code, 'src/worker.ts')).toEqual([[2, 'medium']]);
    expect(grade('export function mockData() {}', 'src/data.ts')).toEqual([[1, 'medium']]);
  });
});

describe('empty-function severity on held-out code (botpress, third round)', () => {
  const grade = (code: string, file = 'a.ts') => scanSource(code, file, { rules: ['empty-function'] }).map((v) => [v.line, v.severity]);

  it('reports the no-op side of a typed contract (a variable typed by a named hook type, no used parameters) at low', () => {
    // botpress/botpress@4f4a05a (MIT), integrations/gmail/src/setup.ts and integrations/github/src/setup.ts
    expect(grade("export const unregister: bp.IntegrationProps['unregister'] = async () => {}")).toEqual([[1, 'low']]);
    expect(grade('export const unregister: UnregisterFunction = async (_) => {}')).toEqual([[1, 'low']]);
    // integrations/linkedin/src/setup.ts: an empty destructuring pattern names nothing
    expect(grade("export const unregister: bp.IntegrationProps['unregister'] = async ({}) => {}")).toEqual([[1, 'low']]);
    // Still medium (not low): no declared contract, a contract written inline, or inputs it names and ignores.
    expect(grade('export const unregister = async () => {}')).toEqual([[1, 'medium']]);
    expect(grade('export const unregister: () => Promise<void> = async () => {}')).toEqual([[1, 'medium']]);
    expect(grade("export const register: bp.IntegrationProps['register'] = async ({ ctx, client }) => {}")).toEqual([[1, 'medium']]);
    expect(grade('export const charge: PaymentHandler = async (order) => {}')).toEqual([[1, 'medium']]);
  });

  it('reports a member of an object nested in a call argument at low, one in a plain object at medium', () => {
    // botpress/botpress@4f4a05a (MIT), integrations/bigcommerce-sync/src/index.ts
    const call = "await syncProducts({\n  input: {},\n  type: 'syncProducts',\n  metadata: { setCost: (_cost: number) => {} },\n})";
    expect(grade(call)).toEqual([[4, 'low']]);
    expect(grade("run({ a: { b: { c: { save() {} } } } })")).toEqual([[1, 'low']]);
    expect(grade("const props = {\n  metadata: { setCost: (cost: number) => {} },\n}")).toEqual([[2, 'medium']]);
    // Deeper than four object levels below the argument: a data structure, not the call's options.
    expect(grade('run({ a: { b: { c: { d: { e: { save() {} } } } } } })')).toEqual([[1, 'medium']]);
  });
});

describe('empty-function severity on held-out code (payload, novu, trigger.dev: third round)', () => {
  const grade = (code: string, file = 'a.ts') => scanSource(code, file, { rules: ['empty-function'] }).map((v) => [v.line, v.severity]);

  it('treats an argument object behind `as` or `satisfies` as the argument (createContext defaults)', () => {
    // payloadcms/payload@db7543c (MIT), packages/ui/src/elements/Collapsible/provider.tsx
    expect(grade('const Context = createContext({\n  isCollapsed: undefined,\n  toggle: () => {},\n} as ContextType)')).toEqual([]);
    // packages/ui/src/providers/Selection/index.tsx
    expect(grade('const Context = createContext({\n  setSelection: (id: number | string) => {},\n} satisfies SelectionContext)')).toEqual([]);
    expect(grade('const defaults = {\n  toggle: () => {},\n} as ContextType')).toEqual([[2, 'medium']]);
  });

  it("reports NestJS's empty middleware hook of a module at low, not another empty configure", () => {
    // novuhq/novu@74a2e9a (MIT), apps/api/src/app/blueprint/blueprint.module.ts
    const nest = '@Module({ controllers: [BlueprintController] })\nexport class BlueprintModule implements NestModule {\n  configure(consumer: MiddlewareConsumer): MiddlewareConsumer | void {}\n}';
    expect(grade(nest)).toEqual([[3, 'low']]);
    expect(grade(nest.replace('implements NestModule', 'implements OnModuleInit'))).toEqual([[3, 'medium']]);
    expect(grade('export class Settings {\n  configure(options: Options) {}\n}')).toEqual([[2, 'medium']]);
  });

  it('does not report empty functions in end-to-end test files (*.e2e.ts, *.e2e-spec.ts)', () => {
    // novuhq/novu@74a2e9a (MIT), apps/api/src/app/testing/billing/verify-customer.e2e-ee.ts: sinon targets
    const code = 'class StripeStub {\n  retrieve(id: string) {}\n}';
    expect(grade(code, 'apps/api/src/app/testing/billing/verify-customer.e2e-ee.ts')).toEqual([]);
    expect(grade(code, 'test/app.e2e-spec.ts')).toEqual([]);
    expect(grade(code, 'src/stripe-stub.ts')).toEqual([[2, 'medium']]);
  });
});
