// One of several processes appending records to a JSON file under withFileLock, for the
// cross-process lock test. Usage: node lock-child.mjs <file> <name> <count>. Prints "ready",
// waits for "go" on stdin, appends <count> records (read, add, fencing check, atomic write), and
// prints "done <n>".
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createJiti } from 'jiti';

const [file, name, count] = process.argv.slice(2);
const jiti = createJiti(import.meta.url);
const { withFileLock } = await jiti.import(fileURLToPath(new URL('../lock.ts', import.meta.url)));
const { writeFileAtomic } = await jiti.import(fileURLToPath(new URL('../write.ts', import.meta.url)));

process.stdout.write('ready\n');
await new Promise((resolve) => process.stdin.once('data', resolve));
let done = 0;
for (let i = 0; i < Number(count); i++) {
  await withFileLock(
    file,
    async (lock) => {
      const text = await readFile(file, 'utf8').catch(() => '[]');
      const records = JSON.parse(text);
      records.push(`${name}-${i}`);
      await lock.assertHeld();
      await writeFileAtomic(file, JSON.stringify(records));
    },
    { timeoutMs: 60_000 },
  );
  done++;
}
process.stdout.write(`done ${done}\n`);
process.stdin.destroy();
