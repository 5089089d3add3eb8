import { describe, expect, it } from 'vitest';
import ts from './ts.js';
import type * as TS from 'typescript';
import { describeSource, gradeOf, ValueSources, type ValueSource } from './value-source.js';

// Classifies the first argument of the first `sink(...)` call in `code`.
function sourceOf(code: string): { source: ValueSource; text: string } {
  const sf = ts.createSourceFile('case.ts', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  let found: TS.Expression | undefined;
  const stack: TS.Node[] = [sf];
  for (let n = stack.pop(); n !== undefined && !found; n = stack.pop()) {
    if (ts.isCallExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === 'sink' && n.arguments[0]) found = n.arguments[0];
    ts.forEachChild(n, (c) => {
      stack.unshift(c);
    });
  }
  if (!found) throw new Error(`no sink(...) in:\n${code}`);
  return new ValueSources(sf).ofParts(found);
}

const cases: Record<ValueSource, string[]> = {
  constant: [
    'sink(`DELETE FROM t`);',
    'const TABLE = "checkpoints";\nclass S { f() { sink(`DELETE FROM ${TABLE}`); } }',
    // from cloudflare/vibesdk (MIT), worker/services/secrets/UserSecretsStore.ts: columns pushed as literals
    'export function u(a: boolean) {\n  const fields: string[] = [];\n  if (a) fields.push("encrypted_value = ?", "value_nonce = ?");\n  fields.push("updated_at = ?");\n  sink(`UPDATE secrets SET ${fields.join(", ")} WHERE id = ?`);\n}',
    'export function q(ids: string[]) { sink(`SELECT * FROM t WHERE id IN (${ids.map(() => "?").join(", ")})`); }',
    'const COLS = ["id", "name"] as const;\nsink(`SELECT ${COLS.join(", ")} FROM t`);',
    'for (const t of ["a", "b"]) sink(`DROP TABLE ${t}`);',
    '["a", "b"].forEach((t, i) => sink(`DROP TABLE ${t} -- ${i}`));',
    'import path from "node:path";\nconst ROOT = path.join(__dirname, "..");\nsink(`rm -rf ${path.join(ROOT, "dist")}`);',
    'import { join } from "node:path";\nconst PROJECT_ROOT = join(__dirname, "..");\nexport function f() { const dir = join(PROJECT_ROOT, "templates"); sink(`mkdir -p "${dir}"`); }',
    'export function page(n: number, sort: "asc" | "desc") { sink(`SELECT * FROM t ORDER BY id ${sort} LIMIT ${n}`); }',
    'export function f(name: string) { sink(`SELECT * FROM ${escapeIdentifier(name)}`); }',
    'enum T { Users = "users" }\nsink(`SELECT * FROM ${T.Users}`);',
    'const TABLES = { users: "users" };\nsink(`SELECT * FROM ${TABLES.users}`);',
    'export function f(rows: unknown[]) { sink(`SELECT ${rows.length}`); }',
    // from cloudflare/vibesdk (MIT), scripts/setup.ts: a private method only ever called with constants
    'export class Setup {\n  private check(command: string) { sink(`${command} --version`); }\n  run() { this.check("bun"); this.check("npm"); }\n}',
    // from cloudflare/vibesdk (MIT), scripts/setup.ts: a property typed as a union of literals
    'export class Setup {\n  private packageManager: "bun" | "npm" = "npm";\n  run() { sink(`${this.packageManager} run db:generate`); }\n}',
    'function run(cmd: string) { sink(cmd); }\nrun("ls");\nrun(`git ${"status"}`);',
    'export class D {\n  private arg(): string { return X ? "" : " --config a.json"; }\n  run() { sink(`wrangler deploy${this.arg()}`); }\n}',
    'function flag() { return "--force"; }\nsink(`git push ${flag()}`);',
    // the shape of louislam/uptime-kuma's server/database.js (MIT): a static method of the file's class returning SQL fragments
    'class Database {\n  static type = "sqlite";\n  static sqlHourOffset() {\n    if (Database.type === "sqlite") return "DATETIME(\'now\', ? || \' hours\')";\n    return "DATE_ADD(UTC_TIMESTAMP(), INTERVAL ? HOUR)";\n  }\n  static clear() {\n    const offset = Database.sqlHourOffset();\n    sink(`DELETE FROM heartbeat WHERE time < ${offset}`);\n  }\n}',
    'export function f(a: string) { sink(`SELECT * FROM t WHERE n = ${Number(a)} AND d = ${Date.now()} AND k = ${a === "x"}`); }',
    'const c = "x";\nsink(`DELETE FROM t WHERE k = ${c}`);',
    // the shape of louislam/uptime-kuma's real-browser-monitor-type.js (MIT): set to a constant right before the call
    'export function prepare(path: string) {\n  if (!path) {\n    path = "/usr/bin/chromium";\n    install(path);\n  }\n}\nfunction install(p: string) { sink(p + " --version"); }',
    'sink(`echo ${process.cwd()} ${os.tmpdir()} ${import.meta.url}`);',
  ],
  unknown: [
    'import { TABLE } from "./schema";\nsink(`DELETE FROM ${TABLE}`);',
    'sink(`DELETE FROM t WHERE id = ${id}`);',
    'export class D { private env: Env; run() { sink(`git clone ${this.env.REPO}`); } }',
    'export function f() { const cols: string[] = []; fill(cols); sink(`SELECT ${cols.join(",")} FROM t`); }',
    'export function f() { const cfg = parse(read()); sink(`wrangler get ${cfg.name}`); }',
    'export function f() { let q = "a"; q = load(); sink(`SELECT ${q} FROM t`); }',
  ],
  environment: ['sink(`git clone ${process.env.REPO}`);', 'sink(`psql ${import.meta.env.DB}`);', 'const { REPO } = process.env;\nsink(`git clone ${REPO}`);'],
  parameter: [
    'export function f(id: string) { sink(`SELECT * FROM t WHERE id = ${id}`); }',
    'export const f = (o: { id: string }) => sink("SELECT * FROM t WHERE id = " + o.id);',
    'export function outer(x: string) { inner(x); }\nfunction inner(v: string) { sink(`rm ${v}`); }',
    'export class S { private q(t: string) { sink(`SELECT * FROM ${t}`); } run(name: string) { this.q("a"); this.q(name); } }',
    // only the statement right before counts: a call in between may have changed it
    'export function f(p: string) {\n  p = "/bin/ls";\n  log(p);\n  sink(`${p} -la`);\n}',
  ],
  external: [
    'app.get("/", (req, res) => sink(`SELECT * FROM t WHERE id = ${req.query.id}`));',
    'app.post("/", async (c) => { const { name } = await c.req.json(); sink(`INSERT INTO t VALUES (\'${name}\')`); });',
    'app.get("/:id", (c) => sink(`DELETE FROM t WHERE id = ${c.req.param("id")}`));',
    'export default { async fetch(request: Request) { const body = await request.json(); sink(`rm ${body.path}`); } };',
    'router.post("/", (ctx) => sink(`SELECT ${ctx.request.body.col} FROM t`));',
    'export const handler = async (event) => sink(`echo ${JSON.parse(event.body).msg}`);',
    'sink(`git checkout ${process.argv[2]}`);',
    'const [, , branch] = process.argv;\nsink(`git checkout ${branch}`);',
    'export async function GET(request: Request) { const q = new URL(request.url).searchParams.get("q"); sink(`SELECT * FROM t WHERE n = \'${q}\'`); }',
    'app.get("/", (req, res) => { const { id } = req.params; sink("SELECT * FROM t WHERE id = " + id); });',
  ],
};

describe('value sources', () => {
  for (const [expected, codes] of Object.entries(cases)) {
    describe(expected, () => {
      codes.forEach((code, i) => {
        it(`#${i} ${code.replace(/\s+/g, ' ').slice(0, 80)}`, () => {
          expect(sourceOf(code).source).toBe(expected);
        });
      });
    });
  }

  it('names the deciding expression', () => {
    expect(sourceOf('app.get("/", (req) => sink(`x ${"a"} ${req.body.name}`));').text).toBe('req.body.name');
    expect(describeSource(sourceOf('export function f(id: string) { sink(`x ${id}`); }'))).toBe('a function parameter (`id`)');
    expect(describeSource({ source: 'constant', text: '' })).toBe('constants');
  });

  it('takes the worst part of a value built from several', () => {
    expect(sourceOf('export function f(a: string) { sink(`${process.env.A} ${a} ${process.argv[1]} ${"x"}`); }').source).toBe('external');
    expect(sourceOf('export function f(a: string) { sink(`${process.env.A} ${a}`); }').source).toBe('parameter');
  });

  it('reads a long + chain as one level: the request value at its far left still counts', () => {
    const tail = Array.from({ length: 40 }, (_, i) => ` + " AND c${i} = 1"`).join('');
    expect(sourceOf(`app.get("/", (req) => sink("SELECT * FROM t WHERE a = '" + req.body.a + "'"${tail}));`).source).toBe('external');
    expect(sourceOf(`sink("SELECT * FROM t WHERE a = 1"${tail});`).source).toBe('constant');
    const long = Array.from({ length: 10_000 }, () => '"x"').join(' + ');
    expect(sourceOf(`sink(${long} + process.argv[2]);`).source).toBe('external');
  });

  it('stops on a cycle and on deep chains', () => {
    expect(sourceOf('function a(x: string): string { return b(x); }\nfunction b(y: string): string { return a(y); }\nsink(`${a("q")}`);').source).toBe('constant');
    const chain = Array.from({ length: 20 }, (_, i) => `const v${i + 1} = v${i};`).join('\n');
    expect(sourceOf(`const v0 = process.argv[2];\n${chain}\nsink(\`\${v20}\`);`).source).toBe('unknown');
  });

  it('grades: critical only for input from outside the process', () => {
    expect(gradeOf('external')).toEqual({ severity: 'critical', confidence: 'high' });
    expect(gradeOf('parameter')).toEqual({ severity: 'high', confidence: 'medium' });
    expect(gradeOf('environment')).toEqual({ severity: 'medium', confidence: 'low' });
    expect(gradeOf('unknown')).toEqual({ severity: 'medium', confidence: 'low' });
    expect(gradeOf('constant')).toBeUndefined();
  });
});
