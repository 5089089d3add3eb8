#!/usr/bin/env node
// The accuracy check on its own (CI runs this; `npm run bench -- accuracy` runs the same through
// bench/accuracy.bench.mjs):
//
//   node bench/accuracy/run.mjs [--corpus NAME]… [--no-shared] [--unlabelled FILE] [--markdown]
//
// --markdown prints the precision table as Markdown (rule × corpus, TP/labelled), for the READMEs.
//
// Exit 0: every floor met; 1: a floor missed, a labelled TP lost or a critical/high finding
// without a label; 2: usage or label-file error.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { evaluate, findCorpora, FLOORS, LABELS_DIR, loadLabels, matchLabels, REPO_ROOT, scanCorpus, SHARED_CORPORA_DIR, unlabelledEntries } from './accuracy.mjs';

const USAGE = 'usage: node bench/accuracy/run.mjs [--corpus NAME]… [--no-shared] [--unlabelled FILE] [--markdown]';

export function parseArgs(argv) {
  const opts = { only: [], shared: true, unlabelled: null, markdown: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--corpus' || a === '--unlabelled') {
      const v = argv[++i];
      if (v === undefined || v.startsWith('-')) throw new Error(`${a} expects a value`);
      if (a === '--corpus') opts.only.push(v);
      else opts.unlabelled = v;
    } else if (a === '--no-shared') opts.shared = false;
    else if (a === '--markdown') opts.markdown = true;
    else if (a === '--help' || a === '-h') opts.help = true;
    else throw new Error(`unknown argument ${a}`);
  }
  return opts;
}

const pct = (p) => (p === null ? '—' : p.toFixed(3));

/**
 * Scans, matches and evaluates every selected corpus. `log` prints one line.
 * @returns {Promise<{ evaluation: ReturnType<typeof evaluate>, corpora: object[], unlabelled: object }>}
 */
export async function measure({ only = [], shared = true, log = console.log } = {}) {
  const { scanFiles } = await import('@readycheck/detectors');
  const corpora = findCorpora({ sharedDir: shared ? SHARED_CORPORA_DIR : null, only });
  if (corpora.length === 0) throw new Error('no corpus found (bench/accuracy/corpora/ is empty and ../shared/corpora is absent)');
  const results = [];
  const unlabelled = {};
  const summaries = [];
  for (const corpus of corpora) {
    const started = performance.now();
    const { findings, files } = await scanCorpus(corpus, scanFiles);
    const labelFile = path.join(LABELS_DIR, `${corpus.name}.json`);
    const { labels, heldOut } = loadLabels(labelFile);
    const { matched, orphans } = matchLabels(findings, labels);
    results.push({ corpus: corpus.name, matched, orphans, heldOut: heldOut === true });
    const todo = unlabelledEntries(matched);
    if (todo.length) unlabelled[corpus.name] = todo;
    const ms = performance.now() - started;
    // Labels no finding matches: false positives fixed since (kept, so a regression is counted
    // again) or true ones lost (a failure, reported by evaluate()).
    const fixedFp = orphans.filter((l) => l.verdict === 'FP').length;
    summaries.push({ name: corpus.name, origin: corpus.origin, heldOut: heldOut === true, files, findings: findings.length, labels: labels.length, unlabelled: todo.length, fixedFp, ms });
    log(`${corpus.name} (${corpus.origin}${heldOut === true ? ', held-out' : ''}): ${files} files, ${findings.length} findings, ${labels.length} labels (${fixedFp} FP no longer reported), ${todo.length} findings unlabelled (${(ms / 1000).toFixed(1)} s)`);
  }
  return { evaluation: evaluate(results), corpora: summaries, unlabelled };
}

/** The precision table as Markdown: one row per band and rule, one column per corpus (`TP/labelled`), then all. */
export function formatMarkdown(evaluation, corpora) {
  const tuned = formatMarkdownTable(evaluation, corpora.filter((c) => !c.heldOut), evaluation);
  const held = corpora.filter((c) => c.heldOut);
  if (held.length === 0) return tuned;
  return `${tuned}\n\nHeld-out corpora (not tuned on when first measured; no floor):\n\n${formatMarkdownTable(evaluation, held, evaluation.heldOut)}`;
}

