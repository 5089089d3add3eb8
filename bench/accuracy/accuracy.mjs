// Accuracy of quality-scan on real application corpora: every finding is matched to a committed
// label (TP or FP, with a one-line reason, written by reading the finding in its code), and the
// precision per rule and severity band is checked against floors. See bench/accuracy/README.md.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ACCURACY_DIR = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(ACCURACY_DIR, '..', '..');
export const LABELS_DIR = path.join(ACCURACY_DIR, 'labels');
/** Corpora committed with the project (small ones, with their licence). */
export const LOCAL_CORPORA_DIR = path.join(ACCURACY_DIR, 'corpora');
/**
 * The shared corpora: `$READYCHECK_CORPORA`, else `../shared/corpora` beside the checkout (or
 * beside its parent, for a git worktree one level down), when present.
 */
export const SHARED_CORPORA_DIR =
  process.env.READYCHECK_CORPORA ||
  [path.resolve(REPO_ROOT, '..', 'shared', 'corpora'), path.resolve(REPO_ROOT, '..', '..', 'shared', 'corpora')].find((d) => existsSync(d)) ||
  path.resolve(REPO_ROOT, '..', 'shared', 'corpora');

/** Precision floors (issue #13): critical+high overall and per rule that fires, medium overall. */
export const FLOORS = { highOverall: 0.95, highPerRule: 0.9, medium: 0.85 };

const BANDS = { critical: 'critical+high', high: 'critical+high', medium: 'medium', low: 'low' };
const BAND_ORDER = { 'critical+high': 0, medium: 1, low: 2 };
const byBandAndRule = (a, b) => BAND_ORDER[a.band] - BAND_ORDER[b.band] || a.rule.localeCompare(b.rule);

/**
 * The corpora to measure: `bench/accuracy/corpora/<name>/` and, when present, every folder of the
 * shared corpora directory. A name given twice is taken from the shared directory.
 * @param {{ sharedDir?: string | null, localDir?: string, only?: string[] }} [opts]
 * @returns {{ name: string, dir: string, origin: 'local' | 'shared' }[]}
 */
export function findCorpora({ sharedDir = SHARED_CORPORA_DIR, localDir = LOCAL_CORPORA_DIR, only } = {}) {
  const found = new Map();
  for (const [origin, dir] of [['local', localDir], ['shared', sharedDir]]) {
    if (!dir || !existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) found.set(name, { name, dir: full, origin });
    }
  }
  const all = [...found.values()].sort((a, b) => a.name.localeCompare(b.name));
  if (!only?.length) return all;
  const missing = only.filter((n) => !found.has(n));
  if (missing.length) throw new Error(`no corpus named ${missing.join(', ')} (available: ${all.map((c) => c.name).join(', ') || 'none'})`);
  return all.filter((c) => only.includes(c.name));
}

/** The anchor of a finding or label: its line's text with whitespace runs collapsed, hashed. */
export function lineHash(text) {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex').slice(0, 12);
}

/**
 * Reads `labels/<corpus>.json`. Shape: `{ corpus, repository?, commit?, labels: [{ file, line, rule,
 * lineHash, verdict: 'TP' | 'FP', reason }] }`. Throws a one-line error naming the file and the
 * JSON pointer of the first bad entry.
 */
export function loadLabels(file) {
  if (!existsSync(file)) return { labels: [] };
  let data;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`${file}: not valid JSON (${err.message})`);
  }
  if (!data || typeof data !== 'object' || !Array.isArray(data.labels)) throw new Error(`${file}: expected an object with a "labels" array`);
  data.labels.forEach((l, i) => {
    const where = `${file}#/labels/${i}`;
    for (const k of ['file', 'rule', 'lineHash', 'reason']) if (typeof l?.[k] !== 'string' || l[k] === '') throw new Error(`${where}/${k}: expected a non-empty string`);
    if (!Number.isInteger(l.line) || l.line < 1) throw new Error(`${where}/line: expected a positive integer`);
    if (l.verdict !== 'TP' && l.verdict !== 'FP') throw new Error(`${where}/verdict: expected "TP" or "FP", got ${JSON.stringify(l.verdict)}`);
  });
  return data;
}

/**
 * Matches findings to labels by file + rule + the hash of the finding's line, taking the label
 * whose line is nearest (so lines added or removed above a finding do not orphan its label).
 * Findings on the same line share its label. Returns each finding with its label (or null) and
 * the labels no finding matched.
 */
export function matchLabels(findings, labels) {
  const byKey = new Map();
  for (const l of labels) {
    const key = `${l.file}\0${l.rule}\0${l.lineHash}`;
    if (!byKey.has(key)) byKey.set(key, []);
    byKey.get(key).push(l);
  }
  const used = new Set();
  const matched = findings.map((f) => {
    const candidates = byKey.get(`${f.file}\0${f.rule}\0${f.lineHash}`) ?? [];
    let best = null;
    for (const l of candidates) if (!best || Math.abs(l.line - f.line) < Math.abs(best.line - f.line)) best = l;
    if (best) used.add(best);
    return { ...f, label: best };
  });
  return { matched, orphans: labels.filter((l) => !used.has(l)) };
}

/**
 * Scans one corpus with the built library (as `quality-scan .` in that folder would) and returns
 * its findings with the hash of each finding's line.
 */
export async function scanCorpus(corpus, scanFiles) {
  const report = await scanFiles(['.'], { cwd: corpus.dir });
  const texts = new Map();
  const lineOf = (file, line) => {
    if (!texts.has(file)) texts.set(file, readFileSync(path.join(corpus.dir, file), 'utf8').split(/\r?\n/));
    return texts.get(file)[line - 1] ?? '';
  };
  const findings = report.violations.map((v) => ({
    file: v.file,
    line: v.line,
    rule: v.ruleId,
    severity: v.severity,
    ...(v.confidence ? { confidence: v.confidence } : {}),
    message: v.message,
    lineHash: lineHash(lineOf(v.file, v.line)),
    text: lineOf(v.file, v.line).trim(),
  }));
  return { findings, files: report.summary.files };
}

