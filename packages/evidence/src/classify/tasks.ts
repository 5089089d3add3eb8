import path from 'node:path';
import type { EvidenceReportTypes } from '@readycheck/core';
import type { ClassifyContext } from './context.js';
import type { FeatureEvidence } from '../group/group.js';
import { camel, pascal } from '../naming.js';
import { entryWithFramework, FRAMEWORK_LABELS, nestModuleNear, type Framework } from '../frameworks.js';
import type { ProjectLayout } from '../project.js';
import type { Item } from '../types.js';
import { entryLabel, list } from './rules.js';

type Task = EvidenceReportTypes.Task;

const loc = (i: Item): string => `${i.file}:${i.line}`;

/** What the tasks of a feature are built from (the classifier computed it all). */
export interface TaskInputs {
  /** The feature's entries (commands, routes, and jobs or consumers that reach work); commands and routes when absent. */
  entries?: Item[];
  missingServices: Item[];
  missingTables: string[];
  undocumented: string[];
  open: Item[];
  blocking: Item[];
  critical: Item[];
  invalidJobs: Item[];
  undocumentedAt: Array<{ key: string; example?: string }>;
  /** Stubs sure enough to count (the tasks replace these). */
  stubs: Item[];
  /** For a stub on an entry's path: the entry that reaches it, keyed `file:line` of the stub. */
  stubEntries?: ReadonlyMap<string, Item>;
}

const isNest = (fw: Framework | undefined): boolean => fw !== undefined && fw.startsWith('nest-');
const under = (layout: ProjectLayout, dir: string): string => `${layout.sourceRoot ? `${layout.sourceRoot}/` : ''}${dir}`;

interface Shaped {
  title: string;
  file: string;
  detail: string;
}

/**
 * A new entry for a service that has none, in the project's own framework: a NestJS controller (or
 * resolver) beside the service and listed in its module, a Sapphire command class its store loads,
 * a Next.js route module, a router mounted where the project mounts its routes, a CLI command.
 */
