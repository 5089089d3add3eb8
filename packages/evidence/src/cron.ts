/** Result of {@link validateCron}: valid, or the first problem in words. */
export type CronCheck = { valid: true } | { valid: false; problem: string };

const MACROS = new Set(['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly', '@reboot']);
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

interface Field {
  name: string;
  min: number;
  max: number;
  names?: readonly string[];
  /** Quartz / Cloudflare extras allowed in this field: `L`, `W`, `#`, `?`. */
  extras?: boolean;
}

const SECOND: Field = { name: 'second', min: 0, max: 59 };
const FIELDS: readonly Field[] = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31, extras: true },
  { name: 'month', min: 1, max: 12, names: MONTHS },
  { name: 'day of week', min: 0, max: 7, names: DAYS, extras: true },
];

/**
 * Checks a cron expression: 5 fields (minute hour day-of-month month day-of-week), 6 with a
 * leading seconds field (node-cron, croner), or a macro such as `@daily`. Accepts lists, ranges,
 * steps, month and day names, and the `L`/`W`/`#`/`?` forms Cloudflare cron triggers allow.
 *
 * @example
 * validateCron('0 2 * * *'); // { valid: true }
 * validateCron('61 * * * *'); // { valid: false, problem: 'minute: 61 is out of range 0-59' }
 */
export function validateCron(expression: string): CronCheck {
  const expr = expression.trim();
  if (expr === '') return { valid: false, problem: 'empty expression' };
  if (expr.startsWith('@')) return MACROS.has(expr.toLowerCase()) ? { valid: true } : { valid: false, problem: `unknown macro ${expr}` };
  const parts = expr.split(/\s+/);
  let fields: readonly Field[];
  if (parts.length === 5) fields = FIELDS;
  else if (parts.length === 6) fields = [SECOND, ...FIELDS];
  else return { valid: false, problem: `expected 5 or 6 fields, got ${parts.length}` };
  for (let i = 0; i < parts.length; i++) {
    const problem = checkField(parts[i] as string, fields[i] as Field);
    if (problem) return { valid: false, problem: `${(fields[i] as Field).name}: ${problem}` };
  }
  const never = impossibleDate(parts.slice(parts.length - 3));
  return never ? { valid: false, problem: never } : { valid: true };
}

// Longest month lengths (February 29 in leap years).
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// `0 0 30 2 *` is well-formed and never fires. Only decided when the day-of-month and month fields
// are plain values or ranges and the day of week is unrestricted (cron runs a schedule whose
// day-of-month and day-of-week are both restricted when either matches).
function impossibleDate([dom, month, dow]: string[]): string | null {
  if (dom === undefined || month === undefined || (dow !== '*' && dow !== '?')) return null;
  const days = plainValues(dom, FIELDS[2] as Field);
  const months = plainValues(month, FIELDS[3] as Field);
  if (!days || !months || days.length === 0 || months.length === 0) return null;
  const first = Math.min(...days);
  const longest = Math.max(...months.map((m) => MONTH_DAYS[m - 1] ?? 31));
  if (first <= longest) return null;
  const names = [...new Set(months)].sort((a, b) => a - b).map((m) => MONTHS[m - 1]);
  return `day of month ${first} never occurs in ${names.join(', ')} (the schedule never fires)`;
}

// Every value of a field made only of numbers, names and ranges; null when it has `*`, steps or extras.
function plainValues(text: string, field: Field): number[] | null {
  const out: number[] = [];
  for (const element of text.split(',')) {
    const bounds = element.split('-');
    if (element.includes('/') || bounds.length > 2) return null;
    const vs = bounds.map((b) => valueOf(b, field));
    if (vs.some((v) => typeof v === 'string')) return null;
    const [lo, hi] = [vs[0] as number, (vs[1] ?? vs[0]) as number];
    for (let v = lo; v <= hi; v++) out.push(v);
  }
  return out;
}

function checkField(text: string, field: Field): string | null {
  for (const element of text.split(',')) {
    if (element === '') return `empty list element in "${text}"`;
    const problem = checkElement(element, field);
    if (problem) return problem;
  }
  return null;
}

function checkElement(element: string, field: Field): string | null {
  const upper = element.toUpperCase();
  if (field.extras && (upper === '?' || upper === 'L' || upper === 'LW')) return null;
  const [range, step, ...rest] = element.split('/');
  if (rest.length) return `too many "/" in "${element}"`;
  if (step !== undefined && !/^\d+$/.test(step)) return `step "${step}" is not a number`;
  if (step !== undefined && Number(step) === 0) return 'step 0 is not allowed';
  if (range === undefined || range === '') return `missing value in "${element}"`;
  if (range === '*') return null;
  if (field.extras && /^\d+[LW#]\d*$/i.test(range)) {
    const m = /^(\d+)(L|W|#(\d+))?$/i.exec(range);
    if (!m) return `"${range}" is not a valid ${field.name}`;
    if (m[3] !== undefined && (Number(m[3]) < 1 || Number(m[3]) > 5)) return `"#${m[3]}" must be 1-5`;
    return checkValue(m[1] as string, field);
  }
  const bounds = range.split('-');
  if (bounds.length > 2) return `"${range}" is not a valid range`;
  const values: number[] = [];
  for (const b of bounds) {
    const v = valueOf(b, field);
    if (typeof v === 'string') return v;
    values.push(v);
  }
  if (values.length === 2 && (values[0] as number) > (values[1] as number)) return `range ${range} runs backwards`;
  return null;
}

function checkValue(text: string, field: Field): string | null {
  const v = valueOf(text, field);
  return typeof v === 'string' ? v : null;
}

function valueOf(text: string, field: Field): number | string {
  if (/^\d+$/.test(text)) {
    const n = Number(text);
    if (n < field.min || n > field.max) return `${n} is out of range ${field.min}-${field.max}`;
    return n;
  }
  const idx = field.names?.indexOf(text.toUpperCase()) ?? -1;
  if (idx >= 0) return idx + (field.min === 1 ? 1 : 0);
  return `"${text}" is not a valid ${field.name}`;
}
