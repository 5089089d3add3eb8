// quality-scan reads readycheck.config.* in any format, searching upward from the working
// directory; a broken config is one line and exit 2, before anything is scanned.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { CliIO } from '@readycheck/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from './cli.js';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'rc-qs-config-'));
  await mkdir(path.join(root, '.git'));
  await mkdir(path.join(root, 'app', 'src'), { recursive: true });
  await writeFile(path.join(root, 'app', 'src', 'a.ts'), 'export const a = b as any;\n');
});
afterEach(() => rm(root, { recursive: true, force: true }));

async function run(cwd: string, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd, env: {}, isTTY: false };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

describe('quality-scan config discovery', () => {
  it('applies a readycheck.config.ts found above the working directory', async () => {
    await writeFile(path.join(root, 'readycheck.config.ts'), "const level: 'high' = 'high';\nexport default { detectors: { rules: { 'explicit-any': level } } };\n");
    const r = await run(path.join(root, 'app'), 'src', '--format', 'json');
    expect(r.code).toBe(1); // explicit-any raised to high, at the default threshold
    expect(JSON.parse(r.stdout).violations.map((v: { ruleId: string; severity: string }) => `${v.ruleId} ${v.severity}`)).toEqual(['explicit-any high']);
  });

  it('a readycheck.config.yml in the working directory turns a rule off', async () => {
    await writeFile(path.join(root, 'app', 'readycheck.config.yml'), 'detectors:\n  rules:\n    explicit-any: "off"\n');
    const r = await run(path.join(root, 'app'), 'src', '--format', 'json');
    expect(JSON.parse(r.stdout).violations).toEqual([]);
  });

  it('a TS config that does not load: one line naming the file, exit 2', async () => {
    await writeFile(path.join(root, 'readycheck.config.ts'), 'export default { detectors: \n');
    const r = await run(path.join(root, 'app'), 'src');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/readycheck\.config\.ts: cannot load config: /);
  });
});
