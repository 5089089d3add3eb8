// `npm run bench -- accuracy`: precision of quality-scan's findings on real application corpora,
// against the committed labels in bench/accuracy/labels/ (see bench/accuracy/README.md). Unlike the
// speed suites it registers no timed task: it returns the precision rows and throws when a floor
// is missed, so run.mjs reports the suite as failed and exits 1.
import { formatEvaluation, measure } from './accuracy/run.mjs';

/** @param {import('./lib/context.mjs').BenchContext} ctx */
export default async function accuracyBench({ log }) {
  const { evaluation, corpora, unlabelled } = await measure({ log });
  for (const line of formatEvaluation(evaluation).split('\n')) log(line);
  const notes = [];
  for (const [corpus, list] of Object.entries(unlabelled)) {
    notes.push(`${corpus}: ${list.length} findings without a label (node bench/accuracy/run.mjs --unlabelled FILE lists them)`);
  }
  const rows = [
    ...corpora.map((c) => ({ name: `corpus ${c.name}`, files: c.files, findings: c.findings, labels: c.labels, scanMs: Math.round(c.ms) })),
    ...evaluation.perRule.map((r) => ({ name: `precision ${r.band} ${r.rule}`, value: r.precision === null ? 'n/a' : Number(r.precision.toFixed(3)), labelled: r.n })),
    ...Object.entries(evaluation.totals).map(([band, t]) => ({ name: `precision ${band} total`, value: t.precision === null ? 'n/a' : Number(t.precision.toFixed(3)), labelled: t.n })),
  ];
  if (evaluation.failures.length) {
    const err = new Error(`accuracy below the floors:\n    ${evaluation.failures.join('\n    ')}`);
    // run.mjs prints the stack of a failed suite: here the message is the whole story.
    err.stack = err.message;
    throw err;
  }
  return { rows, notes };
}
