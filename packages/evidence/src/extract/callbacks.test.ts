import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scanEvidence } from '@readycheck/evidence';
import { extractFile } from '../extract-file.js';

const temps: string[] = [];
afterEach(async () => {
  for (const d of temps.splice(0)) await rm(d, { recursive: true, force: true });
});

async function tree(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'evidence-callbacks-'));
  temps.push(dir);
  for (const [rel, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await writeFile(path.join(dir, rel), content);
  }
  return dir;
}

// umami's src/app/(main)/admin/teams/AdminTeamsPage.tsx (MIT), the shape that made its admin feature FAIL.
const ADMIN_TEAMS_PAGE = [
  "'use client';",
  "import { Column } from '@umami/react-zen';",
  "import { TeamsAddButton } from '../../teams/TeamsAddButton';",
  "import { AdminTeamsDataTable } from './AdminTeamsDataTable';",
  '',
  'export function AdminTeamsPage() {',
  '  const handleSave = () => {};',
  '',
  '  return (',
  '    <Column gap="6" margin="2">',
  '      <TeamsAddButton onSave={handleSave} isAdmin={true} />',
  '      <AdminTeamsDataTable onClose={() => {}} />',
  '    </Column>',
  '  );',
  '}',
  '',
].join('\n');

const stubAt = (text: string, relPath: string, line: number) => extractFile({ text, relPath }).stubs.find((s) => s.line === line);

describe('empty callbacks handed to a component or a call', () => {
  it('grades `const handleSave = () => {}` passed as a JSX prop as an intended no-op', () => {
    const facts = extractFile({ text: ADMIN_TEAMS_PAGE, relPath: 'src/app/(main)/admin/teams/AdminTeamsPage.tsx' });
    expect(facts.noOpCallbacks).toEqual([7, 12]);
    const stub = facts.stubs.find((s) => s.line === 7);
    expect(stub?.rule).toBe('empty-function');
    expect(stub?.confidence).toBe(0.2);
    expect(stub?.problem).toMatch(/intended no-op/);
  });

  it('keeps an empty function that is also called, or is an entry\'s handler, a stub', () => {
    const called = ['export function Page() {', '  const handleSave = () => {};', '  handleSave();', '  return <Button onSave={handleSave} />;', '}', ''].join('\n');
    expect(stubAt(called, 'src/Page.tsx', 2)?.confidence).toBe(0.7);
    const route = ["import express from 'express';", 'const app = express();', 'const createInvoice = () => {};', "app.post('/invoices', createInvoice);", 'app.listen(3000);', ''].join('\n');
    expect(extractFile({ text: route, relPath: 'src/server.ts' }).noOpCallbacks).toBeUndefined();
    expect(stubAt(route, 'src/server.ts', 3)?.confidence).toBe(0.7);
  });

  it('lets the admin pages of an app PASS: their empty onSave props are not a stub on the entry\'s path', async () => {
    const root = await tree({
      'src/app/admin/teams/page.tsx': "import { AdminTeamsPage } from './AdminTeamsPage';\nexport default function () { return <AdminTeamsPage />; }\n",
      'src/app/admin/teams/AdminTeamsPage.tsx': ADMIN_TEAMS_PAGE.replace("'../../teams/TeamsAddButton'", "'./TeamsAddButton'"),
      'src/app/admin/teams/TeamsAddButton.tsx': "export function TeamsAddButton({ onSave }: { onSave: () => void }) {\n  return <button onClick={async () => { await fetch('/api/teams', { method: 'POST' }); onSave(); }} />;\n}\n",
      'src/app/admin/teams/AdminTeamsDataTable.tsx': "import useSWR from 'swr';\nexport function AdminTeamsDataTable() { const { data } = useSWR('/api/admin/teams'); return <table>{String(data)}</table>; }\n",
    });
    const { report } = await scanEvidence({ root, workers: 1 });
    const admin = report.features.find((f) => f.name === 'admin');
    expect(admin?.status).toBe('PASS');
    expect(admin?.evidence.stubs.map((s) => [s.line, s.confidence])).toEqual([[7, 0.2]]);
  });
});

// umami's src/lib/db.ts (MIT): a helper that throws for the databases a query does not support,
// referenced as a value (`[PRISMA]: notImplemented`) by queries no route uses.
const DB = [
  "export const PRISMA = 'prisma';",
  'export function getDatabaseType(url = process.env.DATABASE_URL) {',
  "  return url?.split(':')[0];",
  '}',
  'export async function runQuery(queries: Record<string, () => unknown>) {',
  '  return queries[PRISMA]();',
  '}',
  'export function notImplemented() {',
  "  throw new Error('Not implemented.');",
  '}',
  '',
].join('\n');

