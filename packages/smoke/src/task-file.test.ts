import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from './cli.js';
import { bySequence, checkTaskContract, escapeControl, parseTaskFileName, readTaskFile } from './task-file.js';
import { checkTasks } from './tasks-cli.js';
import { fakeIO, inlineProject, repoRoot } from './__tests__/helpers.js';

const orchestrator = path.join(repoRoot, 'fixtures/smoke/orchestrator');
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function project(files: Record<string, string>): Promise<string> {
  const p = await inlineProject(files);
  cleanups.push(p.cleanup);
  return p.dir;
}

const fix = (over: Record<string, unknown> = {}) => ({
  id: 1,
  severity: 'major',
  file: 'a.py',
  line: 3,
  issue: 'i',
  fix: 'f',
  verification: 'v',
  ...over,
});
const result = (over: Record<string, unknown> = {}) => ({
  status: 'FIXED',
  changes_made: ['a.py: x'],
  verification_command: 'true',
  hallucination_check: 'true',
  ...over,
});
const task = (fixes: unknown[], over: Record<string, unknown> = {}) => JSON.stringify({ review_id: '005_api', component: 'api', fixes, ...over }, null, 2);

describe('the task-file schema', () => {
  it('accepts the example from the orchestrator guide verbatim, with no contract problem', async () => {
    const c = await checkTasks(['example/005_stress_test_system_fixes.json'], { cwd: orchestrator, strict: true });
    expect(c.malformed).toEqual([]);
    expect(c.diagnostics).toEqual([]);
    expect(c.files[0]!.task.fixes[0]!.id).toBe(1);
  });

  it('takes integer and string ids, and rejects other shapes with file, line and pointer (exit 2)', async () => {
    const dir = await project({
      'ok/001_api_fixes.json': task([fix({ id: 7 }), fix({ id: 'F8' })]),
      'bad/001_api_fixes.json': '{\n  "review_id": "r",\n  "fixes": [\n    { "id": true }\n  ]\n}\n',
    });
    const ok = await readTaskFile('ok/001_api_fixes.json', dir);
    expect(ok.task.fixes.map((f) => f.id)).toEqual([7, 'F8']);
    await expect(readTaskFile('bad/001_api_fixes.json', dir)).rejects.toMatchObject({ code: 'RC_TASK_INVALID', pointer: '/fixes/0/id', line: 4 });
    const io = fakeIO(dir);
    expect(await main(['tasks', 'check', 'bad/'], io)).toBe(2);
    expect(io.err).toMatch(/^smoke-run: bad\/001_api_fixes\.json:4: \/fixes\/0\/id: /);
  });
});

