import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { ReadycheckError, truncate } from '@readycheck/core';

/** One entry of `allowedOrigins`, parsed. */
export interface OriginRule {
  /** `https:` or `http:`. */
  protocol: string;
  /** Host name (for a wildcard: the suffix after `*.`). */
  host: string;
  /** Port as URL.port gives it (`''` for the scheme's default). */
  port: string;
  wildcard: boolean;
}

/** Resolves a host to every address it has. */
export type LookupAll = (hostname: string) => Promise<Array<{ address: string; family: number }>>;

const defaultLookup: LookupAll = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

function invalidOrigin(entry: unknown, why: string): ReadycheckError {
  return new ReadycheckError('RC_HEALTH_INVALID_OPTION', `health option "allowedOrigins" entry ${JSON.stringify(truncate(String(entry), 100))} ${why}`);
}

/**
 * Parses `allowedOrigins`: exact origins (`https://hooks.example.com:8443`) or one-label wildcards
 * (`https://*.example.com`). Throws `RC_HEALTH_INVALID_OPTION` for anything else.
 */
export function parseAllowedOrigins(entries: unknown): OriginRule[] {
  if (entries === undefined) return [];
  if (!Array.isArray(entries)) throw invalidOrigin(entries, 'is not an array of origins');
  return entries.map((entry): OriginRule => {
    if (typeof entry !== 'string') throw invalidOrigin(entry, 'is not a string');
    const wildcard = /^https?:\/\/\*\./i.test(entry);
    let url: URL;
    try {
      url = new URL(wildcard ? entry.replace('*.', 'wildcard-placeholder.') : entry);
    } catch {
      throw invalidOrigin(entry, 'is not a URL origin like https://hooks.example.com');
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw invalidOrigin(entry, 'must be http: or https:');
    if (url.username !== '' || url.password !== '') throw invalidOrigin(entry, 'must not contain credentials');
    if (url.pathname !== '/' || url.search !== '' || url.hash !== '' || /\/./.test(entry.replace(/^https?:\/\//i, ''))) {
      throw invalidOrigin(entry, 'must be an origin (scheme, host, port) without a path');
    }
    const host = wildcard ? url.hostname.slice('wildcard-placeholder.'.length) : url.hostname;
    if (wildcard && (host === '' || !host.includes('.') || isIP(host) !== 0)) throw invalidOrigin(entry, 'wildcard must cover a domain like *.example.com');
    return { protocol: url.protocol, host, port: url.port, wildcard };
  });
}

function refused(url: string, why: string): ReadycheckError {
  return new ReadycheckError('RC_CALLBACK_REFUSED', `callback URL ${JSON.stringify(truncate(url, 120))} refused: ${why}`);
}

function expandIPv6(ip: string): number[] | null {
  let text = ip.toLowerCase();
  const zone = text.indexOf('%');
  if (zone >= 0) text = text.slice(0, zone);
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (v4) {
    const b = v4.slice(1, 5).map(Number);
    if (b.some((x) => x > 255)) return null;
    text = `${text.slice(0, v4.index)}${((b[0]! << 8) | b[1]!).toString(16)}:${((b[2]! << 8) | b[3]!).toString(16)}`;
  }
  const halves = text.split('::');
  const parse = (s: string): number[] => (s === '' ? [] : s.split(':').map((h) => parseInt(h, 16)));
  const head = parse(halves[0] ?? '');
  const rest = halves.length > 1 ? parse(halves[1] ?? '') : [];
  const fill = 8 - head.length - rest.length;
  if (halves.length > 2 || fill < 0 || (halves.length === 1 && fill !== 0)) return null;
  const groups = [...head, ...new Array<number>(halves.length > 1 ? fill : 0).fill(0), ...rest];
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : null;
}

function classifyIPv4(ip: string): string | null {
  const b = ip.split('.').map(Number);
  const [a = 0, c = 0] = b;
  if (a === 0) return 'unspecified';
  if (a === 10) return 'private';
  if (a === 100 && c >= 64 && c <= 127) return 'shared (carrier-grade NAT)';
  if (a === 127) return 'loopback';
  if (a === 169 && c === 254) return 'link-local';
  if (a === 172 && c >= 16 && c <= 31) return 'private';
  if (a === 192 && c === 0 && b[2] === 0) return 'IETF protocol';
  if (a === 192 && c === 168) return 'private';
  if (a === 198 && (c === 18 || c === 19)) return 'benchmarking';
  if (a >= 224 && a <= 239) return 'multicast';
  if (a >= 240) return 'reserved';
  return null;
}

/**
 * Names the kind of a non-public address (`loopback`, `private`, `link-local`, …), or null for a
 * public one. IPv4-mapped, NAT64 and 6to4 IPv6 addresses are judged by the IPv4 inside them.
 *
 * @example
 * nonPublicAddressKind('169.254.169.254'); // → 'link-local' (cloud metadata)
 * nonPublicAddressKind('::ffff:10.0.0.1'); // → 'private'
 * nonPublicAddressKind('8.8.8.8'); // → null
 */
export function nonPublicAddressKind(address: string): string | null {
  const family = isIP(address);
  if (family === 4) return classifyIPv4(address);
  if (family !== 6) return 'not an IP address';
  const g = expandIPv6(address);
  if (g === null) return 'not an IP address';
  const v4 = (hi: number, lo: number): string => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  if (g.every((x) => x === 0)) return 'unspecified';
  if (g.slice(0, 7).every((x) => x === 0) && g[7] === 1) return 'loopback';
  if (g.slice(0, 5).every((x) => x === 0) && (g[5] === 0xffff || g[5] === 0)) return classifyIPv4(v4(g[6]!, g[7]!)) ?? (g[5] === 0 ? 'IPv4-compatible' : null);
  if (g[0] === 0x64 && g[1] === 0xff9b) return classifyIPv4(v4(g[6]!, g[7]!));
  if (g[0] === 0x2002) return classifyIPv4(v4(g[1]!, g[2]!));
  if ((g[0]! & 0xfe00) === 0xfc00) return 'private (unique local)';
  if ((g[0]! & 0xffc0) === 0xfe80) return 'link-local';
  if ((g[0]! & 0xffc0) === 0xfec0) return 'private (site-local)';
  if ((g[0]! & 0xff00) === 0xff00) return 'multicast';
  return null;
}

/** Settings {@link vetCallbackUrl} reads. */
export interface CallbackPolicy {
  allowedOrigins: OriginRule[];
  allowPrivateNetwork: boolean;
  lookup?: LookupAll;
}

/**
 * Checks a callback URL before any connection: http(s) only, no credentials, origin in
 * `allowedOrigins`; a host matched only by a wildcard must resolve to public addresses unless
 * `allowPrivateNetwork`. Returns the URL and whether its host still needs vetting at connect time.
 * Throws `RC_CALLBACK_REFUSED` with the reason.
 */
export async function vetCallbackUrl(raw: unknown, policy: CallbackPolicy): Promise<{ url: URL; guardConnect: boolean }> {
  if (typeof raw !== 'string' && !(raw instanceof URL)) throw refused(String(raw), 'not a URL string');
  const text = String(raw);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw refused(text, 'not a valid absolute URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw refused(text, `scheme "${url.protocol}" is not http: or https:`);
  if (url.username !== '' || url.password !== '') throw refused(url.origin, 'URLs with credentials are never posted to');
  const host = url.hostname;
  const rule = policy.allowedOrigins.find(
    (r) =>
      r.protocol === url.protocol &&
      r.port === url.port &&
      (r.wildcard ? host.endsWith(`.${r.host}`) && !host.slice(0, -r.host.length - 1).includes('.') : host === r.host),
  );
  if (rule === undefined) {
    const listed = policy.allowedOrigins.length === 0 ? 'allowedOrigins is empty' : `origin ${url.origin} is not in allowedOrigins`;
    throw refused(url.origin, listed);
  }
  // An exactly listed origin is the caller's explicit choice, private address or not.
  if (!rule.wildcard || policy.allowPrivateNetwork) return { url, guardConnect: false };
  // A wildcard only matches domain names (never IP literals): resolve and judge every address.
  let addresses: Array<{ address: string; family: number }>;
  try {
    addresses = await (policy.lookup ?? defaultLookup)(host);
  } catch (cause) {
    throw new ReadycheckError('RC_CALLBACK_REFUSED', `callback URL ${url.origin} refused: host does not resolve (${truncate((cause as Error).message, 120)})`, { cause });
  }
  if (addresses.length === 0) throw refused(url.origin, 'host does not resolve');
  for (const { address } of addresses) {
    const kind = nonPublicAddressKind(address);
    if (kind !== null) throw refused(url.origin, `${host} resolves to ${address}, a ${kind} address`);
  }
  return { url, guardConnect: true };
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | Array<{ address: string; family: number }>, family?: number) => void;

/**
 * A `net.connect` lookup that refuses non-public addresses at connect time: it closes the gap
 * between vetting a host name and connecting to it (DNS rebinding).
 */
export function publicOnlyLookup(lookup: LookupAll = defaultLookup) {
  return (hostname: string, options: { all?: boolean; family?: number }, callback: LookupCallback): void => {
    lookup(hostname).then(
      (addresses) => {
        const usable = addresses.filter((a) => options.family === undefined || options.family === 0 || a.family === options.family);
        const bad = usable.find((a) => nonPublicAddressKind(a.address) !== null);
        if (bad || usable.length === 0) {
          const err = refused(hostname, bad ? `${hostname} resolves to ${bad.address}, a ${nonPublicAddressKind(bad.address)} address` : 'host does not resolve');
          callback(err as unknown as NodeJS.ErrnoException, options.all ? [] : '', 4);
          return;
        }
        if (options.all) callback(null, usable);
        else callback(null, usable[0]!.address, usable[0]!.family);
      },
      (err: NodeJS.ErrnoException) => callback(err, options.all ? [] : '', 4),
    );
  };
}
