#!/usr/bin/env node
// Publishing check: packs every public package, installs the tarballs into a fresh temporary
// project, imports each entry point and runs every bin with --help. A missing `files` entry or a
// broken `exports` map fails here instead of in a user's install. Needs `npm run build` first.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(path.join(os.tmpdir(), 'rc-pack-'));
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

let failures = 0;
try {
  const pkgs = readdirSync(path.join(root, 'packages'))
    .map((d) => ({ dir: path.join(root, 'packages', d), json: JSON.parse(readFileSync(path.join(root, 'packages', d, 'package.json'), 'utf8')) }))
    .filter((p) => !p.json.private);
  const tarballs = [];
  for (const p of pkgs) {
    const out = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], p.dir));
    tarballs.push(path.join(work, out[0].filename));
    console.log(`packed ${p.json.name}: ${out[0].entryCount} files, ${out[0].size} bytes`);
  }
  const app = path.join(work, 'app');
  run('mkdir', ['-p', app]);
  writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'rc-pack-check', private: true, type: 'module' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', ...tarballs], app);
  for (const p of pkgs) {
    try {
      run('node', ['--input-type=module', '-e', `const m = await import(${JSON.stringify(p.json.name)}); if (!Object.keys(m).length) throw new Error('no exports');`], app);
      console.log(`ok   import ${p.json.name}`);
    } catch (err) {
      failures++;
      console.error(`FAIL import ${p.json.name}: ${String(err.stderr || err.message).trim().split('\n').slice(-3).join(' | ')}`);
    }
    for (const bin of Object.keys(p.json.bin ?? {})) {
      try {
        run(path.join(app, 'node_modules', '.bin', bin), ['--help'], app);
        console.log(`ok   ${bin} --help`);
      } catch (err) {
        failures++;
        console.error(`FAIL ${bin} --help: exit ${err.status}: ${String(err.stderr || err.message).trim().split('\n').slice(-3).join(' | ')}`);
      }
    }
  }
  if (pkgs.some((p) => p.json.name === '@readycheck/core')) {
    try {
      run('node', ['-e', "require.resolve('@readycheck/core/schemas/quality-report.schema.json')"], app);
      console.log('ok   @readycheck/core/schemas/* resolves');
    } catch (err) {
      failures++;
      console.error(`FAIL @readycheck/core/schemas/*: ${String(err.stderr || err.message).trim().split('\n').pop()}`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (failures) {
  console.error(`check:pack: ${failures} problem(s)`);
  process.exit(1);
}
console.log('check:pack: every package packs, installs, imports and runs');
