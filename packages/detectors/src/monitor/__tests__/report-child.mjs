// A separate process that reports changes to a quality monitor store, for the cross-process test.
// Usage: node report-child.mjs <store> <agentId> <count>. Prints "ready", waits for "go" on stdin,
// then reports <count> changes back to back and prints "done <n>".
import { fileURLToPath } from 'node:url';
import { createJiti } from 'jiti';

const [store, agentId, count] = process.argv.slice(2);
const here = (p) => fileURLToPath(new URL(p, import.meta.url));
// typescript is loaded natively: jiti would otherwise transform its 9 MB of CommonJS on a cold cache.
const jiti = createJiti(import.meta.url, { alias: { '@readycheck/core': here('../../../../core/src/index.ts') }, nativeModules: ['typescript'] });
const { createQualityMonitor } = await jiti.import(here('../monitor.ts'));

const monitor = createQualityMonitor({ store });
process.stdout.write('ready\n');
await new Promise((resolve) => process.stdin.once('data', resolve));
let done = 0;
for (let i = 0; i < Number(count); i++) {
  await monitor.reportChange({
    agentId,
    taskId: `task-${i}`,
    path: `src/${agentId}-${i}.ts`,
    before: 'export const a = 1;\n',
    after: i % 2 ? 'export const a = 1;\nexport const b = x as any;\n' : 'export const a = 2;\n',
  });
  done++;
}
process.stdout.write(`done ${done}\n`);
process.stdin.destroy();
