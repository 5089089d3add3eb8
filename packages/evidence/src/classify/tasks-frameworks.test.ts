import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scanEvidence } from '@readycheck/evidence';

const temps: string[] = [];
afterEach(async () => {
  for (const d of temps.splice(0)) await rm(d, { recursive: true, force: true });
});

async function tree(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'evidence-tasks-fw-'));
  temps.push(dir);
  for (const [rel, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await writeFile(path.join(dir, rel), content);
  }
  return dir;
}

// A service no entry calls, in projects whose entries are each written in another framework: the
// task to give it an entry, a job trigger and a test must be in that framework's words.
const SERVICE = "export class ExportService {\n  async run() {\n    return [1, 2, 3];\n  }\n}\n";

async function tasksOf(files: Record<string, string>, feature: string): Promise<string[]> {
  const { report } = await scanEvidence({ root: await tree({ 'src/services/ExportService.ts': SERVICE, ...files }), workers: 1 });
  const f = report.features.find((x) => x.name === feature);
  return (f?.tasks ?? []).map((t) => `${t.kind} | ${t.file} | ${t.title} | ${t.detail ?? ''}`);
}

describe('tasks in the words of the project\'s framework', () => {
  it('Fastify: a plugin registered with a prefix; tests through app.inject', async () => {
    const tasks = await tasksOf({
      'src/server.ts': "import Fastify from 'fastify';\nimport { users } from './routes/users';\nconst app = Fastify();\napp.register(users, { prefix: '/users' });\napp.get('/health', async () => 'ok');\n",
      'src/routes/users.ts': "import type { FastifyInstance } from 'fastify';\nimport { UserService } from '../services/UserService';\nexport async function users(app: FastifyInstance) {\n  app.get('/', async () => new UserService().list());\n}\n",
      'src/services/UserService.ts': 'export class UserService {\n  list() {\n    return [];\n  }\n}\n',
    }, 'export');
    expect(tasks[0]).toMatch(/^route-parity \| src\/routes\/export\.ts \| Create the route module src\/routes\/export\.ts \(a Fastify plugin with fastify\.get\('\/'\)\) that calls ExportService from src\/services\/ExportService\.ts, and register it with app\.register\(plugin, \{ prefix: '\/export' \}\)/);
  });

  it('Next.js: a route handler under the app folder; a job trigger is a route handler too', async () => {
    const tasks = await tasksOf({
      'src/app/api/users/route.ts': "import { UserService } from '@/services/UserService';\nexport async function GET() {\n  return Response.json(await new UserService().list());\n}\n",
      'src/services/UserService.ts': 'export class UserService {\n  list() {\n    return fetch("https://api.example.com/users");\n  }\n}\n',
      'src/jobs/export.ts': "import cron from 'node-cron';\nimport { ExportService } from '../services/ExportService';\n// TODO: page through the rows\ncron.schedule('0 3 * * *', () => new ExportService().run());\n",
      'tsconfig.json': JSON.stringify({ compilerOptions: { paths: { '@/*': ['./src/*'] } } }),
    }, 'export');
    expect(tasks.find((t) => t.startsWith('job-runner'))).toMatch(/^job-runner \| src\/app\/api\/admin\/jobs\/export\/route\.ts \| Expose a dry-run trigger for the job "0 3 \* \* \*" \(src\/jobs\/export\.ts:4\): add the Next\.js route handler src\/app\/api\/admin\/jobs\/export\/route\.ts exporting POST/);
    expect(tasks.some((t) => t.startsWith('add-tests') && t.includes('with a new Request'))).toBe(false);
  });

  it('a CLI: a command in the program file; a Worker: a branch of its fetch handler', async () => {
    const cli = await tasksOf({ 'src/cli.ts': "import { Command } from 'commander';\nimport { SyncService } from './services/SyncService';\nconst program = new Command();\nprogram.command('sync').action(() => new SyncService().run());\nprogram.parse();\n", 'src/services/SyncService.ts': 'export class SyncService {\n  run() {\n    return 1;\n  }\n}\n' }, 'export');
    expect(cli[0]).toMatch(/^command-parity \| src\/cli\.ts \| Add the CLI command export in src\/cli\.ts/);
    const worker = await tasksOf({
      'src/index.ts': "export default {\n  async fetch(request: Request, env: Env) {\n    return new Response('ok');\n  },\n  async scheduled(event: ScheduledController, env: Env) {\n    switch (event.cron) {\n      case '0 3 * * *':\n        return cleanup(env);\n    }\n  },\n};\nfunction cleanup(env: Env) {\n  return env.DB.prepare('DELETE FROM sessions').run();\n}\n",
      'migrations/0001_init.sql': 'CREATE TABLE sessions (id TEXT PRIMARY KEY);\n',
    }, 'export');
    expect(worker[0]).toMatch(/^route-parity \| src\/index\.ts \| Add the path \/export to the fetch handler of the Worker in src\/index\.ts/);
    expect(worker.find((t) => t.startsWith('add-tests'))).toMatch(/through the app's fetch \(app\.request \/ worker\.fetch with a test env\)|Cover ExportService/);
  });

  it('Hono and Koa routers, routing-controllers, an itty router: each mounted its own way', async () => {
    const hono = await tasksOf({ 'src/index.ts': "import { Hono } from 'hono';\nimport { users } from './routes/users';\nconst app = new Hono();\napp.route('/users', users);\nexport default app;\n", 'src/routes/users.ts': "import { Hono } from 'hono';\nexport const users = new Hono();\nusers.get('/', (c) => c.json([]));\n" }, 'export');
    expect(hono[0]).toMatch(/a new Hono\(\) with \.get\('\/'\)\) .*app\.route\('\/export', export\)/);
    const koa = await tasksOf({ 'src/app.ts': "import Router from '@koa/router';\nconst router = new Router();\nrouter.get('/users', (ctx) => { ctx.body = []; });\n" }, 'export');
    expect(koa[0]).toMatch(/a @koa\/router with router\.get\('\/export'\)/);
    const rc = await tasksOf({ 'src/controllers/UserController.ts': "import { JsonController, Get } from 'routing-controllers';\n@JsonController('/users')\nexport class UserController {\n  @Get('/')\n  list() {\n    return [];\n  }\n}\n" }, 'export');
    expect(rc[0]).toMatch(/a @JsonController\('\/export'\) class/);
    const itty = await tasksOf({ 'src/index.ts': "import { Router } from 'itty-router';\nconst router = Router();\nrouter.get('/users', () => new Response('[]'));\nexport default { fetch: router.fetch };\n" }, 'export');
    expect(itty[0]).toMatch(/router\.get\('\/export', handler\)/);
  });

  it('a NestJS resolver project gets a resolver, a table with no service a Nest provider', async () => {
    const tasks = await tasksOf({
      'src/team/team.resolver.ts': "import { Resolver, Query } from '@nestjs/graphql';\nimport { TeamService } from './team.service';\n@Resolver()\nexport class TeamResolver {\n  constructor(private readonly teams: TeamService) {}\n  @Query(() => [String])\n  teams() {\n    return this.teams.list();\n  }\n}\n",
      'src/team/team.service.ts': "import { Injectable } from '@nestjs/common';\n@Injectable()\nexport class TeamService {\n  list() {\n    return [];\n  }\n}\n",
      'src/team/team.module.ts': "import { Module } from '@nestjs/common';\n@Module({})\nexport class TeamModule {}\n",
      'src/services/ExportService.ts': SERVICE,
    }, 'export');
    expect(tasks[0]).toMatch(/^route-parity \| src\/services\/export\.resolver\.ts \| Create the NestJS GraphQL resolver/);
  });
});
