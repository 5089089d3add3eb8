import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { evaluate, findCorpora, lineHash, loadLabels, matchLabels, unlabelledEntries } from './accuracy.mjs';
import { mergeLabels } from './merge-labels.mjs';
import { measure, parseArgs } from './run.mjs';

const finding = (over: Record<string, unknown> = {}) => ({ file: 'a.ts', line: 10, rule: 'empty-catch', severity: 'medium', lineHash: lineHash('} catch {}'), text: '} catch {}', ...over });
const label = (over: Record<string, unknown> = {}) => ({ file: 'a.ts', line: 10, rule: 'empty-catch', lineHash: lineHash('} catch {}'), verdict: 'TP', reason: 'swallowed', ...over });

const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(path.join(os.tmpdir(), 'rc-accuracy-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('lineHash', () => {
  it('ignores indentation and whitespace runs, not content', () => {
    expect(lineHash('  } catch {}')).toBe(lineHash('}   catch {}\t'));
    expect(lineHash('} catch (e) {}')).not.toBe(lineHash('} catch {}'));
  });
});

describe('matchLabels', () => {
  it('keeps a label when lines above the finding were added (same file, rule and line text)', () => {
    const { matched, orphans } = matchLabels([finding({ line: 17 })], [label()]);
    expect(matched[0]?.label?.verdict).toBe('TP');
    expect(orphans).toEqual([]);
  });

  it('takes the nearest of two labels on identical lines', () => {
    const far = label({ line: 100, verdict: 'FP', reason: 'far' });
    const { matched } = matchLabels([finding({ line: 12 }), finding({ line: 98 })], [label(), far]);
    expect(matched.map((m) => m.label?.reason)).toEqual(['swallowed', 'far']);
  });

  it('does not match another rule or changed line text, and reports the label as an orphan', () => {
    const { matched, orphans } = matchLabels([finding({ rule: 'discarded-error' }), finding({ lineHash: lineHash('} catch (e) {}') })], [label()]);
    expect(matched.map((m) => m.label)).toEqual([null, null]);
    expect(orphans).toHaveLength(1);
  });
});

describe('evaluate', () => {
  const run = (matched: ReturnType<typeof matchLabels>['matched'], orphans: ReturnType<typeof matchLabels>['orphans'] = []) => evaluate([{ corpus: 'c', matched, orphans }]);

  it('computes precision per band and rule and passes at the floors', () => {
    const tp = { ...finding({ severity: 'critical', rule: 'sql-injection' }), label: label({ rule: 'sql-injection' }) };
    const med = Array.from({ length: 20 }, (_, i) => ({ ...finding({ line: i + 1 }), label: label({ verdict: i < 17 ? 'TP' : 'FP' }) }));
    const result = run([tp, ...med]);
    expect(result.totals['critical+high']).toMatchObject({ tp: 1, n: 1, precision: 1 });
    expect(result.totals.medium.precision).toBeCloseTo(0.85);
    expect(result.failures).toEqual([]);
    expect(result.byConfidence).toEqual([]);
  });

  it('breaks precision down by confidence when findings carry one', () => {
    const high = { ...finding({ severity: 'critical', rule: 'sql-injection', confidence: 'high' }), label: label({ rule: 'sql-injection' }) };
    const low = { ...finding({ severity: 'critical', rule: 'sql-injection', confidence: 'low', line: 11 }), label: label({ rule: 'sql-injection', verdict: 'FP' }) };
    expect(run([high, low]).byConfidence).toEqual([
      { band: 'critical+high', confidence: 'high', tp: 1, n: 1, precision: 1 },
      { band: 'critical+high', confidence: 'low', tp: 0, n: 1, precision: 0 },
    ]);
  });

  it('fails below a floor, on a lost TP and on an unlabelled critical finding', () => {
    const fp = { ...finding({ severity: 'high', rule: 'empty-function' }), label: label({ rule: 'empty-function', verdict: 'FP' }) };
    const unlabelled = { ...finding({ severity: 'critical', rule: 'placeholder-comment', line: 3 }), label: null };
    const result = run([fp, unlabelled], [label({ rule: 'stub-implementation' })]);
    expect(result.failures).toEqual([
      'c: critical placeholder-comment at a.ts:3 has no label',
      'c: labelled TP no longer found: stub-implementation at a.ts:10 (swallowed)',
      'critical+high precision 0.000 < 0.95',
      'critical+high precision of empty-function 0.000 < 0.9 (1 FP of 1)',
    ]);
  });

  it('fails when medium precision is under 0.85', () => {
    const med = Array.from({ length: 10 }, (_, i) => ({ ...finding({ line: i + 1 }), label: label({ verdict: i < 8 ? 'TP' : 'FP' }) }));
    expect(run(med).failures).toEqual(['medium precision 0.800 < 0.85']);
  });

  it('tallies held-out corpora apart, without floors, but still fails on their unlabelled or lost findings', () => {
    const tuned = { ...finding({ severity: 'critical', rule: 'sql-injection' }), label: label({ rule: 'sql-injection' }) };
    const heldFp = { ...finding({ severity: 'high', rule: 'empty-function' }), label: label({ rule: 'empty-function', verdict: 'FP' }) };
    const heldUnlabelled = { ...finding({ severity: 'high', rule: 'stub-implementation', line: 7 }), label: null };
    const result = evaluate([
      { corpus: 'c', matched: [tuned], orphans: [] },
      { corpus: 'h', matched: [heldFp, heldUnlabelled], orphans: [label({ rule: 'tls-verification-disabled' })], heldOut: true },
    ]);
    expect(result.totals['critical+high']).toMatchObject({ tp: 1, n: 1, precision: 1 });
    expect(result.heldOut.corpora).toEqual(['h']);
    expect(result.heldOut.totals['critical+high']).toMatchObject({ tp: 0, n: 1, precision: 0 });
    expect(result.heldOut.perRule).toEqual([
      { band: 'critical+high', rule: 'empty-function', tp: 0, n: 1, precision: 0 },
      { band: 'critical+high', rule: 'stub-implementation', tp: 0, n: 0, precision: null },
    ]);
    expect(result.failures).toEqual([
      `h: high stub-implementation at ${heldUnlabelled.file}:7 has no label`,
      `h: labelled TP no longer found: tls-verification-disabled at ${label().file}:${label().line} (${label().reason})`,
    ]);
  });

  it('measures low findings without a floor, and lists unlabelled findings as label stubs', () => {
    const low = { ...finding({ severity: 'low', rule: 'warning-comment' }), label: label({ rule: 'warning-comment', verdict: 'FP' }) };
    const med = { ...finding(), label: null };
    const result = run([low, med]);
    expect(result.failures).toEqual([]);
    expect(result.totals.low).toMatchObject({ tp: 0, n: 1, precision: 0 });
    expect(unlabelledEntries([low, med])).toEqual([{ file: 'a.ts', line: 10, rule: 'empty-catch', severity: 'medium', lineHash: lineHash('} catch {}'), text: '} catch {}', verdict: '?', reason: '' }]);
  });
});

