import { describe, expect, it } from 'vitest';
import { RuleTester } from '../rule-tester.js';
import { scanSource } from '../scan.js';
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
    // from cloudflare/vibesdk (MIT), scripts/deploy.ts: local paths joined from __dirname and constants
    `${ESM}import { join } from "path";\nconst PROJECT_ROOT = join(__dirname, "..");\nexport function prepare() {\n  const templatesDir = join(PROJECT_ROOT, "templates");\n  const deployScript = join(templatesDir, "deploy_templates.sh");\n  execSync(\`mkdir -p "\${templatesDir}"\`, { cwd: PROJECT_ROOT });\n  execSync(\`chmod +x "\${deployScript}"\`, { cwd: templatesDir });\n}`,
    // from cloudflare/vibesdk (MIT), scripts/setup.ts: a property typed as a union of literals
    `${ESM}export class Setup {\n  private packageManager: "bun" | "npm" = "npm";\n  migrate() {\n    execSync(\`\${this.packageManager} run db:migrate:local\`, { stdio: "inherit" });\n  }\n}`,
    // from cloudflare/vibesdk (MIT), scripts/setup.ts: a private method whose callers pass constants
    `${ESM}export class Setup {\n  private async checkCommandExists(command: string): Promise<boolean> {\n    try {\n      execSync(\`\${command} --version\`, { stdio: "pipe" });\n      return true;\n    } catch {\n      return false;\n    }\n  }\n  async detect() {\n    return (await this.checkCommandExists("bun")) || this.checkCommandExists("npm");\n  }\n}`,
    `${ESM}const BIN = "./node_modules/.bin";\nexecSync(\`\${BIN}/tsc -b\`);`,
    `${ESM}for (const pkg of ["core", "cli"]) execSync(\`npm run build -w packages/\${pkg}\`);`,
    `${ESM}import { quote } from "shell-quote";\nexport function show(file: string) {\n  return execSync(\`cat \${quote([file])}\`);\n}`,
    'import { execFile } from "node:child_process";\nimport { promisify } from "node:util";\nconst run = promisify(execFile);\nexport const tag = (name: string) => run("git", ["tag", name]);',
    // the shape of louislam/uptime-kuma's server/monitor-types/real-browser-monitor-type.js (MIT): the only caller sets the path right before
    `${ESM}export async function prepare(executablePath: string) {\n  if (!executablePath) {\n    executablePath = "/usr/bin/chromium";\n    await installViaApt(executablePath);\n  }\n  return executablePath;\n}\nasync function installViaApt(executablePath: string) {\n  execSync(executablePath + " --version");\n}`,
    `${ESM}export function wait(seconds: number) {\n  execSync(\`sleep \${seconds}\`);\n}`,
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
    { code: `${ESM}execSync(\`git checkout \${process.argv[2]}\`);`, errors: [{ ...S, message: 'input from outside the process (`process.argv[2]`)' }] },
    { code: `${ESM}const [, , file] = process.argv;\nexecSync("convert " + file + " out.png");`, errors: [S] },
    { code: `${ESM}app.post("/ping", (req, res) => {\n  exec(\`ping -c 1 \${req.body.host}\`, () => res.end());\n});`, errors: [{ ...S, line: 3 }] },
    { code: `${ESM}execSync(\`git clone \${process.env.TEMPLATES_REPO}\`);`, errors: [{ ...S, message: 'the environment' }] },
    // the shape of snyk-labs/nodejs-goof's routes/index.js (Apache-2.0): exec required by property, a URL from the request body
    { code: 'var exec = require("child_process").exec;\nexports.create = function (req, res) {\n  var item = req.body.content;\n  var url = item.match(/\\((http.*)\\)/)[1];\n  exec("identify " + url, function (err) { res.end(); });\n};', errors: [{ ...S, line: 5, message: 'input from outside the process' }] },
    { code: 'import { exec } from "node:child_process";\nimport { promisify } from "node:util";\nconst run = promisify(exec);\nexport async function tag(name: string) {\n  await run(`git tag ${name}`);\n}', errors: [{ ...S, line: 5, message: '`exec`' }] },
    { code: 'import * as cp from "node:child_process";\nimport util from "node:util";\nconst sh = util.promisify(cp.execSync);\nsh(`rm -rf ${process.argv[2]}`);', errors: [S] },
    { code: `${ESM}export function build(target: string) {\n  execSync(\`make \${target}\`);\n}`, errors: [{ ...S, message: 'a function parameter (`target`)' }] },
  ],
});

describe('command-injection grades by where the value comes from', () => {
  const grade = (code: string) => scanSource(`${ESM}${code}`, 'a.ts', { rules: ['command-injection'] }).map((v) => [v.severity, v.confidence]);
  it('argv and request data: critical, high confidence', () => {
    expect(grade('execSync(`rm ${process.argv[2]}`);')).toEqual([['critical', 'high']]);
    expect(grade('app.get("/", (req) => execSync(`ls ${req.query.dir}`));')).toEqual([['critical', 'high']]);
  });
  it('a parameter: high; the environment and unknown: medium, low confidence', () => {
    expect(grade('export function f(d: string) { execSync(`ls ${d}`); }')).toEqual([['high', 'medium']]);
    expect(grade('execSync(`ls ${process.env.DIR}`);')).toEqual([['medium', 'low']]);
    expect(grade('import { DIR } from "./dirs";\nexecSync(`ls ${DIR}`);')).toEqual([['medium', 'low']]);
  });
});
