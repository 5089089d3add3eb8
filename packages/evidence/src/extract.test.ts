import { describe, expect, it } from 'vitest';
import { extractSource, roleOf, countLines, validateCron } from '@readycheck/evidence';

const names = (items: Array<{ name: string }>): string[] => items.map((i) => i.name);
const x = (code: string, file = 'src/app.ts') => extractSource(code, file).facts;

describe('extractSource: commands', () => {
  it('finds commander, yargs and cac commands by their first word', () => {
    const f = x("program.command('sync <id>').action(run);\nyargs.command('serve', 'start', {}, h);\ncli.command('build [dir]');");
    expect(f.commands).toEqual([
      { name: 'sync', file: 'src/app.ts', line: 1, kind: 'cli-command' },
      { name: 'serve', file: 'src/app.ts', line: 2, kind: 'cli-command' },
      { name: 'build', file: 'src/app.ts', line: 3, kind: 'cli-command' },
    ]);
  });
  it('finds slash commands built with SlashCommandBuilder, not their options', () => {
    const f = x("export const data = new SlashCommandBuilder()\n  .setName('link')\n  .addStringOption((o) => o.setName('channel'));", 'src/commands/link.ts');
    expect(f.commands).toEqual([{ name: 'link', file: 'src/commands/link.ts', line: 1, kind: 'slash-command' }]);
  });
  it('takes a plain { name, description } command object in a commands folder', () => {
    const f = x("module.exports = { data: { name: 'ping', description: 'Ping!' }, execute() {} };", 'src/commands/ping.js');
    expect(f.commands).toEqual([{ name: 'ping', file: 'src/commands/ping.js', line: 1, kind: 'slash-command' }]);
  });
  it('counts a file in a commands folder as a command even without a builder; not its index', () => {
    expect(x('export async function run() {}', 'src/commands/stats.ts').commands).toEqual([{ name: 'stats', file: 'src/commands/stats.ts', line: 1, kind: 'command-file' }]);
    expect(x('export * from "./stats.js";', 'src/commands/index.ts').commands).toEqual([]);
  });
  it('scores command registration: readdir of commands, commands.set, REST applicationCommands', () => {
    expect(x("for (const f of readdirSync('./commands')) load(f);").registersCommands).toBe(2);
    expect(x('client.commands.set(cmd.data.name, cmd);').registersCommands).toBe(2);
    expect(x('rest.put(Routes.applicationCommands(id), { body });').registersCommands).toBe(2);
  });
});

describe('extractSource: routes', () => {
  it('finds express, hono, fastify and itty-router style routes with their method', () => {
    const f = x("app.get('/users', h);\nrouter.post('/users/:id', h);\nfastify.route({ method: 'PUT', url: '/items' });\nr.delete('/x', h);\napp.route('/chain').get(h);");
    expect(f.routes.map((r) => `${r.detail} ${r.name}`)).toEqual(['GET /users', 'POST /users/:id', 'PUT /items', 'DELETE /x', 'ALL /chain']);
  });
  it('does not take map.get or headers.get or non-path strings for routes', () => {
    expect(x("cache.get('/x'); headers.get('content-type'); app.get('setting');").routes).toEqual([]);
  });
  it('does not take HTTP client calls for routes', () => {
    const f = x("axios.get('/api/users'); api.post('/api/users', { name }); ky.get('/x', opts); request(app).get('/health').expect(200); http.get('/x', data);");
    expect(f.routes).toEqual([]);
    expect(x("api.get('/users', (c) => c.json([]));").routes.map((r) => r.name)).toEqual(['/users']);
  });
  it('records mounts as registration, not as routes', () => {
    const f = x("app.route('/api/billing', billing);\napp.use('/api', router);");
    expect(f.routes).toEqual([]);
    expect(f.mountsRoutes).toBe(2);
  });
  it('derives file-based routes from a routes folder', () => {
    expect(x('export default function handler() {}', 'src/routes/users/[id].ts').routes).toEqual([{ name: '/users/:id', file: 'src/routes/users/[id].ts', line: 1, kind: 'file-route' }]);
    expect(x('export const GET = () => 1;', 'pages/api/health.ts').routes[0]?.name).toBe('/api/health');
  });
  it('keeps the api segment of Next.js and Vercel routes, and reads folder index routes', () => {
    expect(x('export async function GET() {}', 'app/api/items/[id]/route.ts').routes[0]?.name).toBe('/api/items/:id');
    expect(x('export default function handler() {}', 'api/hello.ts').routes[0]?.name).toBe('/api/hello');
    expect(x('export default function handler() {}', 'src/routes/users/index.ts').routes).toEqual([{ name: '/users', file: 'src/routes/users/index.ts', line: 1, kind: 'file-route' }]);
    // A barrel that only re-exports, and the routes root index (usually the router), are not routes.
    expect(x("export { default } from './list.js';", 'src/routes/users/index.ts').routes).toEqual([]);
    expect(x('export default function mount() {}', 'src/routes/index.ts').routes).toEqual([]);
  });
});

