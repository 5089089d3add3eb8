import { describe, expect, it } from 'vitest';
import { extractFile, featureName, groupFeatures, linkEntries, nameFromItem, nameFromPath, resolveImport, singular } from '@readycheck/evidence';
import { importResolver } from './group.js';

describe('naming', () => {
  it.each([
    ['src/commands/discord/link.ts', 'feature:discord'],
    ['src/services/DiscordService.ts', 'feature:discord'],
    ['src/services/discord-guild.service.ts', 'feature:discord-guild'],
    ['src/features/billing/components/Invoice.tsx', 'feature:billing'],
    ['src/utils/format.ts', 'infra:utils'],
    ['src/config.ts', 'infra:config'],
    ['src/index.ts', 'none'],
    ['src/commands/index.ts', 'none'],
    ['migrations/0001_create_users.sql', 'infra:migrations'],
    ['src/routes/[id].ts', 'none'],
  ])('%s names %s', (file, want) => {
    const p = nameFromPath(file);
    expect(p.kind === 'none' ? 'none' : `${p.kind}:${p.name}`).toBe(want);
  });
  it('names features from tables, events, routes and commands', () => {
    expect(nameFromItem('table', 'discord_guilds')).toBe('discord-guild');
    expect(nameFromItem('event', 'discord:ready')).toBe('discord');
    expect(nameFromItem('route', '/api/v1/feeds/:id')).toBe('feed');
    expect(nameFromItem('route', '/:id')).toBeNull();
    expect(nameFromItem('command', 'feeds:sync')).toBe('feed');
    expect(nameFromItem('service', 'BillingService')).toBe('billing');
  });
  it('singularises the common plural forms', () => {
    expect(['guilds', 'entries', 'classes', 'status', 'news', 'box', 'boxes'].map(singular)).toEqual(['guild', 'entry', 'class', 'status', 'news', 'box', 'box']);
    expect(featureName('UserProfileHTTPClient')).toBe('user-profile-http-client');
  });
  it('resolves relative imports the way TypeScript does for ESM sources', () => {
    const known = new Set(['src/a.ts', 'src/b/index.ts', 'src/c.js']);
    expect(resolveImport('src/x.ts', './a.js', known)).toBe('src/a.ts');
    expect(resolveImport('src/x.ts', './b', known)).toBe('src/b/index.ts');
    expect(resolveImport('src/x.ts', './c', known)).toBe('src/c.js');
    expect(resolveImport('src/x.ts', 'react', known)).toBeNull();
    expect(resolveImport('src/x.ts', './missing', known)).toBeNull();
  });
  it('remembers answers per folder, so one specifier from two folders resolves twice, each right', () => {
    const known = new Set(['src/db.ts', 'src/routes/db.ts', 'src/routes/a.ts', 'lib/db/index.ts']);
    const resolve = importResolver(known, [{ pattern: '@/*', targets: ['lib/*'] }]);
    expect(resolve('src/x.ts', './db.js')).toBe('src/db.ts');
    expect(resolve('src/routes/a.ts', './db.js')).toBe('src/routes/db.ts');
    expect(resolve('src/routes/b.ts', './db.js')).toBe('src/routes/db.ts');
    expect(resolve('src/routes/a.ts', '../db')).toBe('src/db.ts');
    expect(resolve('src/x.ts', '@/db')).toBe('lib/db/index.ts');
    expect(resolve('src/routes/a.ts', '@/db')).toBe('lib/db/index.ts');
    expect(resolve('src/x.ts', './missing')).toBeNull();
    expect(resolve('src/x.ts', './missing')).toBeNull();
    for (const [from, spec] of [['src/x.ts', './db.js'], ['src/routes/b.ts', '../db'], ['src/x.ts', '@/db'], ['src/x.ts', 'react']] as const) {
      expect(resolve(from, spec)).toBe(resolveImport(from, spec, known, [{ pattern: '@/*', targets: ['lib/*'] }]));
    }
  });
});

