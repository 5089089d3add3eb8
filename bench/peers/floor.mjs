#!/usr/bin/env node
// The parse-and-walk floor: what any TypeScript-AST linter must spend at least. Lists the same
// source files the tools scan (no node_modules, no dot folders), parses each with TypeScript's
// createSourceFile and visits every node once with forEachChild, and does nothing else. Run as a
// whole process like the tools, so start-up counts alike: `node floor.mjs <dir>`.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const ts = createRequire(import.meta.url)('typescript');
const EXT = /\.(?:[cm]?[jt]sx?)$/;
const files = [];
const walkDir = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walkDir(p);
    else if (EXT.test(e.name) && !/\.d\.[cm]?ts$/.test(e.name)) files.push(p);
  }
};
walkDir(path.resolve(process.argv[2] ?? '.'));
let nodes = 0;
const visit = (node) => {
  nodes++;
  ts.forEachChild(node, visit);
};
for (const file of files) {
  const kind = file.endsWith('x') ? ts.ScriptKind.TSX : file.endsWith('.js') || file.endsWith('.mjs') || file.endsWith('.cjs') ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  visit(ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false, kind));
}
process.stdout.write(`${JSON.stringify({ files: files.length, nodes })}\n`);
