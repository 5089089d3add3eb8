// Bench suite of @readycheck/coverage-gate (see bench/README.md, "Contract").
//
//   npm run bench -- coverage-gate      (or: node bench/run.mjs coverage-gate --quick)
//
// A monorepo-sized coverage file is synthesised deterministically (seeded): 2,000 files (200
// quick) of 60 statements, 8 functions and 12 branches each, as istanbul coverage-final.json and
// as lcov.info. Measured: reading each format, evaluating global + 20 directory + per-file gates,
// and the ratchet check — the work of one `coverage-gate` run without process start-up.
import { checkRatchet, evaluateGates, parseCoverage } from '@readycheck/coverage-gate';
import { createRandom } from './lib/corpus.mjs';

function synthesise(files, seed) {
  const rnd = createRandom(seed);
  const final = {};
  const lcov = [];
  for (let i = 0; i < files; i++) {
    const file = `/repo/packages/pkg${i % 20}/src/module${Math.floor(i / 20)}/file${i}.ts`;
    const statementMap = {};
    const s = {};
    const fnMap = {};
    const f = {};
    const branchMap = {};
    const b = {};
    const rate = 0.5 + rnd.next() / 2;
    lcov.push('TN:', `SF:${file}`);
    for (let k = 0; k < 60; k++) {
      const line = k * 2 + 1;
      statementMap[k] = { start: { line, column: 2 }, end: { line, column: 30 } };
      s[k] = rnd.chance(rate) ? rnd.int(1, 50) : 0;
      lcov.push(`DA:${line},${s[k]}`);
    }
    for (let k = 0; k < 8; k++) {
      fnMap[k] = { name: `fn${k}`, decl: { start: { line: k * 15 + 1, column: 0 }, end: { line: k * 15 + 1, column: 10 } }, loc: { start: { line: k * 15 + 1, column: 0 }, end: { line: k * 15 + 14, column: 1 } }, line: k * 15 + 1 };
      f[k] = rnd.chance(rate) ? 1 : 0;
      lcov.push(`FN:${k * 15 + 1},fn${k}`, `FNDA:${f[k]},fn${k}`);
    }
    for (let k = 0; k < 6; k++) {
      branchMap[k] = { type: 'if', line: k * 20 + 3, loc: { start: { line: k * 20 + 3, column: 2 }, end: { line: k * 20 + 3, column: 20 } }, locations: [{}, {}] };
      b[k] = [rnd.chance(rate) ? 1 : 0, rnd.chance(rate) ? 1 : 0];
      lcov.push(`BRDA:${k * 20 + 3},${k},0,${b[k][0]}`, `BRDA:${k * 20 + 3},${k},1,${b[k][1]}`);
    }
    lcov.push('end_of_record');
    final[file] = { path: file, statementMap, fnMap, branchMap, s, f, b };
  }
  return { finalText: JSON.stringify(final), lcovText: `${lcov.join('\n')}\n` };
}

/** @param {import('./lib/context.mjs').BenchContext} ctx */
export default async function coverageGateBench({ bench, quick }) {
  const files = quick ? 200 : 2000;
  const { finalText, lcovText } = synthesise(files, 42);
  const data = parseCoverage(finalText, 'coverage-final.json', '/repo');
  const paths = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`packages/pkg${i}/src/`, { lines: 70, branches: -200 }]));
  const config = { global: { lines: 80, statements: 80, functions: 75, branches: 70 }, paths, perFile: { lines: 50 } };
  const baseline = checkRatchet({ baseline: null, files: data.files, metrics: data.metrics, depth: 2, file: 'baseline.json' }).next;

  bench.add(`parseCoverage: coverage-final.json (${files} files, ${(finalText.length / 1e6).toFixed(1)} MB)`, () => {
    parseCoverage(finalText, 'coverage-final.json', '/repo');
  });
  bench.add(`parseCoverage: lcov.info (${files} files, ${(lcovText.length / 1e6).toFixed(1)} MB)`, () => {
    parseCoverage(lcovText, 'lcov.info', '/repo');
  });
  bench.add(`evaluateGates: global + 20 paths + perFile (${files} files)`, () => {
    evaluateGates({ data, config });
  });
  bench.add(`checkRatchet: depth 2, 4 metrics (${files} files)`, () => {
    checkRatchet({ baseline, files: data.files, metrics: data.metrics, depth: 2, file: 'baseline.json' });
  });
  const report = evaluateGates({ data, config });
  return { rows: [{ name: `gates evaluated (${files} files)`, value: report.summary.gates }], notes: [`synthesised coverage: ${files} files × 60 statements, 8 functions, 12 branches (seed 42)`] };
}
