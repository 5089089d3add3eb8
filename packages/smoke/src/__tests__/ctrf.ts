import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { validate as ctrfValidate } from 'ctrf';
import { validate } from '@readycheck/core';
import { repoRoot } from './helpers.js';

// ajv-formats is CommonJS; under NodeNext its default export arrives as the module object.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => void;

const ctrfSchema = JSON.parse(readFileSync(path.join(repoRoot, 'node_modules/ctrf/dist/ctrf-schema-0.0.json'), 'utf8')) as object;
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validateCtrf = ajv.compile(ctrfSchema);

/**
 * Problems of a report against our schema, the published CTRF JSON Schema (draft-07 with ajv) and
 * the ctrf package's own validator; empty when all three accept it.
 */
export function reportProblems(report: unknown): string[] {
  const problems: string[] = [];
  const ours = validate('smoke-report', report, 'report');
  if (!ours.valid) problems.push(...ours.issues.map((i) => `ours ${i.pointer}: ${i.message}`));
  if (!validateCtrf(report)) problems.push(...(validateCtrf.errors ?? []).map((e) => `ctrf-schema ${e.instancePath}: ${e.message}`));
  const ref = ctrfValidate(report);
  if (!ref.valid) problems.push(...ref.errors.map((e) => `ctrf ${JSON.stringify(e)}`));
  return problems;
}
