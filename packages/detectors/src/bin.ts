import nodeModule, { createRequire } from 'node:module';
import { runCli } from '@readycheck/core';
import type * as TS from 'typescript';
import { defaultCodeCacheDir, requireWithCodeCache, type CodeCachedModule } from './code-cache.js';
import { parsedFileCount } from './parser.js';
import { setTypeScriptLoader } from './ts.js';

// TypeScript (a 9 MB CommonJS bundle) is loaded only when a file is parsed: a `--cache` rerun
// whose files all hit the cache never loads it. Node 22.1+ caches compiled code on disk itself;
// on older Node the bundle is compiled with a V8 code cache of our own (src/code-cache.ts, in a
// per-user folder of os.tmpdir()), written once after a run from everything it compiled.
// DISABLE_V8_COMPILE_CACHE=1 turns it off.
const enableCompileCache = (nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache;
let typescript: CodeCachedModule | undefined;
if (enableCompileCache) enableCompileCache();
else if (process.env['DISABLE_V8_COMPILE_CACHE'] !== '1') {
  setTypeScriptLoader(() => {
    typescript = requireWithCodeCache(createRequire(import.meta.url).resolve('typescript'), defaultCodeCacheDir());
    return typescript.exports as typeof TS;
  });
}

const { main } = await import('./cli.js');
runCli('quality-scan', async (argv, io) => {
  try {
    return await main(argv, io);
  } finally {
    // The more files a run parsed, the more of the parser it compiled: the cache is rewritten when
    // a run parsed at least ten times as many files as the one that wrote it (0, 1, 10, 100, …).
    const parsed = parsedFileCount();
    typescript?.save(parsed === 0 ? 0 : 1 + Math.floor(Math.log10(parsed)));
  }
});
