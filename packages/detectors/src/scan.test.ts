import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { defineDetector } from './define.js';
import { detectors } from './detectors/index.js';
import { commentValue, resolveDetectors, scanSource } from './scan.js';
import { parseSuppression } from './suppressions.js';
import type { CommentInfo, Detector } from './types.js';

const ids = (code: string, file = 'a.ts', options = {}) => scanSource(code, file, options).map((v) => v.ruleId);

describe('scanSource', () => {
  it('finds violations of several detectors in one walk, sorted by position', () => {
    const found = scanSource('const a = b as any;\ntry { go(); } catch (e) {}\n', 'src/a.ts');
    expect(found.map((v) => [v.ruleId, v.line, v.column])).toEqual([
      ['explicit-any', 1, 11],
      ['empty-catch', 2, 15],
    ]);
    const [first] = found;
    expect(first).toMatchObject({ category: 'TYPE_SAFETY', severity: 'medium', file: 'src/a.ts', endLine: 1, endColumn: 19, snippet: 'const a = b as any;' });
    expect(first?.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect(first?.suggestion).toContain('unknown');
  });

  it('normalises Windows separators in the file name', () => {
    expect(scanSource('x as any;', 'src\\a.ts')[0]?.file).toBe('src/a.ts');
  });

  it('keeps fingerprints when unrelated lines move, and tells identical findings apart', () => {
    const before = 'const a = x as any;\nconst b = x as any;\n';
    const after = '// new header\nimport fs from "node:fs";\n\nconst a = x as any;\n\n\nconst b = x as any;\n';
    const fa = scanSource(before, 'a.ts').map((v) => v.fingerprint);
    const fb = scanSource(after, 'a.ts').map((v) => v.fingerprint);
    expect(fa).toHaveLength(2);
    expect(fb).toEqual(fa);
    expect(new Set(fa).size).toBe(2);
    // Re-indenting keeps them too; another file or rule does not.
    expect(scanSource('   const a = x   as any;\nconst b = x as any;', 'a.ts')[0]?.fingerprint).toBe(fa[0]);
    expect(scanSource(before, 'b.ts')[0]?.fingerprint).not.toBe(fa[0]);
  });

  it('reports a TS parse error at its line and column, and still runs the other detectors', () => {
    const found = scanSource('if () {\n  const a = b as any;\n}', 'a.ts');
    expect(found.find((v) => v.ruleId === 'parse-error')).toMatchObject({ line: 1, column: 5, severity: 'high', category: 'MALFORMED_SYNTAX' });
    expect(found.some((v) => v.ruleId === 'explicit-any')).toBe(true);
  });

  it('parses TSX, JSX and JS by extension', () => {
    expect(ids('const el = <div>{/* ... */}</div>;', 'a.tsx')).toEqual(['placeholder-comment']);
    expect(ids('const el = <div>{/* ... */}</div>;', 'a.jsx')).toEqual(['placeholder-comment']);
    expect(ids('const x = <any>y;', 'a.ts')).toEqual(['explicit-any']);
    expect(ids('module.exports = function () { eval(s); };', 'a.cjs')).toEqual(['dynamic-code-execution']);
  });
});

describe('configuration', () => {
  it('overrides severity per rule and per category, and turns rules off', () => {
    const code = 'const a = b as any;\ntry { go(); } catch (e) {}\n';
    expect(scanSource(code, 'a.ts', { config: { rules: { 'explicit-any': 'critical' } } })[0]?.severity).toBe('critical');
    expect(scanSource(code, 'a.ts', { config: { rules: { 'explicit-any': { severity: 'low' } } } })[0]?.severity).toBe('low');
    expect(ids(code, 'a.ts', { config: { rules: { 'explicit-any': 'off' } } })).toEqual(['empty-catch']);
    expect(ids(code, 'a.ts', { config: { categories: { TYPE_SAFETY: 'off' } } })).toEqual(['empty-catch']);
    expect(scanSource(code, 'a.ts', { config: { categories: { ERROR_HANDLING: 'high' } } })[1]?.severity).toBe('high');
    // A rule setting wins over its category's.
    expect(ids(code, 'a.ts', { config: { categories: { TYPE_SAFETY: 'off' }, rules: { 'explicit-any': 'medium' } } })).toEqual(['explicit-any', 'empty-catch']);
  });

  it('filters by rule ids and categories', () => {
    const code = 'const a = b as any;\ntry { go(); } catch (e) {}\n';
    expect(ids(code, 'a.ts', { rules: ['empty-catch'] })).toEqual(['empty-catch']);
    expect(ids(code, 'a.ts', { categories: ['TYPE_SAFETY'] })).toEqual(['explicit-any']);
  });

  it('keeps file-header off unless the config or the rule filter asks for it', () => {
    expect(ids('export {};', 'a.ts')).toEqual([]);
    expect(ids('export {};', 'a.ts', { config: { requireFileHeader: true } })).toEqual(['file-header']);
    expect(ids('export {};', 'a.ts', { rules: ['file-header'] })).toEqual(['file-header']);
    expect(ids('export {};', 'a.ts', { config: { rules: { 'file-header': 'low' } } })).toEqual(['file-header']);
    expect(ids('export {};', 'a.ts', { config: { rules: { 'file-header': { options: { pattern: 'x' } } } } })).toEqual(['file-header']);
    expect(resolveDetectors({ config: { requireFileHeader: true, categories: { CODE_STANDARDS: 'medium' } } }).find((d) => d.detector.id === 'file-header')?.severity).toBe('medium');
  });

  it('applies maxFileLines from the config', () => {
    expect(ids('a;\nb;\nc;\n', 'a.ts', { config: { maxFileLines: 2 } })).toEqual(['max-file-lines']);
  });
});

describe('inline suppressions', () => {
  it('silences the next line for the named rule, with the reason as justification', () => {
    const found = scanSource('// readycheck-disable-next-line explicit-any -- SDK returns any\nconst a = b as any;\nconst c = d as any;', 'a.ts');
    expect(found.map((v) => [v.line, v.suppression])).toEqual([
      [2, { kind: 'inSource', justification: 'SDK returns any' }],
      [3, undefined],
    ]);
  });
  it('silences its own line with -line, the whole file with readycheck-disable, every rule without ids', () => {
    expect(scanSource('const a = b as any; // readycheck-disable-line explicit-any -- legacy', 'a.ts')[0]?.suppression?.kind).toBe('inSource');
    const file = scanSource('// readycheck-disable explicit-any -- generated\nconst a = b as any;\nconst c = d as any;\ntry { x(); } catch {}', 'a.ts');
    expect(file.filter((v) => v.suppression).map((v) => v.ruleId)).toEqual(['explicit-any', 'explicit-any']);
    expect(file.find((v) => v.ruleId === 'empty-catch')?.suppression).toBeUndefined();
    const all = scanSource('// readycheck-disable-next-line -- fixture\ntry { x(); } catch (e) {} const a = b as any;', 'a.ts');
    expect(all.every((v) => v.suppression)).toBe(true);
  });
  it('does not silence other rules, and reports a suppression without a reason (low)', () => {
    const found = scanSource('// readycheck-disable-next-line empty-catch\nconst a = b as any;', 'a.ts');
    expect(found.map((v) => [v.ruleId, v.severity, Boolean(v.suppression)])).toEqual([
      ['unjustified-suppression', 'low', false],
      ['unused-suppression', 'low', false],
      ['explicit-any', 'medium', false],
    ]);
  });
  it('cannot silence its own missing reason', () => {
    const found = scanSource('// readycheck-disable\nconst a = b as any;', 'a.ts');
    expect(found.find((v) => v.ruleId === 'unjustified-suppression')?.suppression).toBeUndefined();
    expect(found.find((v) => v.ruleId === 'explicit-any')?.suppression).toEqual({ kind: 'inSource' });
  });
  it('ignores directives in strings', () => {
    expect(scanSource('const s = "// readycheck-disable-next-line explicit-any -- x";\nconst a = b as any;', 'a.ts')[0]?.suppression).toBeUndefined();
  });
  it('parses directive forms', () => {
    expect(parseSuppression('readycheck-disable-next-line a, b c -- why not')).toEqual({ scope: 'next-line', rules: ['a', 'b', 'c'], reason: 'why not' });
    expect(parseSuppression('readycheck-disable')).toEqual({ scope: 'file', rules: [], reason: undefined });
    expect(parseSuppression('readycheck-disable-line x --')).toEqual({ scope: 'line', rules: ['x'], reason: undefined });
    expect(parseSuppression('readycheck-disabled')).toBeNull();
    expect(parseSuppression('eslint-disable')).toBeNull();
  });
});

describe('custom detectors and robustness', () => {
  const noConsole = defineDetector({
    id: 'no-console-log',
    category: 'CUSTOM_RULES',
    severity: 'low',
    docs: { description: 'console.log calls', why: 'noise', bad: 'console.log(1)', good: 'log.debug(1)' },
    messages: { found: 'console.{method} call.' },
    check: (ctx) => ({
      CallExpression(node) {
        if (ctx.getText(node.expression) === 'console.log') ctx.report(node, 'found', { method: 'log' });
      },
    }),
  });

  it('runs a custom detector with its own category next to the built-ins', () => {
    const found = scanSource('console.log(x as any);', 'a.ts', { detectors: [...Object.values(detectors), noConsole] });
    expect(found.map((v) => [v.ruleId, v.category, v.message])).toEqual([
      ['no-console-log', 'CUSTOM_RULES', 'console.log call.'],
      ['explicit-any', 'TYPE_SAFETY', '`as any` cast switches off type checking for this value.'],
    ]);
  });

  it('drops a detector that throws for that file, reports it as unscannable, and keeps the others', () => {
    const broken: Detector = defineDetector({
      id: 'broken',
      category: 'CODE_STANDARDS',
      severity: 'low',
      docs: { description: 'x', why: 'x', bad: 'x', good: 'x' },
      messages: { m: 'm' },
      check: () => ({
        Identifier() {
          throw new Error('boom');
        },
      }),
    });
    const brokenCheck: Detector = { ...broken, id: 'broken-check', check: () => { throw new Error('bad setup'); } };
    const errors: string[] = [];
    const found = scanSource('const a = b as any;', 'a.ts', {
      detectors: [broken, brokenCheck, detectors['explicit-any']],
      onDetectorError: (e) => errors.push(`${e.ruleId}: ${e.message}`),
    });
    expect(found.map((v) => v.ruleId)).toEqual(['unscannable', 'unscannable', 'explicit-any']);
    expect(found.filter((v) => v.ruleId === 'unscannable').map((v) => v.message)).toEqual([
      'This file could not be fully scanned (rule broken failed: Error: boom): what it contains is unknown, so it is not clean.',
      'This file could not be fully scanned (rule broken-check failed: Error: bad setup): what it contains is unknown, so it is not clean.',
    ]);
    expect(errors).toEqual(['broken-check: Error: bad setup', 'broken: Error: boom']);
  });

  it('clamps out-of-range reports of a custom detector into the file', () => {
    const sloppy = defineDetector({
      id: 'sloppy',
      category: 'CODE_STANDARDS',
      severity: 'low',
      docs: { description: 'x', why: 'x', bad: 'x', good: 'x' },
      messages: { m: 'm' },
      check: (ctx) => ({
        onEnd() {
          ctx.report({ pos: -5, end: 2 }, 'm');
          ctx.report({ pos: 1e9, end: Number.NaN }, 'm');
        },
      }),
    });
    const found = scanSource('a;\nb;', 'a.ts', { detectors: [sloppy] });
    expect(found.map((v) => [v.line, v.column, v.endLine, v.endColumn])).toEqual([
      [1, 1, 1, 3],
      [2, 3, 2, 3],
    ]);
  });

  it('reuses a pre-parsed SourceFile, with or without parent pointers', () => {
    const text = 'function f() {\n  // ... existing code ...\n}\nconst a = b as any;';
    for (const setParents of [true, false]) {
      const sourceFile = ts.createSourceFile('a.ts', text, ts.ScriptTarget.Latest, setParents);
      expect(ids(text, 'a.ts', { sourceFile })).toEqual(['placeholder-comment', 'explicit-any']);
    }
  });

  it('collects every comment once, and none from strings, templates, regexes or JSX text', () => {
    const seen: CommentInfo[] = [];
    const spy = defineDetector({
      id: 'spy',
      category: 'CODE_STANDARDS',
      severity: 'low',
      docs: { description: 'x', why: 'x', bad: 'x', good: 'x' },
      messages: { m: 'm' },
      check: () => ({ onComment: (c) => void seen.push(c) }),
    });
    const code = [
      '#!/usr/bin/env node',
      '/** doc */',
      'const s = "// not"; // one',
      'const t = `/* not ${a /* two */} */`;',
      'const r = /\\/\\/ not/; /* three */',
      'const el = <p>// not {/* four */}</p>;',
      'function f(/* five */) {',
      '  // six',
      '}',
      '// seven',
    ].join('\n');
    scanSource(code, 'a.tsx', { detectors: [spy] });
    expect(seen.map((c) => c.value)).toEqual(['doc', 'one', 'two', 'three', 'four', 'five', 'six', 'seven']);
    expect(seen.map((c) => c.kind)).toEqual(['block', 'line', 'block', 'block', 'block', 'block', 'line', 'line']);
  });

  it('strips comment delimiters and JSDoc gutters', () => {
    expect(commentValue('// hi ', true)).toBe('hi');
    expect(commentValue('/**\n * a\n * b\n */', false)).toBe('a\nb');
    expect(commentValue('/* unterminated', false)).toBe('unterminated');
  });

  it('never throws on pathological inputs', () => {
    const deep = `${'('.repeat(5000)}1${')'.repeat(5000)};`;
    const deepArrays = `const a = ${'['.repeat(3000)}${']'.repeat(3000)};`;
    for (const text of ['{{{{', '', '\u0000\u0001binary', '\uFFFD\uFFFD invalid', deep, deepArrays, '/*', '`${', '<div>', 'a'.repeat(200_000), '// x\r\n'.repeat(1000)]) {
      expect(() => scanSource(text, 'a.tsx')).not.toThrow();
    }
  });

  // Real files to mutate: the snapshot fixtures (agent-written code with known findings) and
  // some of our own detector sources.
  const fixtures = (() => {
    const out: string[] = [];
    const snapshot = new URL('../../../fixtures/detectors/snapshot/', import.meta.url);
    for (const scenario of readdirSync(snapshot, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      const src = new URL(`${scenario.name}/src/`, snapshot);
      for (const f of readdirSync(src)) out.push(readFileSync(new URL(f, src), 'utf8'));
    }
    const dir = new URL('./detectors/', import.meta.url);
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.ts')).slice(0, 8)) out.push(readFileSync(new URL(f, dir), 'utf8'));
    return out;
  })();

  it('never throws on arbitrary strings (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.constantFrom('a.ts', 'a.tsx', 'a.js'), (text, file) => {
        scanSource(text, file);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary mutations of real source files (property)', () => {
    const mutation = fc.record({
      file: fc.nat({ max: fixtures.length - 1 }),
      at: fc.nat(),
      cut: fc.nat({ max: 40 }),
      insert: fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('{', '}', '(', '`', '/*', '//', '"', '<', '>', '${', '...', '\u0000', '\uD800')),
    });
    fc.assert(
      fc.property(mutation, ({ file, at, cut, insert }) => {
        const src = fixtures[file] ?? '';
        const i = src.length ? at % src.length : 0;
        const mutated = src.slice(0, i) + insert + src.slice(i + cut);
        const found = scanSource(mutated, 'm.tsx');
        for (const v of found) {
          expect(v.line).toBeGreaterThanOrEqual(1);
          expect(v.column).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('scanSource with extra visitors', () => {
  it('runs them in the same walk as the detectors, once per node, and reports one that throws under its id', () => {
    const seen: string[] = [];
    let files = 0;
    const errors: string[] = [];
    const found = scanSource('const x = data as any;\nfoo(x);\n', 'src/a.ts', {
      visitors: [
        { id: 'count', visitor: { SourceFile: () => void files++, CallExpression: (n) => void seen.push(n.expression.getText()) } },
        { id: 'broken', visitor: { Identifier: () => { throw new Error('boom'); } } },
      ],
      onDetectorError: (e) => errors.push(`${e.ruleId}: ${e.message}`),
    });
    expect(files).toBe(1);
    expect(seen).toEqual(['foo']);
    expect(found.map((f) => f.ruleId)).toContain('explicit-any');
    expect(errors).toEqual(['broken: Error: boom']);
  });
});

describe('the walk\'s shared comment scanner', () => {
  it('a scan started from inside a comment handler of another (an extractor scanning an embedded snippet) leaves both scans whole', () => {
    const inner: string[][] = [];
    const nested = defineDetector({
      id: 'nested-scan',
      category: 'CODE_STANDARDS',
      severity: 'low',
      docs: { description: 'd', why: 'w', bad: 'b', good: 'g' },
      messages: { seen: 'comment {text}' },
      check: (ctx) => ({
        onComment(comment: CommentInfo) {
          inner.push(scanSource('/* a */ let x = 1; // b\n', 'inner.ts', { rules: ['warning-comment'] }).map((v) => v.ruleId));
          ctx.report(comment, 'seen', { text: comment.value });
        },
      }),
    });
    const outer = '// one\nconst a = 1; /* two */\nfunction f() {\n  // three\n  return a; // TODO: four\n}\n';
    const found = scanSource(outer, 'outer.tsx', { detectors: [...Object.values(detectors), nested], rules: ['nested-scan', 'warning-comment'] });
    expect(found.filter((v) => v.ruleId === 'nested-scan').map((v) => v.message)).toEqual(['comment one', 'comment two', 'comment three', 'comment TODO: four']);
    expect(found.filter((v) => v.ruleId === 'warning-comment').map((v) => v.line)).toEqual([5]);
    expect(inner).toEqual([[], [], [], []]);
    // And the next plain scan after the nested ones still finds every comment.
    expect(ids('let y = 1; // TODO: later\n/* FIXME: now */\n', 'b.ts', { rules: ['warning-comment'] })).toEqual(['warning-comment', 'warning-comment']);
  });
});