describe('extractSource: services', () => {
  it('takes exported classes named *Service/*Client/*Repository/*Manager', () => {
    const f = x('export class BillingService {}\nexport class StripeClient {}\nclass HiddenService {}\nexport class Helper {}\nexport class UserRepository {}\nexport class CacheManager {}');
    expect(names(f.services)).toEqual(['BillingService', 'StripeClient', 'UserRepository', 'CacheManager']);
  });
  it('counts a module under services/ or named *.service.ts as a service', () => {
    expect(x('export async function send() {}', 'src/services/mailer.ts').services).toEqual([{ name: 'send', file: 'src/services/mailer.ts', line: 1, kind: 'module' }]);
    expect(names(x('export const billing = {};', 'src/billing.service.ts').services)).toEqual(['billing']);
  });
  it('counts a service folder index that declares something, not a barrel', () => {
    expect(x('export function send() {}', 'src/services/mail/index.ts').services).toEqual([{ name: 'send', file: 'src/services/mail/index.ts', line: 1, kind: 'module' }]);
    expect(x("export * from './mailer.js';", 'src/services/mail/index.ts').services).toEqual([]);
    expect(x('export function all() {}', 'src/services/index.ts').services).toEqual([]);
  });
});

describe('extractSource: tables', () => {
  it('finds Drizzle tables and remembers their variables', () => {
    const f = x("export const users = pgTable('users', {});\nexport const posts = sqliteTable('posts', {});\nconst m = mysqlTable('audit', {});");
    expect(names(f.tables)).toEqual(['users', 'posts', 'audit']);
    expect(f.tables.every((t) => t.kind === 'drizzle-table')).toBe(true);
    expect(f.tableVars).toEqual({ users: 'users', posts: 'posts', m: 'audit' });
  });
  it('finds Kysely Database interface members as tables', () => {
    const f = x('interface Database { person: PersonTable; "pet_owner": PetOwner }\nexport type DB = { toy: Toy };');
    expect(names(f.tables)).toEqual(['person', 'pet_owner', 'toy']);
  });
  it('finds tables referenced by Kysely, Knex and Supabase calls, not Array.from', () => {
    const f = x("db.selectFrom('person as p'); db.insertInto('pet'); db.updateTable('toy'); db.deleteFrom('public.old'); supabase.from('profiles'); knex.table('logs'); Array.from('abc');");
    expect(names(f.tableRefs)).toEqual(['person', 'pet', 'toy', 'old', 'profiles', 'logs']);
  });
  it('takes generic from/into/table/join only on a query chain or a database handle', () => {
    const f = x("path.join('src', 'x'); parts.join('_'); s.split(',').join('_'); console.table('rows'); knex('users').join('pets', 'a', 'b'); db.select('*').from('orders'); knex.insert(r).into('audit');");
    expect(names(f.tableRefs)).toEqual(['pets', 'users', 'orders', 'audit']);
  });
  it("takes Knex's own form, a handle called with a table name", () => {
    const f = x("knex('users').where({ id }); trx('orders as o').insert(r); db('public.payments').del(); format('users'); knex(query);");
    expect(f.tableRefs.map((r) => `${r.kind}:${r.name}`)).toEqual(['query:users', 'query:orders', 'query:payments']);
  });
  it("takes the tables Knex's schema builder creates, chained or not (uptime-kuma's knex_init_db.js and migrations)", () => {
    const f = x("await knex.schema.createTable('docker_host', (t) => t.increments('id'));\nexports.up = (knex) => knex.schema\n  .createTable('stat_minutely', (t) => t.increments('id'))\n  .createTable('stat_daily', (t) => t.integer('monitor_id').references('id').inTable('monitor'));\nknex.schema.renameTable('monitor_tmp', 'monitor_main');\nbuilder.createTable('not_knex');");
    expect(f.tables.map((t) => `${t.kind}:${t.name}`)).toEqual(['knex-schema:docker_host', 'knex-schema:stat_daily', 'knex-schema:stat_minutely', 'knex-schema:monitor_main']);
  });
  it('collects Drizzle variable references and Prisma model calls', () => {
    const f = x('db.select().from(users); db.insert(posts); db.query.comments.findMany(); prisma.user.findUnique({}); this.prisma.order.create({});');
    expect(f.tableVarRefs.map((r) => r.variable)).toEqual(['users', 'posts', 'comments']);
    expect(f.tableRefs.map((r) => `${r.kind}:${r.name}`)).toEqual(['prisma:user', 'prisma:order']);
  });
  it('reads tables out of raw SQL strings and templates', () => {
    const f = x("db.prepare('SELECT a FROM invoices JOIN customers c ON c.id = a.c');\nsql`INSERT INTO audit_log (a) VALUES (${1})`;\nconst ddl = 'CREATE TABLE IF NOT EXISTS kv (k text)';");
    expect(f.tableRefs.map((r) => `${r.name}:${r.line}`)).toEqual(['invoices:1', 'customers:1', 'audit_log:2']);
    expect(names(f.tables)).toEqual(['kv']);
  });
});

