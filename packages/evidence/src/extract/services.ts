import type * as TS from 'typescript';
import ts from '../ts.js';
import type { ExtractPlugin } from './plugin.js';

const SERVICE_CLASS = /(Service|Client|Repository|Manager)$/;

/** Exported classes named like services (`…Service`, `…Client`, `…Repository`, `…Manager`); abstract and Base… classes are not. */
export default {
  name: 'services',
  visitor: {
    ClassDeclaration: (node, { add, facts }) => {
      const n = node as TS.ClassDeclaration;
      const exported = n.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) ?? false;
      const abstract = n.modifiers?.some((m) => m.kind === ts.SyntaxKind.AbstractKeyword) ?? false;
      if (n.name && exported && !abstract && !/^(Base|Abstract)[A-Z]/.test(n.name.text) && SERVICE_CLASS.test(n.name.text)) add(facts.services, n.name, n.name.text, 'class');
    },
  },
} satisfies ExtractPlugin;
