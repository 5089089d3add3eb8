import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertValid, formatIssue, validate, validateWithSchema } from './validate.js';
import { loadConfig, loadValidatedFile } from './config.js';
import { lineOfPointer, parseDataText, readDataFile } from './data-file.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'rc-validate-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('validate', () => {
  it('accepts valid data and returns it', () => {
    const r = validate('readycheck-config', { detectors: { rules: { 'empty-catch': 'low' } } }, 'cfg.json');
    expect(r).toEqual({ valid: true, data: { detectors: { rules: { 'empty-catch': 'low' } } }, issues: [] });
  });

  it('names the JSON pointer, the line and what was expected', () => {
    const text = '{\n  "detectors": {\n    "severityThreshold": "urgent"\n  }\n}\n';
    const r = validate('readycheck-config', JSON.parse(text), { file: 'readycheck.config.json', text });
    expect(r.valid).toBe(false);
    expect(r.issues[0]).toEqual({
      source: 'readycheck.config.json',
      pointer: '/detectors/severityThreshold',
      line: 3,
      message: 'must be one of: "critical", "high", "medium", "low"',
    });
    expect(formatIssue(r.issues[0]!)).toBe('readycheck.config.json:3: /detectors/severityThreshold: must be one of: "critical", "high", "medium", "low"');
  });

  it('reports unknown properties at their own line', () => {
    const text = '{\n  "include": ["src"],\n  "detectorz": {}\n}';
    const r = validate('readycheck-config', JSON.parse(text), { file: 'c.json', text });
    expect(r.issues).toEqual([{ source: 'c.json', pointer: '', line: 3, message: 'unknown property "detectorz"' }]);
  });

  it('reports missing required properties and wrong types', () => {
    const r = validate('fix-task', { review_id: 1 }, 'task.json');
    const messages = r.issues.map(formatIssue);
    expect(messages).toContain('task.json: /review_id: must be string');
    expect(messages).toContain('task.json: /: missing required property "fixes"');
  });

  it('picks the smoke check variant by its type (discriminator) and reports inside it', () => {
    const r = validate('smoke-suite', { name: 's', checks: [{ type: 'tcp', name: 'db', host: 'x', port: 70000 }] }, 's.yaml');
    expect(r.issues.map(formatIssue)).toEqual(['s.yaml: /checks/0/port: must be <= 65535']);
    const unknown = validate('smoke-suite', { name: 's', checks: [{ type: 'ftp', name: 'x' }] }, 's.yaml');
    expect(unknown.issues.map(formatIssue)).toEqual(['s.yaml: /checks/0: "type" must be one of the known kinds']);
  });

  it('assertValid throws one line with a count of the rest', () => {
    expect(() => assertValid('coverage-gate-config', { global: { lines: 'x' }, worst: -1 }, 'cg.json')).toThrowError(
      /^cg\.json: \/(global\/lines|worst): must be .+ \(and 1 more\)$/,
    );
  });

  it('validates against a user schema and caches it', () => {
    const schema = { type: 'object', required: ['status'], properties: { status: { enum: ['ok'] } } };
    expect(validateWithSchema(schema, { status: 'ok' }, 'body').valid).toBe(true);
    expect(validateWithSchema(schema, { status: 'bad' }, 'body').issues[0]?.pointer).toBe('/status');
    expect(() => validateWithSchema({ type: 'nonsense' }, {}, 'body')).toThrowError(/invalid JSON Schema/);
  });
});