describe('extractSource: events, jobs, env', () => {
  it('finds listeners, emitters, DOM events and queues', () => {
    const f = x("bus.on('discord:ready', h); bus.once('x.y', h); bus.emit('order/paid'); addEventListener('fetch', h); new Queue('emails'); new Worker('emails', p); new Worker('./w.js'); env.JOBS.send({});");
    expect(f.events.map((e) => `${e.kind}:${e.name}`)).toEqual(['listener:discord:ready', 'listener:x.y', 'emitter:order/paid', 'listener:fetch', 'queue-producer:emails', 'queue-consumer:emails', 'queue-producer:JOBS']);
  });
  it('finds cron jobs and validates their expressions', () => {
    const f = x("cron.schedule('0 2 * * *', run);\nschedule.scheduleJob('nightly', '61 * * * *', run);\nnew CronJob('@daily', run);\nCron('*/5 * * * * *', run);");
    expect(f.jobs.map((j) => `${j.kind}:${j.name}:${j.valid}`)).toEqual(['node-cron:0 2 * * *:true', 'node-schedule:61 * * * *:false', 'cron:@daily:true', 'cron:*/5 * * * * *:true']);
    expect(f.jobs[1]?.problem).toBe('minute: 61 is out of range 0-59');
  });
  it('reads Agenda: a defined job with what its handler calls, and its schedules (cron validated, human intervals valid)', () => {
    const f = x(
      "agenda.define('send report', async (job) => { await sendReport(job.attrs.data); });\n" +
        "await agenda.every('0 6 * * *', 'send report');\n" +
        "await agenda.every('3 minutes', 'send report');\n" +
        "await agenda.schedule('in 20 minutes', 'send report', { to: 'ops' });\n" +
        "await agenda.every('61 * * * *', 'send report');",
    );
    expect(f.jobs.map((j) => `${j.kind}:${j.name}:${j.valid}`)).toEqual([
      'agenda-job:send report:true',
      'agenda:0 6 * * *:true',
      'agenda:3 minutes:true',
      'agenda:in 20 minutes:true',
      'agenda:61 * * * *:false',
    ]);
    expect(f.jobs[0]?.calls).toContain('sendReport');
    expect(f.jobs[2]?.calls).toEqual(['send report']);
  });

  it('finds a Workers scheduled handler and the crons it dispatches, with what each branch calls', () => {
    const f = x("export default {\n  async scheduled(event, env, ctx) {\n    if (event.cron === '0 * * * *') await refresh(env);\n    switch (event.cron) { case '30 2 * * 1': ctx.waitUntil(digest(env)); }\n  },\n  async queue(batch) {},\n};");
    expect(f.scheduledHandler).toBe(true);
    expect(f.jobs.map((j) => `${j.kind}:${j.name}`)).toEqual(['scheduled-handler:scheduled', 'scheduled-cron:0 * * * *', 'scheduled-cron:30 2 * * 1']);
    expect(f.jobs[1]?.calls).toEqual(['env', 'refresh']);
    expect(f.jobs[2]?.calls).toContain('digest');
    expect(f.events.map((e) => e.kind)).toEqual(['queue-consumer']);
  });
  it('records what a scheduled job runs: a function passed by name, or the calls of its handler', () => {
    const f = x("cron.schedule('0 3 * * *', pruneLogs);\ncron.schedule('0 4 * * *', () => { new FeedService(db).run(); log.info('x'); });");
    expect(f.jobs.map((j) => j.calls)).toEqual([['pruneLogs'], ['FeedService', 'db', 'log']]);
  });
  it('reads every listed env form', () => {
    const f = x("process.env.A; process.env['B']; import.meta.env.C; Deno.env.get('D'); env.E; c.env.F; const { G, H: h } = process.env; function w({ I }: Env) {} Bun.env.J; env.lower; process.env.hasOwnProperty('x');");
    expect(f.envKeys.map((k) => k.name)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J']);
  });
  it('records imports, requires and dynamic imports with their names', () => {
    const f = x("import a, { b as c } from './x.js';\nimport * as ns from '../y';\nconst z = require('./z');\nawait import('./w.js');\nexport { q } from './q.js';");
    expect(f.imports).toEqual([
      { specifier: './x.js', line: 1, names: ['default', 'b'] },
      { specifier: '../y', line: 2, names: ['*'] },
      { specifier: './z', line: 3, names: ['*'] },
      { specifier: './w.js', line: 4, names: ['*'] },
      { specifier: './q.js', line: 5, names: [] },
    ]);
  });
});

describe('extractSource: bad input and roles', () => {
  it('reports the first syntax error with its position and extracts nothing else', () => {
    const f = x("app.get('/a', h);\nconst = 3;", 'src/broken.ts');
    expect(f.error).toEqual({ line: 2, column: 7, message: 'Variable declaration expected.' });
    expect(f.routes).toEqual([]);
  });
  it('tells tests and candidates from sources', () => {
    expect(roleOf('src/a.test.ts')).toBe('test');
    expect(roleOf('test/a.ts')).toBe('test');
    expect(roleOf('src/__tests__/a.ts')).toBe('test');
    expect(roleOf('src/services/A.candidate.ts')).toBe('candidate');
    expect(roleOf('src/contest.ts')).toBe('source');
  });
  it('counts lines like an editor', () => {
    expect(countLines('')).toBe(0);
    expect(countLines('a')).toBe(1);
    expect(countLines('a\n')).toBe(1);
    expect(countLines('a\nb')).toBe(2);
  });
});

describe('validateCron', () => {
  it.each([
    ['0 2 * * *'], ['*/15 9-17 * * MON-FRI'], ['0 0 1,15 * *'], ['0 12 * JAN,JUL SUN'], ['0 0 L * ?'], ['0 0 * * 5L'], ['0 0 * * 1#2'],
    ['@hourly'], ['@reboot'], ['*/10 * * * * *'], ['0 0 * * 7'],
    // Leap days happen; a restricted day of week makes the schedule fire on either match.
    ['0 0 29 2 *'], ['0 0 31 1-3 *'], ['0 0 30 2 MON'], ['0 0 30-31 FEB,MAR *'], ['0 0 */30 2 *'],
  ])('accepts %s', (expr) => {
    expect(validateCron(expr)).toEqual({ valid: true });
  });
  it.each([
    ['', 'empty expression'],
    ['* * * *', 'expected 5 or 6 fields, got 4'],
    ['60 * * * *', 'minute: 60 is out of range 0-59'],
    ['0 24 * * *', 'hour: 24 is out of range 0-23'],
    ['0 0 0 * *', 'day of month: 0 is out of range 1-31'],
    ['0 0 * 13 *', 'month: 13 is out of range 1-12'],
    ['0 0 * * 8', 'day of week: 8 is out of range 0-7'],
    ['*/0 * * * *', 'minute: step 0 is not allowed'],
    ['5-1 * * * *', 'minute: range 5-1 runs backwards'],
    ['0 0 * FOO *', 'month: "FOO" is not a valid month'],
    ['@often', 'unknown macro @often'],
    ['1,,2 * * * *', 'minute: empty list element in "1,,2"'],
    ['0 0 * * 1#6', 'day of week: "#6" must be 1-5'],
    ['*/a * * * *', 'minute: step "a" is not a number'],
    ['0 0 30 2 *', 'day of month 30 never occurs in FEB (the schedule never fires)'],
    ['0 0 31 APR,JUN *', 'day of month 31 never occurs in APR, JUN (the schedule never fires)'],
    ['0 0 0 31 9 ?', 'day of month 31 never occurs in SEP (the schedule never fires)'],
  ])('rejects %j: %s', (expr, problem) => {
    expect(validateCron(expr)).toEqual({ valid: false, problem });
  });
});
