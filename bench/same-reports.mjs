// Byte-identity check for speed work: scans every bench corpus with the built quality-scan (or,
// with --tool evidence, evidence-scan) and writes the reports to a folder; `--compare DIR` then
// `cmp`s them against an earlier run.
//   node bench/same-reports.mjs --out /tmp/before [--tool evidence]
//   (optimise, npm run build)
//   node bench/same-reports.mjs --out /tmp/after --compare /tmp/before [--tool evidence]
// The reports carry no timestamps or durations, so any byte that differs is a change in findings.
// evidence-scan's reports are evidence.json, READINESS.md, READINESS.html and every fix prompt,
// compared file by file; its corpora add the real npm package when bench/.corpus has it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { BENCH_DIR, ensureGeneratedCorpus } from './lib/corpus.mjs';

const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const out = path.resolve(opt('--out') ?? '/tmp/readycheck-reports');
const compare = opt('--compare');
const tool = opt('--tool') ?? 'quality';
if (tool !== 'quality' && tool !== 'evidence') {
  console.error(`--tool: "${tool}" is neither quality nor evidence`);
  process.exit(2);
}
const bin = path.join(BENCH_DIR, '..', tool === 'quality' ? 'packages/detectors/bin/quality-scan.js' : 'packages/evidence/bin/evidence-scan.js');
const corporaRoot = process.env.READYCHECK_CORPORA ?? path.resolve(BENCH_DIR, '../../shared/corpora');
const alt = '/work/shared/corpora';
const root = existsSync(corporaRoot) ? corporaRoot : alt;

const corpora = [];
const gen = await ensureGeneratedCorpus({ files: 500, seed: 1 });
corpora.push(['generated-500', gen.dir]);
if (tool === 'evidence') {
  const corpusDir = path.join(BENCH_DIR, '.corpus');
  for (const name of existsSync(corpusDir) ? readdirSync(corpusDir).sort() : []) {
    if (name.startsWith('real-') && existsSync(path.join(corpusDir, name, 'corpus-manifest.json'))) corpora.push([name, path.join(corpusDir, name)]);
  }
}
if (existsSync(root)) {
  for (const name of readdirSync(root).sort()) {
    const dir = path.join(root, name);
    if (existsSync(path.join(dir, 'package.json')) || existsSync(path.join(dir, 'src'))) corpora.push([name, dir]);
  }
}

/** Every file under `dir`, relative, sorted. */
function filesUnder(dir, rel = '') {
  const list = [];
  for (const e of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const r = path.join(rel, e.name);
    if (e.isDirectory()) list.push(...filesUnder(dir, r));
    else list.push(r);
  }
  return list.sort();
}

/** The names of the files that differ between two report folders (or exist in one only). */
function folderDiff(a, b) {
  const fa = filesUnder(a);
  const fb = new Set(filesUnder(b));
  const diff = fa.filter((f) => !fb.has(f) || !readFileSync(path.join(a, f)).equals(readFileSync(path.join(b, f))));
  for (const f of fb) if (!fa.includes(f)) diff.push(f);
  return diff;
}

mkdirSync(out, { recursive: true });
let differ = 0;
for (const [name, dir] of corpora) {
  const target = tool === 'quality' ? path.join(out, `${name}.json`) : path.join(out, name);
  // evidence-scan keeps files it did not write: a fresh folder each run, so nothing stale is compared.
  if (tool === 'evidence') rmSync(target, { recursive: true, force: true });
  const argv = tool === 'quality' ? [bin, '.', '--format', 'json', '-o', target] : [bin, '.', '-q', '-o', target];
  const r = spawnSync(process.execPath, argv, { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0 && r.status !== 1) {
    console.error(`${name}: ${path.basename(bin, '.js')} exited ${r.status}: ${r.stderr.trim().split('\n')[0]}`);
    differ++;
    continue;
  }
  if (!compare) { console.log(`${name}: ${target}`); continue; }
  const before = path.join(compare, tool === 'quality' ? `${name}.json` : name);
  const diff = tool === 'quality'
    ? (readFileSync(target).equals(readFileSync(before)) ? [] : [`${name}.json`])
    : existsSync(before) && statSync(before).isDirectory() ? folderDiff(target, before) : ['(no earlier reports)'];
  if (diff.length) differ++;
  console.log(`${name}: ${diff.length === 0 ? 'identical' : `DIFFERS (${diff.slice(0, 5).join(', ')}${diff.length > 5 ? ` and ${diff.length - 5} more` : ''})`} (${target})`);
}
if (compare && differ) { console.error(`${differ} report(s) differ`); process.exit(1); }