function newEntry(fw: Framework | undefined, f: FeatureEvidence, svc: Item, layout: ProjectLayout): Shaped {
  const name = f.name;
  const dir = path.posix.dirname(svc.file);
  const module = nestModuleNear(svc.file, f.files);
  const inModule = module ? `, and add it to the ${fw === 'nest-resolver' ? 'providers' : 'controllers'} of ${module}` : ', and list it in the module that provides the service';
  const commandsDir = layout.commandsDir ?? under(layout, 'commands');
  switch (fw) {
    case 'nest-controller':
    case 'nest-processor':
    case 'nest-schedule':
    case 'nest-listener':
      return { file: `${dir}/${name}.controller${layout.ext}`, title: `Create the NestJS controller ${dir}/${name}.controller${layout.ext} (@Controller('${name}')) whose route methods call ${svc.name} from ${svc.file} through constructor injection${inModule}`, detail: `Each @Get()/@Post() method validates its DTO and calls ${svc.name}; no logic in the controller.` };
    case 'nest-resolver':
      return { file: `${dir}/${name}.resolver${layout.ext}`, title: `Create the NestJS GraphQL resolver ${dir}/${name}.resolver${layout.ext} (@Resolver()) whose @Query/@Mutation methods call ${svc.name} from ${svc.file} through constructor injection${inModule}`, detail: `Each resolver method takes its @Args and calls ${svc.name}; no logic in the resolver.` };
    case 'sapphire-command': {
      // Sapphire bots keep commands in category folders: a new one named after the feature, or move it to the category it belongs to.
      const where = layout.commandCategories ? `${commandsDir}/${pascal(name)}/${name}${layout.ext}` : `${commandsDir}/${name}${layout.ext}`;
      return { file: where, title: `Create the Sapphire command ${where}: a class extending Command from @sapphire/framework (or the project's own base command) with @ApplyOptions({ description }) whose chatInputRun/messageRun calls ${svc.name} from ${svc.file}`, detail: `Sapphire's command store loads every file under ${commandsDir}${layout.commandCategories ? ' (one folder per category)' : ''}: no registration needed; register the slash command in registerApplicationCommands.` };
    }
    case 'discord.js': {
      const file = `${commandsDir}/${name}${layout.ext}`;
      const registry = layout.commandRegistry ? ` and register it in ${layout.commandRegistry}` : ' and register it where the bot loads its commands';
      return { file, title: `Create the discord.js command ${file} exporting data (new SlashCommandBuilder().setName('${name}')) and execute(interaction), which calls ${svc.name} from ${svc.file}${registry}`, detail: `Follow the shape of the existing commands in ${commandsDir}; execute only reads the options and calls ${svc.name}.` };
    }
    case 'command': {
      const file = `${commandsDir}/${name}${layout.ext}`;
      const registry = layout.commandRegistry ? ` and register it in ${layout.commandRegistry}` : ' and register it where the project loads its commands';
      return { file, title: `Create the command shell ${file} that calls ${svc.name} from ${svc.file}${registry}`, detail: `Follow the shape of the existing commands in ${commandsDir}; the command only parses input and calls ${svc.name}.` };
    }
    case 'cli': {
      const file = layout.commandRegistry ?? `${commandsDir}/${name}${layout.ext}`;
      return { file, title: `Add the CLI command ${name} in ${file} (program.command('${name}') / yargs .command('${name}')) whose action calls ${svc.name} from ${svc.file}`, detail: `The action parses its options and calls ${svc.name}; print the result, exit non-zero on failure.` };
    }
    case 'next-route':
    case 'next-page': {
      const app = layout.nextAppDir ?? under(layout, 'app');
      const file = `${app}/api/${name}/route${layout.ext}`;
      return { file, title: `Create the Next.js route handler ${file} exporting GET(request: Request) (and POST where the service writes) that calls ${svc.name} from ${svc.file}`, detail: 'The handler validates the request, calls the service and returns Response.json(...).' };
    }
    case 'vue-router': {
      const file = `${path.posix.dirname(layout.vueViews ?? under(layout, 'views/x'))}/${pascal(name)}View.vue`;
      const router = layout.vueRouter ? ` and add { path: '/${name}', component: () => import('…/${pascal(name)}View.vue') } to the routes in ${layout.vueRouter}` : ' and add its route to the vue-router routes';
      return { file, title: `Create the view ${file} (<script setup>) that calls ${svc.name} from ${svc.file}${router}`, detail: 'The view only loads and shows what the service returns; the service holds the calls.' };
    }
    case 'workers': {
      const file = layout.routeRegistry ?? under(layout, `index${layout.ext}`);
      return { file, title: `Add the path /${name} to the fetch handler of the Worker in ${file} (or its router) that calls ${svc.name} from ${svc.file}`, detail: 'Read bindings from env, call the service, return a Response.' };
    }
    case 'sapphire-route': {
      const file = `${layout.routesDir ?? under(layout, 'routes')}/${name}.get${layout.ext}`;
      return { file, title: `Create the Sapphire API route ${file}: a class extending Route from @sapphire/plugin-api whose run calls ${svc.name} from ${svc.file}`, detail: "The plugin's route store loads it by its file name (name.get.ts → GET /name): no registration needed." };
    }
    default: {
      const routesDir = layout.routesDir ?? under(layout, 'routes');
      const file = `${routesDir}/${name}${layout.ext}`;
      const mount = layout.routeRegistry ? ` in ${layout.routeRegistry}` : '';
      const shape: Partial<Record<Framework, [string, string]>> = {
        express: [`an express.Router() with GET /${name}`, `mount it with app.use('/${name}', router)${mount}`],
        fastify: [`a Fastify plugin with fastify.get('/')`, `register it with app.register(plugin, { prefix: '/${name}' })${mount}`],
        hono: [`a new Hono() with .get('/')`, `mount it with app.route('/${name}', ${camel(name)})${mount}`],
        itty: [`router.get('/${name}', handler)`, `add it to the router${mount}`],
        koa: [`a @koa/router with router.get('/${name}')`, `use it with app.use(router.routes())${mount}`],
        'routing-controllers': [`a @JsonController('/${name}') class`, `add it to the controllers option of createExpressServer/useExpressServer${mount}`],
      };
      const [what, mountText] = (fw && shape[fw]) ?? [`GET /${name}`, layout.routeRegistry ? `mount it in ${layout.routeRegistry}` : 'mount it where the app mounts its routes'];
      return { file, title: `Create the route module ${file} (${what}) that calls ${svc.name} from ${svc.file}, and ${mountText}`, detail: `The handler only validates input and calls ${svc.name}.` };
    }
  }
}

