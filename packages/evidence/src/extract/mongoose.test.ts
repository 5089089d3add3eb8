import { describe, expect, it } from 'vitest';
import { extractSource } from '@readycheck/evidence';

const facts = (code: string, file = 'routes/todos.js') => extractSource(code, file).facts;

describe('extract/mongoose', () => {
  it('declares a model with mongoose.model(name, schema), and reads a lookup as a use of it', () => {
    const declared = facts("var Todo = new mongoose.Schema({ content: String });\nmongoose.model('Todo', Todo);", 'mongoose-db.js');
    expect(declared.tables.map((t) => [t.name, t.kind])).toEqual([['todo', 'mongoose-model']]);
    expect(declared.tableVars).toEqual({ Todo: 'todo' });
    const used = facts("var Todo = mongoose.model('Todo');\nexports.index = (req, res) => Todo.find({}).exec(() => res.end());");
    expect(used.tableRefs.map((t) => [t.name, t.kind, t.line])).toEqual([['todo', 'mongoose', 1]]);
    expect(used.tableVarRefs).toEqual([{ variable: 'Todo', line: 2, kind: 'mongoose' }]);
  });

  it('takes MongoDB collections as database work without a table to check', () => {
    expect(facts("const allocationsCol = db.collection('allocations');").queriesDatabase).toBe(true);
    expect(facts("db.reviewsCollection.find({ product: id })").queriesDatabase).toBe(true);
    expect(facts("const found = items.find((i) => i.id === id);").queriesDatabase).toBeUndefined();
    expect(facts("cache.find({ id })").tableRefs).toEqual([]);
  });
});
