import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scanEvidence } from '@readycheck/evidence';

// Tiny apps built on the patterns that were mis-grouped or not seen as work on real corpora
// (juice-shop, nodejs-goof, NodeGoat, Flowise), each with its expected answer beside it in
// fixtures/evidence/<name>.grouping.json: every feature's status, the files it holds, the line
// that says why it does real work, and why it is grouped so.
const fixtures = fileURLToPath(new URL('../../../../fixtures/evidence/', import.meta.url));

interface Expected {
  features: Record<string, { status: string; files: string[]; work?: string; why: string }>;
}

describe.each(['express-sequelize', 'express-mongoose', 'express-dao', 'express-typeorm', 'oclif-server'])('grouping fixture %s', (name) => {
  it('finds exactly the expected features, with their files, statuses and work', async () => {
    const expected = JSON.parse(await readFile(path.join(fixtures, `${name}.grouping.json`), 'utf8')) as Expected;
    const { report } = await scanEvidence({ root: path.join(fixtures, name) });
    expect(report.features.map((f) => f.name)).toEqual(Object.keys(expected.features).sort());
    for (const f of report.features) {
      const want = expected.features[f.name];
      const work = f.reasons.find((r) => /^(data access from the entry|service:|reaches real work|used by entries)/.test(r));
      expect({ name: f.name, status: f.status, files: [...f.files].sort(), work }).toEqual({ name: f.name, status: want?.status, files: want?.files, work: want?.work });
    }
  });
});

describe('hostile names in the new facts', () => {
  it('takes no inherited Object member for an import, a model or a route handler', async () => {
    const { extractSource, groupFeatures } = await import('@readycheck/evidence');
    const server = extractSource("const toString = require('./routes/orders');\nconst { constructor } = require('./routes/users');\napp.get('/a', toString);\napp.get('/b', constructor);\napp.get('/c', valueOf);\n", 'server.js').facts;
    expect(Object.keys(server.importLocals).sort()).toEqual(['constructor', 'toString']);
    expect(server.routeHandlers).toEqual({ '3:/a': 'toString', '4:/b': 'constructor' });
    const model = extractSource("export { constructor as Foo, hasOwnProperty as Bar };\nclass A extends Model {}\nA.init({}, { sequelize });\nexport { A as __proto__ };", 'models/a.ts').facts;
    // An `__proto__` alias sets no key (nor a prototype: the value is a string).
    expect(Object.keys(model.tableVars)).toEqual(['A']);
    expect(Object.getPrototypeOf(model.tableVars)).toBe(Object.prototype);
    const x = extractSource('export default function handler(req, res) { res.end(); }', 'routes/orders.js').facts;
    const y = extractSource('export default function handler(req, res) { res.end(); }', 'routes/users.js').facts;
    // Grouping resolves the handlers' modules (`/a` is handled by routes/orders.js, `/b` by
    // routes/users.js) and takes no Object.prototype member (`valueOf`) for an import.
    const routes = Object.fromEntries(groupFeatures([server, model, x, y]).features.map((f) => [f.name, f.routes.map((r) => r.name)]));
    expect(routes).toMatchObject({ app: ['/c'], order: ['/orders', '/a'], user: ['/users', '/b'] });
  });
});