/** A way to run a scheduled job once by hand, in the framework that schedules it. */
function jobTrigger(fw: Framework, j: Item, f: FeatureEvidence, layout: ProjectLayout): Shaped {
  const name = f.name;
  const at = `${j.file}:${j.line}`;
  const svc = f.services.find((s) => s.file === j.file) ?? f.services[0];
  const method = j.detail !== undefined && /^[A-Za-z_$][\w$]*$/.test(j.detail) ? j.detail : undefined;
  const runs = svc ? (method ? `${svc.name}.${method}()` : `the ${svc.name} method at ${at}`) : 'the job';
  const projectFw = layout.framework;
  if (isNest(fw) || isNest(projectFw)) {
    const dir = path.posix.dirname(j.file);
    const existing = [...f.files].filter((x) => /\.controller\.[cm]?[jt]s$/.test(x)).sort()[0];
    const file = existing ?? `${dir}/${name}.controller${layout.ext}`;
    const module = nestModuleNear(j.file, f.files);
    const where = existing ? `the NestJS controller ${file}` : `a new NestJS controller ${file}${module ? ` (list it in the controllers of ${module})` : ''}`;
    return { file, title: `Expose a dry-run trigger for the job "${j.name}" (${at}): add @Post('admin/jobs/${name}') behind the project's admin guard to ${where} that calls ${runs} with dryRun`, detail: `The route calls the same method the @${j.kind === 'nest-cron' ? 'Cron' : 'schedule'} decorator runs; dryRun logs what it would change without writing.` };
  }
  if (fw === 'workers' || projectFw === 'workers') {
    const file = j.file;
    return { file, title: `Expose a dry-run trigger for the job "${j.name}" (${at}): in the Worker's fetch handler of ${file}, answer POST /admin/jobs/${name}?dryRun=1 (behind an admin secret) by calling the same function as the scheduled handler`, detail: 'Pass the cron string through, as the scheduled event would; dryRun=1 reports what it would change without writing.' };
  }
  if (projectFw === 'sapphire-command' || projectFw === 'discord.js' || projectFw === 'cli' || projectFw === 'command' || layout.hasCommands || !layout.hasRoutes) {
    const dir = layout.commandsDir ?? under(layout, 'commands');
    const file = projectFw === 'sapphire-command' && layout.commandCategories ? `${dir}/Admin/${name}-run${layout.ext}` : `${dir}/${name}-run${layout.ext}`;
    const how = projectFw === 'sapphire-command' ? `a Sapphire command (preconditions: ['OwnerOnly']) ${file}` : projectFw === 'cli' ? `the CLI command ${name}-run in ${layout.commandRegistry ?? file}` : `the admin command ${file}${layout.commandRegistry ? ` registered in ${layout.commandRegistry}` : ''}`;
    return { file: projectFw === 'cli' ? (layout.commandRegistry ?? file) : file, title: `Expose a dry-run trigger for the job "${j.name}" (${at}): add ${how} that runs it once with --dry-run`, detail: 'The command calls the same handler as the schedule; --dry-run logs what it would change without writing.' };
  }
  if (projectFw === 'next-route' || projectFw === 'next-page') {
    const file = `${layout.nextAppDir ?? under(layout, 'app')}/api/admin/jobs/${name}/route${layout.ext}`;
    return { file, title: `Expose a dry-run trigger for the job "${j.name}" (${at}): add the Next.js route handler ${file} exporting POST that runs it once when ?dryRun=1`, detail: 'Check the caller is an admin; call the same function the schedule runs; dryRun=1 reports without writing.' };
  }
  const file = layout.routeRegistry ?? under(layout, `index${layout.ext}`);
  const label = projectFw ? FRAMEWORK_LABELS[projectFw] : 'route';
  return { file, title: `Expose a dry-run trigger for the job "${j.name}" (${at}): add the admin ${label} POST /admin/jobs/${name}?dryRun=1 in ${file}`, detail: 'The route calls the same handler as the schedule; dryRun=1 reports what it would change without writing.' };
}

