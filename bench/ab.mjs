// Interleaved A/B timing of whole processes on a shared machine: runs each variant once per round
// (A B C A B C …), and prints per variant the median and min of wall and of CPU (user+sys from
// /usr/bin/time, so every thread counts), with the 1-minute load average before and after each round.
//   node bench/ab.mjs <dir> <rounds> "<label>=<shell command>" "<label>=<shell command>" …
// e.g. node bench/ab.mjs ../shared/corpora/vibesdk 6 \
//   "off=node $PWD/packages/detectors/bin/quality-scan.js . -f json -o /tmp/o1.json --concurrency off" \
//   "two=node $PWD/packages/detectors/bin/quality-scan.js . -f json -o /tmp/o2.json --concurrency 2"
import { spawnSync } from 'node:child_process';
import os from 'node:os';

const [dir, roundsArg, ...specs] = process.argv.slice(2);
const rounds = Number(roundsArg);
if (!dir || !Number.isInteger(rounds) || rounds < 1 || specs.length < 1 || specs.some((s) => !s.includes('='))) {
  console.error('usage: node bench/ab.mjs <dir> <rounds> "<label>=<command>" ...');
  process.exit(2);
}
const variants = specs.map((s) => ({ label: s.slice(0, s.indexOf('=')), cmd: s.slice(s.indexOf('=') + 1) }));
const results = new Map(variants.map((v) => [v.label, { wall: [], cpu: [] }]));
const load = [os.loadavg()[0]];
for (let r = 0; r < rounds; r++) {
  for (const v of variants) {
    const out = spawnSync('/usr/bin/time', ['-f', '%e %U %S', 'sh', '-c', `${v.cmd} >/dev/null 2>&1`], { cwd: dir, encoding: 'utf8' });
    const [wall, user, sys] = (out.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number);
    if (!Number.isFinite(wall)) {
      console.error(`${v.label}: no timing (${out.stderr.trim().split('\n')[0]})`);
      process.exit(1);
    }
    results.get(v.label).wall.push(wall);
    results.get(v.label).cpu.push(user + sys);
  }
  load.push(os.loadavg()[0]);
}
const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
console.log(`dir ${dir} rounds ${rounds} load1 ${load.map((l) => l.toFixed(1)).join(' ')}`);
for (const v of variants) {
  const r = results.get(v.label);
  console.log(`${v.label.padEnd(14)} wall med ${median(r.wall).toFixed(2)} min ${Math.min(...r.wall).toFixed(2)}  cpu med ${median(r.cpu).toFixed(2)} min ${Math.min(...r.cpu).toFixed(2)}  walls ${r.wall.join(',')}`);
}
