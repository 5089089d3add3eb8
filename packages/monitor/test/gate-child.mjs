// A separate process running `readycheck-monitor gate` from the sources, for the multi-process test.
// Usage: node gate-child.mjs <store> <agentId> <count> <before> <after-clean> <after-medium>.
// Prints "ready", waits for "go" on stdin, then runs <count> gates back to back (alternating the
// two after-trees) and prints "done <n> <exit codes>".
import { fileURLToPath } from 'node:url';
import { createJiti } from 'jiti';

const [store, agentId, count, before, afterClean, afterMedium] = process.argv.slice(2);
const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const alias = Object.fromEntries(['core', 'detectors', 'health'].map((n) => [`@readycheck/${n}`, here(`../../${n}/src/index.ts`)]));
// typescript and the native/CommonJS drivers load natively: jiti would transform them otherwise.
const jiti = createJiti(import.meta.url, { alias, nativeModules: ['typescript', 'better-sqlite3', 'pg', 'ws'] });
const { main } = await jiti.import(here('../src/cli.ts'));
let err = '';
const io = { stdout: () => undefined, stderr: (t) => void (err += t), cwd: process.cwd(), env: {}, isTTY: false };
process.stdout.write('ready\n');
await new Promise((resolve) => process.stdin.once('data', resolve));
const codes = [];
for (let i = 0; i < Number(count); i++) {
  const after = i % 2 ? afterMedium : afterClean;
  codes.push(await main(['gate', '--agent', agentId, '--task', `task-${i}`, '--before', before, '--after', after, '--store', store], io));
}
process.stderr.write(err);
process.stdout.write(`done ${codes.length} ${codes.join(',')}\n`);
process.stdin.destroy();
