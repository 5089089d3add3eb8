#!/usr/bin/env node
// Accuracy of evidence-scan's verdicts on the real application corpora (../shared/corpora and the
// committed bench/accuracy/corpora), against the labels in
// bench/accuracy/labels/<corpus>.evidence.json (each feature's verdict read from the code, and
// whether it is grouped right). Run after `npm run build`:
//
//   node bench/accuracy/evidence.mjs [corpus…] [--corpora <dir>] [--json]
//
// Prints, per corpus, for the shared and the fresh (committed) corpora and in total: features,
// PASS verdicts right / given, FAIL verdicts right / given, verdicts that agree with the label,
// mis-grouped features (a nonsense name, a split, a duplicate, a grab-bag, something that is no
// feature), and features the labels do not cover. Also: labelled FAILs found (how many features
// the labels call FAIL got FAIL: the FAIL verdicts' recall). A label with `"trimmed": true` (a
// verdict that only files left out of a committed tree for their licence decide) is not scored
// for its verdict, only for its grouping. Exits 1 when a floor is missed: ≥ 90% of PASS and of
// FAIL verdicts right, ≥ 90% of the labelled FAILs found, ≤ 5% mis-grouped (the issue's figure;
// 3.1% measured on the fourteen corpora, 4.0% on the eleven committed ones alone, see
// packages/evidence/README.md).
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const labelsDir = path.join(here, 'labels');
const args = process.argv.slice(2);
const json = args.includes('--json');
const at = args.indexOf('--corpora');
// The corpora sit in shared/ beside the repository (a worktree is one level deeper).
const candidates = [path.resolve(repo, '../shared/corpora'), path.resolve(repo, '../../shared/corpora')];
const corporaDir = at >= 0 ? path.resolve(args[at + 1] ?? '.') : process.env.READYCHECK_CORPORA ? path.resolve(process.env.READYCHECK_CORPORA) : (candidates.find((c) => existsSync(c)) ?? candidates[0]);
const named = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--corpora');
const available = (await readdir(labelsDir)).filter((f) => f.endsWith('.evidence.json')).map((f) => f.replace(/\.evidence\.json$/, '')).sort();
// A labelled corpus is looked up in the shared corpora, then among the committed ones
// (bench/accuracy/corpora, whose critical/high findings run.mjs checks too, and
// bench/accuracy/evidence-corpora, kept for evidence-scan's verdicts only).
const committedDir = path.join(here, 'corpora');
const evidenceDir = path.join(here, 'evidence-corpora');
const rootOf = (c) => [path.join(corporaDir, c), path.join(committedDir, c), path.join(evidenceDir, c)].find((d) => existsSync(d));
const corpora = (named.length ? named : available).filter((c) => rootOf(c) !== undefined);
if (!corpora.length) {
  // CI runs this on every machine; the real corpora are only where shared/ sits beside the repo.
  console.log(`evidence accuracy: skipped, no labelled corpus found in ${corporaDir} or ${committedDir} (set READYCHECK_CORPORA or --corpora)`);
  process.exit(0);
}

const { scanEvidence } = await import(path.join(repo, 'packages/evidence/dist/index.js'));