describe('hostile task files', () => {
  it('a file nested 100,000 levels deep is malformed (exit 2, one line), not a crash', async () => {
    const depth = 100_000;
    const dir = await project({ '001_api_fixes.json': `{"review_id":"r","fixes":[],"instructions":${'['.repeat(depth)}${']'.repeat(depth)}}` });
    const io = fakeIO(dir);
    expect(await main(['tasks', 'check', '001_api_fixes.json'], io)).toBe(2);
    expect(io.err).toMatch(/^smoke-run: 001_api_fixes\.json: nested too deeply to read \(/);
    expect(io.err.split('\n')).toHaveLength(2);
  });
});

describe('contract rules', () => {
  it('reports a duplicate id as an error at the second id, naming the first (ids 1 and "1" are the same fix)', async () => {
    const dir = await project({ '001_api_fixes.json': task([fix({ id: 1 }), fix({ id: 2 }), fix({ id: '1' })]) });
    const t = await readTaskFile('001_api_fixes.json', dir);
    const d = checkTaskContract(t);
    expect(d).toEqual([
      expect.objectContaining({ rule: 'duplicate-id', severity: 'error', pointer: '/fixes/2/id', line: t.lineOf('/fixes/2/id'), message: expect.stringContaining('first at /fixes/0/id, line 6') }),
    ]);
    expect(t.lineOf('/fixes/2/id')).toBe(t.text.split('\n').findIndex((l, i) => i > 20 && l.includes('"id": "1"')) + 1);
  });

  it('reports a key written twice (JSON readers keep the last one) as an error', async () => {
    const dir = await project({
      '001_api_fixes.json': '{"review_id": "r", "component": "c", "fixes": [\n{"id": 1, "severity": "minor", "file": "a", "line": 1, "issue": "i", "fix": "f", "verification": "v",\n "result": {"status": "FAILED", "finding": "no", "verification_command": "false", "hallucination_check": "false",\n "status": "FIXED", "changes_made": ["x"]}}]}\n',
    });
    const t = await readTaskFile('001_api_fixes.json', dir);
    expect(t.task.fixes[0]!.result!.status).toBe('FIXED');
    expect(checkTaskContract(t)).toEqual([expect.objectContaining({ rule: 'duplicate-key', severity: 'error', pointer: '/fixes/0/result/status', line: 4 })]);
  });

  it('warns about missing fields of a fix and a result, and --strict makes them errors', async () => {
    const dir = await project({
      '001_api_fixes.json': task([{ id: 1, severity: 'minor', file: 'a', issue: 'i', fix: 'f', result: { status: 'FIXED', changes_made: ['x'], verification_command: ' ' } }]),
    });
    const t = await readTaskFile('001_api_fixes.json', dir);
    const d = checkTaskContract(t);
    expect(d.map((x) => [x.rule, x.severity, x.pointer, x.message])).toEqual([
      ['missing-field', 'warning', '/fixes/0', 'fix 1 has no "line"'],
      ['missing-field', 'warning', '/fixes/0', 'fix 1 has no "verification"'],
      ['missing-field', 'warning', '/fixes/0/result', 'result of fix 1 has no "verification_command"'],
      ['missing-field', 'warning', '/fixes/0/result', 'result of fix 1 has no "hallucination_check"'],
    ]);
    expect(checkTaskContract(t, { strict: true }).every((x) => x.severity === 'error')).toBe(true);
    expect(await main(['tasks', 'check', '001_api_fixes.json'], fakeIO(dir))).toBe(0);
    const strict = fakeIO(dir);
    expect(await main(['tasks', 'check', '001_api_fixes.json', '--strict'], strict)).toBe(1);
    expect(strict.err).toContain('001_api_fixes.json:5: error /fixes/0: fix 1 has no "line" (missing-field)');
    expect(strict.out).toBe('1 task file: 0 malformed, 4 errors, 0 warnings\n');
  });

  it('wants changes_made when the status says the code changed, and a finding when it did not', async () => {
    const dir = await project({
      '001_api_fixes.json': task([
        fix({ id: 1, result: result({ changes_made: [] }) }),
        fix({ id: 2, result: result({ status: 'PARTIALLY_FIXED', changes_made: undefined }) }),
        fix({ id: 3, result: result({ status: 'NO_CHANGE_NEEDED', changes_made: undefined }) }),
        fix({ id: 4, result: result({ status: 'FAILED', changes_made: undefined, finding: 'the file is generated' }) }),
        fix({ id: 5, result: result({ status: 'ALREADY_IMPLEMENTED', changes_made: undefined, finding: 'line 9 does it' }) }),
      ]),
    });
    const d = checkTaskContract(await readTaskFile('001_api_fixes.json', dir));
    expect(d.map((x) => [x.rule, x.pointer, x.message])).toEqual([
      ['result-rule', '/fixes/0/result', 'status FIXED needs "changes_made" (what was changed)'],
      ['result-rule', '/fixes/1/result', 'status PARTIALLY_FIXED needs "changes_made" (what was changed)'],
      ['result-rule', '/fixes/2/result', 'status NO_CHANGE_NEEDED needs "finding" (why nothing was changed)'],
    ]);
  });

  it('flags a command that spans lines, at the command', async () => {
    const dir = await project({ '001_api_fixes.json': task([fix({ result: result({ hallucination_check: 'grep -q x a.py\nrm -rf /tmp/x' }) })]) });
    const t = await readTaskFile('001_api_fixes.json', dir);
    expect(checkTaskContract(t)).toEqual([
      expect.objectContaining({ rule: 'multiline-command', pointer: '/fixes/0/result/hallucination_check', line: t.lineOf('/fixes/0/result/hallucination_check') }),
    ]);
    expect(t.text.split('\n')[t.lineOf('/fixes/0/result/hallucination_check')! - 1]).toContain('"hallucination_check"');
  });

  it('checks file names against {SEQUENCE}_{FOCUS_AREA}_{TYPE}.json', async () => {
    expect(parseTaskFileName('orchestrator/outgoing/006_stress_test_system_fixes.json')).toEqual({ sequence: 6, sequenceText: '006', focus: 'stress_test_system', type: 'fixes' });
    for (const bad of ['6_api_fixes.json', '006-api-fixes.json', '006_API_fixes.json', '006_fixes.json', '0006_api_fixes.json', '006_api_fixes.yaml']) {
      expect(parseTaskFileName(bad), bad).toBeUndefined();
    }
    const dir = await project({ 'review.json': task([fix()]) });
    expect(checkTaskContract(await readTaskFile('review.json', dir))).toEqual([expect.objectContaining({ rule: 'file-name', severity: 'warning', pointer: '', line: 1 })]);
  });

  it('sorts task files by sequence, unnamed ones last', () => {
    expect(bySequence(['x/010_a_fixes.json', 'notes.json', 'x/002_b_fixes.json', 'y/002_a_fixes.json'])).toEqual([
      'x/002_b_fixes.json',
      'y/002_a_fixes.json',
      'x/010_a_fixes.json',
      'notes.json',
    ]);
  });

  it('escapes control characters in what it prints', () => {
    expect(escapeControl('a\n::warning file=x::pwned\u001b[31m')).toBe('a\\u000a::warning file=x::pwned\\u001b[31m');
  });
});

describe('rules across files', () => {
  it('a follow-up keeps the review_id of the file it names as previous', async () => {
    const dir = await project({
      'orchestrator/outgoing/005_api_fixes.json': task([fix()]),
      'orchestrator/outgoing/006_api_fixes.json': task([fix()], { review_id: '006_api', previous: '005_api_fixes.json' }),
      'orchestrator/outgoing/007_api_fixes.json': task([fix()], { previous: '004_api_fixes.json' }),
    });
    const c = await checkTasks(['orchestrator/outgoing/'], { cwd: dir });
    expect(c.files.map((f) => f.file)).toEqual(['orchestrator/outgoing/005_api_fixes.json', 'orchestrator/outgoing/006_api_fixes.json', 'orchestrator/outgoing/007_api_fixes.json']);
    expect(c.diagnostics.map((d) => [d.file, d.rule, d.severity, d.pointer])).toEqual([
      ['orchestrator/outgoing/006_api_fixes.json', 'review-id-mismatch', 'error', '/review_id'],
      ['orchestrator/outgoing/007_api_fixes.json', 'previous-missing', 'warning', '/previous'],
    ]);
    expect(c.diagnostics[0]!.message).toBe('review_id "006_api" differs from "005_api" of its predecessor 005_api_fixes.json');
  });

  it('a completed file in incoming/ keeps every fix handed out in outgoing/', async () => {
    const dir = await project({
      'orchestrator/outgoing/005_api_fixes.json': task([fix({ id: 1 }), fix({ id: 2 })]),
      'orchestrator/incoming/005_api_fixes.json': task([fix({ id: 1, result: result() })]),
    });
    const io = fakeIO(dir);
    expect(await main(['tasks', 'check', 'orchestrator/incoming/005_api_fixes.json'], io)).toBe(1);
    expect(io.err).toContain('orchestrator/incoming/005_api_fixes.json:4: error /fixes: fix 2 of outgoing/005_api_fixes.json is missing from the completed file (fix-dropped)');
  });

  it('the orchestrator fixture has only the warnings written beside it', async () => {
    const expected = JSON.parse(await readFile(path.join(orchestrator, 'expected/verdicts.json'), 'utf8')) as { warnings: string[] };
    const io = fakeIO(orchestrator);
    expect(await main(['tasks', 'check', 'orchestrator/'], io)).toBe(0);
    expect(io.err.trimEnd().split('\n')).toEqual(expected.warnings);
    const json = fakeIO(orchestrator);
    expect(await main(['tasks', 'check', 'orchestrator/', '--json'], json)).toBe(0);
    expect(JSON.parse(json.out)).toMatchObject({ malformed: [], diagnostics: [{ rule: 'missing-field' }, { rule: 'missing-field' }] });
  });
});
