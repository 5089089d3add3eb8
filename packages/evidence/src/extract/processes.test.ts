import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractSource, scanEvidence } from '@readycheck/evidence';

const spawns = (code: string) => extractSource(code, 'src/runner.ts').facts.spawnsProcesses ?? false;

describe('extract/processes', () => {
  it.each([
    ["import { execaCommand } from 'execa';\nexport const run = (c: string) => execaCommand(c);"],
    ["import { x } from 'tinyexec';\nexport const run = () => x('npm', ['i']);"],
    ["import { spawn } from 'node:child_process';\nspawn('git', ['status']);"],
    ["import cp from 'child_process';\ncp.execFile('ls');"],
    ["const { execSync } = require('child_process');\nexecSync('ls');"],
    ["const exec = require('child_process').exec;\nexec('identify x');"],
    ["const cp = require('node:child_process');\ncp.spawnSync('ls');"],
  ])('finds a process run: %s', (code) => {
    expect(spawns(code)).toBe(true);
  });

  it('leaves other calls named like spawners alone', () => {
    expect(spawns("const exec = (q: string) => db.run(q);\nexec('select 1');")).toBe(false);
    expect(spawns("import { x } from './x.js';\nx('npm');")).toBe(false);
    expect(spawns("import cp from 'child_process';\ncp.toString();")).toBe(false);
    expect(spawns("const re = /a/;\nre.exec('a');")).toBe(false);
  });

  it('is real work for a command that reaches it, not for a route (classify)', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'evidence-processes-'));
    try {
      await mkdir(path.join(root, 'src/commands'), { recursive: true });
      await mkdir(path.join(root, 'src/routes'), { recursive: true });
      await writeFile(path.join(root, 'package.json'), '{ "name": "deployer", "bin": { "deploy": "dist/commands/deploy.js" } }');
      await writeFile(path.join(root, 'src/runner.ts'), "import { execa } from 'execa';\nexport async function run(args: string[]): Promise<void> {\n  await execa('git', ['push', ...args]);\n}\n");
      await writeFile(path.join(root, 'src/commands/deploy.ts'), "import { run } from '../runner.js';\nawait run(process.argv.slice(2));\n");
      await writeFile(path.join(root, 'src/routes/status.ts'), "import { Router } from 'express';\nimport { run } from '../runner.js';\nexport const status = Router();\nstatus.get('/status', (_req, res) => res.json({ run: typeof run }));\n");
      const { report } = await scanEvidence({ root });
      const byName = Object.fromEntries(report.features.map((f) => [f.name, f]));
      expect(byName.deploy?.status).toBe('PASS');
      expect(byName.deploy?.reasons).toContain('reaches real work: runs processes (src/runner.ts)');
      expect(byName.status?.status).toBe('WARN');
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
