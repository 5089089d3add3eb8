// Placeholder drops on real edits: runs the change engine (placeholder rule only) over every
// non-merge commit of a git repository (default: this one) and prints each drop it reports, for a
// person to judge. Usage: node bench/placeholder-history.mjs [repo] [rev]   (after npm run build)
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareChanges, createChangeEngine } from '@readycheck/detectors';

const repo = path.resolve(process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..'));
const rev = process.argv[3] ?? 'HEAD';
const git = (...args) => execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
const show = (spec) => {
  try {
    return git('show', spec);
  } catch {
    // Not in that revision (e.g. the parent side of an added file).
    return null;
  }
};
const engine = createChangeEngine({ rules: ['placeholder-comment'] });
// The root commit has no parent to compare with.
const commits = git('rev-list', '--no-merges', rev).trim().split('\n').filter((c) => git('rev-list', '--parents', '-n', '1', c).trim().split(' ').length > 1);
let files = 0;
let drops = 0;
const sets = [];
for (const c of commits) {
  const changes = [];
  for (const line of git('diff-tree', '--no-commit-id', '-r', '--name-status', '-M', `${c}^`, c).trim().split('\n').filter(Boolean)) {
    const [status, a, b] = line.split('\t');
    const file = b ?? a;
    if (!/\.[cm]?[jt]sx?$/.test(file) || file.includes('/generated/')) continue;
    const before = status === 'A' ? null : show(`${c}^:${a}`);
    const after = status === 'D' ? null : show(`${c}:${file}`);
    if ((before?.length ?? 0) > 2_000_000 || (after?.length ?? 0) > 2_000_000) continue;
    changes.push({ path: file, ...(b ? { oldPath: a } : {}), before, after });
  }
  files += changes.length;
  sets.push(changes);
  for (const result of compareChanges(changes, engine)) {
    for (const v of result.violations.filter((x) => x.droppedRange)) {
      drops++;
      console.log(`${c.slice(0, 7)} ${v.file}:${v.line} ${v.confidence} ${v.droppedLines} lines (old ${v.droppedRange.startLine}-${v.droppedRange.endLine}) ${v.snippet}`);
    }
  }
}
console.log(`${repo} ${rev}: ${commits.length} commits, ${files} changed source files, ${drops} placeholder drops`);
// What the drop search costs: the same comparison with a scanner that finds nothing, rule on and off (best of 3).
const none = () => [];
const time = (options) => {
  const engine = createChangeEngine(options, none);
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const t = performance.now();
    for (const changes of sets) compareChanges(changes, engine);
    best = Math.min(best, performance.now() - t);
  }
  return best;
};
const on = time({});
const off = time({ config: { rules: { 'placeholder-comment': 'off' } } });
const t = performance.now();
for (const changes of sets) compareChanges(changes, createChangeEngine({}));
console.log(`drop search ${(on - off).toFixed(0)} ms (comparison without scans: ${on.toFixed(0)} ms with it, ${off.toFixed(0)} ms without); the whole engine with scans: ${(performance.now() - t).toFixed(0)} ms`);
