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
  const dir = await mkdtemp(path.join(os.tmpdir(), 'evidence-links-'));
  temps.push(dir);
  for (const [rel, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await writeFile(path.join(dir, rel), content);
  }
  return dir;
}

describe('several entries in one file', () => {
  it('gives each command only the service calls inside its own definition', async () => {
    const root = await tree({
      'src/cli.ts': [
        "import { Command } from 'commander';",
        "import { SyncService } from './services/SyncService.js';",
        "import { ExportService } from './services/ExportService.js';",
        'const program = new Command();',
        'program',
        "  .command('sync')",
        '  .action(async () => {',
        '    await new SyncService().run();',
        '  });',
        'program',
        "  .command('export')",
        '  .action(async () => {',
        '    await ExportService.dump();',
        '  });',
        'program.parse();',
      ].join('\n'),
      'src/services/SyncService.ts': 'export class SyncService { async run() { return 1; } }\n',
      'src/services/ExportService.ts': 'export class ExportService { static write() { return 1; } }\n',
    });
    const { report } = await scanEvidence({ root });
    const byName = new Map(report.features.map((f) => [f.name, f]));
    const sync = byName.get('sync');
    const exp = byName.get('export');
    // The missing ExportService.dump() is the export command's problem, not sync's.
    // No tests lower its confidence but no longer make it WARN: a command calling its service passes.
    expect(sync?.status).toBe('PASS');
    expect(sync?.reasons.join('\n')).not.toContain('missing service');
    expect(sync?.primaryFlow).toEqual(['command sync (CLI command, src/cli.ts:5) → SyncService (src/services/SyncService.ts)']);
    expect(exp?.status).toBe('FAIL');
    expect(exp?.reasons[0]).toBe('export (src/cli.ts) calls a missing service: calls ExportService.dump(), which src/services/ExportService.ts does not define');
    expect(exp?.primaryFlow).toEqual(['command export (CLI command, src/cli.ts:10) → ExportService (src/services/ExportService.ts)']);
  });

  it('keeps yargs chains and routes apart, and shares a call made outside every definition', async () => {
    const root = await tree({
      'src/cli.ts': [
        "import yargs from 'yargs';",
        "import { PingService } from './services/PingService.js';",
        "import { StatsService } from './services/StatsService.js';",
        'const shared = new StatsService();',
        'yargs(process.argv)',
        "  .command('ping', 'ping', () => {}, () => PingService.ping())",
        "  .command('stats', 'stats', () => {}, () => shared.count())",
        '  .parse();',
      ].join('\n'),
      'src/services/PingService.ts': 'export class PingService { static ping() { return 1; } }\n',
      'src/services/StatsService.ts': 'export class StatsService { count() { return 1; } }\n',
    });
    const { report } = await scanEvidence({ root });
    const flow = (n: string): string[] | undefined => report.features.find((f) => f.name === n)?.primaryFlow;
    // `shared` is created outside both definitions: the link stays with every entry of the file.
    expect(flow('ping')).toEqual(['command ping (CLI command, src/cli.ts:5) → PingService (src/services/PingService.ts), StatsService (src/services/StatsService.ts)']);
    expect(flow('stat')).toEqual(['command stats (CLI command, src/cli.ts:5) → StatsService (src/services/StatsService.ts)']);
  });

  it('links CommonJS commands to the services they require, and catches a method the service lacks', async () => {
    const root = await tree({
      'src/commands/weather.js': [
        "const { SlashCommandBuilder } = require('discord.js');",
        "const WeatherService = require('../services/WeatherService');",
        "const { formatTemp } = require('../services/format.service');",
        'module.exports = {',
        "  data: new SlashCommandBuilder().setName('weather').setDescription('Weather'),",
        '  async execute(interaction) {',
        "    const w = await WeatherService.forecast(interaction.options.getString('city'));",
        '    await interaction.reply(formatTemp(w));',
        '  },',
        '};',
      ].join('\n'),
      'src/commands/current.js': [
        "const { SlashCommandBuilder } = require('discord.js');",
        "const WeatherService = require('../services/WeatherService');",
        "module.exports = { data: new SlashCommandBuilder().setName('current').setDescription('Current'), execute: () => WeatherService.current('x') };",
      ].join('\n'),
      'src/services/WeatherService.js': 'class WeatherService {\n  static async current(city) { return city; }\n}\nmodule.exports = WeatherService;\n',
      'src/services/format.service.js': 'exports.formatTemp = (t) => `${t}`;\n',
    });
    const { report } = await scanEvidence({ root });
    const weather = report.features.find((f) => f.name === 'weather');
    expect(weather?.status).toBe('FAIL');
    expect(weather?.reasons[0]).toBe('/weather (src/commands/weather.js) calls a missing service: calls WeatherService.forecast(), which src/services/WeatherService.js does not define');
    expect(weather?.primaryFlow).toEqual(['command /weather (discord.js command, src/commands/weather.js:5) → WeatherService (src/services/WeatherService.js), formatTemp (src/services/format.service.js)']);
    // (`now` would be no feature name: it is an SQL function as often as a command.)
    const current = report.features.find((f) => f.name === 'current');
    expect(current?.reasons.join('\n')).not.toContain('missing service');
    expect(current?.primaryFlow).toEqual(['command /current (discord.js command, src/commands/current.js:3) → WeatherService (src/services/WeatherService.js)']);
  });

  it('reads NestJS controllers as routes and links the services injected into them', async () => {
    const root = await tree({
      'src/users/users.controller.ts': [
        "import { Body, Controller, Get, Post } from '@nestjs/common';",
        "import { UsersService } from './users.service';",
        "@Controller({ path: 'users' })",
        'export class UsersController {',
        '  constructor(private readonly usersService: UsersService) {}',
        "  @Get(':id')",
        '  findOne() { return this.usersService.findAll(); }',
        '  @Post()',
        '  create(@Body() dto: unknown) { return dto; }',
        '  helper() { return 1; }',
        '}',
      ].join('\n'),
      'src/users/users.service.ts': "import { Injectable } from '@nestjs/common';\n@Injectable()\nexport class UsersService { findAll() { return []; } }\n",
      'test/users.test.ts': "import { UsersService } from './users/users.service';\nnew UsersService();\n",
    });
    const { report } = await scanEvidence({ root });
    const users = report.features.find((f) => f.name === 'user');
    expect(users?.evidence.routes.map((r) => `${r.detail} ${r.name}:${r.line}`)).toEqual(['GET /users/:id:6', 'POST /users:8']);
    expect(users?.status).toBe('PASS');
    expect(users?.primaryFlow).toEqual([
      'route GET /users/:id (NestJS controller, src/users/users.controller.ts:6) → UsersService (src/users/users.service.ts)',
      'route POST /users (NestJS controller, src/users/users.controller.ts:8) → UsersService (src/users/users.service.ts)',
    ]);
  });

  it('prefixes the routes of a mounted router with its mount path, keeping each route its own calls', async () => {
    const root = await tree({
      'src/app.ts': [
        "import express from 'express';",
        "import usersRouter from './routes/users.js';",
        "import { auth } from './middleware/auth.js';",
        'const app = express();',
        "app.use('/api/users', auth, usersRouter);",
        'app.listen(3000);',
      ].join('\n'),
      'src/middleware/auth.ts': 'export const auth = (req: unknown, res: unknown, next: () => void) => next();\n',
      'src/routes/users.ts': [
        "import { Router } from 'express';",
        "import { UserService } from '../services/UserService.js';",
        'const router = Router();',
        "router.get('/', async (req, res) => res.json(await UserService.list()));",
        "router.delete('/:id', async (req, res) => res.json(await UserService.remove(req.params.id)));",
        'export default router;',
      ].join('\n'),
      'src/services/UserService.ts': 'export class UserService { static async list() { return []; } }\n',
    });
    const { report } = await scanEvidence({ root });
    const user = report.features.find((f) => f.name === 'user');
    expect(user?.evidence.routes.map((r) => `${r.detail} ${r.name}`)).toEqual(['GET /api/users', 'DELETE /api/users/:id']);
    expect(user?.reasons[0]).toBe('DELETE /api/users/:id (src/routes/users.ts) calls a missing service: calls UserService.remove(), which src/services/UserService.ts does not define');
    expect(user?.primaryFlow).toEqual([
      'route GET /api/users (Express route, src/routes/users.ts:4) → UserService (src/services/UserService.ts)',
      'route DELETE /api/users/:id (Express route, src/routes/users.ts:5) → UserService (src/services/UserService.ts)',
    ]);
  });

  it('resolves the tsconfig paths aliases an entry imports its services through', async () => {
    const root = await tree({
      // tsconfig.json allows comments and trailing commas.
      'tsconfig.json': '{\n  // aliases\n  "compilerOptions": { "baseUrl": ".", "paths": { "@/*": ["src/*"], "@db": ["src/db/index.ts"], }, },\n}\n',
      'src/commands/sync.ts': [
        "import { SyncService } from '@/services/SyncService';",
        "import { S3Client } from '@aws-sdk/client-s3';",
        "export const command = { name: 'sync', description: 'sync' };",
        'export const run = () => new SyncService().push(new S3Client());',
      ].join('\n'),
      'src/services/SyncService.ts': "import { db } from '@db';\nexport class SyncService { run() { return db; } }\n",
      'src/db/index.ts': 'export const db = {};\n',
      'tests/flow.test.ts': "import { SyncService } from '@/services/SyncService';\nnew SyncService();\n",
    });
    const { report } = await scanEvidence({ root });
    const sync = report.features.find((f) => f.name === 'sync');
    expect(sync?.reasons[0]).toBe('/sync (src/commands/sync.ts) calls a missing service: calls new SyncService().push(), which src/services/SyncService.ts does not define');
    expect(sync?.reasons).toContain('tests: tests/flow.test.ts');
    expect(sync?.reasons.join('\n')).not.toContain('client-s3');
    expect(sync?.primaryFlow).toEqual(['command /sync (discord.js command, src/commands/sync.ts:3) → SyncService (src/services/SyncService.ts)']);
  });

  it('reads a tsconfig that is not even JSONC (unquoted keys) the way TypeScript does', async () => {
    const root = await tree({
      'tsconfig.json': "{ compilerOptions: { baseUrl: '.', paths: { '@/*': ['src/*'] } } }\n",
      'src/commands/sync.ts': "import { SyncService } from '@/services/SyncService';\nexport const command = { name: 'sync', description: 'sync' };\nexport const run = () => new SyncService().push();\n",
      'src/services/SyncService.ts': 'export class SyncService { run() { return 1; } }\n',
    });
    const sync = (await scanEvidence({ root })).report.features.find((f) => f.name === 'sync');
    expect(sync?.reasons[0]).toBe('/sync (src/commands/sync.ts) calls a missing service: calls new SyncService().push(), which src/services/SyncService.ts does not define');
  });
});
