import path from 'node:path';
import type { EvidenceReportTypes } from '@readycheck/core';
import { ENV_EXAMPLE_FILES } from './extract-text.js';
import { inCommandsDir } from './extract.js';
import { entryFramework, httpFrameworkOf, type Framework } from './frameworks.js';
import type { FileFacts } from './types.js';

type PublicLayout = NonNullable<EvidenceReportTypes.EvidenceReport['project']>;

/** Where the project keeps things, learned from the scan; the fix tasks name these paths. */
export interface ProjectLayout extends PublicLayout {
  /** Extension new source files should get (`.ts` or `.js`). */
  ext: string;
  /** Top source folder (`src` when there is one, else ``). */
  sourceRoot: string;
  /** How services are named: `DiscordService.ts`, `discord.service.ts` or `discord.ts`. */
  serviceStyle: 'pascal' | 'dot' | 'plain';
  /** How tests are named: `.test` or `.spec`. */
  testSuffix: string;
  /** Tests live beside the code they test (`src/notes/notes.test.ts`), not in a tests folder. */
  testsColocated: boolean;
  /** Existing SQL migration files, sorted. */
  migrations: string[];
  /** Files that declare Drizzle/Kysely/Prisma tables. */
  schemaFiles: string[];
  /** The wrangler config, if any. */
  wrangler?: string;
  /** The project runs commands (a bot or CLI) rather than only routes. */
  hasCommands: boolean;
  hasRoutes: boolean;
  /** The HTTP framework most route files import (the fallback for a router module that imports none). */
  httpFramework?: Framework;
  /** The framework most of the project's commands and routes use: what a new entry should be written in. */
  framework?: Framework;
  /** The file that declares vue-router's routes, and one view it routes to (new views go beside it). */
  vueRouter?: string;
  vueViews?: string;
  /** The Next.js app router folder (`src/app`). */
  nextAppDir?: string;
  /** NestJS's root module (`src/app.module.ts`): where ConfigModule validates env. */
  appModule?: string;
  /** Commands live in category folders (`src/commands/Moderation/ban.ts`), as Sapphire bots keep them. */
  commandCategories?: boolean;
}

function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  let bestN = 0;
  for (const [v, n] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (n > bestN) {
      best = v;
      bestN = n;
    }
  }
  return best;
}

function dirUpTo(file: string, segment: RegExp): string | undefined {
  const parts = file.split('/');
  const idx = parts.findIndex((p) => segment.test(p));
  return idx >= 0 ? parts.slice(0, idx + 1).join('/') : undefined;
}

/**
 * Learns the project's layout from the facts: commands folder and registry file, routes folder
 * and router, services folder and naming, migrations, tests folder, env example and the file that
 * reads env at startup.
 */
