// A check cannot stall or end the runner (issue #14, point 4): real child processes of the built
// bin (`npm run build` first), because a busy loop, process.exit and signals need a real process.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cp, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate, type SmokeReport } from '@readycheck/core';
import { inlineProject, repoRoot } from './__tests__/helpers.js';

const bin = path.join(repoRoot, 'packages/smoke/bin/smoke-run.js');
const fixtures = path.join(repoRoot, 'fixtures/hostile/smoke');
const expected = JSON.parse(readFileSync(path.join(fixtures, 'expected.json'), 'utf8')) as Record<
  'busy' | 'throws',
  { args: string[]; exit: number; outcomes: Record<string, [string, string | null]> }
>;

interface Proc {
  code: number | null;
  out: string;
  err: string;
}

function runBin(args: string[], cwd: string, onStdout?: (text: string, child: ReturnType<typeof spawn>) => void): Promise<Proc> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env.PATH ?? '', CI: '1' } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      onStdout?.(out, child);
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    // A hung run must fail the test, not hang it.
    const kill = setTimeout(() => child.kill('SIGKILL'), 25_000);
    child.on('close', (code) => {
      clearTimeout(kill);
      resolve({ code, out, err });
    });
  });
}

async function readReport(dir: string): Promise<SmokeReport> {
  const report = JSON.parse(await readFile(path.join(dir, 'reports/smoke-report.json'), 'utf8')) as SmokeReport;
  expect(validate('smoke-report', report, 'smoke-report.json').issues).toEqual([]);
  return report;
}

const outcomes = (r: SmokeReport) => Object.fromEntries(r.results.tests.map((t) => [t.extra.id, [t.rawStatus, t.message]]));

describe('a check cannot stall or end the run (worker per check)', () => {
  // fixtures/hostile/smoke/<case>/ with the expected outcomes in fixtures/hostile/smoke/expected.json.
  for (const name of ['busy', 'throws'] as const) {
    it(`fixtures/hostile/smoke/${name}: ${expected[name].args.join(' ')} → exit ${expected[name].exit}, each check's outcome as expected`, async () => {
      const p = await inlineProject({});
      try {
        await cp(path.join(fixtures, name), p.dir, { recursive: true });
        const r = await runBin(expected[name].args, p.dir);
        expect(r.err).toBe('');
        expect(r.code).toBe(expected[name].exit);
        const report = await readReport(p.dir);
        expect(Object.fromEntries(Object.entries(outcomes(report)).map(([id, [status, message]]) => [id, [status, message ?? null]]))).toEqual(expected[name].outcomes);
        if (name === 'busy') expect(report.results.tests[1]!.extra.attachments).toEqual([{ name: 'log', value: ['ran'] }]);
      } finally {
        await p.cleanup();
      }
    });
  }

  it('Ctrl-C during a busy check: the report of what ran is written, exit 130', async () => {
    const p = await inlineProject({
      'smoke/busy.smoke.ts': [
        "import { check } from '@readycheck/smoke';",
        "check('quick', {}, () => {});",
        "check('spins', { dependsOn: ['quick'] }, () => { console.log('spinning'); while (true) {} });",
      ].join('\n'),
    });
    try {
      let sent = false;
      const r = await runBin(['--reporter', 'console,json'], p.dir, (out, child) => {
        if (!sent && out.includes('spinning')) {
          sent = true;
          setTimeout(() => child.kill('SIGINT'), 100);
        }
      });
      expect(r.code).toBe(130);
      expect(r.err).toContain('interrupted');
      const report = await readReport(p.dir);
      expect(report.results.extra!.interrupted).toBe(true);
      expect(report.results.tests.map((t) => [t.extra.id, t.rawStatus])).toEqual([
        ['quick', 'passed'],
        ['spins', 'interrupted'],
      ]);
    } finally {
      await p.cleanup();
    }
  });

  it('console output shows control characters in ids, names and messages escaped: no raw ESC/OSC/BEL, no injected line', async () => {
    const p = await inlineProject({
      'smoke/evil.smoke.ts': [
        "import { check } from '@readycheck/smoke';",
        "check('x\\n::warning file=INJECTED::pwned', { id: 'evil\\n::error::id' }, () => { throw new Error('body said \\u001b]0;owned\\u0007 and \\u001b[2J'); });",
        "check('dep', { dependsOn: ['evil\\n::error::id'] }, () => {});",
      ].join('\n'),
    });
    try {
      const r = await runBin(['--reporter', 'console'], p.dir);
      expect(r.code).toBe(1);
      expect(r.out).not.toMatch(/[\x07\x1b]/);
      expect(r.out).not.toMatch(/^::/m);
      expect(r.out).toContain('✗ x\\u000a::warning file=INJECTED::pwned');
      expect(r.out).toContain('body said \\u001b]0;owned\\u0007 and \\u001b[2J');
      expect(r.out).toContain('blocked by evil\\u000a::error::id');
    } finally {
      await p.cleanup();
    }
  });

  it('list and validate say that they run a TS suite\'s top-level code', async () => {
    const p = await inlineProject({ 'smoke/a.smoke.ts': "import { check } from '@readycheck/smoke';\ncheck('a', {}, () => {});" });
    try {
      for (const cmd of ['list', 'validate']) {
        const r = await runBin([cmd], p.dir);
        expect(r.code).toBe(0);
        expect(r.err).toBe('smoke-run: note: loading 1 TS/JS suite file runs its top-level code (smoke/a.smoke.ts)\n');
      }
    } finally {
      await p.cleanup();
    }
  });
});
