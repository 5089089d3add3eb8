#!/usr/bin/env node
// SQL parsers compared on evidence-scan's real inputs (issue #16): which one reads the SQL of the
// corpora with the fewest bytes installed, the shortest load and parse, and the right tables.
// Run after `npm run build` (it reads the inputs with evidence's own gate and statement splitter):
//
//   node bench/sql-parsers.mjs [--corpora <dir>] [--json] [--diffs]
//
// The candidates are installed (pinned) into a folder under the OS temp dir with npm, one prefix
// each, so that their installed size is their own with their dependencies; nothing is added to the
// repository's lockfile. Inputs: every `*.sql` file (read as a migration) and every string literal,
// template and tagged template that evidence's `looksLikeSql` gate lets through, in the shared
// corpora (vibesdk, overseerr, skyra), bench/accuracy/corpora/* and fixtures/evidence/*; each is
// split into statements by evidence's splitter and read by every candidate, trying the SQLite,
// PostgreSQL and MySQL dialects in turn where it has them. The same filter (catalog schemas,
// table functions, CTE names, keywords, prose words) is applied to every candidate's tables.
// Prints: install size, load ms (fresh process, median of 5), parse ms (all statements: the first
// pass, and the best of three),
// statements accepted, the trap cases right (hand-written expected tables, below), and per corpus
// the table set (created and referenced names) and how it differs from node-sql-parser's.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import v8 from 'node:v8';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..');
const args = process.argv.slice(2);
const json = args.includes('--json');
const showDiffs = args.includes('--diffs');
const at = args.indexOf('--corpora');
const sharedCandidates = [path.resolve(repo, '../shared/corpora'), path.resolve(repo, '../../shared/corpora')];
const sharedDir = at >= 0 ? path.resolve(args[at + 1] ?? '.') : process.env.READYCHECK_CORPORA ? path.resolve(process.env.READYCHECK_CORPORA) : (sharedCandidates.find((c) => existsSync(c)) ?? sharedCandidates[0]);

const CANDIDATES = {
  'node-sql-parser': '5.4.0',
  '@guanmingchiu/sqlparser-ts': '0.62.0',
  'sql-parser-cst': '0.42.1',
  'pgsql-ast-parser': '12.0.2',
};
const base = path.join(os.tmpdir(), 'readycheck-sql-parsers');
const prefixOf = (pkg) => path.join(base, pkg.replace(/[@/]/g, '_'));
for (const [pkg, version] of Object.entries(CANDIDATES)) {
  const prefix = prefixOf(pkg);
  if (existsSync(path.join(prefix, 'node_modules', pkg, 'package.json'))) continue;
  mkdirSync(prefix, { recursive: true });
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--no-save', '--prefix', prefix, `${pkg}@${version}`], { stdio: 'ignore' });
}
const duBytes = (dir) => {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) if (e.isFile()) total += statSync(path.join(e.parentPath, e.name)).size;
  return total;
};

// ---- inputs, read as evidence-scan reads them ----
const dist = path.join(repo, 'packages/evidence/dist');
const { splitStatements, looksLikeSql } = await import(pathToFileURL(path.join(dist, 'sql.js')).href);
const { templateTexts } = await import(pathToFileURL(path.join(dist, 'extract/ast.js')).href);
const ts = createRequire(path.join(repo, 'packages/evidence/package.json'))('typescript');
const CODE = /\.(?:[cm]?[jt]s|[jt]sx)$/;
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'build', 'coverage', '.next', '.wrangler']);

