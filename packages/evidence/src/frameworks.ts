import path from 'node:path';
import type { FileFacts, Item } from './types.js';

// Which framework an entry belongs to, from what its own file imports and how it was found, so a
// fix task says what that framework wants (a NestJS controller method and its module, a Sapphire
// command class its store loads, a Next.js route module, an Express router mounted with
// app.use…) instead of one framework's words for all. Read from the facts of the one parse: the
// file's import specifiers, the entry's kind and detail (extract/*.ts set them), its path.

/** The frameworks fix tasks know how to speak about. */
export type Framework =
  | 'nest-controller'
  | 'nest-resolver'
  | 'nest-processor'
  | 'nest-schedule'
  | 'nest-listener'
  | 'express'
  | 'fastify'
  | 'hono'
  | 'itty'
  | 'koa'
  | 'routing-controllers'
  | 'next-route'
  | 'next-page'
  | 'vue-router'
  | 'sapphire-command'
  | 'sapphire-route'
  | 'sapphire-listener'
  | 'discord.js'
  | 'cli'
  | 'command'
  | 'workers'
  | 'cron'
  | 'bullmq'
  | 'agenda'
  | 'file-route'
  | 'http';

/** How each framework is named in a task ("GET /x (NestJS controller, src/x.controller.ts:12)"). */
export const FRAMEWORK_LABELS: Readonly<Record<Framework, string>> = {
  'nest-controller': 'NestJS controller',
  'nest-resolver': 'NestJS GraphQL resolver',
  'nest-processor': 'NestJS Bull processor',
  'nest-schedule': 'NestJS @nestjs/schedule job',
  'nest-listener': 'NestJS event listener',
  express: 'Express route',
  fastify: 'Fastify route',
  hono: 'Hono route',
  itty: 'itty-router route',
  koa: 'Koa route',
  'routing-controllers': 'routing-controllers controller',
  'next-route': 'Next.js route handler',
  'next-page': 'Next.js page',
  'vue-router': 'Vue Router page',
  'sapphire-command': 'Sapphire command',
  'sapphire-route': 'Sapphire API route',
  'sapphire-listener': 'Sapphire listener',
  'discord.js': 'discord.js command',
  cli: 'CLI command',
  command: 'command module',
  workers: 'Cloudflare Worker',
  cron: 'cron job',
  bullmq: 'BullMQ worker',
  agenda: 'Agenda job',
  'file-route': 'file-based route',
  http: 'HTTP route',
};

const GRAPHQL_OPS = new Set(['Query', 'Mutation', 'Subscription', 'ResolveField']);

function importsFrom(facts: FileFacts | undefined, test: (spec: string) => boolean): boolean {
  return facts?.imports.some((i) => test(i.specifier)) ?? false;
}

const HTTP_BY_IMPORT: ReadonlyArray<[RegExp, Framework]> = [
  [/^routing-controllers$/, 'routing-controllers'],
  [/^@nestjs\//, 'nest-controller'],
  [/^hono(\/|$)/, 'hono'],
  [/^fastify$|^@fastify\//, 'fastify'],
  [/^itty-router$/, 'itty'],
  [/^(@koa\/router|koa-router|koa)$/, 'koa'],
  [/^express$/, 'express'],
];

/** The HTTP framework a file's imports name, if any. */
export function httpFrameworkOf(facts: FileFacts | undefined): Framework | undefined {
  for (const [re, fw] of HTTP_BY_IMPORT) if (importsFrom(facts, (s) => re.test(s))) return fw;
  return undefined;
}

/**
 * The framework of one entry (a command, route, job or consumer) from its file's facts;
 * `fallback` (the project's main HTTP framework) when the file does not say (a router module
 * handed `app` by its caller imports nothing).
 */
export function entryFramework(e: Item, facts: FileFacts | undefined, fallback?: Framework): Framework {
  const nest = importsFrom(facts, (s) => s.startsWith('@nestjs/'));
  const sapphire = importsFrom(facts, (s) => s.startsWith('@sapphire/'));
  switch (e.kind) {
    case 'route':
      if (e.detail !== undefined && GRAPHQL_OPS.has(e.detail)) return 'nest-resolver';
      return httpFrameworkOf(facts) ?? fallback ?? 'http';
    case 'file-route':
    case 'page': {
      if (sapphire) return 'sapphire-route';
      if (e.detail?.startsWith('vue-router')) return 'vue-router';
      if (e.kind === 'page') return 'next-page';
      return /(^|\/)(app\/.*\/route|pages\/api\/.*)\.[cm]?[jt]sx?$/.test(e.file) ? 'next-route' : 'file-route';
    }
    case 'slash-command':
      return sapphire ? 'sapphire-command' : 'discord.js';
    case 'command-file':
      if (sapphire) return 'sapphire-command';
      return importsFrom(facts, (s) => s === 'discord.js' || s.startsWith('@discordjs/')) ? 'discord.js' : 'command';
    case 'cli-command':
      return 'cli';
    case 'queue-consumer':
      return e.detail?.startsWith('@Process') || nest ? 'nest-processor' : 'bullmq';
    case 'listener':
      if (e.detail?.startsWith('@')) return 'nest-listener';
      return sapphire ? 'sapphire-listener' : 'http';
    case 'scheduled-handler':
    case 'scheduled-cron':
      return 'workers';
    case 'agenda':
    case 'agenda-job':
      return 'agenda';
    default:
      if (e.kind?.startsWith('nest-')) return 'nest-schedule';
      return 'cron';
  }
}

/** `GET /articles (NestJS controller, src/article/article.controller.ts:22)`. */
export function entryWithFramework(label: string, e: Item, fw: Framework): string {
  return `${label} (${FRAMEWORK_LABELS[fw]}, ${e.file}:${e.line})`;
}

/** The Nest module file of a folder's feature (`src/team/team.module.ts`), if the feature has one there. */
export function nestModuleNear(file: string, files: Iterable<string>): string | undefined {
  const dir = path.posix.dirname(file);
  const all = [...files].filter((f) => /\.module\.[cm]?[jt]s$/.test(f));
  return all.find((f) => path.posix.dirname(f) === dir) ?? all.sort((a, b) => a.length - b.length)[0];
}