describe('data files', () => {
  it('gives JSON syntax errors with file, line and column', () => {
    expect(() => parseDataText('{\n  "a": 1,\n}', 'x.json')).toThrowError(/^x\.json:3:1: invalid JSON: /);
  });

  it('gives YAML syntax errors with file, line and column', () => {
    expect(() => parseDataText('a: 1\nb: [1, 2\n', 'x.yaml')).toThrowError(/^x\.yaml:\d+:\d+: invalid YAML: /);
    expect(() => parseDataText('a: 1\na: 2\n', 'x.yml')).toThrowError(/^x\.yml:2:1: invalid YAML: /);
  });

  it('parses YAML and finds pointer lines in YAML too', () => {
    const text = 'name: s\nchecks:\n  - type: tcp\n    port: 1\n';
    expect(parseDataText(text, 's.yml')).toEqual({ name: 's', checks: [{ type: 'tcp', port: 1 }] });
    expect(lineOfPointer(text, '/checks/0/port')).toBe(4);
    expect(lineOfPointer(text, '/checks/5')).toBe(2);
    expect(lineOfPointer('{', '/a')).toBeUndefined();
  });

  it('readDataFile says when the file is missing', async () => {
    await expect(readDataFile(path.join(dir, 'none.json'))).rejects.toMatchObject({ code: 'RC_FILE_NOT_FOUND' });
  });
});

describe('loadConfig', () => {
  it('returns defaults when there is no config file', async () => {
    expect(await loadConfig({ cwd: dir })).toEqual({ config: {}, file: null });
  });

  it('loads and validates readycheck.config.json from cwd', async () => {
    const sub = await mkdtemp(path.join(dir, 'ok-'));
    await writeFile(path.join(sub, 'readycheck.config.json'), JSON.stringify({ ignore: ['gen/**'] }));
    expect(await loadConfig({ cwd: sub })).toEqual({ config: { ignore: ['gen/**'] }, file: path.join(sub, 'readycheck.config.json') });
  });

  it('turns an invalid config into RC_CONFIG_INVALID with file, line and pointer', async () => {
    const sub = await mkdtemp(path.join(dir, 'bad-'));
    await writeFile(path.join(sub, 'readycheck.config.json'), '{\n  "maxFileBytes": -5\n}\n');
    await expect(loadConfig({ cwd: sub })).rejects.toMatchObject({
      code: 'RC_CONFIG_INVALID',
      pointer: '/maxFileBytes',
      message: 'readycheck.config.json:2: /maxFileBytes: must be >= 1',
    });
  });

  it('an empty glob in include or ignore is refused with its pointer (it used to fail later as an internal error)', async () => {
    const sub = await mkdtemp(path.join(dir, 'empty-glob-'));
    await writeFile(path.join(sub, 'readycheck.config.json'), '{"ignore": [""]}');
    await expect(loadConfig({ cwd: sub })).rejects.toMatchObject({ code: 'RC_CONFIG_INVALID', message: 'readycheck.config.json:1: /ignore/0: must NOT have fewer than 1 characters' });
    await writeFile(path.join(sub, 'readycheck.config.json'), '{"include": ["src", ""]}');
    await expect(loadConfig({ cwd: sub })).rejects.toMatchObject({ code: 'RC_CONFIG_INVALID', pointer: '/include/1' });
  });

  it('names a missing explicit config and a syntax error', async () => {
    await expect(loadConfig({ cwd: dir, file: 'custom.json' })).rejects.toMatchObject({ code: 'RC_CONFIG_NOT_FOUND', message: 'custom.json: config file not found' });
    await writeFile(path.join(dir, 'broken.json'), '{ "include": [ }');
    await expect(loadConfig({ cwd: dir, file: 'broken.json' })).rejects.toMatchObject({ code: 'RC_CONFIG_INVALID', message: expect.stringMatching(/^broken\.json:1:\d+: invalid JSON/) });
  });

  it('loadValidatedFile validates any schema', async () => {
    const f = path.join(dir, 'task.json');
    await writeFile(f, JSON.stringify({ review_id: 'r1', component: 'api', fixes: [{ id: 'F1', severity: 'major', file: 'a.ts', line: '3-5', issue: 'i', fix: 'f' }] }));
    await expect(loadValidatedFile('fix-task', f)).resolves.toMatchObject({ review_id: 'r1' });
  });
});