const ratio = (tp, n) => (n === 0 ? null : tp / n);

/**
 * Precision per corpus, rule and band (low is measured too, without a floor), over labelled
 * findings; plus the failures against {@link FLOORS}: a band or rule under its floor, a labelled TP no longer found, or a critical or
 * high finding without a label (its precision is unknown, so the gate cannot pass it).
 * Held-out corpora (`heldOut: true`: applications nobody tuned the rules on) are tallied apart in
 * `heldOut`: measured, with no floor, so their figure stays a measurement rather than a target;
 * an unlabelled critical/high finding or a lost TP there fails the check all the same.
 * @param {{ corpus: string, matched: any[], orphans: any[], heldOut?: boolean }[]} results
 */
export function evaluate(results, floors = FLOORS) {
  const tuned = tally(results.filter((r) => !r.heldOut));
  const heldOut = tally(results.filter((r) => r.heldOut));
  const failures = [...tuned.failures];
  const highP = tuned.totals['critical+high'].precision;
  if (highP !== null && highP < floors.highOverall) failures.push(`critical+high precision ${highP.toFixed(3)} < ${floors.highOverall}`);
  for (const r of tuned.perRule) {
    if (r.band === 'critical+high' && r.precision !== null && r.precision < floors.highPerRule) failures.push(`critical+high precision of ${r.rule} ${r.precision.toFixed(3)} < ${floors.highPerRule} (${r.n - r.tp} FP of ${r.n})`);
  }
  const medP = tuned.totals.medium.precision;
  if (medP !== null && medP < floors.medium) failures.push(`medium precision ${medP.toFixed(3)} < ${floors.medium}`);
  failures.push(...heldOut.failures);
  return {
    rows: [...tuned.rows, ...heldOut.rows],
    perRule: tuned.perRule,
    totals: tuned.totals,
    byConfidence: tuned.byConfidence,
    heldOut: { corpora: results.filter((r) => r.heldOut).map((r) => r.corpus), perRule: heldOut.perRule, totals: heldOut.totals, byConfidence: heldOut.byConfidence },
    failures,
  };
}

function tally(results) {
  const rows = [];
  const failures = [];
  const totals = { 'critical+high': { tp: 0, n: 0, unlabelled: 0 }, medium: { tp: 0, n: 0, unlabelled: 0 }, low: { tp: 0, n: 0, unlabelled: 0 } };
  const perRule = new Map();
  // Findings that carry a confidence (high | medium | low): precision per band and confidence.
  const byConfidence = new Map();
  for (const { matched } of results) {
    for (const f of matched) {
      if (!f.confidence || !f.label) continue;
      const key = `${BANDS[f.severity] ?? 'low'}\0${f.confidence}`;
      if (!byConfidence.has(key)) byConfidence.set(key, { band: BANDS[f.severity] ?? 'low', confidence: f.confidence, tp: 0, n: 0 });
      const c = byConfidence.get(key);
      c.n++;
      if (f.label.verdict === 'TP') c.tp++;
    }
  }
  for (const { corpus, matched, orphans } of results) {
    const groups = new Map();
    for (const f of matched) {
      const band = BANDS[f.severity] ?? 'low';
      const key = `${band}\0${f.rule}`;
      if (!groups.has(key)) groups.set(key, { corpus, band, rule: f.rule, findings: 0, labelled: 0, tp: 0, fp: 0 });
      const g = groups.get(key);
      g.findings++;
      if (f.label) {
        g.labelled++;
        if (f.label.verdict === 'TP') g.tp++;
        else g.fp++;
      } else if (band === 'critical+high') {
        failures.push(`${corpus}: ${f.severity} ${f.rule} at ${f.file}:${f.line} has no label`);
      }
    }
    for (const g of [...groups.values()].sort(byBandAndRule)) {
      rows.push({ ...g, precision: ratio(g.tp, g.labelled) });
      const t = totals[g.band];
      t.tp += g.tp;
      t.n += g.labelled;
      t.unlabelled += g.findings - g.labelled;
      const pk = `${g.band}\0${g.rule}`;
      if (!perRule.has(pk)) perRule.set(pk, { band: g.band, rule: g.rule, tp: 0, n: 0 });
      perRule.get(pk).tp += g.tp;
      perRule.get(pk).n += g.labelled;
    }
    for (const l of orphans) if (l.verdict === 'TP') failures.push(`${corpus}: labelled TP no longer found: ${l.rule} at ${l.file}:${l.line} (${l.reason})`);
  }
  const withP = (t) => ({ ...t, precision: ratio(t.tp, t.n) });
  return {
    rows,
    perRule: [...perRule.values()].map(withP).sort(byBandAndRule),
    totals: { 'critical+high': withP(totals['critical+high']), medium: withP(totals.medium), low: withP(totals.low) },
    byConfidence: [...byConfidence.values()].map(withP).sort((a, b) => BAND_ORDER[a.band] - BAND_ORDER[b.band] || a.confidence.localeCompare(b.confidence)),
    failures,
  };
}

/** Findings without a label, in the shape of a label entry (verdict and reason left to fill in). */
export function unlabelledEntries(matched) {
  return matched
    .filter((f) => !f.label)
    .map((f) => ({ file: f.file, line: f.line, rule: f.rule, severity: f.severity, lineHash: f.lineHash, text: f.text.slice(0, 160), verdict: '?', reason: '' }));
}
