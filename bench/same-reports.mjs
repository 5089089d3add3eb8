// Byte-identity check for speed work: scans every bench corpus with the built quality-scan and
// writes the JSON reports to a folder; `--compare DIR` then `cmp`s them against an earlier run.
//   node bench/same-reports.mjs --out /tmp/before
//   (optimise, npm run build)
//   node bench/same-reports.mjs --out /tmp/after --compare /tmp/before
// The reports carry no timestamps or durations, so any byte that differs is a change in findings.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { BENCH_DIR, ensureGeneratedCorpus } from './lib/corpus.mjs';

const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const out = path.resolve(opt('--out') ?? '/tmp/readycheck-reports');
const compare = opt('--compare');
const bin = path.join(BENCH_DIR, '..', 'packages/detectors/bin/quality-scan.js');
const corporaRoot = process.env.READYCHECK_CORPORA ?? path.resolve(BENCH_DIR, '../../shared/corpora');
const alt = '/work/shared/corpora';
const root = existsSync(corporaRoot) ? corporaRoot : alt;

const corpora = [];
const gen = await ensureGeneratedCorpus({ files: 500, seed: 1 });
corpora.push(['generated-500', gen.dir]);
if (existsSync(root)) {
  for (const name of readdirSync(root).sort()) {
    const dir = path.join(root, name);
    if (existsSync(path.join(dir, 'package.json')) || existsSync(path.join(dir, 'src'))) corpora.push([name, dir]);
  }
}
mkdirSync(out, { recursive: true });
let differ = 0;
for (const [name, dir] of corpora) {
  const file = path.join(out, `${name}.json`);
  const r = spawnSync(process.execPath, [bin, '.', '--format', 'json', '-o', file], { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0 && r.status !== 1) {
    console.error(`${name}: quality-scan exited ${r.status}: ${r.stderr.trim().split('\n')[0]}`);
    differ++;
    continue;
  }
  if (!compare) { console.log(`${name}: ${file}`); continue; }
  const same = readFileSync(file).equals(readFileSync(path.join(compare, `${name}.json`)));
  if (!same) differ++;
  console.log(`${name}: ${same ? 'identical' : 'DIFFERS'} (${file})`);
}
if (compare && differ) { console.error(`${differ} report(s) differ`); process.exit(1); }
