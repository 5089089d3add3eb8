import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { validate } from '@readycheck/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scanFiles } from './scan-files.js';
import { declaredVendored, emscriptenEvidence, minifiedEvidence, parseGitattributes } from './vendored.js';

// A minifier's output re-formatted one statement a line (as Prettier leaves a vendored SDK): every
// declared name is one or two characters. `count` functions, each with two parameters and a local.
function mangled(count: number, extra = ''): string {
  const names = 'abcdefghijklmnopqrstuvwxyz';
  const out = ['(function (a, b) {'];
  for (let i = 0; i < count; i++) {
    const n = `${names[i % 26]}${Math.floor(i / 26) % 10}`;
    out.push(`  function ${n}(c, d) {`, `    var e = c + d;`, `    return e * ${i};`, '  }');
  }
  out.push(extra, '})(window, document);');
  return out.join('\n');
}

// The shape of Emscripten's glue: the heap views over one buffer and a wasm instantiation.
function glue(views: readonly string[], instantiate = 'WebAssembly.instantiate(binary, info)'): string {
  const types: Record<string, string> = { HEAP8: 'Int8Array', HEAP16: 'Int16Array', HEAP32: 'Int32Array', HEAPU8: 'Uint8Array', HEAPU16: 'Uint16Array', HEAPU32: 'Uint32Array', HEAPF32: 'Float32Array', HEAPF64: 'Float64Array' };
  const lines = ['var Module = {};', 'var HEAP8, HEAP16, HEAP32, HEAPU8, HEAPU16, HEAPU32, HEAPF32, HEAPF64;', 'function updateGlobalBufferAndViews(buf) {'];
  for (const v of views) lines.push(`  Module.${v} = ${v} = new ${types[v]}(buf);`);
  lines.push('}', `function createWasm(binary, info) { return ${instantiate}; }`);
  // Padding of ordinary runtime code, as the real glue has thousands of lines of it.
  for (let i = 0; i < 400; i++) lines.push(`function _runtime_helper_${i}(ptr) { return HEAPU8[ptr + ${i}] | 0; }`);
  return lines.join('\n');
}

const ALL_VIEWS = ['HEAP8', 'HEAP16', 'HEAP32', 'HEAPU8', 'HEAPU16', 'HEAPU32', 'HEAPF32', 'HEAPF64'];

describe('minifiedEvidence', () => {
  it('knows long-line minified text and mangled names a re-formatter kept', () => {
    expect(minifiedEvidence(`var a=1;${'a=a+1;'.repeat(2000)}\n`, 'x.min.js')).toMatch(/lines average \d+ characters/);
    expect(minifiedEvidence(mangled(150), 'f.js')).toMatch(/^minified \(\d+ of \d+ declared names are one or two characters\)$/);
  });

  it('does not take ordinary code, short files or few names for minified', () => {
    const ordinary = Array.from({ length: 200 }, (_, i) => `export function handler${i}(request: Request, index: number) {\n  const value = request.url + index;\n  return value;\n}`).join('\n');
    expect(minifiedEvidence(ordinary, 'a.ts')).toBeUndefined();
    expect(minifiedEvidence(mangled(3), 'f.js')).toBeUndefined(); // under 5,000 characters
    // Loops with i/j/x everywhere are not a minifier's output: most names are still words.
    const loops = Array.from({ length: 150 }, (_, i) => `function sumOfRow${i}(matrix, row) {\n  let total = 0;\n  for (let i = 0; i < matrix.length; i++) total += matrix[row][i];\n  return total;\n}`).join('\n');
    expect(minifiedEvidence(loops, 'm.js')).toBeUndefined();
  });
});

describe('emscriptenEvidence', () => {
  it('knows the glue from its heap views and WebAssembly instantiation', () => {
    expect(emscriptenEvidence(glue(ALL_VIEWS), 'glue.ts')).toBe('Emscripten-generated wasm glue (8 heap views and a WebAssembly instantiation)');
    expect(emscriptenEvidence(glue(ALL_VIEWS, 'new WebAssembly.Instance(mod, info)'), 'glue.js')).toMatch(/^Emscripten/);
  });

  it('needs the code, not names in comments or strings, and the instantiation', () => {
    expect(emscriptenEvidence(glue(ALL_VIEWS.slice(0, 5)), 'glue.ts')).toBeUndefined();
    expect(emscriptenEvidence(glue(ALL_VIEWS, 'null /* WebAssembly.instantiate(binary) */'), 'glue.ts')).toBeUndefined();
    const commented = `${ALL_VIEWS.map((v) => `// Module.${v} = ${v} = new Int8Array(buf);`).join('\n')}\nWebAssembly.instantiate(b, i);\n${'// padding\n'.repeat(3000)}`;
    expect(emscriptenEvidence(commented, 'glue.ts')).toBeUndefined();
    // The right typed array for each view: `HEAP8 = new Float64Array` is not the glue's.
    const wrong = glue(ALL_VIEWS).replace(/new \w+Array\(buf\)/g, 'new Float64Array(buf)');
    expect(emscriptenEvidence(wrong, 'glue.ts')).toBeUndefined();
  });
});

describe('hostile input', () => {
  it('a file too deeply nested for the parser is no evidence, and does not throw', () => {
    const deep = `// HEAPU8 WebAssembly\nvar a = ${'('.repeat(50_000)}1${')'.repeat(50_000)};\n`;
    expect(emscriptenEvidence(deep, 'glue.js')).toBeUndefined();
    // Short lines, so that it is not minified by line length and the names are counted.
    expect(minifiedEvidence(`var a = ${'(\n'.repeat(50_000)}1${')\n'.repeat(50_000)};\n`, 'public/f.js')).toBeUndefined();
  });
});

