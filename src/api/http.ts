import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';

/** A client mistake (4xx) or a server fault (5xx), answered as `{ error: { status, code, message } }`. */
export class HttpError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) { super(message); }
}

export const MAX_BODY_BYTES = 1024 * 1024;

// Strict CSP: scripts and styles only from this origin, no inline script, no framing, no plugins.
export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const data = JSON.stringify(body);
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(data), 'cache-control': 'no-store' });
  res.end(data);
}

/**
 * Sends a cached, serialised JSON body; gzipped (compressed once, then reused) when the client accepts it
 * and the body is large enough to be worth it.
 */
export function sendCached(req: IncomingMessage, res: ServerResponse, c: { status: number; body: string; gz?: Buffer }): void {
  const headers: Record<string, string | number> = { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', vary: 'accept-encoding' };
  if (c.body.length > 2048 && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    c.gz ??= gzipSync(c.body, { level: 5 });
    res.writeHead(c.status, { ...headers, 'content-encoding': 'gzip', 'content-length': c.gz.length });
    res.end(c.gz);
    return;
  }
  res.writeHead(c.status, { ...headers, 'content-length': Buffer.byteLength(c.body) });
  res.end(c.body);
}

export function sendError(res: ServerResponse, e: HttpError): void {
  sendJson(res, e.status, { error: { status: e.status, code: e.code, message: e.message } });
}

/** Reads a JSON body, refusing more than 1 MB with 413 (stops reading at once). */
export async function readJson(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<unknown> {
  const type = req.headers['content-type'] ?? '';
  if (!/^application\/json\b/i.test(type)) throw new HttpError(415, 'unsupported_media_type', 'send the body as application/json');
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) { req.resume(); throw new HttpError(413, 'payload_too_large', `the body is over the ${limit / 1024 / 1024} MB limit`); }
  const chunks: Buffer[] = [];
  let n = 0;
  for await (const c of req) {
    n += (c as Buffer).length;
    if (n > limit) { req.resume(); throw new HttpError(413, 'payload_too_large', `the body is over the ${limit / 1024 / 1024} MB limit`); }
    chunks.push(c as Buffer);
  }
  try { return JSON.parse(Buffer.concat(chunks).toString('utf8')); } catch {
    throw new HttpError(400, 'bad_json', 'the body is not valid JSON');
  }
}

/** Query helpers that turn bad parameters into 400s. */
export class Query {
  constructor(private readonly p: URLSearchParams) {}
  str(name: string, max = 500): string | undefined {
    const v = this.p.get(name);
    if (v === null || v === '') return undefined;
    if (v.length > max) throw new HttpError(400, 'bad_parameter', `"${name}" is longer than ${max} characters`);
    return v;
  }
  int(name: string, min: number, max: number): number | undefined {
    const v = this.p.get(name);
    if (v === null || v === '') return undefined;
    if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) throw new HttpError(400, 'bad_parameter', `"${name}" must be a whole number from ${min} to ${max}`);
    return Number(v);
  }
  date(name: string): string | undefined {
    const v = this.str(name, 40);
    if (v !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v)) throw new HttpError(400, 'bad_parameter', `"${name}" must be a date YYYY[-MM[-DD]]`);
    return v;
  }
  oneOf<T extends string>(name: string, allowed: readonly T[]): T | undefined {
    const v = this.str(name, 40);
    if (v !== undefined && !allowed.includes(v as T)) throw new HttpError(400, 'bad_parameter', `"${name}" must be one of ${allowed.join(', ')}`);
    return v as T | undefined;
  }
}
