// What well-known names mean to value-source.ts: request objects, calls that keep or drop a value's
// source, escaping helpers and machine-local values.

// Names a request object goes by in Express, Koa, Hono, Fastify, Next.js, Workers and Lambda handlers.
export const REQUEST_ROOTS = new Set(['req', 'request', 'ctx', 'c', 'context', 'event', 'evt']);
// Roots that are the request itself; on the others (`c`, `ctx`), `json`/`text`/`url` are the response's.
export const REQUEST_ITSELF = new Set(['req', 'request', 'event', 'evt']);
export const BODY_READERS = new Set(['json', 'text', 'formData', 'url', 'arrayBuffer', 'blob']);
// Members of those that carry what the client sent.
export const REQUEST_MEMBERS = new Set([
  'body', 'query', 'params', 'param', 'headers', 'header', 'cookies', 'searchParams', 'queryStringParameters', 'pathParameters', 'valid', 'files', 'file',
]);
// Calls whose result is a number, boolean or a fixed shape: safe whatever their arguments.
export const NUMERIC_CALLS = new Set(['Number', 'parseInt', 'parseFloat', 'Boolean', 'isNaN', 'isFinite', 'now', 'getTime', 'indexOf', 'lastIndexOf', 'toFixed', 'randomUUID', 'includes', 'startsWith', 'endsWith', 'test']);
// Calls returning a path or string derived only from their arguments (and the receiver).
export const PASS_THROUGH_CALLS = new Set([
  'join', 'resolve', 'relative', 'dirname', 'basename', 'extname', 'normalize', 'toLowerCase', 'toUpperCase', 'toLocaleLowerCase',
  'toLocaleUpperCase', 'trim', 'trimStart', 'trimEnd', 'slice', 'substring', 'substr', 'padStart', 'padEnd', 'replace', 'replaceAll', 'repeat',
  'concat', 'toString', 'String', 'split', 'at', 'charAt', 'filter', 'sort', 'reverse', 'flat', 'keys', 'values', 'entries', 'fileURLToPath',
  'encodeURIComponent', 'encodeURI', 'decodeURIComponent', 'decodeURI',
]);
// Element-wise callbacks: the callback's first parameter is an element of the receiver.
export const ELEMENT_CALLBACKS = new Set(['map', 'forEach', 'filter', 'flatMap', 'some', 'every', 'find']);
// Helpers that quote or escape a value for SQL or a shell (`escapeIdentifier`, `shellQuote.quote`, `mysql.escape`).
export const ESCAPING = /^(?:escape\w*|\w*Escape\w*|quote|\w*Quote\w*|sqlstring|format(?:Identifier|Literal)|ident|literal)$/;
// Local, machine-chosen paths and values.
export const LOCAL_NAMES = new Set(['__dirname', '__filename', 'undefined', 'NaN', 'Infinity']);
export const LOCAL_CALLS = new Set(['cwd', 'tmpdir', 'homedir', 'hostname', 'platform', 'arch', 'release', 'type']);
