#!/usr/bin/env node
// How cost grows with code size: generates corpora of about 1k … 500k lines (bench/lib/corpus.mjs,
// ~56 lines a file), runs each linter of the peer comparison once per size as a whole process
// (1 warm-up on the smallest), and writes bench/results/scale.json and bench/results/scale.svg
// (CPU seconds against lines, log–log, drawn by bench/scale-plot.mjs).
//   node bench/scale.mjs [--sizes 1000,10000,50000,100000,250000,500000] [--eslint-max 100000] [--tools oxlint,Biome]
// --tools reruns only those tools and replaces their rows in the existing scale.json.
// Each corpus is scanned in a copy under the system temp folder: bench/.corpus is git-ignored, and
// oxlint honours .gitignore files above it (it linted nothing there).
// ESLint is skipped above --eslint-max lines (minutes per run on a shared 2-core machine).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BENCH_DIR, ensureGeneratedCorpus } from './lib/corpus.mjs';
import { ensurePeersInstalled, timeProcess, toolsFor } from './peers.mjs';
import { plotScale } from './scale-plot.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : fallback; };
const sizes = opt('--sizes', '1000,10000,50000,100000,250000,500000').split(',').map(Number);
const eslintMax = Number(opt('--eslint-max', '100000'));
const only = opt('--tools', '')?.split(',').filter(Boolean) ?? [];
const LINES_PER_FILE = 27880 / 500; // the generator's average at seed 1

ensurePeersInstalled();
const { lint } = await toolsFor('src');
const rows = [];
for (const [i, lines] of sizes.entries()) {
  const files = Math.max(1, Math.round(lines / LINES_PER_FILE));
  const corpus = await ensureGeneratedCorpus({ files, seed: 1 });
  const work = mkdtempSync(path.join(os.tmpdir(), 'rc-bench-scale-'));
  cpSync(corpus.dir, work, { recursive: true });
  for (const tool of lint) {
    if (only.length && !only.includes(tool.short)) continue;
    if (tool.short === 'ESLint' && corpus.lines > eslintMax) continue;
    if (i === 0) await timeProcess(tool.cmd, tool.args, work);
    const m = await timeProcess(tool.cmd, tool.args, work);
    const ok = m.code === 0 || m.code === 1;
    const row = { tool: tool.short, lines: corpus.lines, files: corpus.files, wallMs: Math.round(m.ms), cpuMs: m.cpuMs === null ? null : Math.round(m.cpuMs), rssKb: m.maxRssKb, ok };
    rows.push(row);
    console.log(JSON.stringify(row));
  }
  rmSync(work, { recursive: true, force: true });
}
const resultFile = path.join(BENCH_DIR, 'results', 'scale.json');
if (only.length && existsSync(resultFile)) {
  const kept = JSON.parse(readFileSync(resultFile, 'utf8')).rows.filter((r) => !only.includes(r.tool));
  rows.unshift(...kept);
}
const out = { machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version, loadavg: os.loadavg() }, method: 'one whole-process run per tool and size (after one warm-up at the smallest size), CPU = user+sys from /usr/bin/time', rows };
mkdirSync(path.join(BENCH_DIR, 'results'), { recursive: true });
writeFileSync(resultFile, `${JSON.stringify(out, null, 2)}\n`);
writeFileSync(path.join(BENCH_DIR, 'results', 'scale.svg'), plotScale(rows));
console.log('wrote bench/results/scale.json and bench/results/scale.svg');
