#!/usr/bin/env node
// Adds filled-in label stubs to the committed label files:
//
//   node bench/accuracy/run.mjs --unlabelled todo.json   # stubs: { corpus: [{ file, line, rule, lineHash, text, verdict: "?", reason: "" }] }
//   (read each finding in its code; set verdict to "TP" or "FP" and write a one-line reason)
//   node bench/accuracy/merge-labels.mjs todo.json
//
// Entries still at "?" are left out (and counted); an entry for the same file, rule and line hash
// replaces the old one. Label files are written sorted by file, line and rule.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LABELS_DIR, loadLabels } from './accuracy.mjs';

const key = (l) => `${l.file}\0${l.rule}\0${l.lineHash}\0${l.line}`;

export function mergeLabels(existing, added) {
  const byKey = new Map(existing.map((l) => [key(l), l]));
  for (const l of added) byKey.set(key(l), { file: l.file, line: l.line, rule: l.rule, lineHash: l.lineHash, verdict: l.verdict, reason: l.reason });
  return [...byKey.values()].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.rule.localeCompare(b.rule));
}

export function main(argv) {
  const [file] = argv;
  if (!file) {
    console.error('usage: node bench/accuracy/merge-labels.mjs FILE');
    return 2;
  }
  let todo;
  try {
    todo = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    console.error(`merge-labels: ${file}: ${err.message}`);
    return 2;
  }
  for (const [corpus, entries] of Object.entries(todo)) {
    const done = entries.filter((e) => e.verdict === 'TP' || e.verdict === 'FP');
    const bad = done.find((e) => typeof e.reason !== 'string' || e.reason.trim() === '');
    if (bad) {
      console.error(`merge-labels: ${file}: ${corpus} ${bad.file}:${bad.line} has a verdict but no reason`);
      return 2;
    }
    const target = path.join(LABELS_DIR, `${corpus}.json`);
    const current = loadLabels(target);
    const labels = mergeLabels(current.labels, done);
    const { labels: _old, ...meta } = current;
    writeFileSync(target, `${JSON.stringify({ corpus, ...meta, labels }, null, 2)}\n`);
    console.log(`${corpus}: ${done.length} labels added or replaced, ${entries.length - done.length} left unlabelled → ${path.relative(process.cwd(), target)}`);
  }
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = main(process.argv.slice(2));
