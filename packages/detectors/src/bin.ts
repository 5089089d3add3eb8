import nodeModule, { createRequire } from 'node:module';
import { runCli } from '@readycheck/core';

// Loading the TypeScript compiler (a 9 MB CommonJS bundle) is most of a cold start. Node 22.1+
// caches compiled code on disk itself; on older Node the bundle alone is compiled with a V8 code
// cache kept by v8-compile-cache-lib (in os.tmpdir(), per user and V8 version, invalidated by a
// hash of the file), which cut ~0.1 s of CPU from every run after the first (bench/README.md).
// DISABLE_V8_COMPILE_CACHE=1 turns it off.
const enableCompileCache = (nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache;
if (enableCompileCache) enableCompileCache();
else loadTypeScriptWithCodeCache();

const { main } = await import('./cli.js');
runCli('quality-scan', main);

function loadTypeScriptWithCodeCache(): void {
  const load = createRequire(import.meta.url);
  let cache: { uninstall(): void } | undefined;
  try {
    cache = (load('v8-compile-cache-lib') as typeof import('v8-compile-cache-lib')).install({ prefix: 'readycheck-typescript' });
  } catch {
    // No cache (the package is missing or its folder cannot be read): TypeScript compiles as usual.
    cache = undefined;
  }
  try {
    // The require cache keeps this instance: src/ts.ts resolves the same file and gets it for free.
    load('typescript');
  } finally {
    try {
      // Stops caching further modules and writes the cache file (synchronously) when it changed.
      cache?.uninstall();
    } catch {
      // A cache that cannot be written (full or read-only temp folder) only costs the next run time.
      cache = undefined;
    }
  }
}
