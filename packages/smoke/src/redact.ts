/** What a redacted secret is replaced with. */
export const REDACTED = '***';

/** Replaces secrets in a text. */
export type Redactor = (text: string) => string;

/**
 * Variables whose values are not secrets and are too common to cut out of output (`/root`,
 * `C.UTF-8`, `true`): redacting them would make every path in a report unreadable.
 */
const BENIGN = new Set([
  'PATH',
  'HOME',
  'LANG',
  'LANGUAGE',
  'PWD',
  'OLDPWD',
  'SHELL',
  'TERM',
  'USER',
  'LOGNAME',
  'SHLVL',
  '_',
  'HOSTNAME',
  'TMPDIR',
  'TMP',
  'TEMP',
  'CI',
  'TZ',
  'COLORTERM',
  'EDITOR',
  'PAGER',
  'NODE_ENV',
  'INIT_CWD',
]);
/** Values shorter than this are left alone (`1`, `yes`, `dev` appear everywhere in output). */
export const MIN_SECRET_LENGTH = 6;

/** `user:password@` in a URL: the password part is replaced. */
const URL_USERINFO = /(\b[a-z][a-z0-9+.-]*:\/\/[^\s:/?#@]*):([^\s/?#@]+)@/gi;

/** `http://user:pw@host` → `http://user:***@host`, anywhere in a text. */
export function redactUrlCredentials(text: string): string {
  return text.replace(URL_USERINFO, (_m, head: string) => `${head}:${REDACTED}@`);
}

/**
 * A redactor for the values of an environment: every value of at least
 * {@link MIN_SECRET_LENGTH} characters (except of well-known harmless variables such as PATH and
 * HOME) is replaced by `***`, longest first, and so are URL credentials.
 *
 * @example
 * const redact = envRedactor(process.env);
 * report.output = redact(output); // "token=***"
 */
export function envRedactor(env: Readonly<Record<string, string | undefined>>, extra: readonly string[] = []): Redactor {
  const values = new Set<string>();
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined || BENIGN.has(name) || name.startsWith('LC_')) continue;
    if (value.trim().length >= MIN_SECRET_LENGTH) values.add(value.trim());
  }
  for (const v of extra) if (v.length >= MIN_SECRET_LENGTH) values.add(v);
  return secretsRedactor([...values]);
}

/** A redactor for a list of literal secrets (longest first, so a secret inside another goes too). */
export function secretsRedactor(secrets: readonly string[]): Redactor {
  const sorted = [...new Set(secrets.filter(Boolean))].sort((a, b) => b.length - a.length);
  return (text) => {
    let out = text;
    for (const s of sorted) if (out.includes(s)) out = out.split(s).join(REDACTED);
    return redactUrlCredentials(out);
  };
}

/**
 * The secrets a URL carries in its user-info: the password as written and decoded, and the
 * base64 `user:password` an HTTP client sends as Basic authorization.
 */
export function urlSecrets(url: string | undefined): string[] {
  if (url === undefined) return [];
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    // Not a URL: it carries no credentials this function can find.
    return [];
  }
  if (!u.password) return [];
  const decoded = safeDecode(u.password);
  const user = safeDecode(u.username);
  return [`${u.username}:${u.password}@`, u.password, decoded, Buffer.from(`${user}:${decoded}`).toString('base64')].filter((s) => s.length >= 3);
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    // A malformed escape is kept as written.
    return s;
  }
}

/**
 * A redactor for URLs' credentials: `http://user:pw@host` becomes `http://user:***@host` and
 * each password (or its Basic-auth form) is cut wherever else it appears.
 */
export function urlRedactor(urls: string | undefined | readonly (string | undefined)[]): Redactor {
  const list = Array.isArray(urls) ? (urls as readonly (string | undefined)[]) : [urls as string | undefined];
  const userinfos: [string, string][] = [];
  const rest: string[] = [];
  for (const url of list) {
    const secrets = urlSecrets(url);
    if (!secrets.length) continue;
    const [userinfo, ...others] = secrets;
    userinfos.push([userinfo!, `${userinfo!.slice(0, userinfo!.indexOf(':'))}:${REDACTED}@`]);
    rest.push(...others);
  }
  if (!userinfos.length) return redactUrlCredentials;
  const inner = secretsRedactor(rest);
  return (text) => inner(userinfos.reduce((t, [from, to]) => t.split(from).join(to), text));
}

/** Applies `redact` to every string in a JSON-like value (keys too), returning a copy. */
export function redactDeep<T>(value: T, redact: Redactor): T {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return redact(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[redact(k)] = walk(x);
      return out;
    }
    return v;
  };
  return walk(value) as T;
}