function formatMarkdownTable(evaluation, corpora, group) {
  const names = corpora.map((c) => c.name);
  const cell = (tp, n) => (n === 0 ? '—' : `${tp}/${n}`);
  const lines = [`| band | rule | ${names.join(' | ')} | all | precision |`, `| --- | --- |${names.map(() => ' ---: |').join('')} ---: | ---: |`];
  for (const r of group.perRule) {
    const cells = names.map((c) => {
      const row = evaluation.rows.find((x) => x.corpus === c && x.band === r.band && x.rule === r.rule);
      return row ? cell(row.tp, row.labelled) : '—';
    });
    lines.push(`| ${r.band} | \`${r.rule}\` | ${cells.join(' | ')} | ${cell(r.tp, r.n)} | ${pct(r.precision)} |`);
  }
  for (const [band, t] of Object.entries(group.totals)) {
    const cells = names.map((c) => {
      const rows = evaluation.rows.filter((x) => x.corpus === c && x.band === band);
      return cell(rows.reduce((n, x) => n + x.tp, 0), rows.reduce((n, x) => n + x.labelled, 0));
    });
    lines.push(`| **${band}** | **total** | ${cells.join(' | ')} | ${cell(t.tp, t.n)} | **${pct(t.precision)}** |`);
  }
  for (const c of group.byConfidence) lines.push(`| ${c.band} | confidence ${c.confidence} |${names.map(() => ' |').join('')} ${cell(c.tp, c.n)} | ${pct(c.precision)} |`);
  return lines.join('\n');
}

/** The printed table: one row per corpus, band and rule, then the totals. */
export function formatEvaluation(evaluation) {
  const lines = [];
  const head = ['corpus', 'band', 'rule', 'findings', 'labelled', 'TP', 'FP', 'precision'];
  const body = evaluation.rows.map((r) => [r.corpus, r.band, r.rule, r.findings, r.labelled, r.tp, r.fp, pct(r.precision)]);
  for (const r of evaluation.perRule) body.push(['all', r.band, r.rule, '', r.n, r.tp, r.n - r.tp, pct(r.precision)]);
  for (const [band, t] of Object.entries(evaluation.totals)) body.push(['all', band, 'TOTAL', '', t.n, t.tp, t.n - t.tp, pct(t.precision)]);
  for (const c of evaluation.byConfidence) body.push(['all', c.band, `confidence ${c.confidence}`, '', c.n, c.tp, c.n - c.tp, pct(c.precision)]);
  if (evaluation.heldOut?.corpora.length) {
    for (const r of evaluation.heldOut.perRule) body.push(['held-out', r.band, r.rule, '', r.n, r.tp, r.n - r.tp, pct(r.precision)]);
    for (const [band, t] of Object.entries(evaluation.heldOut.totals)) body.push(['held-out', band, 'TOTAL', '', t.n, t.tp, t.n - t.tp, pct(t.precision)]);
  }
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => String(row[i]).length)));
  const fmt = (row) => row.map((c, i) => (i >= 3 ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join('  ');
  lines.push(fmt(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(fmt));
  lines.push('', `floors: critical+high >= ${FLOORS.highOverall} overall and >= ${FLOORS.highPerRule} per rule; medium >= ${FLOORS.medium} (all rows; held-out corpora ${evaluation.heldOut?.corpora.join(', ') || 'none'}: measured, no floor)`);
  return lines.join('\n');
}

export async function main(argv) {
  let opts;
  try {
    opts = parseArgs(argv);
  } catch (err) {
    console.error(`accuracy: ${err.message}\n${USAGE}`);
    return 2;
  }
  if (opts.help) {
    console.log(USAGE);
    return 0;
  }
  let measured;
  try {
    measured = await measure(opts);
  } catch (err) {
    console.error(`accuracy: ${err.message}`);
    return 2;
  }
  const { evaluation, unlabelled } = measured;
  console.log(`\n${opts.markdown ? formatMarkdown(evaluation, measured.corpora) : formatEvaluation(evaluation)}`);
  const count = Object.values(unlabelled).reduce((n, l) => n + l.length, 0);
  if (count) {
    console.log(`\n${count} findings without a label${opts.unlabelled ? ` (written to ${opts.unlabelled})` : ' (--unlabelled FILE writes them as label stubs)'}:`);
    for (const [corpus, list] of Object.entries(unlabelled)) for (const u of list.slice(0, 20)) console.log(`  ${corpus}: ${u.severity} ${u.rule} ${u.file}:${u.line}  ${u.text.slice(0, 80)}`);
    if (opts.unlabelled) writeFileSync(path.resolve(opts.unlabelled), `${JSON.stringify(unlabelled, null, 2)}\n`);
  }
  if (evaluation.failures.length) {
    console.log(`\nFAILED (${evaluation.failures.length}):`);
    for (const f of evaluation.failures) console.log(`  ${f}`);
    return 1;
  }
  console.log('\naccuracy: every floor met');
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.chdir(REPO_ROOT);
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      console.error(`accuracy: ${err?.message ?? err}`);
      process.exitCode = 2;
    },
  );
}