/** How to test a feature's main flow in its entry's framework. */
function testHow(fw: Framework | undefined, target: string, what: string): string {
  switch (fw) {
    case 'nest-controller':
    case 'nest-resolver':
    case 'nest-processor':
    case 'nest-schedule':
    case 'nest-listener':
      return `Build the module with Test.createTestingModule (@nestjs/testing) around ${target} with its real providers (a test database where it queries, not mocked repositories) and cover ${what}.`;
    case 'express':
    case 'koa':
    case 'routing-controllers':
    case 'http':
      return `Start the app on port 0 (or supertest(app)) and call ${what}; assert the responses and what was written.`;
    case 'fastify':
      return `Build the app and call ${what} with app.inject(); assert the responses and what was written.`;
    case 'hono':
    case 'itty':
    case 'workers':
      return `Call ${what} through the app's fetch (app.request / worker.fetch with a test env); assert the responses.`;
    case 'vue-router':
      return `Mount the view with @vue/test-utils (mount(View, { global: { plugins: [router] } })) against a test API on port 0, drive ${what} as a user would, and assert what it renders and sends.`;
    case 'next-route':
    case 'next-page':
      return `Import the route module and call its exported handler with a new Request(...) for ${what}; assert the Response.`;
    case 'sapphire-route':
      return `Start the API (@sapphire/plugin-api) on port 0 and call ${what}; assert the responses.`;
    case 'sapphire-command':
    case 'sapphire-listener':
    case 'discord.js':
    case 'command':
      return `Call what the command runs (${what}) with the options a user would give, and the command's run method with a minimal interaction; assert the reply and what was stored.`;
    case 'cli':
      return `Run the command as a user would (spawn the bin, or call its action) for ${what}; assert the output and exit code.`;
    default:
      return `Cover ${what}.`;
  }
}

function servicePath(feature: string, layout: ProjectLayout): string {
  const file = layout.serviceStyle === 'dot' ? `${feature}.service${layout.ext}` : layout.serviceStyle === 'plain' ? `${feature}${layout.ext}` : `${pascal(feature)}Service${layout.ext}`;
  return `${layout.servicesDir ?? 'src/services'}/${file}`;
}

/**
 * Where a feature's new test goes when tests live in a tests folder: the folder the project's
 * tests start in (`tests/`, `test/`, `__tests__/`), mirroring the code's path under the source
 * root when the project's tests are nested (`tests/lib/…` for `src/lib/…`), else flat.
 */
function testsDirFor(target: string, layout: ProjectLayout): string {
  const dir = layout.testsDir;
  if (!dir) return layout.sourceRoot || 'test';
  const parts = dir.split('/');
  const at = parts.findIndex((p) => /^(tests?|__tests__|specs?|e2e)$/.test(p));
  if (at < 0 || at === parts.length - 1 || !target) return dir;
  const root = parts.slice(0, at + 1).join('/');
  const rel = path.posix.dirname(target).split('/');
  if (layout.sourceRoot && rel[0] === layout.sourceRoot) rel.shift();
  return rel.length ? `${root}/${rel.join('/')}` : root;
}

function nextMigration(layout: ProjectLayout, table: string, offset: number): string {
  const dir = layout.migrationsDir ?? 'migrations';
  let max = 0;
  let width = 4;
  for (const m of layout.migrations) {
    const n = /^(\d+)/.exec(path.posix.basename(m));
    if (n) {
      max = Math.max(max, Number(n[1]));
      width = (n[1] as string).length;
    }
  }
  return `${dir}/${String(max + 1 + offset).padStart(width, '0')}_create_${table}.sql`;
}

/**
 * The fix tasks of a feature, in order: promote candidates, replace stubs, fix missing services,
 * create missing tables, fix crons, command/route parity, database bridging, markers, findings,
 * env validation, job runners, tests, each with exact paths and lines.
 */