describe('label files', () => {
  it('names the file and JSON pointer of a bad entry', () => {
    const f = path.join(tmp(), 'c.json');
    writeFileSync(f, JSON.stringify({ labels: [label(), label({ verdict: 'maybe' })] }));
    expect(() => loadLabels(f)).toThrow(`${f}#/labels/1/verdict: expected "TP" or "FP", got "maybe"`);
    writeFileSync(f, '{');
    expect(() => loadLabels(f)).toThrow(`${f}: not valid JSON`);
  });

  it('merges new verdicts over old ones for the same finding, sorted by file and line', () => {
    const merged = mergeLabels([label({ line: 20 }), label({ file: 'b.ts' })], [{ ...label({ line: 20 }), verdict: 'FP', reason: 'changed my mind' }, label({ line: 5, lineHash: 'x' })]);
    expect(merged.map((l) => [l.file, l.line, l.verdict])).toEqual([
      ['a.ts', 5, 'TP'],
      ['a.ts', 20, 'FP'],
      ['b.ts', 10, 'TP'],
    ]);
  });
});

describe('corpora and options', () => {
  it('finds local and shared corpora and rejects an unknown name', () => {
    const local = tmp();
    const shared = tmp();
    mkdirSync(path.join(local, 'app'));
    mkdirSync(path.join(shared, 'api'));
    writeFileSync(path.join(local, 'MANIFEST.md'), '');
    expect(findCorpora({ localDir: local, sharedDir: shared }).map((c) => [c.name, c.origin])).toEqual([
      ['api', 'shared'],
      ['app', 'local'],
    ]);
    expect(() => findCorpora({ localDir: local, sharedDir: null, only: ['nope'] })).toThrow('no corpus named nope (available: app)');
  });

  it('parses the CLI options and rejects unknown ones', () => {
    expect(parseArgs(['--corpus', 'ni', '--no-shared', '--markdown'])).toEqual({ only: ['ni'], shared: false, unlabelled: null, markdown: true });
    expect(() => parseArgs(['--corpus'])).toThrow('--corpus expects a value');
    expect(() => parseArgs(['--fast'])).toThrow('unknown argument --fast');
  });
});

describe('the committed corpora (bench/accuracy/corpora)', () => {
  it('meet every precision floor with their committed labels', async () => {
    const { evaluation, corpora } = await measure({ shared: false, log: () => undefined });
    expect(corpora.map((c) => c.name)).toEqual(['actual-server', 'arkis-api', 'botpress', 'excalidraw', 'express-typescript-boilerplate', 'hoppscotch', 'hoppscotch-backend', 'juice-shop', 'leon', 'medusa', 'ni', 'nodegoat', 'nodejs-goof', 'novu', 'payload', 'taxonomy', 'trigger-dev', 'umami']);
    expect(corpora.filter((c) => c.heldOut).map((c) => c.name)).toEqual(['actual-server', 'botpress', 'excalidraw', 'hoppscotch', 'hoppscotch-backend', 'leon', 'medusa', 'novu', 'payload', 'trigger-dev', 'umami']);
    expect(evaluation.failures).toEqual([]);
    expect(evaluation.totals.medium.n).toBeGreaterThan(150);
    // The insecure apps' true critical and high findings (SQL built from req.body, eval of
    // req.body, exec of a URL from req.body, a private key, a token) are found.
    expect(evaluation.totals['critical+high']).toMatchObject({ tp: 9, n: 9 });
    // Held-out applications: every critical and high finding labelled (measured, no floor).
    expect(evaluation.heldOut.totals['critical+high'].n).toBeGreaterThan(0);
  }, 60_000);
});
