#!/usr/bin/env node
// How much of the parse floor a native parser would remove: TypeScript's `createSourceFile` (what
// quality-scan and evidence-scan parse with, with their options: no JSDoc, no parent pointers)
// against oxc-parser's `parseSync` (what knip 6 parses with, the same version knip installs), on the
// same files, in one process each, interleaved. Each child parses every file and then visits every
// node of every tree once (a scanner pays both), and reports the first pass (cold: what a CLI run
// pays) and a second pass over the same files in the same process (warm: the JIT has tiered up).
// On Node < 22 oxc-parser returns its tree as JS objects (raw transfer needs Node 22+), which is
// the cost a JS caller pays here.
//
//   npm ci --prefix bench && node bench/parse-oxc-vs-ts.mjs [dir…] [--runs 5]
//   (default dirs: ../shared/corpora/*)
//   node bench/parse-oxc-vs-ts.mjs --hostile     deeply nested input: does the parser crash the process?
//
// With NAPI_RS_FORCE_WASI=error in the environment oxc-parser loads its WebAssembly build instead of
// the native one (install it first: npm i --no-save --force --prefix bench @oxc-parser/binding-wasm32-wasi@0.156.0).
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

/** Sources nested `depth` deep in the ways an agent could write them (bounded: at most 20k levels). */
const HOSTILE = {
  parentheses: (d) => `x = ${'('.repeat(d)}1${')'.repeat(d)};`,
  objects: (d) => `x = ${'{a:'.repeat(d)}1${'}'.repeat(d)};`,
  arrays: (d) => `x = ${'['.repeat(d)}${']'.repeat(d)};`,
  'unary !': (d) => `x = ${'!'.repeat(d)}a;`,
  ternaries: (d) => `x = ${'a ? b : '.repeat(d)}c;`,
  arrows: (d) => `x = ${'a => '.repeat(d)}1;`,
  jsx: (d) => `x = ${'<a>'.repeat(d)}${'</a>'.repeat(d)};`,
  'type arguments': (d) => `type T = ${'Array<'.repeat(d)}1${'>'.repeat(d)};`,
  'a+a+… (flat)': (d) => `x = ${Array(d).fill('a').join('+')};`,
};

// Child mode: parse every file of one dir with one parser and visit every node, twice; print the
// milliseconds of each pass.
if (args[0] === '--child') {
  const [, parser, dir] = args;
  const require = createRequire(path.join(here, 'package.json'));
  const texts = filesOf(dir).map((f) => [f, readFileSync(f, 'utf8')]);
  let parseAndWalk;
  let nodes = 0;
  if (parser === 'oxc') {
    const { parseSync } = require('oxc-parser');
    const visit = (value) => {
      if (Array.isArray(value)) {
        for (const item of value) if (item !== null && typeof item === 'object') visit(item);
        return;
      }
      if (typeof value.type === 'string') nodes++;
      for (const key in value) {
        const child = value[key];
        if (child !== null && typeof child === 'object') visit(child);
      }
    };
    parseAndWalk = (f, t) => visit(parseSync(f, t).program);
  } else {
    const ts = require('typescript');
    const visit = (node) => {
      nodes++;
      ts.forEachChild(node, visit);
    };
    const kind = (f) => (/\.[jt]sx$/.test(f) ? ts.ScriptKind.TSX : /\.[cm]?js$/.test(f) ? ts.ScriptKind.JS : ts.ScriptKind.TS);
    const options = { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone };
    parseAndWalk = (f, t) => visit(ts.createSourceFile(f, t, options, false, kind(f)));
  }
  const pass = () => {
    const t0 = performance.now();
    for (const [f, t] of texts) parseAndWalk(f, t);
    return performance.now() - t0;
  };
  const cold = pass();
  const coldNodes = nodes;
  const warm = pass();
  console.log(JSON.stringify({ cold, warm, files: texts.length, nodes: coldNodes }));
  process.exit(0);
}

// Hostile child: parse one generated, deeply nested source with one parser; print what happened.
// A native stack overflow kills the process (the parent sees the signal); a JS one is a RangeError.
if (args[0] === '--hostile-child') {
  const [, parser, shape, depthText] = args;
  const depth = Number(depthText);
  const require = createRequire(path.join(here, 'package.json'));
  const source = HOSTILE[shape](depth);
  const file = shape === 'jsx' ? 'deep.tsx' : 'deep.ts';
  try {
    if (parser === 'oxc') require('oxc-parser').parseSync(file, source);
    else {
      const ts = require('typescript');
      const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, false, shape === 'jsx' ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
      const visit = (node) => ts.forEachChild(node, visit);
      visit(sf);
    }
    console.log('parsed');
  } catch (error) {
    console.log(error instanceof RangeError ? 'RangeError (catchable)' : `threw ${error?.name}`);
  }
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

if (args.includes('--hostile')) {
  // One child per parser × shape × depth, so a crash loses only that child.
  const depths = [1_000, 5_000, 20_000];
  console.log(`| shape | ${depths.flatMap((d) => [`TS, ${d.toLocaleString('en')} deep`, `oxc, ${d.toLocaleString('en')} deep`]).join(' | ')} |`);
  console.log(`| --- | ${depths.flatMap(() => ['---', '---']).join(' | ')} |`);
  for (const shape of Object.keys(HOSTILE)) {
    const cells = [];
    for (const depth of depths) {
      for (const parser of ['ts', 'oxc']) {
        const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--hostile-child', parser, shape, String(depth)], { encoding: 'utf8', timeout: 60_000 });
        cells.push(r.signal ? `**crashed (${r.signal})**` : r.stdout.trim() || `exit ${r.status}`);
      }
    }
    console.log(`| ${shape} | ${cells.join(' | ')} |`);
  }
  process.exit(0);
}

const run = (parser, dir) => JSON.parse(spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', parser, dir], { encoding: 'utf8' }).stdout);
console.log('| corpus | files | TypeScript, cold | oxc-parser, cold | TS / oxc, cold | TypeScript, warm | oxc-parser, warm |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const dir of targets) {
  const ts = { cold: [], warm: [] };
  const oxc = { cold: [], warm: [] };
  let files = 0;
  for (let i = 0; i < RUNS; i++) {
    const a = run('ts', dir);
    const b = run('oxc', dir);
    ts.cold.push(a.cold);
    ts.warm.push(a.warm);
    oxc.cold.push(b.cold);
    oxc.warm.push(b.warm);
    files = a.files;
  }
  const ms = (xs) => `${median(xs).toFixed(0)} ms`;
  console.log(`| ${path.basename(dir)} | ${files} | ${ms(ts.cold)} | ${ms(oxc.cold)} | ${(median(ts.cold) / median(oxc.cold)).toFixed(2)}× | ${ms(ts.warm)} | ${ms(oxc.warm)} |`);
}