function* files(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) yield* files(path.join(dir, e.name));
    } else if (e.isFile() && (e.name.endsWith('.sql') || (CODE.test(e.name) && !e.name.endsWith('.d.ts')))) yield path.join(dir, e.name);
  }
}
function sqlInputs(root) {
  const out = [];
  for (const file of files(root)) {
    const text = readFileSync(file, 'utf8');
    const rel = path.relative(root, file);
    if (file.endsWith('.sql')) {
      out.push({ file: rel, sql: text, migration: true });
      continue;
    }
    if (!/\b(?:SELECT|INSERT|UPDATE|DELETE|CREATE|WITH|ALTER|REPLACE|UPSERT|DROP)\b/i.test(text)) continue;
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
    const stack = [sf];
    while (stack.length) {
      const node = stack.pop();
      if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && node.text.length > 12 && looksLikeSql(node.text)) out.push({ file: rel, sql: node.text, migration: false });
      else if (ts.isTemplateExpression(node)) {
        const [asValue, asName] = templateTexts(node);
        if (looksLikeSql(asValue)) out.push({ file: rel, sql: asValue, alt: asName, migration: false });
      }
      ts.forEachChild(node, (c) => {
        stack.push(c);
      });
    }
  }
  return out;
}
const corpora = [
  ...['vibesdk', 'overseerr', 'skyra'].map((c) => [c, path.join(sharedDir, c)]),
  ...readdirSync(path.join(here, 'accuracy/corpora'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => [d.name, path.join(here, 'accuracy/corpora', d.name)]),
  ['fixtures/evidence', path.join(repo, 'fixtures/evidence')],
].filter(([, dir]) => existsSync(dir));

// ---- the filter every candidate's tables go through (as packages/evidence/src/sql.ts) ----
const CATALOG_SCHEMAS = new Set(['information_schema', 'pg_catalog', 'pg_toast', 'mysql', 'performance_schema', 'sys']);
const NOT_TABLES = new Set([
  'dual', 'excluded', 'sqlite_master', 'sqlite_schema', 'sqlite_sequence', 'sqlite_temp_master', 'generate_series', 'json_each', 'json_tree', 'unnest',
  'select', 'set', 'where', 'values', 'only', 'lateral', 'on', 'using', 'as', 'table', 'if', 'not', 'exists', 'no', 'action', 'cascade', 'restrict',
  'null', 'default', 'now', 'each', 'distinct', 'all', 'any', 'some', 'none', 'true', 'false', 'current_timestamp', 'epoch',
]);
const PROSE_WORDS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'your', 'my', 'our', 'their', 'its', 'his', 'her', 'it', 'them', 'every', 'which', 'what']);
function keep(t, ctes) {
  const name = t.name.replace(/[`"[\]]/g, '').toLowerCase();
  const schema = t.schema ? t.schema.replace(/[`"[\]]/g, '').toLowerCase() : null;
  if (!name || /^\d/.test(name) || NOT_TABLES.has(name) || name.startsWith('pg_') || name.startsWith('sqlite_') || name === '__rc_param__') return null;
  if (schema && CATALOG_SCHEMAS.has(schema)) return null;
  if (!schema && ctes.has(name)) return null;
  if (!t.created && PROSE_WORDS.has(name)) return null;
  return { name, created: t.created };
}
const DIALECTS = ['sqlite', 'postgresql', 'mysql'];
const walk = (root, visit) => {
  const stack = [root];
  while (stack.length) {
    const n = stack.pop();
    if (Array.isArray(n)) {
      for (const x of n) if (x && typeof x === 'object') stack.push(x);
    } else if (n && typeof n === 'object') {
      visit(n);
      for (const v of Object.values(n)) if (v && typeof v === 'object') stack.push(v);
    }
  }
};

// ---- adapters: load() → (statement) => null (no dialect accepts it) | [{ name, schema, created }] + ctes ----
const req = (pkg) => createRequire(path.join(prefixOf(pkg), 'package.json'));
const ADAPTERS = {
  'node-sql-parser': {
    dialects: DIALECTS,
    load() {
      const r = req('node-sql-parser');
      const parsers = DIALECTS.map((d) => ({ d, p: new (r(`node-sql-parser/build/${d}`).Parser)() }));
      return (sql) => {
        for (const { d, p } of parsers) {
          let res;
          try {
            res = p.parse(sql, { database: d });
          } catch {
            continue;
          }
          const ctes = new Set();
          walk(res.ast, (n) => {
            if (Array.isArray(n.with)) for (const w of n.with) ctes.add(String(typeof w.name === 'string' ? w.name : w.name?.value).toLowerCase());
          });
          const tables = res.tableList.map((e) => {
            const [op = '', schema = 'null', name = ''] = e.split('::');
            return { name, schema: schema === 'null' ? null : schema, created: op === 'create' };
          });
          return { tables, ctes };
        }
        return null;
      };
    },
  },
  '@guanmingchiu/sqlparser-ts': {
    dialects: DIALECTS,
    load() {
      // As packages/evidence/src/sql.ts loads it: the wasm-bindgen glue's synchronous initSync,
      // compiled with V8's baseline compiler only (see sql.ts for why).
      const r = req('@guanmingchiu/sqlparser-ts');
      const dir = path.join(path.dirname(r.resolve('@guanmingchiu/sqlparser-ts')), '..', 'wasm');
      const glue = r(path.join(dir, 'sqlparser_rs_wasm.js'));
      v8.setFlagsFromString('--liftoff-only');
      glue.initSync({ module: readFileSync(path.join(dir, 'sqlparser_rs_wasm_bg.wasm')) });
      v8.setFlagsFromString('--no-liftoff-only');
      const m = { parse: (sql, d) => JSON.parse(glue.parse_sql_to_json_string(d, sql)) };
      const objName = (parts) => (Array.isArray(parts) ? parts.map((p) => p.Identifier?.value ?? p.value).filter((x) => typeof x === 'string') : []);
      return (sql) => {
        for (const d of DIALECTS) {
          let ast;
          try {
            ast = m.parse(sql, d);
          } catch {
            continue;
          }
          const tables = [];
          const ctes = new Set();
          const add = (parts, created) => {
            const names = objName(parts);
            if (names.length) tables.push({ name: names.at(-1), schema: names.length > 1 ? names.at(-2) : null, created });
          };
          walk(ast, (n) => {
            if (n.CreateTable) add(n.CreateTable.name, true);
            if (n.Table && Array.isArray(n.Table.name) && !n.Table.args) add(n.Table.name, false);
            if (n.TableName) add(n.TableName, false);
            if (n.AlterTable) add(n.AlterTable.name, false);
            if (n.foreign_table) add(n.foreign_table, false);
            if (n.CreateIndex) add(n.CreateIndex.table_name, false);
            if (n.Drop && n.Drop.object_type === 'Table') for (const x of n.Drop.names) add(x, false);
            if (Array.isArray(n.cte_tables)) for (const c of n.cte_tables) ctes.add(String(c.alias?.name?.value).toLowerCase());
          });
          return { tables, ctes };
        }
        return null;
      };
    },
  },
  'sql-parser-cst': {
    dialects: DIALECTS,
    load() {
      const { parse } = req('sql-parser-cst')('sql-parser-cst');
      const ref = (e) => (e?.type === 'identifier' ? { name: e.name, schema: null } : e?.type === 'member_expr' && e.property?.type === 'identifier' ? { name: e.property.name, schema: e.object?.name ?? null } : null);
      return (sql) => {
        for (const d of DIALECTS) {
          let cst;
          try {
            cst = parse(sql, { dialect: d, paramTypes: ['?', '?nr', '$nr', ':name', '@name'] });
          } catch {
            continue;
          }
          const tables = [];
          const ctes = new Set();
          const add = (e, created) => {
            const r = ref(e?.type === 'alias' ? e.expr : e);
            if (r) tables.push({ ...r, created });
          };
          const addList = (e, created) => (e?.type === 'list_expr' ? e.items.forEach((x) => add(x, created)) : add(e, created));
          walk(cst, (n) => {
            if (n.type === 'create_table_stmt') add(n.name, true);
            else if (n.type === 'from_clause' || n.type === 'join_expr') {
              for (const side of n.type === 'from_clause' ? [n.expr] : [n.left, n.right]) addList(side, false);
            } else if (n.type === 'insert_clause') add(n.table, false);
            else if (n.type === 'update_clause' || n.type === 'delete_clause' || n.type === 'drop_table_stmt') addList(n.tables, false);
            else if (n.type === 'alter_table_stmt' || n.type === 'create_index_stmt' || n.type === 'references_specification') add(n.table, false);
            else if (n.type === 'common_table_expr') ctes.add(String(n.table?.name).toLowerCase());
          });
          return { tables, ctes };
        }
        return null;
      };
    },
  },
  'pgsql-ast-parser': {
    dialects: ['postgresql'],
    load() {
      const { parse } = req('pgsql-ast-parser')('pgsql-ast-parser');
      return (sql) => {
        let ast;
        try {
          ast = parse(sql);
        } catch {
          return null;
        }
        const tables = [];
        const ctes = new Set();
        const add = (q, created) => q?.name && tables.push({ name: q.name, schema: q.schema ?? null, created });
        walk(ast, (n) => {
          if (n.type === 'create table') add(n.name, true);
          else if (n.type === 'table') add(n.name, false);
          else if (n.type === 'insert') add(n.into, false);
          else if (n.type === 'update') add(n.table, false);
          else if (n.type === 'delete') add(n.from, false);
          else if (n.type === 'alter table' || n.type === 'create index') add(n.table, false);
          else if (n.type === 'drop table') for (const x of n.names ?? []) add(x, false);
          else if (n.type === 'with') for (const b of n.bind ?? []) ctes.add(String(b.alias?.name).toLowerCase());
          if (n.foreignTable) add(n.foreignTable, false);
        });
        return { tables, ctes };
      };
    },
  },
};

if (args[0] === '--load-only') {
  const t = performance.now();
  await ADAPTERS[args[1]].load();
  console.log((performance.now() - t).toFixed(1));
  process.exit(0);
}

// Trap cases with their expected tables (created `+name`, referenced `name`), sorted.
const TRAPS = [
  ['CREATE TABLE `users` (`id` integer, `org_id` integer, FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE cascade)', ['+users', 'orgs']],
  ['WITH deduplicated AS (SELECT DISTINCT ON (path) * FROM files WHERE user_id = $1 ORDER BY path, id DESC) SELECT * FROM deduplicated JOIN users u ON u.id = deduplicated.user_id', ['files', 'users']],
  ["SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'", []],
  ['SELECT count(*) FROM pg_catalog.pg_stat_activity WHERE state = $1', []],
  ['SELECT EXTRACT(EPOCH FROM NOW()) - 60 AS cutoff', []],
  ["SELECT e.value FROM events ev, jsonb_array_elements(ev.payload->'items') e WHERE ev.owner IS NOT DISTINCT FROM $1", ['events']],
  ['SELECT key, value FROM settings, json_each(settings.data)', ['settings']],
  ['Select something from a task list, then delete from the list of items you no longer need.', []],
  ['Update your profile from the settings page', []],
  ['SELECT feed_id FROM search_index WHERE title LIKE ? LIMIT 20', ['search_index']],
  ['INSERT INTO users (id, name) VALUES ($1, $2) RETURNING id', ['users']],
  ['UPDATE `orders` SET total = ? WHERE id = ?', ['orders']],
  ['CREATE TABLE "temporary_user" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL)', ['+temporary_user']],
  ['INSERT INTO sessions (id, seen) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET seen = excluded.seen', ['sessions']],
  ['DELETE FROM tokens WHERE expires_at < NOW() AND user_id IN (SELECT id FROM users WHERE banned)', ['tokens', 'users']],
  ['CREATE TABLE IF NOT EXISTS `audit` (`id` int NOT NULL AUTO_INCREMENT, `at` datetime DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP, PRIMARY KEY (`id`)) ENGINE=InnoDB', ['+audit']],
  ['ALTER TABLE "user" ADD CONSTRAINT "FK_1" FOREIGN KEY ("settingsId") REFERENCES "user_settings"("id") ON DELETE CASCADE ON UPDATE NO ACTION', ['user', 'user_settings']],
  ['WITH RECURSIVE tree(id) AS (SELECT id FROM nodes WHERE parent IS NULL UNION ALL SELECT n.id FROM nodes n JOIN tree t ON n.parent = t.id) SELECT * FROM tree', ['nodes']],
];

const PARAMS = /\?\d+|(?<![:\w])[:@][A-Za-z_]\w*/g;
const inputsByCorpus = corpora.map(([name, dir]) => [name, sqlInputs(dir)]);
const statementsOf = (input) => splitStatements(input.sql).map((s) => s.text.replace(PARAMS, '?'));

function loadMs(pkg) {
  // A fresh process: import the candidate and get it ready (the dialect builds, or the WASM).
  const times = [];
  for (let i = 0; i < 5; i++) {
    const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--load-only', pkg], { encoding: 'utf8', env: { ...process.env, READYCHECK_CORPORA: sharedDir } });
    times.push(Number(out.trim().split('\n').at(-1)));
  }
  times.sort((a, b) => a - b);
  return times[2];
}

const results = [];
for (const pkg of Object.keys(CANDIDATES)) {
  const adapter = ADAPTERS[pkg];
  const read = await adapter.load();
  const tablesOf = (sql) => {
    const r = read(sql);
    if (!r) return null;
    return r.tables.map((t) => keep(t, r.ctes)).filter(Boolean);
  };
  // One pass over every input; three passes, for the parse time (first pass: cold, as a scan meets it).
  const pass = () => {
    let statements = 0;
    const accepted = new Set();
    const perCorpus = {};
    for (const [corpus, inputs] of inputsByCorpus) {
      const set = new Set();
      for (const input of inputs) {
        let found = [];
        for (const st of statementsOf(input)) {
          statements++;
          const tables = tablesOf(st);
          if (tables) accepted.add(st);
          found.push(...(tables ?? []));
        }
        // A template whose `${}` sits where a name goes is read again with a placeholder name.
        if (!found.length && input.alt) found = statementsOf({ sql: input.alt }).flatMap((s) => tablesOf(s) ?? []);
        for (const t of found) set.add(`${t.created ? '+' : ''}${t.name}`);
      }
      perCorpus[corpus] = [...set].sort();
    }
    return { statements, accepted, perCorpus };
  };
  const times = [];
  let res;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    res = pass();
    times.push(performance.now() - t0);
  }
  const { statements, perCorpus } = res;
  const acceptedSet = res.accepted;
  const accepted = inputsByCorpus.flatMap(([, inputs]) => inputs.flatMap(statementsOf)).filter((st) => acceptedSet.has(st)).length;
  const parseMs = { first: times[0], best: Math.min(...times) };
  const traps = TRAPS.map(([sql, want]) => {
    const got = [...new Set((tablesOf(sql.replace(PARAMS, '?')) ?? []).map((t) => `${t.created ? '+' : ''}${t.name}`))].sort();
    return { sql, want: [...want].sort(), got, right: JSON.stringify(got) === JSON.stringify([...want].sort()) };
  });
  const modules = path.join(prefixOf(pkg), 'node_modules');
  results.push({ pkg, version: CANDIDATES[pkg], dialects: adapter.dialects, installBytes: duBytes(modules), loadMs: loadMs(pkg), parseMs, statements, accepted, acceptedSet, trapsRight: traps.filter((t) => t.right).length, traps, perCorpus });
}

const ref = results[0];
const diff = (a, b) => ({ missing: b.filter((x) => !a.includes(x)), extra: a.filter((x) => !b.includes(x)) });
for (const r of results) {
  r.vsReference = {};
  for (const [corpus, set] of Object.entries(r.perCorpus)) {
    const d = diff(set, ref.perCorpus[corpus]);
    r.vsReference[corpus] = { same: set.filter((x) => ref.perCorpus[corpus].includes(x)).length, ...d };
  }
}
if (json) {
  console.log(JSON.stringify({ inputs: Object.fromEntries(inputsByCorpus.map(([c, i]) => [c, i.length])), results: results.map(({ acceptedSet, ...r }) => r) }, null, 2));
  process.exit(0);
}
const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;
console.log(`inputs: ${inputsByCorpus.map(([c, i]) => `${c} ${i.length}`).join(', ')}`);
console.log('\n| parser | dialects | installed | load ms | parse ms (first / best of 3) | statements accepted | traps right | tables as node-sql-parser (missing / extra) |');
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |');
for (const r of results) {
  const same = Object.values(r.vsReference).reduce((s, v) => s + v.same, 0);
  const missing = Object.values(r.vsReference).reduce((s, v) => s + v.missing.length, 0);
  const extra = Object.values(r.vsReference).reduce((s, v) => s + v.extra.length, 0);
  console.log(`| ${r.pkg} ${r.version} | ${r.dialects.join(', ')} | ${mb(r.installBytes)} | ${r.loadMs} | ${r.parseMs.first.toFixed(0)} / ${r.parseMs.best.toFixed(0)} | ${r.accepted}/${r.statements} | ${r.trapsRight}/${TRAPS.length} | ${same} (${missing} / ${extra}) |`);
}
if (showDiffs) {
  for (const r of results.slice(1)) {
    console.log(`\n${r.pkg}:`);
    for (const t of r.traps.filter((x) => !x.right)) console.log(`  trap wrong: ${t.sql.slice(0, 80)}… got [${t.got}] want [${t.want}]`);
    const only = (a, b) => [...new Set([...a.acceptedSet].filter((x) => !b.acceptedSet.has(x)))];
    for (const [label, list] of [['rejects what node-sql-parser accepts', only(ref, r)], ['accepts what node-sql-parser rejects', only(r, ref)]]) {
      for (const st of list.slice(0, 10)) console.log(`  ${label}: ${st.replace(/\s+/g, ' ').slice(0, 140)}`);
      if (list.length > 10) console.log(`  … and ${list.length - 10} more`);
    }
    for (const [corpus, d] of Object.entries(r.vsReference)) if (d.missing.length || d.extra.length) console.log(`  ${corpus}: missing [${d.missing.join(' ')}] extra [${d.extra.join(' ')}]`);
  }
  for (const t of ref.traps.filter((x) => !x.right)) console.log(`node-sql-parser trap wrong: ${t.sql.slice(0, 80)}… got [${t.got}] want [${t.want}]`);
}