export function buildTasks(f: FeatureEvidence, ctx: ClassifyContext, t: TaskInputs): Task[] {
  const { layout } = ctx;
  const tasks: Task[] = [];
  const counters = new Map<string, number>();
  const push = (kind: Task['kind'], title: string, file: string, line?: number, detail?: string): void => {
    const n = (counters.get(kind) ?? 0) + 1;
    counters.set(kind, n);
    const task: Task = { id: `${kind}-${n}`, kind, title, file };
    if (line !== undefined) task.line = line;
    if (detail !== undefined) task.detail = detail;
    tasks.push(task);
  };
  const entries = t.entries ?? [...f.commands.filter((c) => c.kind !== 'npm-script'), ...f.routes];
  const serviceFile = f.services[0]?.file;

  for (const c of f.candidates) {
    const exists = c.detail === 'replaces an existing file';
    push('promote-candidate', `Promote ${c.file} to ${c.name}${exists ? ' (merge it with the current file: keep anything the current file has that the candidate lacks)' : ''}, then delete the candidate`, c.name, undefined, `Diff ${c.file} against ${exists ? c.name : 'the feature'}; move it into place; run the feature's tests.`);
  }
  const fwOf = (e: Item): Framework => ctx.frameworkOf?.(e) ?? 'http';
  for (const s of t.stubs) {
    const e = t.stubEntries?.get(loc(s));
    const via = e ? ` (${entryWithFramework(entryLabel(e), e, fwOf(e))} reaches it)` : s.problem ? ` (${s.problem})` : '';
    push('replace-stub', `Replace the stub at ${loc(s)} with the real implementation${via}`, s.file, s.line, s.detail);
  }
  for (const m of t.blocking) push('replace-stub', `Finish the code marked ${m.name} at ${loc(m)} and remove the marker`, m.file, m.line, m.detail);
  for (const m of t.missingServices) {
    push('missing-service', `Fix ${m.file}:${m.line}: it ${m.problem}; implement it or call the service that exists`, m.file, m.line, m.problem);
  }
  t.missingTables.forEach((table, i) => {
    const ref = f.tableRefs.find((r) => r.name === table) as Item;
    const prismaSchema = layout.schemaFiles.find((x) => x.endsWith('.prisma'));
    if (ref.kind === 'typeorm') {
      const file = `${path.posix.dirname(ref.file)}/${table}.entity${layout.ext}`;
      push('create-table', `Declare the TypeORM entity @Entity('${table}') in ${file} (it is read at ${loc(ref)}) and add it to the DataSource's entities${layout.migrations.length ? ', with its migration' : ''}`, file, undefined, `Columns as the queries at ${loc(ref)} use them.`);
    } else if (ref.kind?.startsWith('prisma') && prismaSchema) {
      push('create-table', `Add model ${pascal(table)} to ${prismaSchema} (it is queried at ${loc(ref)}) and run prisma migrate dev`, prismaSchema, undefined, `Fields as the client calls at ${loc(ref)} use them.`);
    } else if (layout.migrations.length > 0 || layout.schemaFiles.length === 0) {
      push('create-table', `Create table ${table} in a new migration ${nextMigration(layout, table, i)} (it is queried at ${loc(ref)})`, nextMigration(layout, table, i), undefined, `CREATE TABLE ${table} (...) with the columns the queries at ${loc(ref)} use.`);
    } else {
      const schema = layout.schemaFiles[0] as string;
      push('create-table', `Declare table ${table} in ${schema} (it is queried at ${loc(ref)}) and generate its migration`, schema, undefined, `Add the table definition next to the others in ${schema}.`);
    }
  });
  for (const j of t.invalidJobs) push('fix-cron', `Fix the cron expression "${j.name}" at ${loc(j)}: ${j.problem ?? 'invalid'}`, j.file, j.line);

  if (f.services.length > 0 && entries.length === 0) {
    const svc = f.services[0] as Item;
    const fw = layout.framework ?? (layout.hasCommands || !layout.hasRoutes ? 'command' : 'http');
    const shaped = newEntry(fw, f, svc, layout);
    const kind = fw === 'sapphire-command' || fw === 'discord.js' || fw === 'cli' || fw === 'command' ? 'command-parity' : 'route-parity';
    push(kind, shaped.title, shaped.file, undefined, shaped.detail);
  }
  const tableNames = [...new Set([...f.tables.map((x) => x.name), ...f.tableRefs.map((x) => x.name)])].sort();
  if (tableNames.length > 0 && f.services.length === 0 && entries.length === 0) {
    const nestDir = isNest(layout.framework) && f.tables[0] ? path.posix.dirname(f.tables[0].file) : undefined;
    const file = nestDir ? `${nestDir}/${f.name}.service${layout.ext}` : servicePath(f.name, layout);
    const where = f.tables[0] ? ` (created at ${loc(f.tables[0])})` : '';
    const callers = entries.length ? `; call it from ${list(entries.map((e) => e.file))}` : '';
    push('db-bridge', `Add a service layer ${file} for table${tableNames.length === 1 ? '' : 's'} ${tableNames.join(', ')}${where} with typed read and write functions${callers}`, file, undefined, nestDir ? `An @Injectable() ${pascal(f.name)}Service listed in the providers of ${nestModuleNear(file, f.files) ?? 'its module'}; nothing else should talk to ${tableNames.join(', ')} directly.` : `Move the queries out of the entry files into ${pascal(f.name)}Service; nothing else should talk to ${tableNames.join(', ')} directly.`);
  }
  for (const m of t.open) push('resolve-marker', `Resolve the ${m.name} at ${loc(m)}${m.detail ? `: ${m.detail}` : ''}`, m.file, m.line);
  for (const x of t.critical) push('fix-finding', `Fix the ${x.severity} finding ${x.rule ?? x.name} at ${loc(x)}${x.detail ? `: ${x.detail}` : ''}`, x.file, x.line);
  // One task per env example: each key goes to the example nearest the code that reads it.
  const byExample = new Map<string, string[]>();
  for (const u of t.undocumentedAt) byExample.set(u.example ?? '', [...(byExample.get(u.example ?? '') ?? []), u.key]);
  for (const [example, keys] of byExample) {
    const bindings = keys.every((k) => f.envKeys.some((e) => e.name === k && e.kind === 'env-binding' || e.name === k && e.kind === 'env-destructure'));
    const target = example || (layout.envExample ?? (bindings && layout.wrangler ? layout.wrangler : '.env.example'));
    const first = f.envKeys.find((k) => k.name === keys[0]) as Item;
    const fw = entries[0] ? fwOf(entries[0]) : layout.framework;
    const them = keys.length === 1 ? 'it is' : 'any is';
    let how: string;
    if (isNest(fw) && layout.appModule) how = `validate ${keys.length === 1 ? 'it' : 'them'} in ConfigModule.forRoot({ validate }) of ${layout.appModule}, so the app fails at startup when ${them} missing`;
    else if (layout.envValidation && /(^|\/)(env|config|settings)\.[cm]?[jt]s$/.test(layout.envValidation)) how = `fail fast at startup in ${layout.envValidation} when ${them} missing`;
    else if (fw === 'workers' || (bindings && layout.wrangler)) how = `declare ${keys.length === 1 ? 'it' : 'them'} in the Env interface and check at the top of the fetch/scheduled handler that ${them} set (secrets: wrangler secret put)`;
    else how = `fail fast at startup in ${layout.envValidation ?? under(layout, `config${layout.ext}`)} when ${them} missing`;
    push('env-validation', `Add ${keys.join(', ')} to ${target} and ${how}`, target, undefined, `First read at ${loc(first)}.`);
  }
  if (f.commands.length === 0) {
    const seen = new Set<string>();
    for (const j of f.jobs.filter((x) => x.kind !== 'scheduled-handler')) {
      if (seen.has(j.name)) continue;
      seen.add(j.name);
      const shaped = jobTrigger(fwOf(j), j, f, layout);
      push('job-runner', shaped.title, shaped.file, undefined, shaped.detail);
    }
  }
  if (f.tests.length === 0 && (entries.length > 0 || f.services.length > 0)) {
    // Missing tests lower confidence; the task stays, last, so the prompt still says what to cover.
    const target = serviceFile ?? entries[0]?.file ?? '';
    // Beside the code when the project keeps its tests there, else in its tests folder.
    const fw = entries[0] ? fwOf(entries[0]) : layout.framework;
    const dir = (layout.testsColocated || (isNest(fw) && !layout.testsDir)) && target ? path.posix.dirname(target) : testsDirFor(target, layout);
    // NestJS names a unit test after the file it tests (team.service.spec.ts).
    const base = isNest(fw) && target ? path.posix.basename(target).replace(/\.[cm]?[jt]sx?$/, '') : f.name;
    const file = `${dir}/${base}${isNest(fw) ? '.spec' : layout.testSuffix}${layout.ext}`;
    const what = list([...entries.map(entryLabel), ...f.services.map((s) => s.name)], 4);
    const head = entries[0] ? ` (${entryWithFramework(entryLabel(entries[0]), entries[0], fwOf(entries[0]))})` : '';
    push('add-tests', `Add ${file} that imports ${target} and covers ${camel(f.name)}'s main flow${head}`, file, undefined, testHow(fw, target, what));
  }
  return tasks;
}
