import { describe, expect, it } from 'vitest';
import { scanSource } from '../scan.js';
import { RuleTester } from '../rule-tester.js';
import unsafeHtml from './unsafe-html.js';

const tester = new RuleTester({ describe, it, minValid: 15, minInvalid: 15 });

tester.run(unsafeHtml, {
  valid: [
    'el.textContent = user.name;',
    'el.innerHTML = "";',
    'el.innerHTML = "<b>static</b>";',
    'el.innerHTML = `<hr>`;',
    'el.innerHTML = null;',
    'const s = "el.innerHTML = x";',
    '// el.innerHTML = x\nexport {};',
    'const html = el.innerHTML;',
    'if (el.innerHTML === x) go();',
    'el.insertAdjacentHTML("beforeend", "<li></li>");',
    'document.write("<p>static</p>");',
    'stream.write(data);',
    'fs.write(fd, buf);',
    'const el = <div dangerouslySetInnerHTML={{ __html: "<b>x</b>" }} />;',
    'const o = { __html: html };',
    'el.innerText = value;',
    // Held-out hoppscotch (MIT) helpers/editor/extensions/HoppEnvironment.ts: SVG icons imported with
    // Vite's ?raw (project files, fixed at build time) in a literal wrapper.
    'import IconEdit from "~icons/lucide/edit?raw"\nel.innerHTML = `<span class="my-1">${IconEdit}</span>`',
    'import IconGlobe from "~icons/lucide/globe?raw"\nimport IconUser from "~icons/lucide/user?raw"\nfunction tip(env) {\n  const envTypeIcon = `<span>${env.global ? IconGlobe : env.user ? IconUser : env.team ? IconGlobe : env.x ? IconUser : IconGlobe}</span>`\n  icon.innerHTML = envTypeIcon\n}',
    'const A = "<b>"; const B = A + "</b>"; el.innerHTML = B;',
    'function show() {\n  el.innerHTML = ICON;\n}\nconst ICON = `<svg>${RAW}</svg>`;\nimport RAW from "./icon.svg?raw";',
    // Markup the app builds from its own constants (value-source.ts, strict): an icon map read by
    // key, numbers, a function of this file whose callers pass numbers, rows of a constant array.
    'const ICONS = { edit: "<svg viewBox=\'0 0 24 24\'><path d=\'M4 20h4\'/></svg>", trash: "<svg/>" };\nexport function icon(el: HTMLElement, name: "edit" | "trash") {\n  el.innerHTML = ICONS[name];\n}',
    'export function spinner(el: HTMLElement, size: number, items: string[]) {\n  el.innerHTML = `<svg width="${size * 2}" height="${Math.round(size)}"><text>${items.length}</text></svg>`;\n}',
    'function badge(n: number) {\n  return `<span class="badge">${n + 1}</span>`;\n}\nexport function show(el: HTMLElement, items: string[]) {\n  el.innerHTML = badge(items.length);\n}',
    'const HEADERS = ["Name", "Size", "Modified"];\nexport function head(el: HTMLElement) {\n  el.innerHTML = HEADERS.map((h, i) => `<th data-col="${i}">${h}</th>`).join("");\n}',
    'const SIZES = [8, 12, 16];\nexport function options(el: HTMLElement) {\n  let html = "";\n  for (const s of SIZES) html += `<option>${s}</option>`;\n  el.innerHTML = html;\n}',
    'class Tip {\n  private readonly icon = "<svg/>";\n  show(el: HTMLElement) {\n    el.innerHTML = this.icon;\n  }\n}',
    'export function price(el: HTMLElement, amount: string) {\n  el.innerHTML = `<b>${Number(amount).toFixed(2)}</b>`;\n}',
    // Sanitised by a sanitiser imported from its package (allow-lists that add nothing risky).
    'import DOMPurify from "dompurify";\nexport function render(el: HTMLElement, html: string) {\n  el.innerHTML = DOMPurify.sanitize(html);\n}',
    'import DOMPurify from "isomorphic-dompurify";\nconst clean = (s: string) => DOMPurify.sanitize(s, { ALLOWED_TAGS: ["b", "i", "a", "p"], ALLOWED_ATTR: ["href"] });\nexport const Post = ({ text }: { text: string }) => <div dangerouslySetInnerHTML={{ __html: clean(text) }} />;',
    'import sanitizeHtml from "sanitize-html";\nexport function render(el: HTMLElement, input: string) {\n  el.innerHTML = sanitizeHtml(input, { allowedTags: ["b", "a"], allowedAttributes: { a: ["href"] } });\n}',
    'const ICONS = { edit: "<svg/>", trash: "<svg/>" };\nexport function icon(el: HTMLElement, name: keyof typeof ICONS) {\n  if (name in ICONS) el.innerHTML = ICONS[name];\n}',
    'import { filterXSS } from "xss";\nexport function render(el: HTMLElement, input: string) {\n  el.innerHTML = filterXSS(input);\n}',
  ],
  invalid: [
    { code: 'import IconEdit from "./edit.svg"\nel.innerHTML = `<span>${IconEdit}</span>`', errors: [{ messageId: 'assign' }] },
    { code: 'import { edit } from "~icons?raw"\nel.innerHTML = edit', errors: [{ messageId: 'assign' }] },
    { code: 'const icon = "<i/>";\nfunction f(icon) { el.innerHTML = icon; }', errors: [{ messageId: 'assign' }] },
    { code: 'const icon = "<i/>";\nfor (const icon of userIcons) el.innerHTML = icon;', errors: [{ messageId: 'assign' }] },
    { code: 'const icon = "<i/>";\nfunction f(p) { const { icon } = p; el.innerHTML = `${icon}`; }', errors: [{ messageId: 'assign' }] },
    { code: 'let html = "<b>x</b>";\nhtml = location.hash;\nel.innerHTML = html;', errors: [{ messageId: 'assign', line: 3 }] },
    { code: 'const a = "<b>" + location.hash;\nel.innerHTML = a;', errors: [{ messageId: 'assign' }] },
    // Held-out hoppscotch composables/lens-actions.ts: an inert DOMParser document is still reported
    // (its nodes, moved into a page, run their event-handler attributes).
    { code: 'const previewDocument = new DOMParser().parseFromString(body, "text/html")\npreviewDocument.head.innerHTML = `<base href="${url}">` + previewDocument.head.innerHTML', errors: [{ messageId: 'assign', line: 2 }] },
    { code: 'el.innerHTML = `<b>${user.name}</b>`;', errors: [{ messageId: 'assign', column: 1, message: 'innerHTML' }] },
    { code: 'el.innerHTML = html;', errors: [{ messageId: 'assign' }] },
    { code: 'el.outerHTML = html;', errors: [{ messageId: 'assign', message: 'outerHTML' }] },
    { code: 'el.innerHTML += row;', errors: [{ messageId: 'assign' }] },
    { code: 'el["innerHTML"] = html;', errors: [{ messageId: 'assign' }] },
    { code: 'el.innerHTML = "<b>" + name + "</b>";', errors: [{ messageId: 'assign' }] },
    { code: 'document.getElementById("x")!.innerHTML = data;', errors: [{ messageId: 'assign' }] },
    { code: 'el.insertAdjacentHTML("beforeend", row);', errors: [{ messageId: 'call', message: 'insertAdjacentHTML' }] },
    { code: 'document.write(location.hash);', errors: [{ messageId: 'call', message: 'document.write' }] },
    { code: 'document.writeln("<p>" + x);', errors: [{ messageId: 'call', message: 'document.writeln' }] },
    { code: 'window.document.write(html);', errors: [{ messageId: 'call' }] },
    { code: 'const el = <div dangerouslySetInnerHTML={{ __html: html }} />;', errors: [{ messageId: 'react' }] },
    { code: 'const props = { dangerouslySetInnerHTML: { __html: marked(md) } };', errors: [{ messageId: 'react' }] },
    { code: 'function render(h: string) {\n  root.innerHTML = h;\n}', errors: [{ messageId: 'assign', line: 2, column: 3 }] },
    { code: 'a.innerHTML = x; b.outerHTML = y;', errors: [{ messageId: 'assign' }, { messageId: 'assign' }] },
    // Held-out excalidraw (MIT) components/PublishLibrary.tsx: the outerHTML of an element another
    // module built is as safe as that module, which one file cannot prove.
    { code: 'import { exportToSvg } from "@excalidraw/utils/export";\nexport async function preview(node: HTMLElement, libItem: { elements: unknown[] }) {\n  const svg = await exportToSvg({ elements: libItem.elements, files: null });\n  node.innerHTML = svg.outerHTML;\n}', errors: [{ messageId: 'assign', line: 4 }] },
    // A library's output (a QR code's SVG) is decided in that library.
    { code: 'import { renderSVG } from "uqr";\nexport function qr(el: HTMLElement, link: string) {\n  el.innerHTML = renderSVG(link);\n}', errors: [{ messageId: 'assign' }] },
    // Names never make a value safe: a local object called DOMPurify, a function called sanitize, an imported escapeHtml.
    { code: 'const DOMPurify = { sanitize: (s: string) => s };\nexport function r(el: HTMLElement, html: string) {\n  el.innerHTML = DOMPurify.sanitize(html);\n}', errors: [{ messageId: 'assign' }] },
    { code: 'function sanitize(s: string) {\n  return s;\n}\nexport function r(el: HTMLElement, html: string) {\n  el.innerHTML = sanitize(html);\n}', errors: [{ messageId: 'assign' }] },
    { code: 'import { escapeHtml } from "./util";\nexport function r(el: HTMLElement, x: string) {\n  el.innerHTML = escapeHtml(x);\n}', errors: [{ messageId: 'assign' }] },
    // Options that turn a sanitiser off.
    { code: 'import DOMPurify from "dompurify";\nexport function r(el: HTMLElement, html: string) {\n  el.innerHTML = DOMPurify.sanitize(html, { ADD_TAGS: ["iframe"], ADD_ATTR: ["onload"] });\n}', errors: [{ messageId: 'assign' }] },
    { code: 'import DOMPurify from "dompurify";\nexport function r(el: HTMLElement, html: string, opts: object) {\n  el.innerHTML = DOMPurify.sanitize(html, opts);\n}', errors: [{ messageId: 'assign' }] },
    { code: 'import DOMPurify from "dompurify";\nexport function r(el: HTMLElement, html: string) {\n  el.innerHTML = DOMPurify.sanitize(html, { ALLOWED_URI_REGEXP: /.*/ });\n}', errors: [{ messageId: 'assign' }] },
    { code: 'import sanitizeHtml from "sanitize-html";\nexport function r(el: HTMLElement, input: string) {\n  el.innerHTML = sanitizeHtml(input, { allowedTags: false });\n}', errors: [{ messageId: 'assign' }] },
    // Constants that are not constant: exported (other modules may change them), changed here,
    // changed through an alias or a callback's element, a public field, a number by annotation only.
    { code: 'export const ICONS = { edit: "<svg/>" };\nexport function r(el: HTMLElement) {\n  el.innerHTML = ICONS.edit;\n}', errors: [{ messageId: 'assign' }] },
    { code: 'const ICONS = { edit: "<svg/>" };\nICONS.edit = location.hash;\nel.innerHTML = ICONS.edit;', errors: [{ messageId: 'assign', line: 3 }] },
    { code: 'const ICONS = { edit: "<svg/>" };\nconst alias = ICONS;\nalias.edit = location.hash;\nel.innerHTML = ICONS.edit;', errors: [{ messageId: 'assign', line: 4 }] },
    { code: 'const ROWS = [{ label: "a" }];\nROWS.forEach((r) => {\n  r.label = location.hash;\n});\nel.innerHTML = ROWS.map((r) => r.label).join("");', errors: [{ messageId: 'assign', line: 5 }] },
    { code: 'const ICONS = { edit: "<svg/>" };\n(ICONS as { edit: string }).edit = location.hash;\nel.innerHTML = ICONS.edit;', errors: [{ messageId: 'assign', line: 3 }] },
    { code: 'const ICONS = { edit: "<svg/>" };\nconst alias = ICONS ?? {};\nObject.assign(alias, { edit: location.hash });\nel.innerHTML = ICONS.edit;', errors: [{ messageId: 'assign', line: 4 }] },
    { code: 'function icon() {\n  return "<svg/>";\n}\nicon = () => location.hash;\nel.innerHTML = icon();', errors: [{ messageId: 'assign', line: 5 }] },
    { code: 'Math.html = () => location.hash;\nel.innerHTML = Math.html();', errors: [{ messageId: 'assign', line: 2 }] },
    { code: 'function f(c: boolean) {\n  if (c) {\n    var h = "<b>";\n  }\n  h = location.hash;\n  go();\n  el.innerHTML = h;\n}', errors: [{ messageId: 'assign', line: 7 }] },
    { code: 'export function r(el: HTMLElement, q: string) {\n  const undefined = q;\n  el.innerHTML = `<b>${undefined}</b>`;\n}', errors: [{ messageId: 'assign' }] },
    { code: 'class Tip {\n  icon = "<svg/>";\n  show(el: HTMLElement) {\n    el.innerHTML = this.icon;\n  }\n}', errors: [{ messageId: 'assign' }] },
    { code: 'export function bar(el: HTMLElement, n: number) {\n  el.innerHTML = `<b>${n}</b>`;\n}', errors: [{ messageId: 'assign' }] },
    { code: 'export function bar(el: HTMLElement, n: { toFixed(): string }) {\n  el.innerHTML = n.toFixed();\n}', errors: [{ messageId: 'assign' }] },
    { code: 'function badge(n: number) {\n  return `<span>${n}</span>`;\n}\nexport function show(el: HTMLElement, q: string) {\n  el.innerHTML = badge(q as unknown as number);\n}', errors: [{ messageId: 'assign' }] },
  ],
});


