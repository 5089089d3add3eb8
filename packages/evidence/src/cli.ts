import { runCli } from '@readycheck/core';
import { enableTypeScriptCodeCache } from '@readycheck/detectors';

// TypeScript is loaded only when a file is parsed (an unchanged --cache rerun never loads it);
// when it is, it is compiled with the detectors' V8 code cache, written after the run.
// DISABLE_V8_COMPILE_CACHE=1 turns it off.
const codeCache = enableTypeScriptCodeCache();
const { main } = await import('./main.js');
const { parsedFileCount } = await import('./parse.js');

runCli('evidence-scan', async (argv, io) => {
  try {
    return await main(argv, io);
  } finally {
    codeCache.finish(parsedFileCount());
  }
});
