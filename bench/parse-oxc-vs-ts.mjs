#!/usr/bin/env node
// How much of the parse floor a native parser would remove: TypeScript's `createSourceFile` (what
// quality-scan and evidence-scan parse with) against oxc-parser's `parseSync` (what knip 6 parses
// with, the same version knip installs), on the same files, in one process each, interleaved.
// Parse only: no walk, no detectors. On Node < 22 oxc-parser returns its tree as JS objects
// (raw transfer needs Node 22+), which is the cost a JS caller pays here.
//
//   npm ci --prefix bench && node bench/parse-oxc-vs-ts.mjs [dir…] [--runs 5]
//   (default dirs: ../shared/corpora/*)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const ri = args.indexOf('--runs');
const RUNS = ri >= 0 ? Number(args[ri + 1]) : 5;
if (!Number.isInteger(RUNS) || RUNS < 1) {
  console.error('--runs: a whole number of at least 1');
  process.exit(2);
}

const SOURCE = /\.(?:[cm]?[jt]s|[jt]sx)$/;
function filesOf(dir) {
  const out = [];
  const stack = [dir];
  while (stack.length) {
    const d = stack.pop();
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name === 'node_modules' || e.name === '.git' || e.name === 'dist') continue;
      const p = path.join(d, e.name);
      if (e.isDirectory()) stack.push(p);
      else if (e.isFile() && SOURCE.test(e.name) && !e.name.endsWith('.d.ts')) out.push(p);
    }
  }
  return out.sort();
}

// Child mode: parse every file of one dir with one parser, print the milliseconds.
if (args[0] === '--child') {
  const [, parser, dir] = args;
  const require = createRequire(path.join(here, 'package.json'));
  const texts = filesOf(dir).map((f) => [f, readFileSync(f, 'utf8')]);
  let parse;
  if (parser === 'oxc') {
    const { parseSync } = require('oxc-parser');
    parse = (f, t) => parseSync(f, t).program.body.length;
  } else {
    const ts = require('typescript');
    parse = (f, t) => ts.createSourceFile(f, t, ts.ScriptTarget.Latest, true).statements.length;
  }
  const t0 = performance.now();
  let statements = 0;
  for (const [f, t] of texts) statements += parse(f, t);
  console.log(JSON.stringify({ ms: performance.now() - t0, files: texts.length, statements }));
  process.exit(0);
}

if (!existsSync(path.join(here, 'node_modules/oxc-parser'))) {
  console.error('oxc-parser is not installed: npm ci --prefix bench');
  process.exit(2);
}
const corpora = path.resolve(here, '../../shared/corpora');
const dirs = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--runs');
const targets = dirs.length ? dirs : existsSync(corpora) ? readdirSync(corpora).map((d) => path.join(corpora, d)).filter((d) => statSync(d).isDirectory()) : [];
if (!targets.length) {
  console.error('no corpus: name a directory, or put the shared corpora at ../shared/corpora');
  process.exit(2);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const run = (parser, dir) => JSON.parse(spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', parser, dir], { encoding: 'utf8' }).stdout);
console.log('| corpus | files | TypeScript createSourceFile | oxc-parser parseSync | TS / oxc |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const dir of targets) {
  const ts = [];
  const oxc = [];
  let files = 0;
  for (let i = 0; i < RUNS; i++) {
    const a = run('ts', dir);
    const b = run('oxc', dir);
    if (a.statements !== b.statements) console.error(`${dir}: the parsers disagree on the number of top-level statements (${a.statements} vs ${b.statements})`);
    ts.push(a.ms);
    oxc.push(b.ms);
    files = a.files;
  }
  console.log(`| ${path.basename(dir)} | ${files} | ${median(ts).toFixed(0)} ms | ${median(oxc).toFixed(0)} ms | ${(median(ts) / median(oxc)).toFixed(2)}× |`);
}