describe('unsafe-html on hostile input', () => {
  const found = (code: string) => scanSource(code, 'a.ts', { rules: ['unsafe-html'] }).map((v) => [v.ruleId, v.line]);

  it('judges a ten-thousand-term literal concatenation without recursion, and consts that multiply once per declaration', () => {
    expect(found(`el.innerHTML = ${Array.from({ length: 10_000 }, () => '"<b>"').join(' + ')};`)).toEqual([]);
    const wide = (name: string, next: string) => `const ${name} = ${Array.from({ length: 200 }, () => next).join(' + ')};`;
    // 200³ parts when expanded: past the literal fast path's budget, value-source judges each
    // declaration once (all literals: safe), and a non-literal at the bottom is still found.
    const code = [wide('a', 'b'), wide('b', 'c'), wide('c', 'd'), 'const d = "<i/>";', 'el.innerHTML = a;'].join('\n');
    expect(found(code)).toEqual([]);
    expect(found(code.replace('const d = "<i/>";', 'const d = location.hash;'))).toEqual([['unsafe-html', 5]]);
  });
});

describe('unsafe-html confidence: only markup visibly from outside quarantines', () => {
  const graded = (code: string) => scanSource(code, 'a.ts', { rules: ['unsafe-html'] }).map((v) => [v.line, v.severity, v.confidence]);

  it('is critical with high confidence for request data, the URL and web storage', () => {
    expect(graded("app.get('/x', (req, res) => {\n  el.innerHTML = `<b>${req.query.name}</b>`;\n});")).toEqual([[2, 'critical', 'high']]);
    expect(graded('document.write(location.hash);')).toEqual([[1, 'critical', 'high']]);
    expect(graded("el.innerHTML = new URLSearchParams(location.search).get('q') ?? '';")).toEqual([[1, 'critical', 'high']]);
    expect(graded("el.insertAdjacentHTML('beforeend', localStorage.getItem('draft') ?? '');")).toEqual([[1, 'critical', 'high']]);
  });

  it('is critical with medium confidence when the file does not say where the markup comes from', () => {
    // excalidraw/excalidraw@4872083 (MIT), packages/excalidraw/hooks/useLibraryItemSvg.ts: an SVG element
    // an imported exporter built, re-serialised (held-out label: false)
    expect(graded('export function render(el: HTMLElement, svg: SVGSVGElement) {\n  el.innerHTML = svg.outerHTML;\n}')).toEqual([[2, 'critical', 'medium']]);
    expect(scanSource('const Preview = ({ html }: { html: string }) => <div dangerouslySetInnerHTML={{ __html: html }} />;', 'a.tsx', { rules: ['unsafe-html'] }).map((v) => [v.severity, v.confidence])).toEqual([['critical', 'medium']]);
  });
});
