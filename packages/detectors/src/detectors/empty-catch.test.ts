import { describe, it } from 'vitest';
import { RuleTester } from '../rule-tester.js';
import emptyCatch from './empty-catch.js';

const tester = new RuleTester({ describe, it, minValid: 15, minInvalid: 15 });
const E = { messageId: 'empty' } as const;
const H = { messageId: 'emptyHandler' } as const;

tester.run(emptyCatch, {
  valid: [
    'try { a(); } catch (e) { log(e); }',
    'try { a(); } catch { /* optional: ignored on purpose */ }',
    'try { a(); } catch (e) {\n  // file may already be gone\n}',
    'try { a(); } catch (e) { throw new Wrapped(e); }',
    'try { a(); } finally {}',
    'p.catch((e) => log(e));',
    'p.catch(() => { /* best effort */ });',
    'p.catch(() => null);',
    'p.catch(handle);',
    'p.then(ok, (e) => report(e));',
    'p.then(() => {});',
    'const s = "try { a() } catch (e) {}";',
    'const t = `.catch(() => {})`;',
    '// try { a() } catch (e) {}\nexport const a = 1;',
    'catchAll(() => {});',
    'obj.catch = () => {};',
  ],
  invalid: [
    { code: 'try { a(); } catch (e) {}', errors: [{ ...E, line: 1, column: 14 }] },
    { code: 'try { a(); } catch {}', errors: [E] },
    { code: 'try {\n  a();\n} catch (err) {\n}', errors: [{ ...E, line: 3 }] },
    { code: 'try { a(); } catch (e) {} finally { b(); }', errors: [E] },
    { code: 'async function f() { try { await a(); } catch (e) {} }', errors: [E] },
    { code: 'try { try { a(); } catch {} } catch (e) { log(e); }', errors: [E] },
    { code: 'p.catch(() => {});', errors: [{ ...H, column: 9, message: '.catch()' }] },
    { code: 'p.catch(function () {});', errors: [H] },
    { code: 'p.catch((e) => {});', errors: [H] },
    { code: 'fetchUser().then(render, () => {});', errors: [{ ...H, message: '.then()' }] },
    { code: 'void save().catch(async () => {});', errors: [H] },
    { code: 'p.catch((() => {}));', errors: [H] },
    { code: 'for (const f of files) { try { rm(f); } catch {} }', errors: [E] },
    { code: 'class A { m() { try { x(); } catch (e) {} } }', errors: [E] },
    { code: 'a.b.c.catch(() => {\n});', errors: [H] },
    { code: 'try { a(); } catch (e) {} try { b(); } catch (e) {}', errors: [E, E] },
  ],
});
