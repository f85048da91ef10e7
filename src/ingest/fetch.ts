// Fetching URLs without becoming an SSRF proxy: only http(s); every target address — an IP literal,
// or every address its name resolves to — is checked BEFORE a socket opens, on the first request and
// on every redirect; the connection is pinned to the checked address (no DNS rebinding between check
// and connect). Timeouts, at most 5 redirects, and a 20 MB cap counted after decompression.

import { lookup as dnsLookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import zlib from 'node:zlib';

export const MAX_FETCH_BYTES = 20 * 1024 * 1024;
export const MAX_REDIRECTS = 5;

export interface ResolvedAddress { address: string; family: number }

export interface FetchOptions {
  allowPrivate?: boolean;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** Name resolution (tests inject one); default: the system resolver, all addresses. */
  resolve?: (host: string) => Promise<ResolvedAddress[]>;
  /** "ip:port" pairs treated as public (tests only: a local server standing in for a public site). */
  trust?: string[];
  userAgent?: string;
}

export interface Fetched { url: string; status: number; contentType: string; body: Buffer; redirects: number }

export class FetchError extends Error {
  constructor(readonly url: string, readonly reason: string) {
    super(`${url}: ${reason}`);
    this.name = 'FetchError';
  }
}

function v4parts(ip: string): number[] | undefined {
  const p = ip.split('.').map(Number);
  return p.length === 4 && p.every((n) => Number.isInteger(n) && n >= 0 && n <= 255) ? p : undefined;
}

function v4blocked(p: number[]): string | undefined {
  const [a, b] = p;
  if (a === 0) return 'unspecified';
  if (a === 10) return 'private';
  if (a === 100 && b >= 64 && b <= 127) return 'shared (CGNAT)';
  if (a === 127) return 'loopback';
  if (a === 169 && b === 254) return 'link-local';
  if (a === 172 && b >= 16 && b <= 31) return 'private';
  if (a === 192 && b === 168) return 'private';
  if (a === 192 && b === 0 && p[2] === 0) return 'IETF protocol assignments';
  if (a === 198 && (b === 18 || b === 19)) return 'benchmarking';
  if (a >= 224) return a < 240 ? 'multicast' : 'reserved';
  return undefined;
}

/** Eight 16-bit groups of an IPv6 address (accepts an embedded dotted IPv4 tail), or undefined. */
function v6groups(ip: string): number[] | undefined {
  let s = ip.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (tail) {
    const p = v4parts(tail[1]);
    if (!p) return undefined;
    s = s.slice(0, -tail[1].length) + `${((p[0] << 8) | p[1]).toString(16)}:${((p[2] << 8) | p[3]).toString(16)}`;
  }
  const halves = s.split('::');
  if (halves.length > 2) return undefined;
  const parse = (x: string) => (x ? x.split(':').map((h) => (/^[0-9a-f]{1,4}$/i.test(h) ? parseInt(h, 16) : NaN)) : []);
  const head = parse(halves[0]);
  const rest = halves.length === 2 ? parse(halves[1]) : [];
  const fill = halves.length === 2 ? 8 - head.length - rest.length : 0;
  const g = [...head, ...Array(Math.max(0, fill)).fill(0), ...rest];
  return g.length === 8 && g.every((n) => Number.isInteger(n)) ? g : undefined;
}

/** Why an address may not be fetched ("loopback", "private", …), or undefined when it is public. */
export function blockedReason(ip: string): string | undefined {
  const fam = isIP(ip.replace(/^\[|\]$/g, '').replace(/%.*$/, ''));
  if (fam === 4) return v4blocked(v4parts(ip)!);
  if (fam !== 6) return 'not an IP address';
  const g = v6groups(ip);
  if (!g) return 'unparseable IPv6 address';
  const embedded = (hi: number, lo: number) => v4blocked([hi >> 8, hi & 255, lo >> 8, lo & 255]);
  if (g.every((x) => x === 0)) return 'unspecified';
  if (g.slice(0, 7).every((x) => x === 0) && g[7] === 1) return 'loopback';
  // ::ffff:a.b.c.d (mapped), ::a.b.c.d (compatible), 64:ff9b::a.b.c.d (NAT64): judge the IPv4 inside.
  if (g.slice(0, 5).every((x) => x === 0) && (g[5] === 0xffff || g[5] === 0)) return embedded(g[6], g[7]) ?? (g[5] === 0 ? 'IPv4-compatible' : undefined);
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return embedded(g[6], g[7]);
  if (g[0] === 0x2002) return embedded(g[1], g[2]); // 6to4
  if ((g[0] & 0xfe00) === 0xfc00) return 'unique local (private)';
  if ((g[0] & 0xffc0) === 0xfe80) return 'link-local';
  if ((g[0] & 0xffc0) === 0xfec0) return 'site-local';
  if ((g[0] & 0xff00) === 0xff00) return 'multicast';
  if (g[0] === 0x2001 && g[1] === 0xdb8) return 'documentation';
  return undefined;
}

async function defaultResolve(host: string): Promise<ResolvedAddress[]> {
  return dnsLookup(host, { all: true, verbatim: true });
}

/** Checks a URL's target before any connection: returns the address to pin the connection to. */
export async function checkTarget(u: URL, opts: FetchOptions): Promise<ResolvedAddress> {
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new FetchError(u.href, `only http and https URLs can be fetched, not ${u.protocol}`);
  if (u.username || u.password) throw new FetchError(u.href, 'URLs with credentials are refused');
  const host = u.hostname.replace(/^\[|\]$/g, '');
  const port = u.port || (u.protocol === 'https:' ? '443' : '80');
  let addrs: ResolvedAddress[];
  if (isIP(host)) addrs = [{ address: host, family: isIP(host) }];
  else {
    try { addrs = await (opts.resolve ?? defaultResolve)(host); } catch (e) {
      throw new FetchError(u.href, `cannot resolve ${host}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    if (!addrs.length) throw new FetchError(u.href, `cannot resolve ${host}`);
  }
  if (!opts.allowPrivate) {
    // Every address must be public: a name that also resolves to 10.0.0.1 is refused outright.
    for (const a of addrs) {
      if (opts.trust?.includes(`${a.address}:${port}`)) continue;
      const why = blockedReason(a.address);
      if (why) throw new FetchError(u.href, `refused: ${host} is ${a.address === host ? '' : `${a.address}, `}a ${why} address (use --allow-private to permit)`);
    }
  }
  return addrs[0];
}

function decoder(encoding: string | undefined): NodeJS.ReadWriteStream | undefined {
  switch ((encoding ?? '').trim().toLowerCase()) {
    case 'gzip': case 'x-gzip': return zlib.createGunzip();
    case 'deflate': return zlib.createInflate();
    case 'br': return zlib.createBrotliDecompress();
    default: return undefined;
  }
}

function once(u: URL, pin: ResolvedAddress, opts: FetchOptions, deadline: number): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  const max = opts.maxBytes ?? MAX_FETCH_BYTES;
  return new Promise((resolve, reject) => {
    const mod = u.protocol === 'https:' ? https : http;
    let settled = false;
    const fail = (reason: string) => { if (!settled) { settled = true; reject(new FetchError(u.href, reason)); } req.destroy(); };
    const remaining = deadline - Date.now();
    if (remaining <= 0) { reject(new FetchError(u.href, 'timed out')); return; }
    const req = mod.request(u, {
      method: 'GET',
      headers: {
        'user-agent': opts.userAgent ?? 'newsgraph/0.1 (+ingest)',
        accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5',
        'accept-encoding': 'gzip, deflate, br',
      },
      // The name was resolved and checked already: connect to exactly that address.
      lookup: ((_host: string, o: { all?: boolean }, cb: (...a: unknown[]) => void) => {
        if (o?.all) cb(null, [{ address: pin.address, family: pin.family }]);
        else cb(null, pin.address, pin.family);
      }) as unknown as typeof import('node:dns').lookup,
      timeout: Math.min(remaining, opts.timeoutMs ?? 15000),
    });
    const timer = setTimeout(() => fail('timed out'), remaining);
    req.on('timeout', () => fail('timed out (no data)'));
    req.on('error', (e) => { clearTimeout(timer); if (!settled) { settled = true; reject(new FetchError(u.href, (e as NodeJS.ErrnoException).code ?? e.message)); } });
    req.on('response', (res) => {
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400) { clearTimeout(timer); settled = true; res.resume(); resolve({ status, headers: res.headers, body: Buffer.alloc(0) }); req.destroy(); return; }
      const len = Number(res.headers['content-length']);
      if (Number.isFinite(len) && len > max) { clearTimeout(timer); fail(`too large: ${len} bytes (limit ${max})`); return; }
      const dec = decoder(res.headers['content-encoding'] as string | undefined);
      const stream: NodeJS.ReadableStream = dec ? res.pipe(dec) : res;
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (c: Buffer) => {
        size += c.length;
        if (size > max) { clearTimeout(timer); fail(`too large: over ${max} bytes after decompression`); (dec as unknown as { destroy?: () => void })?.destroy?.(); return; }
        chunks.push(c);
      });
      stream.on('error', (e: Error) => { clearTimeout(timer); fail(`bad content encoding: ${e.message}`); });
      stream.on('end', () => { clearTimeout(timer); if (!settled) { settled = true; resolve({ status, headers: res.headers, body: Buffer.concat(chunks) }); } });
    });
    req.end();
  });
}

/** GETs a URL under the rules above. Non-2xx answers are errors. */
export async function safeFetch(url: string, opts: FetchOptions = {}): Promise<Fetched> {
  let u: URL;
  try { u = new URL(url); } catch { throw new FetchError(url, 'not a valid URL'); }
  const deadline = Date.now() + (opts.timeoutMs ?? 15000) * 2;
  const maxRedirects = opts.maxRedirects ?? MAX_REDIRECTS;
  for (let hop = 0; ; hop++) {
    const pin = await checkTarget(u, opts);
    const r = await once(u, pin, opts, deadline);
    if (r.status >= 300 && r.status < 400 && r.headers.location) {
      if (hop >= maxRedirects) throw new FetchError(url, `more than ${maxRedirects} redirects`);
      try { u = new URL(String(r.headers.location), u); } catch { throw new FetchError(u.href, 'redirect to an invalid URL'); }
      continue;
    }
    if (r.status < 200 || r.status >= 300) throw new FetchError(u.href, `HTTP ${r.status}`);
    return { url: u.href, status: r.status, contentType: String(r.headers['content-type'] ?? ''), body: r.body, redirects: hop };
  }
}
