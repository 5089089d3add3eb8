import { describe, it } from 'vitest';
import { RuleTester } from '../rule-tester.js';
import maxFileLines from './max-file-lines.js';

const tester = new RuleTester({ describe, it, minValid: 15, minInvalid: 15 });
const lines = (n: number, tail = '\n') => Array.from({ length: n }, (_, i) => `export const v${i} = ${i};`).join('\n') + tail;

tester.run(maxFileLines, {
  valid: [
    lines(10),
    lines(500),
    lines(499, ''),
    lines(500, ''),
    { code: lines(20), config: { maxFileLines: 20 } },
    { code: lines(20, ''), config: { maxFileLines: 20 } },
    { code: lines(30), options: { max: 30 } },
    { code: lines(30), options: { max: 40 }, config: { maxFileLines: 10 } },
    '',
    'export {};',
    { code: lines(3), config: { maxFileLines: 3 } },
    { code: `const s = \`${'\n'.repeat(10)}\`;`, config: { maxFileLines: 11 } },
    { code: lines(1), config: { maxFileLines: 1 } },
    { code: lines(5), options: { max: 'not a number' }, config: { maxFileLines: 5 } },
    { code: lines(100), options: { max: 100 } },
  ],
  invalid: [
    { code: lines(501), errors: [{ messageId: 'tooLong', line: 501, column: 1, message: '501 lines, over the limit of 500' }] },
    { code: lines(600, ''), errors: [{ messageId: 'tooLong', message: '600 lines' }] },
    { code: lines(21), config: { maxFileLines: 20 }, errors: [{ messageId: 'tooLong', line: 21 }] },
    { code: lines(21, ''), config: { maxFileLines: 20 }, errors: [{ messageId: 'tooLong' }] },
    { code: lines(31), options: { max: 30 }, errors: [{ messageId: 'tooLong', message: 'limit of 30' }] },
    { code: lines(41), options: { max: 40 }, config: { maxFileLines: 100 }, errors: [{ messageId: 'tooLong' }] },
    { code: lines(2), config: { maxFileLines: 1 }, errors: [{ messageId: 'tooLong', line: 2 }] },
    { code: `${lines(4)}\n`, config: { maxFileLines: 4 }, errors: [{ messageId: 'tooLong' }] },
    { code: `const s = \`${'\n'.repeat(10)}\`;`, config: { maxFileLines: 10 }, errors: [{ messageId: 'tooLong' }] },
    { code: lines(6), options: { max: 0 }, config: { maxFileLines: 5 }, errors: [{ messageId: 'tooLong' }] },
    { code: lines(1000), errors: [{ messageId: 'tooLong', message: '1000 lines' }] },
    { code: lines(3).replace(/\n/g, '\r\n'), config: { maxFileLines: 2 }, errors: [{ messageId: 'tooLong', line: 3 }] },
    { code: `// header\n${lines(3)}`, config: { maxFileLines: 3 }, errors: [{ messageId: 'tooLong' }] },
    { code: `${'\n'.repeat(5)}export {};`, config: { maxFileLines: 5 }, errors: [{ messageId: 'tooLong', line: 6 }] },
    { code: lines(12), options: { max: 11 }, errors: [{ messageId: 'tooLong', message: '12 lines' }] },
  ],
});
