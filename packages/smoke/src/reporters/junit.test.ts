import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterEach, describe, expect, it } from 'vitest';
import type { SmokeReport } from '@readycheck/core';
import { buildReport } from '../report.js';
import { JUNIT_FILE, junitReporter, renderJunit } from './junit.js';

const fixtures = fileURLToPath(new URL('../../../../fixtures/smoke-reports/', import.meta.url));
const load = async (name: string) => JSON.parse(await readFile(path.join(fixtures, name), 'utf8')) as SmokeReport;

type Node = Record<string, unknown>;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
  isArray: (name) => ['testsuite', 'testcase', 'property', 'rerunFailure', 'flakyFailure'].includes(name),
});

function parse(xml: string): { suites: Node; suite: Node[]; cases: Map<string, Node> } {
  expect(XMLValidator.validate(xml)).toBe(true);
  const doc = parser.parse(xml) as { testsuites: Node & { testsuite: Node[] } };
  const cases = new Map<string, Node>();
  for (const s of doc.testsuites.testsuite ?? []) {
    for (const c of s.testcase as Node[]) {
      const props = (c.properties as { property: Array<{ name: string; value: string }> }).property;
      cases.set(props.find((p) => p.name === 'id')!.value, c);
    }
  }
  return { suites: doc.testsuites, suite: doc.testsuites.testsuite, cases };
}

describe('renderJunit', () => {
  it('writes one testsuite per category with counts that add up', async () => {
    const report = await load('mixed.json');
    const { suites, suite } = parse(renderJunit(report));
    const categories = [...new Set(report.results.tests.map((t) => t.extra.category))].sort();
    expect(suite.map((s) => s.name)).toEqual(categories);
    expect(suites.tests).toBe(String(report.results.tests.length));
    expect(suites.failures).toBe(String(report.results.summary.failed));
    for (const s of suite) {
      const tests = report.results.tests.filter((t) => t.extra.category === s.name);
      expect(s.tests).toBe(String(tests.length));
      expect(s.failures).toBe(String(tests.filter((t) => t.status === 'failed').length));
      expect(s.skipped).toBe(String(tests.filter((t) => t.status !== 'failed' && t.status !== 'passed').length));
      expect(s.errors).toBe('0');
      expect((s.testcase as Node[]).length).toBe(tests.length);
    }
    expect(suite.reduce((n, s) => n + Number(s.failures), 0)).toBe(Number(suites.failures));
  });

  it('expresses failures, retries, flaky passes, blocked and skipped checks', async () => {
    const { cases } = parse(renderJunit(await load('mixed.json')));
    const failed = cases.get('api.users.list')!;
    expect(failed.classname).toBe('api.users');
    expect(failed.time).toBe('0.091');
    expect((failed.failure as Node).message).toBe('expected status 200, got 500 Internal Server Error');
    expect((failed.failure as Node)['#text']).toContain('attempt 2: failed after 46 ms');
    expect(failed.rerunFailure as Node[]).toHaveLength(1);
    expect(failed['system-out']).toContain('"error": "relation \\"users\\" does not exist"');

    const timedOut = cases.get('workers.queue-drain')!;
    expect((timedOut.failure as Node).type).toBe('timedOut');

    const flaky = cases.get('health.ready')!;
    expect(flaky.failure).toBeUndefined();
    expect(flaky.flakyFailure as Node[]).toHaveLength(1);
    expect((flaky.flakyFailure as Node[])[0]!.message).toBe('expected status 200, got 503 Service Unavailable');
    const flakyProps = (flaky.properties as { property: Array<{ name: string; value: string }> }).property;
    expect(flakyProps).toContainEqual({ name: 'flaky', value: 'true' });
    expect(flakyProps).toContainEqual({ name: 'priority', value: 'P0' });

    expect((cases.get('api.users.create')!.skipped as Node).message).toBe('blocked: api.users.list did not pass');
    expect(cases.get('ui.login')!.skipped).toBeDefined();
    const passed = cases.get('infra.db-connect')!;
    expect(passed.failure ?? passed.skipped ?? passed.flakyFailure).toBeUndefined();
  });

  it('escapes markup and drops characters XML cannot hold', async () => {
    const xml = renderJunit(await load('mixed.json'));
    const { cases } = parse(xml);
    const evil = cases.get('errors.escape')!;
    expect(evil.name).toBe('</script><script>window.__pwned=1</script> & "quotes"');
    expect((evil.failure as Node).message).toContain('<img src=x onerror="window.__pwned=2">');
    expect(xml).not.toContain('<script>');

    const report = buildReport(
      [
        {
          name: 'bell \u0007 and \uD800 lone surrogate',
          status: 'failed',
          duration: 1,
          extra: {
            id: 'ctl',
            category: 'errors',
            component: 'x',
            priority: 'P2',
            blockedBy: [],
            attachments: [{ name: 'bin', value: 'a\u0000b' }],
            attempts: [{ attempt: 1, status: 'failed', durationMs: 1, error: 'line one\nline two\ttab' }],
          },
        },
      ],
      { start: 0, stop: 1 },
    );
    const out = renderJunit(report);
    const ctl = parse(out).cases.get('ctl')!;
    expect(ctl.name).toBe('bell \uFFFD and \uFFFD lone surrogate');
    expect((ctl.failure as Node).message).toBe('line one');
    expect(ctl['system-out']).toContain('a\uFFFDb');
  });

  it('is deterministic and takes its times from the report', async () => {
    const report = await load('mixed.json');
    expect(renderJunit(report)).toBe(renderJunit(structuredClone(report)));
    expect(renderJunit(report)).toContain('timestamp="2025-11-22T00:00:00"');
  });

  it('renders an empty run as an empty testsuites element', () => {
    const { suites } = parse(renderJunit(buildReport([], { start: 0, stop: 0 })));
    expect(suites.tests).toBe('0');
    expect(suites.testsuite).toBeUndefined();
  });
});

describe('junitReporter', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('writes junit.xml into the output directory and says where', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'rc-junit-'));
    const out: string[] = [];
    const reporter = junitReporter({ outDir: 'reports', cwd: dir, stdout: (t) => out.push(t), stderr: () => undefined, isTTY: false });
    expect(reporter.name).toBe('junit');
    const report = await load('mixed.json');
    await reporter.onRunEnd(report);
    expect(await readFile(path.join(dir, 'reports', JUNIT_FILE), 'utf8')).toBe(renderJunit(report));
    expect(out.join('')).toBe(`JUnit report: ${path.join('reports', JUNIT_FILE)}\n`);
  });
});