const facts = (files: Record<string, string>) => Object.entries(files).map(([file, text]) => extractFile({ text, relPath: file, hash: 'h' }));

describe('groupFeatures', () => {
  it('merges discord-guild into discord and names events and tables by themselves', () => {
    const g = groupFeatures(facts({
      'src/commands/discord/link.ts': "export const data = new SlashCommandBuilder().setName('link');",
      'src/services/DiscordService.ts': "export class DiscordService { x() { bus.emit('discord:linked'); } }",
      'db/1.sql': 'CREATE TABLE discord_guilds (id int);',
      'src/index.ts': "bus.on('discord:ready', h); bus.on('ready', h);",
    }));
    const discord = g.features.find((f) => f.name === 'discord');
    expect(discord?.commands.map((c) => c.name)).toEqual(['link']);
    expect(discord?.services.map((c) => c.name)).toEqual(['DiscordService']);
    expect(discord?.tables.map((c) => c.name)).toEqual(['discord_guilds']);
    expect(discord?.events.map((c) => c.name)).toEqual(['discord:ready', 'discord:linked']);
    expect(g.features.find((f) => f.name === 'app')?.events.map((e) => e.name)).toEqual(['ready']);
  });
  it('applies config: explicit globs, aliases, generic names', () => {
    const g = groupFeatures(
      facts({
        'src/payments/stripe.ts': 'export class StripeClient {}',
        'src/services/ReminderService.ts': 'export class ReminderService {}',
        'src/commands/remind.ts': "export const data = new SlashCommandBuilder().setName('remind');",
        'src/modules2/legacy/thing.ts': 'export class ThingService {}',
      }),
      { features: { billing: { globs: ['src/payments/**'] } }, aliases: { remind: 'reminder' }, genericNames: ['modules2', 'legacy'] },
    );
    expect(g.features.map((f) => `${f.name}:${f.grouping}`)).toEqual(['billing:config', 'reminder:derived', 'thing:derived']);
    expect(g.features[1]?.commands.map((c) => c.name)).toEqual(['remind']);
  });
  it('grows a feature from a job as from a command: what only the cron imports joins it', () => {
    const g = groupFeatures(facts({
      'src/billing/renew.ts': "import cron from 'node-cron';\nimport { charge } from '../handlers/charge.js';\ncron.schedule('0 0 * * *', () => charge());",
      'src/handlers/charge.ts': 'export function charge() { return 1; }',
    }));
    expect(g.features.map((f) => `${f.name}: ${[...f.files].sort().join(', ')}`)).toEqual(['billing: src/billing/renew.ts, src/handlers/charge.ts']);
  });
  it('puts tests in the features they import, and candidates in the feature they would join', () => {
    const g = groupFeatures(facts({
      'src/services/PollService.ts': 'export class PollService {}',
      'src/services/PollService.candidate.ts': 'export class PollService { better() {} }',
      'test/polls.test.ts': "import { PollService } from '../src/services/PollService.js';",
    }));
    const poll = g.features.find((f) => f.name === 'poll');
    expect(poll?.tests.map((t) => t.file)).toEqual(['test/polls.test.ts']);
    expect(poll?.candidates).toEqual([{ name: 'src/services/PollService.ts', file: 'src/services/PollService.candidate.ts', line: 1, kind: 'candidate', detail: 'replaces an existing file' }]);
    expect(poll?.services.map((s) => s.name)).toEqual(['PollService']);
  });
});

