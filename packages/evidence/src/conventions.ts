import path from 'node:path';
import type * as TS from 'typescript';
import ts from './ts.js';
import type { FileFacts } from './types.js';

/** True when a path runs through a `commands` (or `cmds`) folder. */
export function inCommandsDir(file: string): boolean {
  const m = /(^|\/)(commands|cmds|slash-commands|slashCommands)\//.exec(file);
  if (!m) return false;
  // `lib/structures/commands/` (base classes), `i18n/…/keys/commands/` (strings) and
  // `listeners/commands/` (command lifecycle events) hold no commands.
  const before = file.slice(0, m.index).split('/');
  return !before.some((seg) => /^(lib|structures|i18n|languages|locales?|keys|types|utils?|helpers|listeners|events|subscribers|__tests__|tests?)$/i.test(seg));
}

/** True when a path runs through a file-based routes folder. */
export function inRoutesDir(file: string): boolean {
  // Vercel's `api/` counts at the root only: `worker/api/controllers/x.ts` is code, not a route;
  // components, hooks and helpers kept beside route files are not routes either.
  if (/(^|\/)routes\/(.*\/)?(components|hooks|utils|lib|helpers|types|styles|contexts?|mocks|__mocks__|providers|stores?|__tests__)\//.test(file)) return false;
  return /(^|\/)(routes|pages\/api|app\/api)\//.test(file) || /^api\//.test(file);
}

/** The URL of a Next.js page (`pages/movie/[id].tsx` → `/movie/:id`, `app/settings/page.tsx` → `/settings`), or null. */
export function pagePath(file: string): string | null {
  if (!/\.(tsx|jsx|ts|js)$/.test(file) || /\.(test|spec|stories)\./.test(file)) return null;
  const pages = /(?:^|\/)pages\/(.*)\.[jt]sx?$/.exec(file);
  if (pages && !/^api\//.test(pages[1] as string) && !/(^|\/)_[a-z]/.test(pages[1] as string)) return urlOf((pages[1] as string).replace(/(^|\/)index$/, ''));
  const app = /(?:^|\/)app\/(.*?)\/?page\.[jt]sx?$/.exec(file);
  if (app && !/^api\//.test(app[1] as string)) return urlOf((app[1] as string).split('/').filter((seg) => !/^\(.*\)$/.test(seg)).join('/'));
  return null;
}

function urlOf(rest: string): string {
  const segments = rest.split('/').filter(Boolean).map((seg) => seg.replace(/^\[\[?\.\.\.(\w+)\]?\]$/, '*').replace(/^\[(\w+)\]$/, ':$1'));
  return `/${segments.join('/')}`;
}

/** True when a path names a service module: under `services/`, `*Service.ts`, `*.service.ts`. */
export function isServicePath(file: string): boolean {
  const base = path.posix.basename(file).replace(/\.candidate(?=\.)/, '');
  return /(^|\/)services?\//.test(file) || /Service\.[cm]?[jt]sx?$/.test(base) || /\.service\.[cm]?[jt]sx?$/.test(base);
}

/** Evidence a file gives by where it lives: a command file, a route file, a service module. */
export function fileConventions(facts: FileFacts, file: string, sf: TS.SourceFile, lineOf: (n: TS.Node) => number): void {
  const base = path.posix.basename(file).replace(/\.[^.]+$/, '').replace(/\.candidate$/, '');
  const isIndex = base === 'index';
  // `routes/users/index.ts` (the route `/users`) and `services/mail/index.ts` (a service module in
  // its own folder) count when they declare something; an index that only re-exports is a barrel.
  const ownIndex = isIndex && declaresExport(sf);
  // `commands/base.ts` exporting `abstract class BaseCommand` is what the commands extend (oclif,
  // Flowise): the parent of the commands, not one a user runs.
  if (inCommandsDir(file) && !isIndex && facts.commands.length === 0 && !exportsOnlyAbstractClasses(sf)) {
    facts.commands.push({ name: base, file, line: firstExportLine(sf, lineOf), kind: 'command-file' });
  }
  const routesRoot = /(^|\/)(routes|pages\/api|app\/api)\/index\.[^/]+$/.test(file) || /^api\/index\.[^/]+$/.test(file);
  if (inRoutesDir(file) && (!isIndex || (ownIndex && !routesRoot)) && facts.routes.length === 0 && !isServicePath(file)) {
    const verb = /\.(get|post|put|patch|delete|head|options)\.[^./]+$/i.exec(file)?.[1];
    const route: FileFacts['routes'][number] = { name: routePathOf(file), file, line: firstExportLine(sf, lineOf), kind: 'file-route' };
    if (verb) route.detail = verb.toUpperCase();
    facts.routes.push(route);
  }
  const page = facts.routes.length === 0 ? pagePath(file) : null;
  if (page !== null && declaresExport(sf)) facts.routes.push({ name: page, file, line: firstExportLine(sf, lineOf), kind: 'page' });
  const servicesRoot = /(^|\/)services?\/index\.[^/]+$/.test(file);
  if (isServicePath(file) && facts.services.length === 0 && (!isIndex || (ownIndex && !servicesRoot))) {
    const exported = firstExportName(sf);
    // A Base… or Abstract… export is the framework of services, not one.
    if (!/^(Base|Abstract)[A-Z]/.test(exported ?? base)) facts.services.push({ name: exported ?? base, file, line: firstExportLine(sf, lineOf), kind: 'module' });
  }
}

// The URL of a file route: under `routes/` the folder is the root; under Next.js `pages/api/`,
// `app/api/` and Vercel's `api/` the `api` segment is part of the URL (`pages/api/x.ts` → `/api/x`).
function routePathOf(file: string): string {
  const m = /(?:^|\/)(routes|pages\/api|app\/api|api)\/(.*)$/.exec(file);
  const prefix = m && m[1] !== 'routes' ? ['api'] : [];
  // `commands.get.ts` (Sapphire's plugin-api, Nitro): the method is a suffix, not part of the path.
  const rest = (m?.[2] ?? file).replace(/\.[^.]+$/, '').replace(/\.(get|post|put|patch|delete|head|options)$/i, '').replace(/(^|\/)(index|route|\+server)$/, '');
  const segments = [...prefix, ...rest.split('/')]
    .filter(Boolean)
    .map((s) => s.replace(/^\[\.\.\.(\w+)\]$/, '*').replace(/^\[(\w+)\]$/, ':$1').replace(/^\$(\w+)$/, ':$1'));
  return `/${segments.join('/')}`;
}

function firstExportLine(sf: TS.SourceFile, lineOf: (n: TS.Node) => number): number {
  for (const st of sf.statements) {
    if (ts.isExportAssignment(st) || (ts.canHaveModifiers(st) && ts.getModifiers(st)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword))) return lineOf(st);
    if (ts.isExpressionStatement(st) && /module\.exports|exports\./.test(st.getText(sf))) return lineOf(st);
  }
  return 1;
}

// Whether every declaration the file exports is an abstract class (and there is one).
function exportsOnlyAbstractClasses(sf: TS.SourceFile): boolean {
  const exported = sf.statements.filter((st) => ts.isExportAssignment(st) || (!ts.isExportDeclaration(st) && ts.canHaveModifiers(st) && ts.getModifiers(st)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) === true));
  return exported.length > 0 && exported.every((st) => ts.isClassDeclaration(st) && (ts.getModifiers(st)?.some((m) => m.kind === ts.SyntaxKind.AbstractKeyword) ?? false));
}

// An exported declaration of the file's own (`export function`, `export default`, `export const`),
// as opposed to `export … from` re-exports.
function declaresExport(sf: TS.SourceFile): boolean {
  return sf.statements.some(
    (st) =>
      ts.isExportAssignment(st) ||
      (!ts.isExportDeclaration(st) && ts.canHaveModifiers(st) && ts.getModifiers(st)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) === true) ||
      (ts.isExpressionStatement(st) && /module\.exports|exports\./.test(st.getText(sf))),
  );
}

function firstExportName(sf: TS.SourceFile): string | undefined {
  for (const st of sf.statements) {
    const exported = ts.canHaveModifiers(st) && ts.getModifiers(st)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (!exported) continue;
    if ((ts.isClassDeclaration(st) || ts.isFunctionDeclaration(st)) && st.name) return st.name.text;
    if (ts.isVariableStatement(st)) {
      const d = st.declarationList.declarations[0];
      if (d && ts.isIdentifier(d.name)) return d.name.text;
    }
  }
  return undefined;
}
