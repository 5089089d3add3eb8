#!/usr/bin/env node
// The tables evidence-scan reports per corpus (created and referenced, as `name file:line`), its
// migration gaps, summary and verdicts: the end-to-end check that a change of SQL parser moves
// nothing (issue #16). Run once with the old build and once with the new one, then compare:
//
//   node bench/evidence-tables.mjs [--bin <evidence-scan.js>] --out before.json
//   node bench/evidence-tables.mjs --out after.json --compare before.json   (exit 1 on a difference)
//
// Corpora: ../shared/corpora/{vibesdk,overseerr,skyra} (when present) and bench/accuracy/corpora/*.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..');
const args = process.argv.slice(2);
const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const bin = path.resolve(opt('--bin') ?? path.join(repo, 'packages/evidence/bin/evidence-scan.js'));
const outFile = opt('--out');
const compare = opt('--compare');
const shared = [path.resolve(repo, '../shared/corpora'), path.resolve(repo, '../../shared/corpora')].find((c) => existsSync(c));
const corpora = [
  ...(shared ? ['vibesdk', 'overseerr', 'skyra'].map((c) => [c, path.join(shared, c)]).filter(([, d]) => existsSync(d)) : []),
  ...readdirSync(path.join(here, 'accuracy/corpora'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => [d.name, path.join(here, 'accuracy/corpora', d.name)]),
];

const result = {};
for (const [name, dir] of corpora) {
  const out = mkdtempSync(path.join(os.tmpdir(), 'rc-evidence-tables-'));
  execFileSync(process.execPath, [bin, dir, '--out', out, '-q', '--no-fix-prompts', '--workers', '1'], { stdio: 'inherit' });
  const report = JSON.parse(readFileSync(path.join(out, 'evidence.json'), 'utf8'));
  rmSync(out, { recursive: true, force: true });
  const created = new Set();
  const referenced = new Set();
  for (const f of report.features) {
    for (const t of f.evidence.tables) created.add(`${t.name} ${t.file}:${t.line}`);
    for (const t of f.evidence.tableRefs) referenced.add(`${t.name} ${t.file}:${t.line}`);
  }
  result[name] = { created: [...created].sort(), referenced: [...referenced].sort(), migrationGaps: report.migrationGaps, summary: report.summary, statuses: Object.fromEntries(report.features.map((f) => [f.name, f.status])) };
  console.log(`${name}: ${created.size} created, ${referenced.size} referenced`);
}
if (outFile) writeFileSync(outFile, `${JSON.stringify(result, null, 1)}\n`);
if (compare) {
  const before = JSON.parse(readFileSync(compare, 'utf8'));
  let diffs = 0;
  for (const [name, now] of Object.entries(result)) {
    const was = before[name];
    if (!was) continue;
    for (const key of ['created', 'referenced']) {
      const missing = was[key].filter((x) => !now[key].includes(x));
      const extra = now[key].filter((x) => !was[key].includes(x));
      if (missing.length || extra.length) {
        diffs++;
        console.log(`${name} ${key}: missing [${missing.join(', ')}] extra [${extra.join(', ')}]`);
      }
    }
    for (const key of ['migrationGaps', 'summary', 'statuses']) {
      if (JSON.stringify(was[key]) !== JSON.stringify(now[key])) {
        diffs++;
        console.log(`${name} ${key} differs`);
      }
    }
  }
  console.log(diffs ? `${diffs} differences` : `no difference on ${Object.keys(result).length} corpora`);
  process.exitCode = diffs ? 1 : 0;
}
