import { describe, expect, it } from 'vitest';
import { extractText, inputKind, sqlTables } from '@readycheck/evidence';

describe('inputKind', () => {
  it.each([
    ['src/a.ts', 'code'], ['src/a.mjs', 'code'], ['src/a.d.ts', null], ['db/001_init.sql', 'sql'], ['prisma/schema.prisma', 'prisma'],
    ['package.json', 'package-json'], ['apps/web/package.json', 'package-json'], ['.env.example', 'env-example'], ['.env.sample', 'env-example'],
    ['.dev.vars.example', 'env-example'], ['wrangler.toml', 'wrangler'], ['wrangler.jsonc', 'wrangler'], ['tsconfig.json', null], ['README.md', null],
  ])('%s is %s', (file, kind) => {
    expect(inputKind(file)).toBe(kind);
  });
  it('takes a configured env example file', () => {
    expect(inputKind('config/env.defaults', 'config/env.defaults')).toBe('env-example');
  });
});

describe('sqlTables', () => {
  it('finds created tables and referenced ones, ignoring comments and strings', () => {
    const sql = [
      'CREATE TABLE IF NOT EXISTS "public"."Users" (id int);',
      '-- SELECT * FROM commented_out',
      "INSERT INTO audit (msg) VALUES ('FROM not_a_table');",
      'CREATE TEMP TABLE scratch (x int);',
      'ALTER TABLE users ADD COLUMN name text REFERENCES orgs(id);',
      'UPDATE users SET name = 1 WHERE id IN (SELECT id FROM banned);',
      'INSERT INTO t (a) VALUES (1) ON CONFLICT DO UPDATE SET a = 2;',
    ].join('\n');
    const r = sqlTables(sql);
    expect(r.created).toEqual([{ name: 'users', line: 1 }, { name: 'scratch', line: 4 }]);
    // REFERENCES inside ALTER TABLE is schema, not a query: listed, flagged ddl (never a "queried" table).
    expect(r.referenced.map((t) => `${t.name}:${t.line}:${t.ddl ? 'ddl' : 'q'}`)).toEqual(['audit:3:q', 'users:5:ddl', 'orgs:5:ddl', 'users:6:q', 'banned:6:q', 't:7:q']);
  });
});

describe('extractText', () => {
  it('reads SQL migrations: tables and comment markers', () => {
    const f = extractText('CREATE TABLE a (x int);\n-- TODO: index on x\nSELECT * FROM b;', 'db/1.sql', 'sql');
    expect(f.tables).toEqual([{ name: 'a', file: 'db/1.sql', line: 1, kind: 'sql-table' }]);
    expect(f.tableRefs).toEqual([{ name: 'b', file: 'db/1.sql', line: 3, kind: 'sql-query' }]);
    expect(f.markers).toEqual([{ name: 'TODO', file: 'db/1.sql', line: 2, kind: 'marker', detail: 'index on x' }]);
    expect(f.lines).toBe(3);
  });
  it('reads Prisma models with their @@map names', () => {
    const f = extractText('model User {\n  id Int @id\n  @@map("users")\n}\n\nmodel Post {\n  id Int @id\n}\n', 'prisma/schema.prisma', 'prisma');
    expect(f.tables).toEqual([
      { name: 'user', file: 'prisma/schema.prisma', line: 1, kind: 'prisma-model', detail: 'users' },
      { name: 'post', file: 'prisma/schema.prisma', line: 6, kind: 'prisma-model' },
    ]);
  });
  it('reads package.json scripts as commands', () => {
    const text = '{\n  "name": "x",\n  "scripts": {\n    "build": "tsc",\n    "feeds:sync": "node sync.js"\n  }\n}\n';
    const f = extractText(text, 'package.json', 'package-json');
    expect(f.commands).toEqual([
      { name: 'build', file: 'package.json', line: 4, kind: 'npm-script', detail: 'tsc' },
      { name: 'feeds:sync', file: 'package.json', line: 5, kind: 'npm-script', detail: 'node sync.js' },
    ]);
  });
  it('lists a broken package.json under its error with a position', () => {
    const f = extractText('{\n  "scripts": {,\n}', 'package.json', 'package-json');
    expect(f.error?.line).toBe(2);
    expect(f.error?.message).toMatch(/^package\.json is not valid JSON/);
  });
  it('reads env examples: keys, export form, comments', () => {
    const f = extractText('# comment\nA=1\nexport B="x"\n  C =\nnot a key\n# TODO: document D\n', '.env.example', 'env-example');
    expect(f.envDocs.map((d) => `${d.name}:${d.line}`)).toEqual(['A:2', 'B:3', 'C:4']);
    expect(f.markers.map((m) => m.name)).toEqual(['TODO']);
  });
  it('reads wrangler.toml: crons (validated), vars, bindings, queues', () => {
    const toml = [
      'name = "w"',
      '[triggers]',
      'crons = [',
      '  "0 * * * *", # hourly',
      '  "0 99 * * *"',
      ']',
      '[vars]',
      'LIMIT = "5"',
      '[[d1_databases]]',
      'binding = "DB"',
      'kv_namespaces = [{ binding = "KV", id = "1" }]',
      '[[queues.producers]]',
      'queue = "mail"',
      'binding = "MAILQ"',
    ].join('\n');
    const f = extractText(toml, 'wrangler.toml', 'wrangler');
    expect(f.jobs.map((j) => `${j.name}:${j.line}:${j.valid}`)).toEqual(['0 * * * *:4:true', '0 99 * * *:5:false']);
    expect(f.envDocs.map((d) => `${d.name}:${d.kind}`)).toEqual(['LIMIT:wrangler-var', 'DB:wrangler-binding:d1_databases', 'KV:wrangler-binding:kv_namespaces', 'MAILQ:wrangler-binding:queues.producers']);
    expect(f.events.map((e) => `${e.kind}:${e.name}`)).toEqual(['queue-producer:mail']);
  });
  it('reads wrangler.jsonc with comments and trailing commas', () => {
    const json = '{\n  // the worker\n  "triggers": { "crons": ["*/5 * * * *",] },\n  "vars": { "MODE": "x" },\n  "kv_namespaces": [{ "binding": "CACHE" }],\n  "queues": { "consumers": [{ "queue": "jobs" }] }\n}';
    const f = extractText(json, 'wrangler.jsonc', 'wrangler');
    expect(f.jobs).toEqual([{ name: '*/5 * * * *', file: 'wrangler.jsonc', line: 3, kind: 'wrangler-cron', detail: '*/5 * * * *', valid: true }]);
    expect(f.envDocs.map((d) => d.name)).toEqual(['MODE', 'CACHE']);
    expect(f.events.map((e) => `${e.kind}:${e.name}`)).toEqual(['queue-consumer:jobs']);
  });
  it('reports a wrangler.toml line it cannot read', () => {
    const f = extractText('[triggers]\nthis is not toml\n', 'wrangler.toml', 'wrangler');
    expect(f.error).toEqual({ line: 2, column: 1, message: 'wrangler.toml: cannot read "this is not toml"' });
  });
});

