// Runs `readycheck-monitor <args>` from the sources in a separate process (for the multi-process
// and SIGKILL tests): node serve-child.mjs serve --port 0 --db ...
import { fileURLToPath } from 'node:url';
import { createJiti } from 'jiti';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const alias = Object.fromEntries(['core', 'detectors', 'health'].map((n) => [`@readycheck/${n}`, here(`../../${n}/src/index.ts`)]));
// typescript and the native/CommonJS drivers load natively: jiti would transform them otherwise.
const jiti = createJiti(import.meta.url, { alias, nativeModules: ['typescript', 'better-sqlite3', 'pg', 'ws'] });
const { main } = await jiti.import(here('../src/cli.ts'));
const { processIO } = await jiti.import(here('../../core/src/index.ts'));
process.exitCode = await main(process.argv.slice(2), processIO());
