import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configHashOf, detectorVersionOf, engineHash, hashModules, openResultCache, parseCache, resolveCacheFile, CACHE_FILE_NAME } from './cache.js';
import { detectors } from './detectors/index.js';
import { defineDetector } from './define.js';
import { scanSource } from './scan.js';
import type { Violation } from './types.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'rc-cache-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A scanner that counts its calls, so a test can tell a hit from a miss. */
function countingScanner() {
  const calls: string[] = [];
  const scan = (text: string, file: string): Violation[] => {
    calls.push(file);
    return scanSource(text, file);
  };
  return { calls, scan };
}

const code = 'export const a = x as any;\n';

describe('result cache', () => {
  it('answers unchanged files from the cache after a save, and rescans changed ones', async () => {
    const first = countingScanner();
    const cold = await openResultCache({ cwd: dir });
    const scanA = cold.wrap(first.scan);
    const found = scanA(code, 'a.ts');
    scanA('eval(s);\n', 'b.ts');
    await cold.save();
    expect(first.calls).toEqual(['a.ts', 'b.ts']);
    expect(cold.stats).toEqual({ hits: 0, misses: 2, statHits: 0 });

    const second = countingScanner();
    const warm = await openResultCache({ cwd: dir });
    const scanB = warm.wrap(second.scan);
    expect(scanB(code, 'a.ts')).toEqual(found);
    expect(scanB('eval(other);\n', 'b.ts')).toHaveLength(1);
    expect(second.calls).toEqual(['b.ts']);
    expect(warm.stats).toEqual({ hits: 1, misses: 1, statHits: 0 });
    expect(warm.file).toBe(path.join(dir, '.readycheck', 'cache'));
  });

  it('the same content under another path is a different entry (findings carry their path)', async () => {
    const c = countingScanner();
    const cache = await openResultCache({ cwd: dir });
    const scan = cache.wrap(c.scan);
    scan(code, 'a.ts');
    expect(scan(code, 'b.ts')[0]?.file).toBe('b.ts');
    expect(c.calls).toEqual(['a.ts', 'b.ts']);
  });

  it('is keyed by config and detector version: another config or an edited detector misses', async () => {
    const c = countingScanner();
    const cache = await openResultCache({ cwd: dir });
    cache.wrap(c.scan)(code, 'a.ts');
    await cache.save();
    const otherConfig = await openResultCache({ cwd: dir, scanOptions: { config: { rules: { 'explicit-any': 'high' } } } });
    expect(otherConfig.get('a.ts', code)).toBeUndefined();
    const custom = defineDetector({
      id: 'no-foo',
      category: 'CODE_STANDARDS',
      severity: 'low',
      docs: { description: 'd', why: 'w', bad: 'foo', good: 'bar' },
      messages: { foo: 'foo' },
      check: () => ({}),
    });
    expect(detectorVersionOf({ detectors: [...Object.values(detectors), custom] })).not.toBe(detectorVersionOf());
    expect(configHashOf({ rules: ['explicit-any'] })).not.toBe(configHashOf());
    expect(configHashOf({ config: { maxFileLines: 10, rules: {} } })).toBe(configHashOf({ config: { rules: {}, maxFileLines: 10 } }));
  });

  it('the key changes with any module of the engine (a helper such as value-source too), not with tests or declarations', () => {
    const put = (rel: string, text: string): void => {
      mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      writeFileSync(path.join(dir, rel), text);
    };
    put('scan.js', 'export const a = 1;');
    put('value-source.js', 'export const b = 2;');
    put('detectors/explicit-any.js', 'export default {};');
    put('scan.test.js', 'test 1');
    put('scan.d.ts', 'declare 1');
    put('change/__tests__/repo.js', 'helper 1');
    const before = hashModules(dir, '.js');
    put('scan.test.js', 'test 2');
    put('scan.d.ts', 'declare 2');
    put('change/__tests__/repo.js', 'helper 2');
    expect(hashModules(dir, '.js')).toBe(before);
    put('value-source.js', 'export const b = 3;');
    const helperChanged = hashModules(dir, '.js');
    expect(helperChanged).not.toBe(before);
    put('detectors/explicit-any.js', 'export default { x: 1 };');
    expect(hashModules(dir, '.js')).not.toBe(helperChanged);
    // This package's own modules: computed once, the same on every call.
    expect(engineHash()).toMatch(/^[0-9a-f]{32}$/);
    expect(engineHash()).toBe(engineHash());
  });

  it('a corrupt cache is discarded with a warning and replaced on save', async () => {
    const cache = await openResultCache({ cwd: dir });
    cache.set('a.ts', code, scanSource(code, 'a.ts'));
    await cache.save();
    const file = cache.file;
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('explicit-any', 'explicit-anx'));
    const warnings: string[] = [];
    const reopened = await openResultCache({ cwd: dir, onWarning: (m) => warnings.push(m) });
    expect(warnings).toEqual(['cache .readycheck/cache: corrupt (checksum mismatch); discarded']);
    expect(reopened.get('a.ts', code)).toBeUndefined();
    await reopened.save();
    expect(parseCache(readFileSync(file, 'utf8'), detectorVersionOf(), configHashOf()).kind).toBe('ok');

    writeFileSync(file, text.split('\n')[0] as string);
    const truncated: string[] = [];
    await openResultCache({ cwd: dir, onWarning: (m) => truncated.push(m) });
    expect(truncated[0]).toMatch(/corrupt \(the body is missing\)/);
  });

  it('a foreign file is ignored with a warning and never overwritten', async () => {
    const file = path.join(dir, 'not-a-cache.json');
    writeFileSync(file, '{"name":"my-package"}\n');
    const warnings: string[] = [];
    const cache = await openResultCache({ cwd: dir, location: 'not-a-cache.json', onWarning: (m) => warnings.push(m) });
    expect(warnings).toEqual(['cache not-a-cache.json: not a quality-scan cache (no cache header); ignored and left untouched']);
    cache.wrap(countingScanner().scan)(code, 'a.ts');
    await cache.save();
    expect(readFileSync(file, 'utf8')).toBe('{"name":"my-package"}\n');
  });

  it('parseCache trusts only well-formed bodies', () => {
    const v = detectorVersionOf();
    const h = configHashOf();
    const header = (body: string, extra: object = {}) =>
      `${JSON.stringify({ format: 'readycheck-quality-cache', version: 2, detectorVersion: v, configHash: h, checksum: sha(body), ...extra })}\n${body}\n`;
    expect(parseCache(header('[]'), v, h)).toEqual({ kind: 'ok', rows: [] });
    expect(parseCache(header('[["a.ts","h",[{"ruleId":1}]]]'), v, h)).toEqual({ kind: 'corrupt', reason: 'unexpected entry shape' });
    expect(parseCache(header('{not json'), v, h)).toEqual({ kind: 'corrupt', reason: 'the body is not JSON' });
    expect(parseCache(header('[]'), 'other-version', h)).toEqual({ kind: 'stale' });
    // Format 1 (no stat stamps) is rebuilt quietly, like another detector version.
    expect(parseCache(header('[]', { version: 1 }), v, h)).toEqual({ kind: 'stale' });
    expect(parseCache(header('[["a.ts","h",[],[1,2,3]]]'), v, h)).toEqual({ kind: 'corrupt', reason: 'unexpected entry shape' });
    expect(parseCache(header('[["a.ts","h",[],[1,2,3,4,null]]]'), v, h)).toEqual({ kind: 'corrupt', reason: 'unexpected entry shape' });
    expect(parseCache(header('[["a.ts","h",[],[1,2,3,4,5]],["b.ts","h",[],null]]'), v, h)).toEqual({
      kind: 'ok',
      rows: [
        ['a.ts', 'h', [], [1, 2, 3, 4, 5]],
        ['b.ts', 'h', [], null],
      ],
    });
    expect(parseCache('binary\u0000junk', v, h).kind).toBe('foreign');
    expect(parseCache('[1,2,3]\n', v, h).kind).toBe('foreign');
  });

  it('drops versions of a file this run replaced, keeps files this run did not see', async () => {
    const cache = await openResultCache({ cwd: dir });
    const scan = cache.wrap(countingScanner().scan);
    scan('export const v1 = 1;\n', 'a.ts');
    scan('export const other = 1;\n', 'b.ts');
    await cache.save();
    const next = await openResultCache({ cwd: dir });
    next.wrap(countingScanner().scan)('export const v2 = 2;\n', 'a.ts');
    await next.save();
    const rows = JSON.parse(readFileSync(next.file, 'utf8').split('\n')[1] as string) as Array<[string, string, unknown]>;
    expect(rows.map((r) => r[0])).toEqual(['a.ts', 'b.ts']);
    expect(next.get('a.ts', 'export const v1 = 1;\n')).toBeUndefined();
  });

  it('does not cache a result a detector failed on', async () => {
    const cache = await openResultCache({ cwd: dir });
    const failing: typeof scanSource = (text, file, options) => {
      options?.onDetectorError?.({ ruleId: 'x', message: 'boom' });
      return scanSource(text, file);
    };
    const errors: string[] = [];
    cache.wrapScanSource(failing)(code, 'a.ts', { onDetectorError: (e) => errors.push(e.message) });
    expect(errors).toEqual(['boom']);
    expect(cache.get('a.ts', code)).toBeUndefined();
  });

  it('a directory location holds the cache file', async () => {
    mkdirSync(path.join(dir, 'cachedir'));
    expect(await resolveCacheFile('cachedir', dir)).toBe(path.join(dir, 'cachedir', CACHE_FILE_NAME));
    expect(await resolveCacheFile('new-dir/', dir)).toBe(path.join(dir, 'new-dir', CACHE_FILE_NAME));
    expect(await resolveCacheFile('file.cache', dir)).toBe(path.join(dir, 'file.cache'));
  });
});

function sha(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
import { createHash } from 'node:crypto';
