/**
 * JSON with object keys sorted at every depth, so the same data always gives the same bytes.
 * Arrays keep their order (sort rows before calling). Ends with a newline. DEL, the C1 controls and
 * the bidi controls, which JSON allows raw but a terminal may act on, are written as `\u` escapes
 * (the same data, inert when a report is printed).
 */
export function stableStringify(value: unknown, indent = 2): string {
  return `${inertJson(JSON.stringify(sortKeys(value), null, indent))}\n`;
}

// These characters can only occur inside JSON strings, where `\uXXXX` means the same character.
const RAW_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Rewrites DEL, C1 and bidi controls in JSON text as `\uXXXX` escapes (JSON.stringify leaves them raw). */
export function inertJson(json: string): string {
  return json.replace(RAW_IN_JSON, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}