describe('.gitattributes', () => {
  const file = (rel: string) => path.join('/repo', rel);

  it('reads linguist-vendored and linguist-generated with git pattern rules', () => {
    const rules = parseGitattributes(['# comment', 'public/sdk/** linguist-vendored', '*.pb.ts linguist-generated=true', 'docs/ linguist-vendored', '!neg linguist-vendored', 'src/*.js -text'].join('\n'), '.gitattributes');
    expect(rules.map((r) => r.where)).toEqual(['.gitattributes:2', '.gitattributes:3']);
    const chain = [['/repo', rules] as const];
    expect(declaredVendored(file('public/sdk/a/f.js'), chain)).toBe('declared `linguist-vendored` in .gitattributes:2');
    expect(declaredVendored(file('deep/in/api.pb.ts'), chain)).toBe('declared `linguist-generated` in .gitattributes:3');
    // Anchored to the file's directory; a directory pattern (`docs/`) matches no file, as in git.
    expect(declaredVendored(file('x/public/sdk/f.js'), chain)).toBeUndefined();
    expect(declaredVendored(file('docs/a.js'), chain)).toBeUndefined();
  });

  it('lets a later or deeper line unset it again', () => {
    const top = parseGitattributes('gen/** linguist-generated\n', '.gitattributes');
    const deeper = parseGitattributes('hand.ts -linguist-generated\nother.ts linguist-generated=false\n', 'gen/.gitattributes');
    const chain = [['/repo', top] as const, ['/repo/gen', deeper] as const];
    expect(declaredVendored(file('gen/api.ts'), chain)).toMatch(/linguist-generated/);
    expect(declaredVendored(file('gen/hand.ts'), chain)).toBeUndefined();
    expect(declaredVendored(file('gen/other.ts'), chain)).toBeUndefined();
  });
});

describe('scanFiles: vendored and generated files', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'rc-vendored-'));
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });
  const put = async (files: Record<string, string>): Promise<void> => {
    for (const [rel, content] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(root, rel)), { recursive: true });
      await writeFile(path.join(root, rel), content);
    }
  };
  const grades = (report: Awaited<ReturnType<typeof scanFiles>>) => report.violations.filter((v) => v.ruleId === 'dynamic-code-execution').map((v) => `${v.file} ${v.severity}`);
  const EVAL = '  eval(location.hash.slice(1));';

  it('grades findings in a minified SDK under public/ low, naming the evidence, and keeps them', async () => {
    await put({ 'public/f.js': mangled(150, EVAL), 'src/f.js': mangled(150, EVAL) });
    const report = await scanFiles([], { cwd: root });
    expect(validate('quality-report', report, 'report.json').valid).toBe(true);
    // The same text outside a static-asset directory is the project's own code: full severity.
    expect(grades(report)).toEqual(['public/f.js low', 'src/f.js critical']);
    const low = report.violations.find((v) => v.file === 'public/f.js' && v.ruleId === 'dynamic-code-execution');
    expect(low?.message).toMatch(/Graded low: vendored or generated code, minified \(\d+ of \d+ declared names are one or two characters\), under a static-asset or vendor directory\.$/);
    expect(report.summary.bySeverity.critical).toBe(1);
  });

  it('does not grade ordinary code under public/ or a vendor name alone', async () => {
    await put({ 'public/app.js': `export function run(code) {\n${EVAL}\n}\n`, 'vendor/lib.min.js': `export function run(code) {\n${EVAL}\n}\n` });
    expect(grades(await scanFiles([], { cwd: root }))).toEqual(['public/app.js critical', 'vendor/lib.min.js critical']);
  });

  it('grades Emscripten glue anywhere, and files .gitattributes declares', async () => {
    await put({
      'src/woff2/bindings.ts': `${glue(ALL_VIEWS)}\nexport const make = (body: string) => new Function(body);\n`,
      'src/gen/client.ts': 'export const run = (code: string) => eval(code);\n',
      'src/hand.ts': 'export const run = (code: string) => eval(code);\n',
      '.gitattributes': 'src/gen/** linguist-generated\n',
    });
    const report = await scanFiles([], { cwd: root });
    expect(grades(report)).toEqual(['src/gen/client.ts low', 'src/hand.ts critical', 'src/woff2/bindings.ts low']);
    expect(report.violations.find((v) => v.file === 'src/gen/client.ts')?.message).toMatch(/declared `linguist-generated` in \.gitattributes:1\.$/);
  });

  it('reads no symlinked .gitattributes (git does not either)', async () => {
    await put({ 'src/gen/client.ts': 'export const run = (code: string) => eval(code);\n', 'elsewhere/attrs': 'src/gen/** linguist-generated\n' });
    await symlink(path.join(root, 'elsewhere/attrs'), path.join(root, '.gitattributes'));
    expect(grades(await scanFiles(['src'], { cwd: root }))).toEqual(['src/gen/client.ts critical']);
  });

  it('leaves every grade as it is with vendored: false, and a severity the config set', async () => {
    await put({ 'public/f.js': mangled(150, EVAL) });
    expect(grades(await scanFiles([], { cwd: root, vendored: false }))).toEqual(['public/f.js critical']);
    expect(grades(await scanFiles([], { cwd: root, config: { rules: { 'dynamic-code-execution': 'high' } } }))).toEqual(['public/f.js high']);
  });
});
