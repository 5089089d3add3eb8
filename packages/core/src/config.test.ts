import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONFIG_FILE_NAMES, findConfigFile, loadConfig } from './config.js';

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'rc-config-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const write = (rel: string, text: string): string => {
  const file = path.join(root, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
};
const coreEntry = path.resolve(import.meta.dirname, 'index.ts');

// One config per format, each setting maxFileBytes so the test sees which one was read.
const FORMS: Record<(typeof CONFIG_FILE_NAMES)[number], string> = {
  'readycheck.config.ts': `import { defineConfig } from ${JSON.stringify(coreEntry)};\nconst bytes: number = 1001;\nexport default defineConfig({ maxFileBytes: bytes });\n`,
  'readycheck.config.mts': 'export default { maxFileBytes: 1002 } satisfies Record<string, number>;\n',
  'readycheck.config.js': 'export default () => ({ maxFileBytes: 1003 });\n',
  'readycheck.config.mjs': 'export default { maxFileBytes: 1004 };\n',
  'readycheck.config.json': '{ "maxFileBytes": 1005 }\n',
  'readycheck.config.jsonc': '{\n  // comments and trailing commas, as in tsconfig.json\n  "maxFileBytes": 1006,\n}\n',
  'readycheck.config.yaml': 'maxFileBytes: 1007\n',
  'readycheck.config.yml': '# YAML\nmaxFileBytes: 1008\n',
};

describe('loadConfig: every format', () => {
  for (const [name, text] of Object.entries(FORMS)) {
    it(name, async () => {
      write(name, text);
      const loaded = await loadConfig({ cwd: root });
      expect(loaded.file).toBe(path.join(root, name));
      expect(loaded.config.maxFileBytes).toBe(1000 + CONFIG_FILE_NAMES.indexOf(name as never) + 1);
    });
  }

  it('takes the first format in CONFIG_FILE_NAMES order when a folder has several', async () => {
    write('readycheck.config.yaml', FORMS['readycheck.config.yaml']);
    write('readycheck.config.json', FORMS['readycheck.config.json']);
    expect((await loadConfig({ cwd: root })).config.maxFileBytes).toBe(1005);
  });
});

describe('findConfigFile: upward search', () => {
  it('finds the config of a parent directory from a subfolder', async () => {
    write('readycheck.config.json', '{ "ignore": ["gen/**"] }');
    const sub = path.join(root, 'packages', 'app', 'src');
    mkdirSync(sub, { recursive: true });
    expect(findConfigFile(sub)).toBe(path.join(root, 'readycheck.config.json'));
    expect((await loadConfig({ cwd: sub })).config.ignore).toEqual(['gen/**']);
  });

  it('stops at the git root: a config above the repository does not apply', () => {
    write('readycheck.config.json', '{}');
    mkdirSync(path.join(root, 'repo', '.git'), { recursive: true });
    mkdirSync(path.join(root, 'repo', 'src'), { recursive: true });
    expect(findConfigFile(path.join(root, 'repo', 'src'))).toBeNull();
    write('repo/readycheck.config.yml', 'ignore: [a]\n');
    expect(findConfigFile(path.join(root, 'repo', 'src'))).toBe(path.join(root, 'repo', 'readycheck.config.yml'));
  });

  it('the nearest config wins over one further up', () => {
    write('readycheck.config.json', '{}');
    write('pkg/readycheck.config.json', '{}');
    expect(findConfigFile(path.join(root, 'pkg'))).toBe(path.join(root, 'pkg', 'readycheck.config.json'));
  });

  it('ignores a directory that has a config file name', () => {
    mkdirSync(path.join(root, 'readycheck.config.json'));
    mkdirSync(path.join(root, '.git'));
    expect(findConfigFile(root)).toBeNull();
  });
});

describe('loadConfig: bad configs are one line naming the file', () => {
  it('a TS config that does not compile or throws: RC_CONFIG_INVALID, first line only', async () => {
    write('readycheck.config.ts', 'export default {{ broken\n');
    const err = (await loadConfig({ cwd: root }).then(
      () => new Error('loaded'),
      (e: unknown) => e,
    )) as Error & { code: string };
    expect(err).toMatchObject({ code: 'RC_CONFIG_INVALID' });
    expect(err.message).toMatch(/^readycheck\.config\.ts: cannot load config: /);
    expect(err.message).not.toContain('\n');
  });

  it('a TS config with a value of the wrong type: the JSON pointer', async () => {
    write('readycheck.config.ts', 'export default { maxFileBytes: "big" };\n');
    await expect(loadConfig({ cwd: root })).rejects.toMatchObject({ code: 'RC_CONFIG_INVALID', message: expect.stringContaining('/maxFileBytes') });
  });

  it('a JSONC syntax error: file, line and column', async () => {
    write('readycheck.config.jsonc', '{\n  "ignore": [\n    "a"\n    "b"\n  ]\n}\n');
    await expect(loadConfig({ cwd: root })).rejects.toMatchObject({ code: 'RC_CONFIG_INVALID', message: 'readycheck.config.jsonc:4:5: invalid JSONC: CommaExpected' });
  });

  it('an explicit --config file that does not exist: RC_CONFIG_NOT_FOUND', async () => {
    await expect(loadConfig({ cwd: root, file: 'nope.yaml' })).rejects.toMatchObject({ code: 'RC_CONFIG_NOT_FOUND', message: 'nope.yaml: config file not found' });
  });

  it('sections for smoke-run and coverage-gate are validated too', async () => {
    write('readycheck.config.json', '{ "smoke": { "retries": -1 } }');
    await expect(loadConfig({ cwd: root })).rejects.toMatchObject({ message: expect.stringContaining('/smoke/retries') });
    write('readycheck.config.json', '{ "coverageGate": { "global": { "lines": 140 } } }');
    await expect(loadConfig({ cwd: root })).rejects.toMatchObject({ message: expect.stringContaining('/coverageGate/global/lines') });
  });
});
