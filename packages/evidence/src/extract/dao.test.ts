import { describe, expect, it } from 'vitest';
import { extractSource } from '@readycheck/evidence';

const services = (code: string) => extractSource(code, 'app/data/x.js').facts.services.map((s) => [s.name, s.kind]);

describe('extract/dao', () => {
  it('takes a constructor function whose methods call a database client as a DAO service (NodeGoat)', () => {
    const code = 'const AllocationsDAO = function (db) {\n  const col = db.collection("allocations");\n  this.get = (id, cb) => col.findOne({ id }, cb);\n};\nmodule.exports = { AllocationsDAO };';
    expect(services(code)).toEqual([['AllocationsDAO', 'dao']]);
  });

  it('takes a class whose methods call a SQL pool as a DAO service', () => {
    expect(services('class ProfileStore {\n  constructor(pool) { this.pool = pool; }\n  async get(id) { return this.pool.query("SELECT 1", [id]); }\n}')).toEqual([['ProfileStore', 'dao']]);
  });

  it('leaves migrations, entities, models, components and classes without client calls alone', () => {
    expect(services('export class Init1 {\n  async up(q) { await db.query("CREATE TABLE a (id int)"); }\n  async down(q) { await db.query("DROP TABLE a"); }\n}')).toEqual([]);
    expect(services('class User extends Model {\n  static byEmail(e) { return db.query("SELECT 1", [e]); }\n}')).toEqual([]);
    expect(services('function Dashboard() {\n  const rows = db.query("SELECT 1");\n  return rows;\n}')).toEqual([]);
    expect(services('class Formatter {\n  format(x) { return String(x); }\n}')).toEqual([]);
  });

  it('does not add a class the services extractor already took by its name', () => {
    const facts = extractSource('export class UserRepository {\n  find(id) { return this.db.query("SELECT 1", [id]); }\n}', 'src/user.repository.ts').facts;
    expect(facts.services.map((s) => [s.name, s.kind])).toEqual([['UserRepository', 'class']]);
  });
});
