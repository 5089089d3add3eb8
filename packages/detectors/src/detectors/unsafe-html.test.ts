import { describe, it } from 'vitest';
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
  ],
  invalid: [
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
