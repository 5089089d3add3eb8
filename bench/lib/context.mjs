// The context each bench suite receives (see bench/README.md, "Contract").
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { Bench } from 'tinybench';
import { BENCH_DIR, ensureGeneratedCorpus, fetchRealCorpus } from './corpus.mjs';

/**
 * @typedef {object} CorpusInfo
 * @property {string} dir absolute path of the corpus project
 * @property {number} files number of TypeScript files
 * @property {number} bytes
 * @property {number} lines
 * @property {string[]} tsFiles absolute paths of the TypeScript files, sorted
 */

/**
 * @typedef {CorpusInfo & { kind: 'generated', seed: number, plantedByKind: Record<string, number>,
 *   planted: { file: string, line: number, kind: string }[] }} GeneratedCorpus
 * @typedef {CorpusInfo & { kind: 'real', spec: string, name: string, version: string }} RealCorpus
 */

/**
 * @typedef {object} BenchContext
 * @property {import('tinybench').Bench} bench a tinybench Bench for this suite: add tasks, run.mjs runs it
 * @property {GeneratedCorpus} corpus the generated corpus, on disk
 * @property {string} corpusDir `corpus.dir`
 * @property {() => Promise<RealCorpus | null>} realCorpus the real package's sources, or null when unavailable
 * @property {(opts?: { files?: number, seed?: number, rate?: number }) => Promise<GeneratedCorpus>} generateCorpus
 * @property {boolean} quick
 * @property {string} repoRoot
 * @property {string} benchDir
 * @property {(message: string) => void} log
 */

/**
 * @typedef {object} SuiteResult what a suite may return
 * @property {{ name: string, [k: string]: unknown }[]} [rows] extra rows
 * @property {string[]} [notes]
 */

/** Absolute paths of `.ts`/`.tsx`/`.mts`/`.cts` files (no `.d.ts`) under `dir`, sorted. */
export function listTsFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(c|m)?tsx?$/.test(e.name) && !/\.d\.(c|m)?ts$/.test(e.name)) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

/** Options of tinybench for normal and quick runs. */
export function benchOptions(quick) {
  return quick ? { time: 200, warmupTime: 50, iterations: 3, warmupIterations: 1 } : { time: 2000, warmupTime: 300, iterations: 10, warmupIterations: 2 };
}

/**
 * Creates the shared pieces of a run: the generated corpus and a lazy, memoised real corpus.
 *
 * @param {{ files: number, seed: number, quick: boolean, real: string | false, repoRoot: string, log: (m: string) => void }} options
 */
export async function createRunCorpora({ files, seed, real, log }) {
  const gen = await ensureGeneratedCorpus({ files, seed });
  /** @type {GeneratedCorpus} */
  const corpus = { ...gen, tsFiles: listTsFiles(path.join(gen.dir, 'src')) };
  let requested = false;
  /** @type {Promise<RealCorpus | null> | undefined} */
  let realPromise;
  let realError;
  const realCorpus = () => {
    requested = true;
    realPromise ??= (async () => {
      if (real === false) {
        realError = 'skipped (--no-real)';
        return null;
      }
      try {
        const r = await fetchRealCorpus({ spec: real });
        return { ...r, tsFiles: listTsFiles(path.join(r.dir, 'src')) };
      } catch (err) {
        realError = `unavailable: ${String(err?.message ?? err).split('\n')[0]}`;
        log(`real corpus ${real}: ${realError}`);
        return null;
      }
    })();
    return realPromise;
  };
  const generateCorpus = async (opts = {}) => {
    const g = await ensureGeneratedCorpus({ seed, ...opts });
    return { ...g, tsFiles: listTsFiles(path.join(g.dir, 'src')) };
  };
  return { corpus, realCorpus, generateCorpus, realError: () => realError, realRequested: () => requested };
}

/**
 * Builds the {@link BenchContext} of one suite.
 *
 * @returns {BenchContext}
 */
export function createContext({ name, corpora, quick, repoRoot, log }) {
  return {
    bench: new Bench({ name, ...benchOptions(quick) }),
    corpus: corpora.corpus,
    corpusDir: corpora.corpus.dir,
    realCorpus: corpora.realCorpus,
    generateCorpus: corpora.generateCorpus,
    quick,
    repoRoot,
    benchDir: BENCH_DIR,
    log,
  };
}
