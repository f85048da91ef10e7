// Turns ingest arguments into a stream of raw documents: text/HTML files, folders (recursively),
// JSONL (one document a line), RSS/Atom files and URLs, article URLs. A bad input becomes a
// failure item with a reason; the stream goes on.

import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { DocumentMeta } from '../core/types.js';
import { decodeUtf8, MAX_INPUT_BYTES } from './normalize.js';
import { FeedError, looksLikeFeed, parseFeed, type FeedItem } from './feed.js';
import { safeFetch, type FetchOptions } from './fetch.js';

export type RawInput = { text: string } | { html: string };
export type Item =
  | { kind: 'doc'; source: string; input: RawInput; meta: DocumentMeta }
  | { kind: 'fail'; source: string; reason: string };

export interface SourceOptions { fetch?: FetchOptions; fetchLinks?: boolean }

const TEXT_EXT = new Set(['.txt', '.text', '.md']);
const HTML_EXT = new Set(['.html', '.htm', '.xhtml']);
const FEED_EXT = new Set(['.xml', '.rss', '.atom']);
const JSONL_EXT = new Set(['.jsonl', '.ndjson']);

export function isUrl(s: string): boolean { return /^https?:\/\//i.test(s); }

/** "08-wion-2023-09-25.txt" → 2023-09-25: a date in a file name is the best guess for a plain text file. */
export function dateFromName(name: string): string | undefined {
  const m = /(?:^|[^\d])((?:19|20)\d{2})-(\d{2})-(\d{2})(?:[^\d]|$)/.exec(name);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

const reason = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** The plain text length of an HTML fragment, roughly (tags dropped). */
function textLength(html: string): number { return html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim().length; }

async function* feedItems(items: FeedItem[], source: string, opts: SourceOptions): AsyncGenerator<Item> {
  for (const [i, it] of items.entries()) {
    const meta: DocumentMeta = {};
    if (it.title) meta.title = it.title;
    if (it.url) meta.url = it.url;
    if (it.publishedAt) meta.publishedAt = it.publishedAt;
    if (it.outlet) meta.outlet = it.outlet;
    const src = `${source}#${i + 1}`;
    // A feed that carries the whole article is used as is; a teaser sends us to the article's page.
    if (it.html && (textLength(it.html) >= 400 || !it.url || opts.fetchLinks === false)) {
      yield { kind: 'doc', source: src, input: { html: `<html><head><title>${it.title ?? ''}</title></head><body><article>${it.html}</article></body></html>` }, meta };
    } else if (it.url) {
      yield* fromUrl(it.url, opts, meta, false);
    } else {
      yield { kind: 'fail', source: src, reason: 'feed item has neither content nor a link' };
    }
  }
}

async function* fromUrl(url: string, opts: SourceOptions, meta: DocumentMeta = {}, feedOk = true): AsyncGenerator<Item> {
  let body: string;
  let finalUrl: string;
  let type: string;
  try {
    const r = await safeFetch(url, opts.fetch);
    finalUrl = r.url;
    type = r.contentType.toLowerCase();
    body = decodeUtf8(r.body, url);
  } catch (e) {
    yield { kind: 'fail', source: url, reason: reason(e) };
    return;
  }
  if (feedOk && (/(rss|atom)\+xml/.test(type) || looksLikeFeed(body))) {
    let feed;
    try { feed = parseFeed(body); } catch (e) { yield { kind: 'fail', source: url, reason: reason(e) }; return; }
    yield* feedItems(feed.items, url, opts);
    return;
  }
  const m: DocumentMeta = { url: finalUrl, ...meta };
  if (/^text\/plain/.test(type)) yield { kind: 'doc', source: url, input: { text: body }, meta: m };
  else yield { kind: 'doc', source: url, input: { html: body }, meta: m };
}

async function* fromJsonl(path: string): AsyncGenerator<Item> {
  const rl = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) {
    n++;
    if (!line.trim()) continue;
    const src = `${path}:${n}`;
    let o: Record<string, unknown>;
    try {
      o = JSON.parse(line) as Record<string, unknown>;
      if (!o || typeof o !== 'object' || Array.isArray(o)) throw new Error('not a JSON object');
    } catch (e) {
      yield { kind: 'fail', source: src, reason: `malformed JSONL line: ${reason(e)}` };
      continue;
    }
    const meta: DocumentMeta = {};
    for (const k of ['publishedAt', 'outlet', 'title', 'url'] as const) if (typeof o[k] === 'string' && o[k]) meta[k] = o[k] as string;
    if (typeof o.text === 'string') yield { kind: 'doc', source: src, input: { text: o.text }, meta };
    else if (typeof o.html === 'string') yield { kind: 'doc', source: src, input: { html: o.html }, meta };
    else yield { kind: 'fail', source: src, reason: 'a JSONL document needs "text" or "html"' };
  }
}

async function* fromFile(path: string, top: boolean): AsyncGenerator<Item> {
  const ext = extname(path).toLowerCase();
  if (JSONL_EXT.has(ext)) { yield* fromJsonl(path); return; }
  if (!TEXT_EXT.has(ext) && !HTML_EXT.has(ext) && !FEED_EXT.has(ext)) {
    if (top) yield { kind: 'fail', source: path, reason: `unsupported file type "${ext || basename(path)}" (expected .txt, .html, .jsonl, .xml/.rss/.atom)` };
    return;
  }
  let body: string;
  try {
    const st = await stat(path);
    if (st.size > MAX_INPUT_BYTES) throw new Error(`${path} is ${(st.size / 1048576).toFixed(1)} MB; the limit is 50 MB`);
    body = decodeUtf8(await readFile(path), path);
  } catch (e) {
    yield { kind: 'fail', source: path, reason: reason(e) };
    return;
  }
  const meta: DocumentMeta = {};
  const d = dateFromName(basename(path));
  if (d) meta.publishedAt = d;
  if (FEED_EXT.has(ext)) {
    try { yield* feedItems(parseFeed(body).items, path, {}); } catch (e) {
      yield { kind: 'fail', source: path, reason: e instanceof FeedError ? e.message : reason(e) };
    }
    return;
  }
  yield { kind: 'doc', source: path, input: HTML_EXT.has(ext) ? { html: body } : { text: body }, meta };
}

async function* walk(dir: string): AsyncGenerator<string> {
  let entries;
  try { entries = await readdir(dir, { withFileTypes: true }); } catch { return; }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (e.isFile()) yield p;
  }
}