export function learnLayout(facts: readonly FileFacts[], importsOf: ReadonlyMap<string, string[]>, envExample?: string): ProjectLayout {
  const ok = facts.filter((f) => !f.error);
  const sources = ok.filter((f) => f.role === 'source');
  // Vue single-file components say nothing about the language of new modules: counted apart.
  const modules = sources.filter((f) => !f.file.endsWith('.vue'));
  const tsCount = modules.filter((f) => /\.[cm]?tsx?$/.test(f.file)).length;
  const ext = tsCount >= modules.length - tsCount ? '.ts' : '.js';
  const sourceRoot = sources.some((f) => f.file.startsWith('src/')) ? 'src' : '';
  const under = (dir: string): string => (sourceRoot ? `${sourceRoot}/${dir}` : dir);

  const commandFiles = sources.filter((f) => f.commands.some((c) => c.kind !== 'npm-script') && inCommandsDir(f.file));
  const commandsDir = mostCommon(commandFiles.map((f) => dirUpTo(f.file, /^(commands|cmds|slash-commands|slashCommands)$/) ?? '')) || undefined;
  let commandRegistry: string | undefined;
  let best = 0;
  for (const f of sources) {
    const intoCommands = (importsOf.get(f.file) ?? []).filter((i) => commandsDir !== undefined && i.startsWith(`${commandsDir}/`)).length;
    const score = f.registersCommands + intoCommands;
    const isCommand = commandFiles.includes(f);
    if (score > best && !(isCommand && f.file !== `${commandsDir}/index${path.posix.extname(f.file)}` && intoCommands === 0 && f.registersCommands < 2)) {
      best = score;
      commandRegistry = f.file;
    }
  }
  const routeFiles = sources.filter((f) => f.routes.length > 0);
  const routesDir = mostCommon(routeFiles.map((f) => dirUpTo(f.file, /^routes$/) ?? '').filter(Boolean));
  let routeRegistry: string | undefined;
  let bestRoute = 0;
  for (const f of sources) {
    const score = f.mountsRoutes * 2 + (f.routes.length > 0 ? 0.5 : 0) + (f.scheduledHandler ? 0.25 : 0);
    if (score > bestRoute) {
      bestRoute = score;
      routeRegistry = f.file;
    }
  }
  const serviceFiles = sources.filter((f) => f.services.length > 0);
  const servicesDir = mostCommon(serviceFiles.map((f) => dirUpTo(f.file, /^services?$/) ?? '').filter(Boolean)) ?? under('services');
  const names = serviceFiles.map((f) => path.posix.basename(f.file));
  const serviceStyle = names.some((n) => /\.service\.[^.]+$/.test(n)) ? 'dot' : names.some((n) => /^[A-Z]\w*Service\.[^.]+$/.test(n)) || names.length === 0 ? 'pascal' : 'plain';
  const migrations = ok.filter((f) => f.role === 'sql').map((f) => f.file).sort();
  const migrationsDir = mostCommon(migrations.map((m) => path.posix.dirname(m)));
  const schemaFiles = ok.filter((f) => f.role !== 'sql' && f.tables.length > 0).map((f) => f.file).sort();
  const testFiles = ok.filter((f) => f.role === 'test').map((f) => f.file);
  const testsDir = mostCommon(testFiles.map((t) => path.posix.dirname(t)));
  const sourceDirs = new Set(sources.map((f) => path.posix.dirname(f.file)));
  const testsColocated = testFiles.filter((t) => sourceDirs.has(path.posix.dirname(t))).length * 2 > testFiles.length;
  const testSuffix = testFiles.some((t) => /\.spec\./.test(t)) && !testFiles.some((t) => /\.test\./.test(t)) ? '.spec' : '.test';
  const exampleFiles = ok.filter((f) => f.role === 'env-example').map((f) => f.file);
  const example = envExample ?? ENV_EXAMPLE_FILES.find((n) => exampleFiles.includes(n)) ?? exampleFiles.sort()[0];
  let envValidation: string | undefined;
  let bestEnv = 0;
  for (const f of sources) {
    const bonus = /(^|\/)(env|config|settings)\.[cm]?[jt]s$/.test(f.file) ? 100 : /^(src\/)?(index|main|app|server|worker|bot)\.[cm]?[jt]sx?$/.test(f.file) ? 0.5 : 0;
    const score = f.envKeys.length + bonus;
    if (score > bestEnv) {
      bestEnv = score;
      envValidation = f.file;
    }
  }
  const wrangler = ok.find((f) => f.role === 'wrangler')?.file;
  const httpFramework = mostCommon(sources.filter((f) => f.routes.some((r) => r.kind === 'route')).map((f) => httpFrameworkOf(f) ?? '').filter(Boolean)) as Framework | undefined;
  const entryFrameworks = sources.flatMap((f) => [...f.commands.filter((c) => c.kind !== 'npm-script'), ...f.routes.filter((r) => r.kind !== 'page')].map((e) => entryFramework(e, f, httpFramework)));
  // A Worker whose fetch handler routes by hand has no route items: its scheduled handler says what it is.
  const framework = (mostCommon(entryFrameworks) as Framework | undefined) ?? (sources.some((f) => f.scheduledHandler) ? 'workers' : undefined);
  const appModule = sources.map((f) => f.file).filter((f) => /(^|\/)app\.module\.[cm]?[jt]s$/.test(f)).sort((a, b) => a.length - b.length)[0];
  const layout: ProjectLayout = {
    ext,
    sourceRoot,
    serviceStyle,
    testSuffix,
    testsColocated,
    migrations,
    schemaFiles,
    hasCommands: commandFiles.length > 0 || sources.some((f) => f.commands.some((c) => c.kind === 'cli-command')),
    hasRoutes: routeFiles.length > 0,
    servicesDir,
  };
  if (commandsDir) layout.commandsDir = commandsDir;
  if (commandRegistry) layout.commandRegistry = commandRegistry;
  if (routesDir) layout.routesDir = routesDir;
  if (routeRegistry) layout.routeRegistry = routeRegistry;
  if (migrationsDir) layout.migrationsDir = migrationsDir;
  if (testsDir) layout.testsDir = testsDir;
  if (example) layout.envExample = example;
  if (envValidation) layout.envValidation = envValidation;
  if (wrangler) layout.wrangler = wrangler;
  if (httpFramework) layout.httpFramework = httpFramework;
  if (framework) layout.framework = framework;
  if (appModule) layout.appModule = appModule;
  const nextAppDir = mostCommon(sources.filter((f) => f.routes.some((r) => r.kind === 'file-route' || r.kind === 'page')).map((f) => dirUpTo(f.file, /^app$/) ?? '').filter(Boolean));
  if (nextAppDir) layout.nextAppDir = nextAppDir;
  const vuePages = sources.flatMap((f) => f.routes.filter((r) => r.detail?.startsWith('vue-router ')));
  const vueRouter = mostCommon(vuePages.map((r) => (r.detail as string).slice('vue-router '.length).replace(/:\d+$/, '')));
  if (vueRouter) layout.vueRouter = vueRouter;
  // A Vue app's routes are registered in its router file, not in the view that won a tie.
  if (vueRouter && bestRoute < 2) layout.routeRegistry = vueRouter;
  const vueViews = mostCommon(vuePages.map((r) => r.file));
  if (vueViews) layout.vueViews = vueViews;
  if (commandsDir && commandFiles.some((f) => path.posix.dirname(f.file) !== commandsDir)) layout.commandCategories = true;
  return layout;
}

/** The public part of a layout, as written into evidence.json. */
export function publicLayout(layout: ProjectLayout): PublicLayout {
  const out: PublicLayout = {};
  for (const key of ['commandRegistry', 'commandsDir', 'routesDir', 'routeRegistry', 'servicesDir', 'migrationsDir', 'testsDir', 'envExample', 'envValidation'] as const) {
    const v = layout[key];
    if (v !== undefined) out[key] = v;
  }
  return out;
}
