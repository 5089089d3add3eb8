import nodeModule from 'node:module';
import { runCli } from '@readycheck/core';

// Node 22.1+ can cache compiled code on disk: loading the TypeScript compiler is most of a cold
// start, so the second and later runs start several hundred milliseconds faster. A no-op on Node 20.
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();

const { main } = await import('./cli.js');
runCli('quality-scan', main);
