#!/usr/bin/env node
// Keeps every workspace package's published metadata in one shape: LICENSE copied in, and the
// repository, homepage, bugs, keywords and sideEffects fields set. `--check` only reports
// (check:pack runs it); without it the files are fixed in place.
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const REPO = 'https://github.com/readycheck/readycheck';
const BASE_KEYWORDS = ['readycheck', 'code-quality', 'ai-agents'];

const problems = [];
for (const dir of readdirSync(path.join(root, 'packages')).sort()) {
  const pkgDir = path.join(root, 'packages', dir);
  const file = path.join(pkgDir, 'package.json');
  if (!existsSync(file)) continue;
  const text = readFileSync(file, 'utf8');
  const json = JSON.parse(text);
  const want = {
    repository: { type: 'git', url: `git+${REPO}.git`, directory: `packages/${dir}` },
    homepage: `${REPO}/tree/main/packages/${dir}#readme`,
    bugs: { url: `${REPO}/issues` },
    keywords: [...new Set([...BASE_KEYWORDS, ...(json.keywords ?? [])])],
    sideEffects: json.sideEffects ?? false,
  };
  const next = { ...json };
  for (const [k, v] of Object.entries(want)) next[k] = v;
  if (!next.files?.includes('LICENSE')) next.files = [...(next.files ?? []), 'LICENSE'];
  const out = `${JSON.stringify(next, null, 2)}\n`;
  const licence = path.join(pkgDir, 'LICENSE');
  const licenceOk = existsSync(licence) && readFileSync(licence, 'utf8') === readFileSync(path.join(root, 'LICENSE'), 'utf8');
  if (check) {
    if (out !== text) problems.push(`packages/${dir}/package.json: metadata differs from scripts/package-meta.mjs (run it)`);
    if (!licenceOk) problems.push(`packages/${dir}/LICENSE: missing or differs from the root LICENSE`);
  } else {
    if (out !== text) writeFileSync(file, out);
    if (!licenceOk) copyFileSync(path.join(root, 'LICENSE'), licence);
  }
}
if (problems.length) {
  for (const p of problems) console.error(p);
  process.exit(1);
}
console.log(check ? 'package metadata: every package has LICENSE, repository, homepage, bugs, keywords, sideEffects' : 'package metadata written');
