import { describe, expect, it } from 'vitest';
import { extractFile } from './extract-file.js';
import { entryFramework, FRAMEWORK_LABELS } from './frameworks.js';

// Each entry's framework, read from its own file as the scan reads it (extractFile: one parse).
function frameworkOf(relPath: string, text: string, fallback?: Parameters<typeof entryFramework>[2]): string[] {
  const facts = extractFile({ text, relPath });
  const entries = [...facts.commands, ...facts.routes, ...facts.jobs, ...facts.events.filter((e) => e.kind === 'queue-consumer' || e.kind === 'listener')];
  return entries.map((e) => FRAMEWORK_LABELS[entryFramework(e, facts, fallback)]);
}

describe('the framework of an entry', () => {
  it('tells NestJS controllers, resolvers, processors and @Cron jobs apart', () => {
    expect(frameworkOf('src/team/team.controller.ts', "import { Controller, Get } from '@nestjs/common';\n@Controller('teams')\nexport class TeamController {\n  @Get()\n  list() { return []; }\n}\n")).toEqual(['NestJS controller']);
    expect(frameworkOf('src/team/team.resolver.ts', "import { Resolver, Query } from '@nestjs/graphql';\n@Resolver()\nexport class TeamResolver {\n  @Query(() => String)\n  team() { return 'x'; }\n}\n")).toEqual(['NestJS GraphQL resolver']);
    expect(frameworkOf('src/mail/mail.processor.ts', "import { Processor, Process } from '@nestjs/bull';\n@Processor('mail')\nexport class MailProcessor {\n  @Process('welcome')\n  async welcome() { return 1; }\n}\n")).toEqual(['NestJS Bull processor']);
    expect(frameworkOf('src/s/s.service.ts', "import { Injectable } from '@nestjs/common';\nimport { Cron } from '@nestjs/schedule';\n@Injectable()\nexport class S {\n  @Cron('0 * * * *')\n  run() { return 1; }\n}\n")).toEqual(['NestJS @nestjs/schedule job']);
  });

  it('names the HTTP framework a route file imports, and the project\'s for a router module that imports none', () => {
    expect(frameworkOf('src/a.ts', "import express from 'express';\nconst app = express();\napp.get('/a', (req, res) => res.send('a'));\n")).toEqual(['Express route']);
    expect(frameworkOf('src/b.ts', "import Fastify from 'fastify';\nconst app = Fastify();\napp.get('/b', async () => 'b');\n")).toEqual(['Fastify route']);
    expect(frameworkOf('src/c.ts', "import { Hono } from 'hono';\nconst app = new Hono();\napp.get('/c', (c) => c.text('c'));\n")).toEqual(['Hono route']);
    expect(frameworkOf('src/d.ts', "import { Router } from 'itty-router';\nconst router = Router();\nrouter.get('/d', () => new Response('d'));\n")).toEqual(['itty-router route']);
    expect(frameworkOf('src/routes/e.js', "module.exports = (app) => { app.get('/e', (req, res) => res.send('e')); };\n", 'express')).toEqual(['Express route']);
  });

  it('knows Next.js route handlers, Sapphire and discord.js commands, CLIs and Workers crons', () => {
    expect(frameworkOf('src/app/api/me/route.ts', 'export async function GET() { return Response.json({}); }\n')).toEqual(['Next.js route handler']);
    expect(frameworkOf('src/commands/General/ping.ts', "import { Command } from '@sapphire/framework';\nexport class Ping extends Command {\n  public override registerApplicationCommands(r: Command.Registry) { r.registerChatInputCommand((b) => b.setName('ping').setDescription('p')); }\n}\n")).toEqual(['Sapphire command']);
    expect(frameworkOf('src/commands/ping.ts', "import { SlashCommandBuilder } from 'discord.js';\nexport const data = new SlashCommandBuilder().setName('ping').setDescription('p');\nexport async function execute() { return 1; }\n")).toEqual(['discord.js command']);
    expect(frameworkOf('src/cli.ts', "import { Command } from 'commander';\nconst program = new Command();\nprogram.command('sync').action(() => 1);\n")).toEqual(['CLI command']);
    expect(frameworkOf('src/index.ts', "export default {\n  async scheduled(event: ScheduledEvent) {\n    switch (event.cron) {\n      case '0 * * * *': return 1;\n    }\n  },\n};\n")).toEqual(['Cloudflare Worker', 'Cloudflare Worker']);
  });
});
