#!/usr/bin/env node
// Publishing check. Needs `npm run build` first. In stages:
//   1. metadata: LICENSE and repository/homepage/bugs/keywords/sideEffects in every package
//   2. pack: every public package; no source map in a tarball (the sources are not shipped)
//   3. publint and attw (--profile node16) on every tarball; readycheck is ESM-only, and
//      `require()` of an ES module works from Node 20.19, so attw's CJSResolvesToESM is expected
//   4. installed size of each package alone (with only its own dependencies); health < 3 MB
//   5. a fresh app with the lowest TypeScript the peer range allows: import every entry, run every
//      bin with --help, quality-scan on the detector fixtures equals their expected.json, ESLint
//      with @readycheck/eslint-plugin finds the same; then again with the newest TypeScript 5.x
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(path.join(os.tmpdir(), 'rc-pack-'));
const TS_LOWEST = '5.1.6';
const TS_NEWEST = '5.9.3';
const HEALTH_MAX_BYTES = 3 * 1024 * 1024;
const run = (cmd, args, cwd, env) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
const tail = (err) => String(err.stderr || err.stdout || err.message).trim().split('\n').slice(-3).join(' | ');

let failures = 0;
const ok = (msg) => console.log(`ok   ${msg}`);
const fail = (msg) => {
  failures++;
  console.error(`FAIL ${msg}`);
};
function attempt(label, fn) {
  try {
    const r = fn();
    ok(r ? `${label}: ${r}` : label);
  } catch (err) {
    fail(`${label}: ${tail(err)}`);
  }
}

function duBytes(dir) {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) total += Number(execFileSync('stat', ['-c', '%s', path.join(e.parentPath, e.name)], { encoding: 'utf8' }));
  }
  return total;
}
const HEALTH_WITHOUT_AJV = `import { checkHealth } from '@readycheck/health';
try { await checkHealth('http://127.0.0.1:9/', { expect: { bodySchema: { type: 'object' } } }); console.log('no error'); }
catch (err) { console.log(err.code); }`;
const mb = (n) => `${(n / 1024 / 1024).toFixed(2)} MB`;

function newApp(name, deps) {
  const app = path.join(work, name);
  mkdirSync(app, { recursive: true });
  writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: `rc-pack-${name}`, private: true, type: 'module' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', ...deps], app);
  return app;
}

