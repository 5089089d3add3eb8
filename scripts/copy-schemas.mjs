#!/usr/bin/env node
// Copies schemas/*.schema.json into packages/core/schemas/ so the published package carries them
// (the root schemas/ folder is not published). Run by `npm run build`.
import { cp, mkdir, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = new URL('..', import.meta.url);
const from = fileURLToPath(new URL('schemas/', root));
const to = fileURLToPath(new URL('packages/core/schemas/', root));
await mkdir(to, { recursive: true });
for (const f of (await readdir(from)).filter((n) => n.endsWith('.schema.json'))) await cp(from + f, to + f);
