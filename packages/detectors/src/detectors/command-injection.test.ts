import { describe, it } from 'vitest';
import { RuleTester } from '../rule-tester.js';
import commandInjection from './command-injection.js';

const tester = new RuleTester({ describe, it, minValid: 15, minInvalid: 15 });
const S = { messageId: 'shell' } as const;
const ESM = 'import { exec, execSync } from "node:child_process";\n';

tester.run(commandInjection, {
  valid: [
    `${ESM}execSync("git status");`,
    `${ESM}exec("ls -la", cb);`,
    `${ESM}execSync(\`git status\`);`,
    'import { execFileSync } from "node:child_process";\nexecFileSync("git", ["checkout", branch]);',
    'const m = re.exec(`${a}`);',
    'const m = /x/.exec(input + suffix);',
    'exec(`rm ${f}`);',
    `${ESM}const s = "execSync(\`rm \${f}\`)";`,
    '// execSync(`rm ${f}`)\nexport {};',
    'import { exec } from "./my-exec.js";\nexec(`run ${x}`);',
    'import * as cp from "node:child_process";\ncp.spawn("git", [x]);',
    'import * as cp from "node:child_process";\ncp.execSync("make");',
    'const db = connect();\ndb.exec(`DELETE ${x}`);',
    `${ESM}execSync(cmd);`,
    'import { spawnSync } from "child_process";\nspawnSync("ls", [dir]);',
    `${ESM}execSync("echo " + "static");`,
  ],
  invalid: [
    { code: `${ESM}execSync(\`git checkout \${branch}\`);`, errors: [{ ...S, line: 2, column: 1, message: 'template interpolation' }] },
    { code: `${ESM}exec("rm -rf " + dir, cb);`, errors: [{ ...S, message: 'string concatenation' }] },
    { code: 'import { exec as run } from "child_process";\nrun(`ls ${dir}`);', errors: [{ ...S, message: '`exec`' }] },
    { code: 'import * as cp from "node:child_process";\ncp.execSync(`make ${target}`);', errors: [S] },
    { code: 'import cp from "child_process";\ncp.exec("tar -xf " + file);', errors: [S] },
    { code: 'const cp = require("child_process");\ncp.execSync(`git log ${ref}`);', errors: [S] },
    { code: 'const { execSync } = require("node:child_process");\nexecSync(`npm i ${pkg}`);', errors: [S] },
    { code: 'const { exec: sh } = require("child_process");\nsh(`ls ${d}`);', errors: [S] },
    { code: 'require("child_process").execSync(`rm ${f}`);', errors: [S] },
    { code: `${ESM}function f(u: string) {\n  return execSync(\`curl \${u}\`).toString();\n}`, errors: [{ ...S, line: 3 }] },
    { code: `${ESM}execSync(("git show " + sha));`, errors: [S] },
    { code: `${ESM}exec(\`a\` + b);`, errors: [S] },
    { code: `${ESM}execSync(\`convert \${a} \${b}\`, { stdio: "inherit" });`, errors: [S] },
    { code: `${ESM}await new Promise((r) => exec(\`ping \${host}\`, r));`, errors: [S] },
    { code: `${ESM}execSync(\`a \${x}\`); exec("b " + y);`, errors: [S, S] },
  ],
});