/** quality-scan on copies of fixtures/detectors/snapshot/*: the findings must equal expected.json. */
function scanFixtures(app, label) {
  const fixtures = path.join(root, 'fixtures/detectors/snapshot');
  for (const scenario of readdirSync(fixtures, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
    attempt(`${label}: quality-scan fixtures/detectors/snapshot/${scenario}`, () => {
      const dir = path.join(app, 'fx', scenario);
      cpSync(path.join(fixtures, scenario), dir, { recursive: true });
      const out = path.join(app, `${scenario}.json`);
      try {
        run(path.join(app, 'node_modules/.bin/quality-scan'), ['.', '--format', 'json', '--output', out], dir);
      } catch (err) {
        if (err.status !== 1) throw err; // 1: findings at or above the threshold
      }
      const report = JSON.parse(readFileSync(out, 'utf8'));
      const got = report.violations.map((v) => `${v.file}:${v.line}:${v.column} ${v.ruleId} ${v.severity}${v.suppression ? ` suppressed: ${v.suppression.justification ?? '(no reason)'}` : ''}`);
      const want = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')).violations;
      if (JSON.stringify(got) !== JSON.stringify(want)) throw new Error(`findings differ from expected.json:\n  got  ${got.join('\n       ')}\n  want ${want.join('\n       ')}`);
      return `${got.length} findings as expected`;
    });
  }
}

try {
  // 1. metadata
  attempt('package metadata', () => run('node', [path.join(root, 'scripts/package-meta.mjs'), '--check'], root).trim());

  // 2. pack
  const pkgs = readdirSync(path.join(root, 'packages'))
    .map((d) => ({ dir: path.join(root, 'packages', d), json: JSON.parse(readFileSync(path.join(root, 'packages', d, 'package.json'), 'utf8')) }))
    .filter((p) => !p.json.private);
  const tarballOf = new Map();
  for (const p of pkgs) {
    const [out] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], p.dir));
    tarballOf.set(p.json.name, path.join(work, out.filename));
    const maps = out.files.filter((f) => f.path.endsWith('.map'));
    if (maps.length) fail(`${p.json.name}: ${maps.length} source map(s) in the tarball (${maps[0].path}) point at sources that are not shipped`);
    if (!out.files.some((f) => f.path === 'LICENSE')) fail(`${p.json.name}: no LICENSE in the tarball`);
    console.log(`packed ${p.json.name}: ${out.entryCount} files, ${out.size} bytes packed, ${out.unpackedSize} unpacked`);
  }

  // 3. publint + attw
  for (const p of pkgs) {
    const tgz = tarballOf.get(p.json.name);
    attempt(`publint ${p.json.name}`, () => {
      const out = run('npx', ['--no-install', 'publint', 'run', tgz, '--strict'], root);
      if (!/All good/.test(out)) throw new Error(out.trim());
    });
    attempt(`attw --profile node16 ${p.json.name}`, () =>
      void run('npx', ['--no-install', 'attw', tgz, '--profile', 'node16', '--ignore-rules', 'cjs-resolves-to-esm', '--format', 'ascii'], root),
    );
  }

  // 4. installed size of each package alone
  const readycheckDeps = (name, seen = new Set()) => {
    if (seen.has(name)) return seen;
    seen.add(name);
    const p = pkgs.find((q) => q.json.name === name);
    for (const d of Object.keys(p?.json.dependencies ?? {})) if (d.startsWith('@readycheck/')) readycheckDeps(d, seen);
    return seen;
  };
  for (const p of pkgs) {
    attempt(`installed size of ${p.json.name} alone`, () => {
      const app = newApp(`alone-${p.json.name.split('/')[1]}`, [...readycheckDeps(p.json.name)].map((n) => tarballOf.get(n)));
      const bytes = duBytes(path.join(app, 'node_modules'));
      if (p.json.name === '@readycheck/health') {
        if (bytes > HEALTH_MAX_BYTES) throw new Error(`${mb(bytes)}, more than ${mb(HEALTH_MAX_BYTES)}`);
        // Without the optional ajv peer, a body schema is a clear install hint, not a crash.
        const code = run('node', ['--input-type=module', '-e', HEALTH_WITHOUT_AJV], app).trim();
        if (code !== 'RC_DEPENDENCY_MISSING') throw new Error(`expect.bodySchema without ajv gave ${code}, want RC_DEPENDENCY_MISSING`);
      }
      if (p.json.name === '@readycheck/detectors') {
        // gate/release/agents run @readycheck/monitor, which detectors alone does not install.
        const gate = spawnSync(path.join(app, 'node_modules/.bin/quality-scan'), ['gate', '--agent', 'a', '--diff', 'HEAD'], { cwd: app, encoding: 'utf8' });
        const want = 'quality-scan gate needs @readycheck/monitor: npm i -D @readycheck/monitor\n';
        if (gate.status !== 2 || gate.stderr !== want) throw new Error(`quality-scan gate without the monitor: exit ${gate.status}, stderr ${JSON.stringify(gate.stderr)}`);
      }
      const peers = Object.keys(p.json.peerDependencies ?? {}).filter((d) => !p.json.peerDependenciesMeta?.[d]?.optional);
      return `${mb(bytes)}${peers.length ? ` (with the peer dependencies npm installs: ${peers.join(', ')})` : ''}`;
    });
  }

  // 5. a fresh app with the lowest TypeScript, then the newest 5.x
  const app = newApp('app', [...tarballOf.values(), `typescript@${TS_LOWEST}`, 'eslint@^9', '@typescript-eslint/parser@^8']);
  for (const p of pkgs) {
    attempt(`import ${p.json.name}`, () =>
      void run('node', ['--input-type=module', '-e', `const m = await import(${JSON.stringify(p.json.name)}); if (!Object.keys(m).length) throw new Error('no exports');`], app),
    );
    for (const bin of Object.keys(p.json.bin ?? {})) attempt(`${bin} --help`, () => void run(path.join(app, 'node_modules', '.bin', bin), ['--help'], app));
  }
  attempt('quality-scan gate runs the installed @readycheck/monitor', () => {
    const help = run(path.join(app, 'node_modules', '.bin', 'quality-scan'), ['gate', '--help'], app);
    if (!help.startsWith('Usage: quality-scan gate [options]') || !help.includes('--quarantine-on')) throw new Error(`unexpected help: ${help.slice(0, 200)}`);
  });
  attempt('@readycheck/core/schemas/* resolves', () => void run('node', ['-e', "require.resolve('@readycheck/core/schemas/quality-report.schema.json')"], app));
  attempt('require() of an ES module entry from CommonJS (Node 20.19+)', () =>
    void run('node', ['-e', "const h = require('@readycheck/health'); if (typeof h.checkHealth !== 'function') throw new Error('no checkHealth')"], app),
  );
  scanFixtures(app, `typescript ${TS_LOWEST}`);
  attempt('ESLint 9 with @readycheck/eslint-plugin on a sample', () => {
    writeFileSync(path.join(app, 'sample.ts'), "export function run(input: string) {\n  return eval(input) as any;\n}\n");
    writeFileSync(
      path.join(app, 'eslint.config.js'),
      "import parser from '@typescript-eslint/parser';\nimport readycheck from '@readycheck/eslint-plugin';\nexport default [{ ...readycheck.configs.recommended, languageOptions: { parser } }];\n",
    );
    let out;
    try {
      out = run(path.join(app, 'node_modules/.bin/eslint'), ['sample.ts', '--format', 'json'], app);
    } catch (err) {
      if (err.status !== 1) throw err;
      out = err.stdout;
    }
    const rules = JSON.parse(out)[0].messages.map((m) => `${m.line}:${m.ruleId}`).sort();
    const want = ['2:readycheck/dynamic-code-execution', '2:readycheck/explicit-any'];
    if (JSON.stringify(rules) !== JSON.stringify(want)) throw new Error(`got ${rules.join(', ')}, want ${want.join(', ')}`);
    return rules.join(', ');
  });
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', `typescript@${TS_NEWEST}`], app);
  scanFixtures(app, `typescript ${TS_NEWEST}`);
} catch (err) {
  fail(`check:pack stopped: ${tail(err)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (failures) {
  console.error(`check:pack: ${failures} problem(s)`);
  process.exit(1);
}
console.log('check:pack: every package packs cleanly, installs, imports and runs, with the lowest and newest TypeScript');
