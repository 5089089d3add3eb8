import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderFixPrompt, scanEvidence } from '@readycheck/evidence';
import { backgroundLabel, entryItems } from './entry-kinds.js';
import type { Item } from './types.js';

const fixtures = fileURLToPath(new URL('../../../fixtures/evidence/', import.meta.url));
const item = (name: string, kind: string, detail?: string): Item => ({ name, file: 'src/a.ts', line: 1, kind, ...(detail ? { detail } : {}) });

describe('entries beyond commands and routes', () => {
  it('takes jobs, registered listeners and queue consumers; not emitters, producers, bare .on() or wrangler triggers', () => {
    const got = entryItems({
      commands: [item('build', 'npm-script'), item('sync', 'cli-command')],
      routes: [],
      jobs: [item('0 * * * *', 'node-cron'), item('0 * * * *', 'wrangler-cron'), item('send report', 'agenda-job')],
      events: [item('order.created', 'listener', '@OnEvent'), item('message', 'listener'), item('order.created', 'emitter'), item('mail', 'queue-producer'), item('mail:welcome', 'queue-consumer', '@Process')],
    });
    expect(got.map((i) => `${i.kind} ${i.name}`)).toEqual(['cli-command sync', 'node-cron 0 * * * *', 'agenda-job send report', 'listener order.created', 'queue-consumer mail:welcome']);
  });

  it('labels a background entry by what fires it', () => {
    expect(backgroundLabel(item('0 * * * *', 'nest-cron'))).toBe('Cron 0 * * * *');
    expect(backgroundLabel(item('3 minutes', 'agenda'))).toBe('Every 3 minutes');
    expect(backgroundLabel(item('mail:welcome', 'queue-consumer'))).toBe('Queue mail:welcome');
    expect(backgroundLabel(item('team.created', 'listener'))).toBe('Event team.created');
    expect(backgroundLabel(item('/users', 'route'))).toBeUndefined();
  });

  it('a job that reaches work is the entry of a PASS feature, shown first in its flow; one that reaches none stays SKIP', async () => {
    const { report } = await scanEvidence({ root: path.join(fixtures, 'nest-app') });
    const byName = new Map(report.features.map((f) => [f.name, f]));
    const session = byName.get('session');
    expect(session?.status).toBe('PASS');
    expect(session?.primaryFlow).toEqual(['Cron CronExpression.EVERY_HOUR (NestJS @nestjs/schedule job, src/session/session-cleanup.service.ts:11) → SessionCleanupService (src/session/session-cleanup.service.ts), PrismaService (src/prisma/prisma.service.ts) → session']);
    // The fix prompt starts the flow at the job: the platform runs it, no user.
    const prompt = renderFixPrompt(session as NonNullable<typeof session>);
    expect(prompt).toContain('- Cron CronExpression.EVERY_HOUR (NestJS @nestjs/schedule job, src/session/session-cleanup.service.ts:11) → SessionCleanupService');
    expect(prompt).not.toContain('User → Cron');
    expect(byName.get('mail')?.primaryFlow[0]).toMatch(/^Queue mail:welcome \(NestJS Bull processor, src\/mail\/mail\.processor\.ts:10\) → MailService/);
    // A cron that never fires is still FAIL, entry or not.
    expect(byName.get('digest')?.status).toBe('FAIL');
    // A listener that only enqueues a job reaches no service or table: plumbing, not an entry without work.
    expect(byName.get('notification')?.status).toBe('SKIP');
  });
});