describe('linkEntries (cross-file, from one parse per file)', () => {
  const texts = new Map([
    ['src/commands/a.ts', "import { AService } from '../services/AService.js';\nimport { Nope } from '../services/AService.js';\nexport async function run() { await AService.go(); await AService.missing(); const s = new AService(); s.inst(); s.gone(); }"],
    ['src/services/AService.ts', 'export class AService { static async go() {} inst() {} }'],
    ['src/commands/b.ts', "import * as svc from '../services/b.service.js';\nimport { helper } from '../util.js';\nexport function run() { svc.work(); helper(); }"],
    ['src/services/b.service.ts', 'export function work() {}'],
  ]);
  it('tells which services an entry calls, and which calls reach nothing', async () => {
    const links = await linkEntries({ entries: ['src/commands/a.ts', 'src/commands/b.ts'], texts, serviceFiles: new Set(['src/services/AService.ts', 'src/services/b.service.ts']) });
    expect(links.get('src/commands/a.ts')).toEqual({
      calls: ['AService (src/services/AService.ts)'],
      serviceFiles: ['src/services/AService.ts'],
      sites: [{ call: 'AService (src/services/AService.ts)', file: 'src/services/AService.ts', line: 3 }],
      missing: [
        { line: 2, problem: 'imports Nope from ../services/AService.js, which src/services/AService.ts does not export' },
        { line: 3, problem: 'calls AService.missing(), which src/services/AService.ts does not define' },
        { line: 3, problem: 'calls s.gone(), which src/services/AService.ts does not define' },
      ],
    });
    expect(links.get('src/commands/b.ts')).toEqual({
      calls: ['svc (src/services/b.service.ts)'],
      serviceFiles: ['src/services/b.service.ts'],
      sites: [{ call: 'svc (src/services/b.service.ts)', file: 'src/services/b.service.ts', line: 3 }],
      missing: [],
    });
  });
  it('follows base classes across files, reads parameter properties, and gives unseen bases the benefit of the doubt', async () => {
    const files = new Map([
      ['src/commands/c.ts', [
        "import { CService } from '../services/CService.js';",
        "import { DService } from '../services/DService.js';",
        "import { EService } from '../services/EService.js';",
        "import { Loop } from '../services/Loop.js';",
        'export function run() {',
        '  const c = new CService();',
        '  c.ping(); c.own(); c.db(); c.nope();',
        '  DService.anything();',
        '  EService.more(); EService.gone();',
        '  new Loop().x();',
        '}',
      ].join('\n')],
      ['src/services/CService.ts', "import { Base } from './Base.js';\nexport class CService extends Base { constructor(private db: unknown) { super(); } own() {} }"],
      ['src/services/Base.ts', 'export class Base { ping() {} }'],
      ['src/services/DService.ts', "import { EventEmitter } from 'node:events';\nexport class DService extends EventEmitter {}"],
      ['src/services/EService.ts', 'const extra = { more() {} };\nexport const EService = { ...extra, only: 1 };'],
      ['src/services/Loop.ts', 'class A extends B {}\nclass B extends A {}\nexport { A as Loop };'],
    ]);
    const links = await linkEntries({ entries: ['src/commands/c.ts'], texts: files, serviceFiles: new Set([...files.keys()].filter((f) => f.includes('services/'))) });
    // CService inherits ping() from Base in another file; db is a parameter property; nope() is nowhere.
    expect(links.get('src/commands/c.ts')?.missing).toEqual([{ line: 7, problem: 'calls c.nope(), which src/services/CService.ts does not define' }]);
  });
  it('reads a CommonJS module.exports class and a plain object export', async () => {
    const files = new Map([
      ['commands/weather.js', "const WeatherService = require('../services/WeatherService');\nconst { fetchAll } = require('../services/missing');\nmodule.exports = { run() { WeatherService.forecast(); WeatherService.today(); } };"],
      ['services/WeatherService.js', 'class WeatherService { static forecast() {} }\nmodule.exports = WeatherService;'],
      ['commands/obj.ts', "import { store } from '../services/store.js';\nexport function run() { store.get(); store.put(); }"],
      ['services/store.ts', 'export const store = { get() {}, size: 1 };'],
    ]);
    const links = await linkEntries({ entries: ['commands/weather.js', 'commands/obj.ts'], texts: files, serviceFiles: new Set(['services/WeatherService.js', 'services/store.ts']) });
    expect(links.get('commands/weather.js')?.missing).toEqual([
      { line: 2, problem: 'requires ../services/missing, which does not exist' },
      { line: 3, problem: 'calls WeatherService.today(), which services/WeatherService.js does not define' },
    ]);
    expect(links.get('commands/weather.js')?.calls).toEqual(['WeatherService (services/WeatherService.js)']);
    expect(links.get('commands/obj.ts')?.missing).toEqual([{ line: 2, problem: 'calls store.put(), which services/store.ts does not define' }]);
  });
  it('does nothing without entries', async () => {
    expect((await linkEntries({ entries: [], texts, serviceFiles: new Set() })).size).toBe(0);
  });
});

