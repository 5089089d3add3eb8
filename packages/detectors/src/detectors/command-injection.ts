import ts from '../ts.js';
import type * as TS from 'typescript';
import { defineDetector } from '../define.js';
import { isBuiltString, unwrap } from '../ast-util.js';
import { describeSource, gradeOf, ValueSources } from '../value-source.js';

const CHILD_PROCESS = new Set(['child_process', 'node:child_process']);
const SHELL_FUNCTIONS = new Set(['exec', 'execSync']);

function isRequireOfChildProcess(expr: TS.Expression | undefined): boolean {
  if (!expr) return false;
  const e = unwrap(expr);
  return (
    ts.isCallExpression(e) &&
    ts.isIdentifier(e.expression) &&
    e.expression.text === 'require' &&
    e.arguments.length === 1 &&
    ts.isStringLiteralLike(e.arguments[0] as TS.Expression) &&
    CHILD_PROCESS.has((e.arguments[0] as TS.StringLiteralLike).text)
  );
}

export default defineDetector({
  id: 'command-injection',
  category: 'SECURITY_RISK',
  severity: 'critical',
  // Each finding is graded by where its value comes from; across them the rule is of medium precision.
  confidence: 'medium',
  docs: {
    description:
      '`child_process.exec`/`execSync` called with a command built by interpolation or concatenation, graded by where the spliced values come from (read in the same file): constants, literal unions, local paths (`__dirname`, `path.join` of constants) and quoted values are not reported; `process.argv` and request data are critical (high confidence), a function parameter high (medium confidence), `process.env` and a value the file does not explain medium (low confidence).',
    why: '`exec` runs its string through a shell, so a file name or branch name containing `; rm -rf ~` runs that too. Agents build commands with template strings because it reads naturally. Measured precision (packages/detectors/README.md, eight real codebases): 1 of 1 critical/high finding real (nodejs-goof\'s request URL in `exec`); vibesdk\'s 14 earlier critical findings (deploy scripts\' constants and local paths) are gone or medium with low confidence (environment and config values).',
    bad: 'import { execSync } from "node:child_process";\nexecSync(`git checkout ${branch}`);',
    good: 'import { execFileSync } from "node:child_process";\nexecFileSync("git", ["checkout", branch]);',
    precision: 'critical+high: 1/1 on the nine labelled corpora of bench/accuracy (nodejs-goof\'s `exec("identify " + url)` with `url` from `req.body.content`); medium: 3/7 (vibesdk\'s deploy scripts: an environment path spliced unquoted is true, the deployer\'s own quoted config values are not). Before grading by source, vibesdk had 14 critical findings, all false.',
  },
  messages: {
    shell: '`{name}` runs a shell command built from {how} of {source}: a value with shell syntax runs as a command.',
  },
  suggestions: {
    shell: 'Use execFile/execFileSync or spawn with an argument array (no shell).',
  },
  check: (ctx) => {
    // Names that refer to child_process: `import { exec as run }`, `import * as cp`, `const cp = require(...)`.
    const direct = new Map<string, string>();
    const namespaces = new Set<string>();
    let sources: ValueSources | undefined;
    for (const stmt of ctx.sourceFile.statements) {
      if (ts.isImportDeclaration(stmt) && ts.isStringLiteral(stmt.moduleSpecifier) && CHILD_PROCESS.has(stmt.moduleSpecifier.text)) {
        const clause = stmt.importClause;
        if (!clause) continue;
        if (clause.name) namespaces.add(clause.name.text);
        const bindings = clause.namedBindings;
        if (bindings && ts.isNamespaceImport(bindings)) namespaces.add(bindings.name.text);
        if (bindings && ts.isNamedImports(bindings)) {
          for (const el of bindings.elements) {
            const imported = (el.propertyName ?? el.name).text;
            if (SHELL_FUNCTIONS.has(imported)) direct.set(el.name.text, imported);
          }
        }
      }
      if (ts.isVariableStatement(stmt)) {
        for (const decl of stmt.declarationList.declarations) {
          if (!isRequireOfChildProcess(decl.initializer)) continue;
          if (ts.isIdentifier(decl.name)) namespaces.add(decl.name.text);
          else if (ts.isObjectBindingPattern(decl.name)) {
            for (const el of decl.name.elements) {
              const imported = el.propertyName && ts.isIdentifier(el.propertyName) ? el.propertyName.text : ts.isIdentifier(el.name) ? el.name.text : '';
              if (SHELL_FUNCTIONS.has(imported) && ts.isIdentifier(el.name)) direct.set(el.name.text, imported);
            }
          }
        }
      }
    }
    // `const exec = require("child_process").exec`, `const run = promisify(exec)`,
    // `const sh = util.promisify(cp.execSync)`: aliases of a shell function.
    const shellFunctionOf = (expr: TS.Expression | undefined): string | undefined => {
      if (!expr) return undefined;
      const e = unwrap(expr);
      if (ts.isIdentifier(e)) return direct.get(e.text);
      if (ts.isPropertyAccessExpression(e) && SHELL_FUNCTIONS.has(e.name.text)) {
        const obj = unwrap(e.expression);
        if ((ts.isIdentifier(obj) && namespaces.has(obj.text)) || isRequireOfChildProcess(obj)) return e.name.text;
      }
      const callee = ts.isCallExpression(e) ? unwrap(e.expression) : undefined;
      const isPromisify = callee !== undefined && ((ts.isIdentifier(callee) && callee.text === 'promisify') || (ts.isPropertyAccessExpression(callee) && callee.name.text === 'promisify'));
      return isPromisify && ts.isCallExpression(e) ? shellFunctionOf(e.arguments[0]) : undefined;
    };
    for (const stmt of ctx.sourceFile.statements) {
      if (!ts.isVariableStatement(stmt)) continue;
      for (const decl of stmt.declarationList.declarations) {
        const fn = ts.isIdentifier(decl.name) ? shellFunctionOf(decl.initializer) : undefined;
        if (fn && ts.isIdentifier(decl.name)) direct.set(decl.name.text, fn);
      }
    }
    return {
      CallExpression(node) {
        const callee = unwrap(node.expression);
        let name: string | undefined;
        if (ts.isIdentifier(callee)) name = direct.get(callee.text);
        else if (ts.isPropertyAccessExpression(callee) && SHELL_FUNCTIONS.has(callee.name.text)) {
          const obj = unwrap(callee.expression);
          if ((ts.isIdentifier(obj) && namespaces.has(obj.text)) || isRequireOfChildProcess(obj)) name = callee.name.text;
        }
        if (!name) return;
        const first = node.arguments[0];
        if (!first || !isBuiltString(first)) return;
        sources ??= new ValueSources(ctx.sourceFile);
        const verdict = sources.ofParts(first);
        const grade = gradeOf(verdict.source);
        if (!grade) return;
        const how = ts.isTemplateExpression(unwrap(first)) ? 'template interpolation' : 'string concatenation';
        ctx.report(node, 'shell', { name, how, source: describeSource(verdict) }, grade);
      },
    };
  },
});
