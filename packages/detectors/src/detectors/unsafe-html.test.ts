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
  ],
});


describe('unsafe-html on hostile input', () => {
  const found = (code: string) => scanSource(code, 'a.ts', { rules: ['unsafe-html'] }).map((v) => [v.ruleId, v.line]);

  it('judges a ten-thousand-term literal concatenation without recursion, and stops multiplying consts at a budget', () => {
    expect(found(`el.innerHTML = ${Array.from({ length: 10_000 }, () => '"<b>"').join(' + ')};`)).toEqual([]);
    const wide = (name: string, next: string) => `const ${name} = ${Array.from({ length: 200 }, () => next).join(' + ')};`;
    const code = [wide('a', 'b'), wide('b', 'c'), wide('c', 'd'), 'const d = "<i/>";', 'el.innerHTML = a;'].join('\n');
    expect(found(code)).toEqual([['unsafe-html', 5]]);
  });
});