describe('detectInSource without marker or stub detectors', () => {
  it('falls back to its own comment-marker and not-implemented scan', async () => {
    const { detectInSource } = await import('@readycheck/evidence');
    const text = "// TODO: wire it\n/* FIXME later\n   XXX: and this */\nexport function f() { throw new Error('Not implemented yet'); }\nconst s = 'TODO in a string';";
    const r = detectInSource(text, 'a.ts', {}, { markers: false, stubs: false });
    expect(r.markers.filter((m) => !m.rule).map((m) => `${m.name}:${m.line}`)).toEqual(['TODO:1', 'FIXME:2', 'XXX:3']);
    expect(r.stubs.filter((s) => !s.rule).map((s) => `${s.name}:${s.line}`)).toEqual(['not-implemented:4']);
  });
  it('sorts detector violations into markers, stubs and findings', async () => {
    const { detectInSource } = await import('@readycheck/evidence');
    const r = detectInSource("// DO NOT SHIP\nexport function g(a: any) { try { a(); } catch {} }\nexport function h() { throw new Error('not implemented'); }", 'b.ts');
    expect(r.markers.map((m) => m.name)).toEqual(['DO NOT SHIP']);
    expect(r.stubs.map((s) => s.kind)).toContain('INCOMPLETE_CODE');
    expect(r.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['explicit-any', 'empty-catch']));
  });
});

describe('a monorepo package of NestJS modules', () => {
  // packages/backend holds 121 files: more than a folder-named feature may hold, so it is split by
  // the folder below its source root; each folder with a *.module.ts stays its own feature.
  const file = (relPath: string, text = 'export const x = 1;\n') => extractFile({ text, relPath });
  const files = [
    file('packages/backend/src/main.ts', "import { NestFactory } from '@nestjs/core';\n"),
    file('packages/backend/src/team/team.module.ts', 'export class TeamModule {}\n'),
    file('packages/backend/src/team/team.resolver.ts', "@Resolver()\nexport class TeamResolver {\n  @Query(() => [Team])\n  teams() { return this.prisma.team.findMany(); }\n}\n"),
    file('packages/backend/src/team-collection/team-collection.module.ts', 'export class TeamCollectionModule {}\n'),
    file('packages/backend/src/team-collection/team-collection.resolver.ts', "@Resolver()\nexport class TeamCollectionResolver {\n  @Mutation(() => Boolean)\n  createTeamCollection() { return this.prisma.teamCollection.create({ data: {} }); }\n}\n"),
    file('packages/backend/src/pages/enter-redirect.ts'),
    ...Array.from({ length: 115 }, (_, i) => file(`packages/backend/src/team/dto/input-${i}.ts`)),
  ];
  const { features, featureOfFile } = groupFeatures(files);

  it('names features from the module folders, not the package', () => {
    expect(features.map((f) => f.name)).toEqual(['backend', 'team', 'team-collection']);
    expect(features.find((f) => f.name === 'team')?.routes.map((r) => `${r.detail} ${r.name}`)).toEqual(['Query teams']);
    expect(features.find((f) => f.name === 'team-collection')?.routes.map((r) => `${r.detail} ${r.name}`)).toEqual(['Mutation createTeamCollection']);
  });

  it('keeps files in a generic folder (pages/) and at the source root in the package\'s group', () => {
    expect(featureOfFile.get('packages/backend/src/pages/enter-redirect.ts')).toBe('backend');
    expect(featureOfFile.get('packages/backend/src/main.ts')).toBe('backend');
  });
});
