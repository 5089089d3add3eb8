import ts from '../ts.js';
import type * as TS from 'typescript';
import { defineDetector } from '../define.js';
import { calleeName, isBuiltString, unwrap } from '../ast-util.js';
import { describeSource, gradeOf, ValueSources } from '../value-source.js';

const QUERY_METHODS = new Set([
  'query',
  'execute',
  'exec',
  'raw',
  'run',
  'all',
  'get',
  'prepare',
  'unsafe',
  'queryRaw',
  'executeRaw',
  '$queryRawUnsafe',
  '$executeRawUnsafe',
  'sequelizeQuery',
  'whereRaw',
  'orderByRaw',
  'havingRaw',
  'joinRaw',
]);
// Methods whose argument is SQL by definition, so no SQL keyword is needed to recognise it.
const RAW_METHODS = new Set(['whereRaw', 'orderByRaw', 'havingRaw', 'joinRaw', 'raw', '$queryRawUnsafe', '$executeRawUnsafe', 'unsafe']);
const SQL = /\b(?:SELECT\b[\s\S]*\bFROM|INSERT\s+INTO|UPDATE\b[\s\S]*\bSET|DELETE\s+FROM|REPLACE\s+INTO|MERGE\s+INTO|DROP\s+(?:TABLE|DATABASE|INDEX)|ALTER\s+TABLE|TRUNCATE\s+TABLE|CREATE\s+TABLE|WHERE\s+\w)/i;

// The literal text of a built string, with `?` where values are spliced in.
// An explicit stack, left operand first: a `+` chain of any length is read without recursion.
function staticText(node: TS.Expression): string {
  const parts: string[] = [];
  const work: TS.Expression[] = [node];
  for (let next = work.pop(); next !== undefined; next = work.pop()) {
    const e = unwrap(next);
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) work.push(e.right, e.left);
    else if (ts.isStringLiteralLike(e)) parts.push(e.text);
    else if (ts.isTemplateExpression(e)) parts.push(e.head.text + e.templateSpans.map((s) => `?${s.literal.text}`).join(''));
    else parts.push('?');
  }
  return parts.join('');
}

export default defineDetector({
  id: 'sql-injection',
  category: 'SECURITY_RISK',
  severity: 'critical',
  // Each finding is graded by where its value comes from; across them the rule is of medium precision.
  confidence: 'medium',
  docs: {
    description:
      'SQL text built by interpolation or concatenation and passed to a query call (`query`, `execute`, `raw`, `$queryRawUnsafe`, ...), directly or through a variable, graded by where the spliced values come from (read in the same file): literals, `const`s bound to literals or literal unions, arrays of literal column names and their `.join()`, numbers and escaped values are not reported; request data and `process.argv` are critical (high confidence), a function parameter high (medium confidence), `process.env` and a value the file does not explain medium (low confidence).',
    why: 'A value spliced into SQL text can end the string and add its own clauses. Agents write `` db.query(`SELECT * FROM users WHERE id = ${id}`) `` because it reads naturally; parameters cost nothing. Measured precision (packages/detectors/README.md, eight real codebases): 11 of 11 critical/high findings real (juice-shop\'s `req.body`/`req.query` SQL); none on vibesdk, whose 7 earlier findings were module-constant tables and literal column lists.',
    bad: 'await db.query(`SELECT * FROM users WHERE email = \'${email}\'`);',
    good: 'await db.query("SELECT * FROM users WHERE email = $1", [email]);\nawait sql`SELECT * FROM users WHERE email = ${email}`; // tagged template: parameterised',
    precision: 'critical+high: 2/2 on the nine labelled corpora of bench/accuracy (juice-shop\'s `req.body.email` in the login query and `req.query.q` in the search query); no finding on the other eight. Before grading by source, vibesdk alone had 7 critical findings, all false (a module-constant table name, literal column lists).',
  },
  messages: {
    injection: 'SQL built from {how} of {source} is passed to `{method}()`: values can change the query.',
  },
  suggestions: {
    injection: 'Pass values as query parameters (placeholders like $1 or ?), or use a tagged `sql` template that parameterises them.',
  },
  check: (ctx) => {
    const builtSql = new Map<string, TS.Expression>();
    let sources: ValueSources | undefined;
    const isBuiltSql = (e: TS.Expression): boolean => isBuiltString(e) && SQL.test(staticText(e));
    return {
      VariableDeclaration(node) {
        if (ts.isIdentifier(node.name) && node.initializer && isBuiltSql(node.initializer)) builtSql.set(node.name.text, node.initializer);
      },
      CallExpression(node) {
        const method = calleeName(node);
        if (!QUERY_METHODS.has(method)) return;
        const first = node.arguments[0];
        if (!first) return;
        const arg = unwrap(first);
        let source: TS.Expression | undefined;
        if (isBuiltSql(arg) || (RAW_METHODS.has(method) && isBuiltString(arg))) source = arg;
        else if (ts.isIdentifier(arg)) source = builtSql.get(arg.text);
        if (!source) return;
        sources ??= new ValueSources(ctx.sourceFile);
        const verdict = sources.ofParts(source);
        const grade = gradeOf(verdict.source);
        if (!grade) return;
        const how = ts.isTemplateExpression(unwrap(source)) ? 'template interpolation' : 'string concatenation';
        ctx.report(node, 'injection', { how, method, source: describeSource(verdict) }, grade);
      },
    };
  },
});