describe('SQL traps: only what parses as SQL, and only real tables', () => {
  it('never takes keywords, CTE names, catalogs or functions for tables', () => {
    const migration = [
      'CREATE TABLE `users` (`id` integer PRIMARY KEY, `org` integer,',
      '  FOREIGN KEY (`org`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE cascade);',
      '--> statement-breakpoint',
      'WITH deduplicated AS (SELECT * FROM files) SELECT * FROM deduplicated JOIN users u ON u.id = deduplicated.uid;',
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public';",
      'SELECT * FROM pg_catalog.pg_tables;',
      'SELECT * FROM json_each(users.tags);',
    ].join('\n');
    const r = sqlTables(migration, { migration: true });
    expect(r.created).toEqual([{ name: 'users', line: 1 }]);
    // The foreign key's target is a schema reference (ddl), not a table named `no` or `cascade`.
    expect(r.referenced.map((t) => `${t.name}:${t.line}:${t.ddl ? 'ddl' : 'q'}`)).toEqual(['orgs:2:ddl', 'files:4:q', 'users:4:q']);
  });

  it('reads prose in a string as prose, not SQL', () => {
    for (const prose of ['select something from a task', 'Delete from the list of items', 'Update your settings from the profile page', 'Insert into the queue when ready']) {
      expect({ prose, tables: sqlTables(prose) }).toEqual({ prose, tables: { created: [], referenced: [] } });
    }
  });

  it('reads SQLite, PostgreSQL and MySQL statements, with their parameters', () => {
    expect(sqlTables('SELECT feed_id FROM search_index WHERE title LIKE ?1 LIMIT 20').referenced.map((t) => t.name)).toEqual(['search_index']);
    expect(sqlTables('INSERT INTO users (id, name) VALUES ($1, $2) RETURNING id').referenced.map((t) => t.name)).toEqual(['users']);
    expect(sqlTables('UPDATE `orders` SET total = :total WHERE id = :id').referenced.map((t) => t.name)).toEqual(['orders']);
    expect(sqlTables('CREATE TABLE "temporary_user" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL)').created.map((t) => t.name)).toEqual(['temporary_user']);
  });

  it('keeps a CREATE TABLE no grammar accepts in a migration file, and nothing else of that statement', () => {
    const text = 'CREATE TABLE widgets (id uuid DEFAULT gen_random_uuid() PRIMARY KEY, shape geometry(Point, 4326) WITH SOME EXTENSION);';
    expect(sqlTables(text, { migration: true }).created).toEqual([{ name: 'widgets', line: 1 }]);
    expect(sqlTables(text).created).toEqual([]);
  });
});
