import { describe, expect, it } from 'vitest';
import { extractSource } from '@readycheck/evidence';

const facts = (code: string, file = 'models/x.ts') => extractSource(code, file).facts;

describe('extract/sequelize', () => {
  it('declares a model from Model.init with its tableName, under its class and exported alias names', () => {
    const f = facts("import { Model } from 'sequelize'\nclass Address extends Model {}\nAddress.init({ city: DataTypes.STRING }, { tableName: 'Addresses', sequelize })\nexport { Address as AddressModel }\n");
    expect(f.tables.map((t) => [t.name, t.kind])).toEqual([['addresses', 'sequelize-model']]);
    expect(f.tableVars).toEqual({ Address: 'addresses', AddressModel: 'addresses' });
  });

  it('declares a model from sequelize.define, named by the model or its tableName option', () => {
    expect(facts("const User = sequelize.define('User', { email: DataTypes.STRING })").tableVars).toEqual({ User: 'user' });
    expect(facts("module.exports = (sequelize) => sequelize.define('Card', { n: 1 }, { tableName: 'Cards' })").tables.map((t) => t.name)).toEqual(['cards']);
  });

  it('records model calls by receiver, for the link stage to resolve', () => {
    const f = facts("import { AddressModel } from '../models/address'\nexport const h = async () => { await AddressModel.findAll({ where: {} }); await models.Card.destroy({ where: { id: 1 } }); await AddressModel.findOne({}) }", 'routes/address.ts');
    expect(f.tableVarRefs).toEqual([
      { variable: 'AddressModel', line: 2, kind: 'sequelize' },
      { variable: 'Card', line: 2, kind: 'sequelize' },
      { variable: 'AddressModel', line: 2, kind: 'model' },
    ]);
  });

  it('leaves lower-case receivers and Model.init without a connection alone', () => {
    expect(facts("const rows = list.findAll((x) => x); users.count()").tableVarRefs).toEqual([]);
    expect(facts("class Form extends Model {}\nForm.init({ a: 1 })").tables).toEqual([]);
    expect(facts("app.define('Thing', {})").tables).toEqual([]);
  });

  it('takes sequelize.query as database work, whatever builds its SQL', () => {
    expect(facts("const sql = buildReport(req.query);\nconst [rows] = await models.sequelize.query(sql);").queriesDatabase).toBe(true);
    expect(facts("await api.query(q)").queriesDatabase).toBeUndefined();
  });
});
