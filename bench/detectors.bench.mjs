// Bench suite of @readycheck/detectors' snapshot scan (see bench/README.md, "Contract").
//
//   npm run bench -- detectors            (add --quick for a smoke run)
//
// Measured on the generated corpus (and the real one when available):
// - `scanSource` over files already in memory: parse once with ts.createSourceFile + every
//   detector in one walk (pure CPU throughput);
// - the parse alone (`ts.createSourceFile`), so the cost of the detectors' walk is visible as the
//   difference;
// - `scanFiles` end to end (discovery, reads, scan, report);
// - ts-morph's `createSourceFile` on the same files, the parser the issue keeps off this path.
// Extra rows: lines per second, heap growth over one full scan, and how many of the corpus's
// planted violations were found at their exact line (recall).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { Project } from 'ts-morph';
import { scanFiles, scanSource } from '@readycheck/detectors';

// The corpus's planted kinds, by the detector that must report them.
const RULE_OF_KIND = {
  'explicit-any': 'explicit-any',
  'ts-comment': 'ts-comment',
  'empty-function': 'empty-function',
  'warning-comment': 'warning-comment',
  eval: 'dynamic-code-execution',
  'self-compare': 'suspicious-comparison',
  'cond-assign': 'assignment-in-condition',
  'constant-condition': 'constant-condition',
  unreachable: 'unreachable-code',
  'dupe-else-if': 'duplicate-condition',
  'empty-catch': 'empty-catch',
  'placeholder-comment': 'placeholder-comment',
  'not-implemented-stub': 'stub-implementation',
};

function load(files, dir) {
  return files.map((file) => ({ file: path.relative(dir, file).split(path.sep).join('/'), text: readFileSync(file, 'utf8') }));
}

function scanAll(sources) {
  let n = 0;
  for (const s of sources) n += scanSource(s.text, s.file).length;
  return n;
}

/** @param {import('./lib/context.mjs').BenchContext} ctx */
export default async function detectorsBench({ bench, corpus, quick, realCorpus, log }) {
  const rows = [];
  const notes = [];
  const sources = load(corpus.tsFiles, corpus.dir);
  const size = `${corpus.files} files, ${corpus.lines} lines`;

  bench.add(`scanSource: generated corpus in memory (${size})`, () => {
    scanAll(sources);
  });
  bench.add(`ts.createSourceFile only: generated corpus (${size})`, () => {
    for (const s of sources) ts.createSourceFile(s.file, s.text, ts.ScriptTarget.Latest, true);
  });
  bench.add(`scanFiles: generated corpus from disk (${size})`, async () => {
    await scanFiles(['src'], { cwd: corpus.dir });
  });
  const morphSample = sources.slice(0, quick ? 20 : 100);
  bench.add(`ts-morph createSourceFile: first ${morphSample.length} files (reference)`, () => {
    const project = new Project({ useInMemoryFileSystem: true, skipAddingFilesFromTsConfig: true });
    for (const s of morphSample) project.createSourceFile(s.file, s.text, { overwrite: true });
  });
  bench.add(`ts.createSourceFile: first ${morphSample.length} files (reference)`, () => {
    for (const s of morphSample) ts.createSourceFile(s.file, s.text, ts.ScriptTarget.Latest, true);
  });

  // One-off figures: recall on planted violations, lines/s, heap growth.
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const found = new Map();
  for (const s of sources) for (const v of scanSource(s.text, s.file)) found.set(`${v.file}:${v.line}:${v.ruleId}`, v);
  const ms = performance.now() - t0;
  const heapAfter = process.memoryUsage().heapUsed;
  rows.push({ name: 'scanSource throughput (generated corpus, one pass)', value: Math.round((corpus.lines / ms) * 1000), unit: 'lines/s' });
  rows.push({ name: 'heap growth over one scan of the generated corpus', value: Math.round((heapAfter - heapBefore) / 1024 / 1024), unit: 'MB' });
  rows.push({ name: 'violations found (generated corpus)', value: found.size });
  const planted = corpus.planted ?? [];
  let hit = 0;
  const missed = {};
  for (const p of planted) {
    const rule = RULE_OF_KIND[p.kind] ?? p.kind;
    const file = p.file.startsWith('src/') || !corpus.tsFiles.some((f) => f.endsWith(`/src/${p.file}`)) ? p.file : `src/${p.file}`;
    if (found.has(`${file}:${p.line}:${rule}`)) hit++;
    else missed[p.kind] = (missed[p.kind] ?? 0) + 1;
  }
  if (planted.length) {
    rows.push({ name: 'planted violations found at their line (recall)', value: `${hit}/${planted.length}` });
    if (Object.keys(missed).length) notes.push(`missed planted kinds: ${JSON.stringify(missed)}`);
  }

  const real = await realCorpus();
  if (real) {
    const realSources = load(real.tsFiles, real.dir);
    bench.add(`scanSource: ${real.name}@${real.version} in memory (${real.files} files, ${real.lines} lines)`, () => {
      scanAll(realSources);
    });
    bench.add(`scanFiles: ${real.name}@${real.version} from disk (${real.files} files)`, async () => {
      await scanFiles(real.tsFiles.map((f) => path.relative(real.dir, f)), { cwd: real.dir });
    });
    rows.push({ name: `violations found (${real.name}@${real.version})`, value: scanAll(realSources) });
  } else log('real corpus unavailable: only the generated corpus is measured');
  notes.push('scanSource vs ts.createSourceFile only: the difference is the cost of all detectors in the one walk.');
  return { rows, notes };
}
