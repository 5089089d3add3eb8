#!/usr/bin/env node
// A seeded uniform random sample of the findings of one severity in a quality-scan JSON report,
// for labelling when there are too many to read them all (the held-out medium samples in
// README.md):
//
//   node bench/accuracy/sample.mjs REPORT.json --severity medium --count 40 --seed 3 [--json]
//
// The same report, severity, count and seed give the same sample on any machine: findings are
// sorted by file, line, column and rule first, then drawn without replacement with a
// mulberry32 generator. Prints `file:line rule message` per finding (or a JSON array with --json).
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const USAGE = 'usage: node bench/accuracy/sample.mjs REPORT.json --severity SEV --count N --seed N [--json]';

/** mulberry32: a small, well-known 32-bit seeded generator; returns floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` findings of `severity`, drawn uniformly without replacement (partial Fisher–Yates). */
export function sampleFindings(violations, { severity, count, seed }) {
  const pool = violations
    .filter((v) => v.severity === severity)
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0) || a.ruleId.localeCompare(b.ruleId));
  const random = mulberry32(seed);
  const n = Math.min(count, pool.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, n);
}

export function parseArgs(argv) {
  const opts = { report: null, severity: null, count: null, seed: null, json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--severity' || a === '--count' || a === '--seed') {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} expects a value`);
      if (a === '--severity') opts.severity = v;
      else if (!/^\d+$/.test(v)) throw new Error(`${a} expects a non-negative integer, got ${JSON.stringify(v)}`);
      else opts[a.slice(2)] = Number(v);
    } else if (a === '--json') opts.json = true;
    else if (a.startsWith('-')) throw new Error(`unknown argument ${a}`);
    else if (opts.report === null) opts.report = a;
    else throw new Error(`unexpected argument ${a}`);
  }
  if (opts.report === null || opts.severity === null || opts.count === null || opts.seed === null) throw new Error('REPORT.json, --severity, --count and --seed are required');
  return opts;
}

export function main(argv) {
  let opts;
  let report;
  try {
    opts = parseArgs(argv);
    report = JSON.parse(readFileSync(opts.report, 'utf8'));
    if (!Array.isArray(report?.violations)) throw new Error(`${opts.report}: expected a quality-scan JSON report (no "violations" array)`);
  } catch (err) {
    console.error(`sample: ${err.message}\n${USAGE}`);
    return 2;
  }
  const sample = sampleFindings(report.violations, opts);
  if (opts.json) console.log(JSON.stringify(sample, null, 2));
  else for (const v of sample) console.log(`${v.file}:${v.line} ${v.ruleId} ${v.message}`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = main(process.argv.slice(2));
