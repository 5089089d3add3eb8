import { runCli } from '@readycheck/core';
import { enableTypeScriptCodeCache } from './code-cache.js';
import { parsedFileCount } from './parser.js';

// TypeScript (a 9 MB CommonJS bundle) is loaded only when a file is parsed: a `--cache` rerun
// whose files all hit the cache never loads it. When it is loaded, it is compiled with a V8 code
// cache (src/code-cache.ts; Node 22.1+ uses its own compile cache), written after the run.
// DISABLE_V8_COMPILE_CACHE=1 turns it off.
const codeCache = enableTypeScriptCodeCache();

const { main } = await import('./cli.js');
runCli('quality-scan', async (argv, io) => {
  try {
    return await main(argv, io);
  } finally {
    codeCache.finish(parsedFileCount());
  }
});
