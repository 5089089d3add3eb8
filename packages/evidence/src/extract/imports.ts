import type * as TS from 'typescript';
import ts from '../ts.js';
import { importedLocals } from '../entries.js';
import { stringArg } from './ast.js';
import type { ExtractPlugin } from './plugin.js';

/** ES imports and re-exports, `require()` and `import()`: what the file depends on. Types are no dependency. */
export default {
  name: 'imports',
  visitor: {
    ImportDeclaration: (node, { facts, lineOf }) => {
      const n = node as TS.ImportDeclaration;
      const spec = stringArg(n.moduleSpecifier);
      // Types are no runtime dependency: `import type`, or named imports that are all types.
      const clause = n.importClause;
      const typesOnly = clause !== undefined && (clause.isTypeOnly || (!clause.name && clause.namedBindings !== undefined && ts.isNamedImports(clause.namedBindings) && clause.namedBindings.elements.length > 0 && clause.namedBindings.elements.every((el) => el.isTypeOnly)));
      if (spec === undefined || typesOnly) return;
      const names: string[] = [];
      if (clause?.name) names.push('default');
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) names.push('*');
      if (bindings && ts.isNamedImports(bindings)) for (const el of bindings.elements) names.push((el.propertyName ?? el.name).text);
      facts.imports.push({ specifier: spec, line: lineOf(n), names });
      for (const local of importedLocals(clause)) facts.importLocals[local] = spec;
    },
    ExportDeclaration: (node, { facts, lineOf }) => {
      const n = node as TS.ExportDeclaration;
      const spec = stringArg(n.moduleSpecifier);
      if (spec !== undefined && !n.isTypeOnly) facts.imports.push({ specifier: spec, line: lineOf(n), names: [] });
    },
  },
  call: ({ n, s, fn }, { facts, lineOf }) => {
    if (s === undefined) return;
    if (fn === 'require' || n.expression.kind === ts.SyntaxKind.ImportKeyword) facts.imports.push({ specifier: s, line: lineOf(n), names: ['*'] });
    // `const payment = require('./routes/payment')`, `const { login } = require('./routes/login')`: locals as an import's.
    const decl = fn === 'require' ? n.parent : undefined;
    if (decl && ts.isVariableDeclaration(decl) && decl.initializer === n) {
      const locals = ts.isIdentifier(decl.name) ? [decl.name.text] : ts.isObjectBindingPattern(decl.name) ? decl.name.elements.flatMap((el) => (ts.isIdentifier(el.name) ? [el.name.text] : [])) : [];
      for (const local of locals) if (!Object.hasOwn(facts.importLocals, local)) facts.importLocals[local] = s;
    }
  },
} satisfies ExtractPlugin;