const pct = (n, d) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);
const rows = [];
for (const corpus of corpora) {
  const labels = JSON.parse(await readFile(path.join(labelsDir, `${corpus}.evidence.json`), 'utf8'));
  const byName = new Map(labels.features.map((l) => [l.feature, l]));
  const { report } = await scanEvidence({ root: rootOf(corpus), workers: 1 });
  const row = { corpus, features: report.features.length, scored: 0, pass: 0, passRight: 0, fail: 0, failRight: 0, failLabelled: 0, agree: 0, misgrouped: 0, unlabelled: [], wrong: [] };
  for (const f of report.features) {
    const label = byName.get(f.name);
    if (!label) {
      row.unlabelled.push(f.name);
      continue;
    }
    if (label.grouping !== 'ok') row.misgrouped++;
    // A verdict that depends on files the committed tree leaves out for their licence (the label
    // says `"trimmed": true`, see the label file's note) is not scored; its grouping is.
    if (label.trimmed) continue;
    row.scored++;
    if (label.expected === f.status) row.agree++;
    else row.wrong.push(`${f.name}: ${f.status}, expected ${label.expected}`);
    if (f.status === 'PASS') {
      row.pass++;
      if (label.expected === 'PASS') row.passRight++;
    }
    if (f.status === 'FAIL') {
      row.fail++;
      if (label.expected === 'FAIL') row.failRight++;
    }
    if (label.expected === 'FAIL') row.failLabelled++;
  }
  rows.push(row);
}
const sum = (name, rs) => rs.reduce((t, r) => ({ corpus: name, features: t.features + r.features, scored: t.scored + r.scored, pass: t.pass + r.pass, passRight: t.passRight + r.passRight, fail: t.fail + r.fail, failRight: t.failRight + r.failRight, failLabelled: t.failLabelled + r.failLabelled, agree: t.agree + r.agree, misgrouped: t.misgrouped + r.misgrouped, unlabelled: [...t.unlabelled, ...r.unlabelled], wrong: [] }), { features: 0, scored: 0, pass: 0, passRight: 0, fail: 0, failRight: 0, failLabelled: 0, agree: 0, misgrouped: 0, unlabelled: [] });
const total = sum('all', rows);
// The corpora the rules were tuned on (../shared/corpora) and the fresh ones (committed, labelled after the rules were written).
const isShared = (r) => rootOf(r.corpus)?.startsWith(corporaDir + path.sep) ?? false;
const groups = rows.some(isShared) && rows.some((r) => !isShared(r)) ? [sum('shared', rows.filter(isShared)), sum('fresh', rows.filter((r) => !isShared(r)))] : [];
if (json) {
  process.stdout.write(`${JSON.stringify({ rows, groups, total }, null, 2)}\n`);
} else {
  const lines = ['| corpus | features | PASS right | FAIL right | labelled FAILs found | verdicts agreeing | mis-grouped | unlabelled |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'];
  for (const r of [...rows, ...groups, total]) {
    lines.push(`| ${r.corpus} | ${r.features} | ${r.passRight}/${r.pass} (${pct(r.passRight, r.pass)}) | ${r.failRight}/${r.fail} (${pct(r.failRight, r.fail)}) | ${r.failRight}/${r.failLabelled} | ${r.agree}/${r.scored} (${pct(r.agree, r.scored)}) | ${r.misgrouped} (${pct(r.misgrouped, r.features)}) | ${r.unlabelled.length} |`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  for (const r of rows) {
    if (r.wrong.length) process.stdout.write(`\n${r.corpus}: verdicts that differ from the label\n${r.wrong.map((w) => `  ${w}`).join('\n')}\n`);
    if (r.unlabelled.length) process.stdout.write(`\n${r.corpus}: features without a label: ${r.unlabelled.join(', ')}\n`);
  }
}
// The issue's floors, on all corpora and on the committed ones alone (a machine without
// ../shared/corpora, e.g. CI): measured 95.0% / 94.2% PASS right, 3.1% / 4.0% mis-grouped.
const shared = rows.some(isShared);
const floors = { pass: 0.9, fail: 0.9, failFound: 0.9, misgrouped: 0.05 };
const missed = (total.pass > 0 && total.passRight / total.pass < floors.pass) || (total.fail > 0 && total.failRight / total.fail < floors.fail) || (total.failLabelled > 0 && total.failRight / total.failLabelled < floors.failFound) || total.misgrouped / Math.max(1, total.features) > floors.misgrouped || total.unlabelled.length > 0;
if (!json) process.stdout.write(`\nfloors (${shared ? 'with ../shared/corpora' : 'committed corpora only'}): PASS right ≥ ${floors.pass * 100}%, FAIL right ≥ ${floors.fail * 100}%, labelled FAILs found ≥ ${floors.failFound * 100}%, mis-grouped ≤ ${floors.misgrouped * 100}%${missed ? ': MISSED' : ': met'}\n`);
process.exitCode = missed ? 1 : 0;
