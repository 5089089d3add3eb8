import type * as TS from 'typescript';
import ts from '../ts.js';
import { stringArg } from './ast.js';
import type { ExtractPlugin } from './plugin.js';

// Running other programs (`child_process`, execa, tinyexec, cross-spawn) is a CLI's real work, as
// an HTTP call is a client's: ni's commands (`runCli(parseNi)`) reach a runner that runs the
// package manager, and were "entry without a service or data access" without this. It counts for
// commands only (classify.ts): a route that reaches a file running a shell command is seldom
// doing its feature's work there (nodejs-goof's routes/index.js holds every handler of app.js and
// one `exec`; the reach is per file, so every route of app.js would have counted it).

/** How link/link.ts names this work, and classify.ts recognises it. */
export const PROCESS_WORK = 'runs processes';

/** Modules whose exports run a process, with the exports that do. */
const SPAWNERS: Readonly<Record<string, ReadonlySet<string>>> = {
  child_process: new Set(['exec', 'execSync', 'execFile', 'execFileSync', 'spawn', 'spawnSync', 'fork']),
  execa: new Set(['execa', 'execaSync', 'execaCommand', 'execaCommandSync', 'execaNode', '$', 'default']),
  tinyexec: new Set(['x', 'exec']),
  'cross-spawn': new Set(['default', 'sync', 'spawn']),
};

const moduleOf = (spec: string): string => spec.replace(/^node:/, '');

/** `const { exec } = require('child_process')`, `const cp = require('node:child_process')`, `const exec = require('child_process').exec`. */
function requireLocals(decl: TS.VariableDeclaration): Array<[string, string]> {
  let init = decl.initializer;
  let member: string | undefined;
  if (init && ts.isPropertyAccessExpression(init)) {
    member = init.name.text;
    init = init.expression;
  }
  if (!init || !ts.isCallExpression(init) || !ts.isIdentifier(init.expression) || init.expression.text !== 'require') return [];
  const spec = stringArg(init.arguments[0]);
  if (spec === undefined || !SPAWNERS[moduleOf(spec)]) return [];
  const mod = moduleOf(spec);
  if (ts.isIdentifier(decl.name)) return [[decl.name.text, member ? `${mod}#${member}` : `${mod}#*`]];
  if (ts.isObjectBindingPattern(decl.name)) {
    return decl.name.elements.flatMap((el) => (ts.isIdentifier(el.name) ? [[el.name.text, `${mod}#${el.propertyName && ts.isIdentifier(el.propertyName) ? el.propertyName.text : el.name.text}`] as [string, string]] : []));
  }
  return [];
}

// Local names bound to a spawner, per file being walked (the walk is synchronous, one file at a time).
const locals = new WeakMap<object, Map<string, string>>();

function runs(binding: string | undefined, method: string | undefined): boolean {
  if (binding === undefined) return false;
  const [mod, name] = binding.split('#') as [string, string];
  const exportsOf = SPAWNERS[mod];
  if (!exportsOf) return false;
  if (name === '*') return method === undefined ? mod !== 'child_process' : exportsOf.has(method);
  return method === undefined && exportsOf.has(name);
}

export default {
  name: 'processes',
  visitor: {
    VariableDeclaration: (node, { facts }) => {
      const found = requireLocals(node as TS.VariableDeclaration);
      if (found.length === 0) return;
      const map = locals.get(facts) ?? new Map<string, string>();
      for (const [local, binding] of found) map.set(local, binding);
      locals.set(facts, map);
    },
  },
  call: ({ fn, method, recv }, { facts }) => {
    if (facts.spawnsProcesses) return;
    const cjs = locals.get(facts);
    const bindingOf = (local: string): string | undefined => {
      const fromCjs = cjs?.get(local);
      if (fromCjs) return fromCjs;
      const spec = facts.importLocals[local];
      return spec !== undefined && SPAWNERS[moduleOf(spec)] ? `${moduleOf(spec)}#${local}` : undefined;
    };
    // `exec('ls')`, `execa('pnpm', …)`, `x('npm', …)` through a binding; `cp.spawn(…)` through a namespace.
    if (fn !== undefined && runs(bindingOf(fn), undefined)) facts.spawnsProcesses = true;
    else if (method !== undefined && recv !== undefined && ts.isIdentifier(recv)) {
      const b = bindingOf(recv.text);
      if (b !== undefined && runs(`${b.split('#')[0]}#*`, method)) facts.spawnsProcesses = true;
    }
  },
} satisfies ExtractPlugin;