describe('a stub inside a helper function', () => {
  const route = "import { runQuery, PRISMA } from '@/lib/db';\nimport { getUser } from '@/queries/user';\nexport async function GET() {\n  return Response.json(await runQuery({ [PRISMA]: () => getUser() }));\n}\n";
  const files = {
    'tsconfig.json': JSON.stringify({ compilerOptions: { paths: { '@/*': ['./src/*'] } } }),
    'src/lib/db.ts': DB,
    'src/app/api/me/route.ts': route,
    'src/queries/user.ts': "import prisma from '@/lib/prisma';\nexport function getUser() { return prisma.user.findFirst(); }\n",
    'src/lib/prisma.ts': "import { PrismaClient } from '@prisma/client';\nexport default new PrismaClient();\n",
    'src/queries/usage.ts': "import { notImplemented, PRISMA, runQuery } from '@/lib/db';\nexport function getEventUsage() {\n  return runQuery({ [PRISMA]: notImplemented });\n}\n",
    'src/queries/index.ts': "export * from './user';\nexport * from './usage';\n",
  };

  it('records the helper that holds the stub, and who calls it', () => {
    const db = extractFile({ text: DB, relPath: 'src/lib/db.ts' });
    expect(db.stubHelpers).toEqual([{ name: 'notImplemented', line: 8, end: 10 }]);
    const usage = extractFile({ text: files['src/queries/usage.ts'], relPath: 'src/queries/usage.ts' });
    // Referenced as a value, called by nobody here.
    expect(usage.uses).toEqual(['runQuery']);
  });

  it('is no FAIL when no file on an entry\'s path calls the helper (it is listed, off the path)', async () => {
    const root = await tree(files);
    const { report } = await scanEvidence({ root, workers: 1 });
    expect(report.features.some((f) => f.status === 'FAIL')).toBe(false);
    const reasons = report.features.flatMap((f) => f.reasons);
    expect(reasons).toContain("stub at src/lib/db.ts:9 (no entry's path calls notImplemented()): throw new Error('Not implemented.');");
  });

  it('is a FAIL once a route calls it', async () => {
    const root = await tree({ ...files, 'src/app/api/usage/route.ts': "import { notImplemented } from '@/lib/db';\nexport async function GET() {\n  return notImplemented();\n}\n" });
    const { report } = await scanEvidence({ root, workers: 1 });
    const failing = report.features.filter((f) => f.status === 'FAIL');
    expect(failing.flatMap((f) => f.reasons).filter((r) => r.startsWith('stub at'))).toEqual(["stub at src/lib/db.ts:9: throw new Error('Not implemented.');"]);
  });
});

describe('fallbacks, prop defaults and class methods (uptime-kuma, MIT)', () => {
  it('grades `if (!callback) callback = () => {}` handed on as a no-op, even when another method calls its own callback', () => {
    const mixin = [
      'export default {',
      '  methods: {',
      '    getMonitorList(callback) {',
      '      if (!callback) {',
      '        callback = () => {};',
      '      }',
      "      socket.emit('getMonitorList', callback);",
      '    },',
      '    login(username, callback) {',
      "      socket.emit('login', { username }, (res) => callback(res));",
      '    },',
      '  },',
      '};',
      '',
    ].join('\n');
    expect(extractFile({ text: mixin, relPath: 'src/mixins/socket.js' }).noOpCallbacks).toEqual([5]);
  });

  it('grades an empty Vue watcher (its body only comments) as a callback Vue calls', () => {
    const text = "export default {\n  watch: {\n    isSelectMode() {\n      // TODO: Resize the heartbeat bar, but too slow\n    },\n  },\n  methods: {\n    select() {},\n  },\n};\n";
    const facts = extractFile({ text, relPath: 'src/components/MonitorListItem.js' });
    expect(facts.noOpCallbacks).toEqual([3]);
    expect(facts.stubs.find((s) => s.line === 8)?.confidence).toBe(0.7);
  });

  it('grades a prop default `default: () => {}` as a value, not a stub', () => {
    const facts = extractFile({ text: "export default {\n  props: {\n    select: {\n      type: Function,\n      default: () => {},\n    },\n  },\n};\n", relPath: 'src/components/MonitorListItem.js' });
    expect(facts.noOpCallbacks).toEqual([5]);
  });

  it('keeps a class method that nothing on an entry\'s path calls off the path (WARN), and a called one on it', async () => {
    const files = {
      'server/database.js': "class Database {\n  static async patch() {\n    return 1;\n  }\n\n  static async rollbackLatestPatch() {}\n}\nmodule.exports = { Database };\n",
      'server/server.js': "const express = require('express');\nconst { Database } = require('./database');\nconst app = express();\napp.get('/api/patch', async (req, res) => res.json(await Database.patch()));\napp.listen(3001);\n",
    };
    const off = (await scanEvidence({ root: await tree(files), workers: 1 })).report;
    expect(off.features.some((f) => f.status === 'FAIL')).toBe(false);
    expect(off.features.flatMap((f) => f.reasons)).toContain("stub at server/database.js:6 (no entry's path calls rollbackLatestPatch()): static async rollbackLatestPatch() {}");
    const called = { ...files, 'server/server.js': files['server/server.js'].replace('app.listen', "app.post('/api/rollback', async (req, res) => res.json(await Database.rollbackLatestPatch()));\napp.listen") };
    const on = (await scanEvidence({ root: await tree(called), workers: 1 })).report;
    expect(on.features.filter((f) => f.status === 'FAIL').flatMap((f) => f.reasons.filter((r) => r.startsWith('stub at')))).toEqual(['stub at server/database.js:6: static async rollbackLatestPatch() {}']);
  });
});
