import { it } from 'vitest';
import { scanChange } from './scan-change.js';
import { diffLines } from './line-diff.js';
it('scratch', () => {
  console.log(JSON.stringify(diffLines('a\nb\nc\nd\n', 'a\nx\nc\nd\ne\n').blocks));
  const r = scanChange({
    path: 'src/agent.ts',
    before: 'class A {\n  start() { run(); }\n  stop() {\n    halt();\n  }\n}\n',
    after: 'class A {\n  start() { run(); }\n  // ... (other agent methods)\n}\n',
  });
  console.log(JSON.stringify(r, null, 1));
  const r2 = scanChange({ path: 'a.ts', before: 'function load(data: unknown) {\n  return data as any;\n}\n', after: 'function load(input: unknown) {\n  return input as any;\n}\nconst z = 1 as any;\n' });
  console.log(JSON.stringify(r2.violations.map(v => [v.ruleId, v.line]), null, 0), r2.unchanged, r2.fixed);
});
