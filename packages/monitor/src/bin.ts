import { runCli } from '@readycheck/core';
import { enableTypeScriptCodeCache, parsedFileCount } from '@readycheck/detectors';

// The hook runs once per tool call: TypeScript (a 9 MB bundle) is compiled with a V8 code cache
// shared with quality-scan, as detectors' own bin does.
const codeCache = enableTypeScriptCodeCache();
const { main } = await import('./cli.js');
runCli('readycheck-monitor', async (argv, io) => {
  try {
    return await main(argv, io);
  } finally {
    codeCache.finish(parsedFileCount());
  }
});
