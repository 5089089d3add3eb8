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
    // False positives found on real code (bench/accuracy), as minimal excerpts:
    // cloudflare/vibesdk@89c5f3a (MIT), container/process-monitor.ts: best-effort removal of a temporary file.
    'async function read() {\n  const logs = await fs.readFile(tempPath, "utf8");\n  await fs.unlink(tempPath).catch(() => {});\n  return logs;\n}',
    // cloudflare/vibesdk@89c5f3a (MIT), container/process-monitor.ts: a log line whose failed write must not stop the monitor.
    'this.simpleLogManager.appendMonitorLog(\n  `Process started successfully: PID=${pid}`\n).catch(() => {});',
    // cloudflare/vibesdk@89c5f3a (MIT), container/monitor-cli.test.ts: the reason on the same line.
    'await startPromise.catch(() => {}); // Handle any start errors',
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
    { code: 'await fs.writeFile(logFilePath, "", "utf8").catch(() => {});', errors: [H] },
    { code: 'saveUser(user).catch(() => {});', errors: [H] },
    { code: 'saveUser(user).catch(() => {});\n// saves the user', errors: [H] },
  ],
});
