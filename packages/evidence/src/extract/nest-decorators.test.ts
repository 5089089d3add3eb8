import { describe, expect, it } from 'vitest';
import { extractSource } from '../extract.js';

const facts = (text: string, file = 'src/team/team.resolver.ts') => extractSource(text, file).facts;
const show = (items: ReadonlyArray<{ name: string; line: number; kind?: string; detail?: string }>) => items.map((i) => `${i.detail ?? ''} ${i.name} (${i.kind}) :${i.line}`.trim());

describe('NestJS decorator extractors', () => {
  it('reads a resolver\'s queries, mutations, subscriptions and field resolvers, named by the name option or the method', () => {
    const text = [
      "@Resolver(() => Team)",
      'export class TeamResolver {',
      "  @Query(() => [Team], { name: 'myTeams', description: 'Delete user accounts from infra' })",
      '  list() { return this.teams.all(); }',
      '  @Mutation(() => Team)',
      '  createTeam(@Args() args: CreateTeamArgs) { return this.teams.create(args); }',
      "  @ResolveField('members', () => [User])",
      '  members(@Parent() team: Team) { return this.teams.members(team.id); }',
      '  @Subscription(() => Team, { filter: (p, v) => p.id === v.id })',
      "  teamUpdated() { return this.pubsub.asyncIterator('team_updated'); }",
      '  helper() { return 1; }',
      '}',
      // A class that is no resolver: its @Query is someone else's decorator.
      'export class Other {',
      "  @Query() q() {}",
      '}',
    ].join('\n');
    const f = facts(text);
    expect(show(f.routes)).toEqual(['Query myTeams (route) :3', 'Mutation createTeam (route) :5', 'ResolveField members (route) :7', 'Subscription teamUpdated (route) :9']);
    // Each operation's definition ends with its method, so calls inside belong to it alone.
    expect(f.entryEnds['5:createTeam']).toBe(6);
    // The description is documentation, never SQL.
    expect(f.tableRefs).toEqual([]);
  });

  it('reads @nestjs/schedule jobs: cron strings validated, CronExpression constants, intervals and timeouts', () => {
    const text = [
      'export class Jobs {',
      "  @Cron('0 3 * * *') nightly() { return this.sync(); }",
      "  @Cron('61 * * * *') broken() {}",
      '  @Cron(CronExpression.EVERY_HOUR) hourly() {}',
      '  @Interval(60000) poll() {}',
      "  @Timeout('warmup', 5000) warm() {}",
      '}',
    ].join('\n');
    const jobs = facts(text, 'src/jobs/jobs.service.ts').jobs;
    expect(jobs.map((j) => [j.name, j.kind, j.valid, j.line])).toEqual([
      ['0 3 * * *', 'nest-cron', true, 2],
      ['61 * * * *', 'nest-cron', false, 3],
      ['CronExpression.EVERY_HOUR', 'nest-cron', true, 4],
      ['poll', 'nest-interval', true, 5],
      ['warmup', 'nest-timeout', true, 6],
    ]);
    expect(jobs[1]?.problem).toMatch(/minute/);
  });

  it('reads @OnEvent, @EventPattern and @MessagePattern handlers as listeners', () => {
    const text = [
      'export class Handlers {',
      "  @OnEvent('order.created') onOrder() {}",
      "  @EventPattern('user_created') onUser() {}",
      "  @MessagePattern({ cmd: 'sum' }) sum(data: number[]) { return data.reduce((a, b) => a + b, 0); }",
      '  @OnEvent(Events.Shipped) shipped() {}',
      '}',
    ].join('\n');
    expect(show(facts(text, 'src/orders/orders.listener.ts').events)).toEqual([
      '@OnEvent order.created (listener) :2',
      '@EventPattern user_created (listener) :3',
      '@MessagePattern cmd:sum (listener) :4',
      '@OnEvent Events.Shipped (listener) :5',
    ]);
  });

  it('reads Bull consumers: each @Process job of a @Processor queue, or the queue of a BullMQ WorkerHost', () => {
    const bull = ["@Processor('mail')", 'export class MailProcessor {', "  @Process('welcome') async welcome(job: Job) {}", '  @Process() async any(job: Job) {}', '}'].join('\n');
    expect(show(facts(bull, 'src/mail/mail.processor.ts').events)).toEqual(['@Process mail:welcome (queue-consumer) :3', '@Process mail (queue-consumer) :4']);
    const bullmq = ["@Processor({ name: 'audio' })", 'export class AudioConsumer extends WorkerHost {', '  async process(job: Job) { return transcode(job.data); }', '}'].join('\n');
    expect(show(facts(bullmq, 'src/audio/audio.consumer.ts').events)).toEqual(['@Processor audio (queue-consumer) :1']);
  });

  it('leaves croner\'s Cron() call to the jobs extractor, once', () => {
    const jobs = facts("Cron('*/5 * * * *', () => tick());", 'src/tick.ts').jobs;
    expect(jobs.map((j) => [j.name, j.kind])).toEqual([['*/5 * * * *', 'cron']]);
  });
});