/** Every raw document named by the arguments, in order. */
export async function* expand(args: string[], opts: SourceOptions = {}): AsyncGenerator<Item> {
  for (const arg of args) {
    if (isUrl(arg)) { yield* fromUrl(arg, opts); continue; }
    let st;
    try { st = await stat(arg); } catch {
      yield { kind: 'fail', source: arg, reason: `file not found: ${arg}` };
      continue;
    }
    if (st.isDirectory()) {
      for await (const f of walk(arg)) yield* fromFile(f, false);
    } else if (st.isFile()) {
      yield* fromFile(arg, true);
    } else {
      yield { kind: 'fail', source: arg, reason: `not a file: ${arg}` };
    }
  }
}

/** How many documents the arguments hold, roughly (a JSONL line or a file each; a feed counts once), for a progress bar. */
export async function estimateTotal(args: string[]): Promise<number | undefined> {
  let n = 0;
  const countLines = async (path: string) => {
    let k = 0;
    for await (const chunk of createReadStream(path)) { const b = chunk as Buffer; for (let i = 0; i < b.length; i++) if (b[i] === 10) k++; }
    return k;
  };
  const one = async (p: string) => {
    const ext = extname(p).toLowerCase();
    if (JSONL_EXT.has(ext)) n += await countLines(p);
    else if (TEXT_EXT.has(ext) || HTML_EXT.has(ext) || FEED_EXT.has(ext)) n++;
  };
  for (const arg of args) {
    if (isUrl(arg)) { n++; continue; }
    try {
      const st = await stat(arg);
      if (st.isDirectory()) { for await (const f of walk(arg)) await one(f); } else await one(arg);
    } catch { n++; }
  }
  return n || undefined;
}
