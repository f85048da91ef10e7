// RSS 2.0 / RSS 1.0 (RDF) / Atom feeds. The XML parser is configured safely: a document with a DTD
// (<!DOCTYPE …> or <!ENTITY …>) is refused before parsing, so no entity expansion ("billion laughs")
// and no external entity can happen; only the five predefined XML entities and numeric references are decoded.

import { XMLParser } from 'fast-xml-parser';
import { isoDate } from './dates.js';

export interface FeedItem { title?: string; url?: string; publishedAt?: string; html?: string; outlet?: string }
export interface Feed { title?: string; items: FeedItem[] }

export class FeedError extends Error {}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  processEntities: true,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  cdataPropName: false,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

export function looksLikeFeed(body: string): boolean {
  const head = body.slice(0, 2000).replace(/<\?xml[^>]*\?>/, '').replace(/<!--[\s\S]*?-->/g, '').trimStart();
  return /^<(rss|feed|rdf:RDF)[\s>]/i.test(head);
}

type X = Record<string, unknown>;

function text(v: unknown): string | undefined {
  if (v == null) return undefined;
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return text(v[0]);
  if (typeof v === 'object') return text((v as X)['#text']);
  return undefined;
}

function atomLink(links: unknown): string | undefined {
  const arr = Array.isArray(links) ? links : [links];
  let first: string | undefined;
  for (const l of arr) {
    if (typeof l === 'string') { first ??= l.trim(); continue; }
    if (l && typeof l === 'object') {
      const o = l as X;
      const href = text(o['@href']);
      if (!href) continue;
      const rel = text(o['@rel']) ?? 'alternate';
      if (rel === 'alternate') return href;
      first ??= href;
    }
  }
  return first;
}

export function parseFeed(xml: string): Feed {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new FeedError('feeds with a DTD (<!DOCTYPE>/<!ENTITY>) are refused');
  let doc: X;
  try { doc = parser.parse(xml, true) as X; } catch (e) {
    throw new FeedError(`malformed XML: ${(e as Error).message.split('\n')[0]}`);
  }
  const rss = doc.rss as X | undefined;
  const rdf = doc['rdf:RDF'] as X | undefined;
  const atom = doc.feed as X | undefined;
  if (rss || rdf) {
    const channel = ((rss?.channel ?? rdf?.channel) ?? {}) as X;
    const outlet = text(channel.title);
    const raw = (channel.item ?? rdf?.item ?? []) as X[];
    const items = raw.map((it): FeedItem => {
      const item: FeedItem = {};
      const t = text(it.title); if (t) item.title = t;
      const link = text(it.link) ?? (text((it.guid as X | undefined)?.['@isPermaLink']) !== 'false' ? text(it.guid) : undefined);
      if (link && /^https?:\/\//i.test(link)) item.url = link;
      const d = isoDate(text(it.pubDate) ?? text(it['dc:date']));
      if (d) item.publishedAt = d;
      const body = text(it['content:encoded']) ?? text(it.description);
      if (body) item.html = body;
      if (outlet) item.outlet = outlet;
      return item;
    });
    return { ...(outlet ? { title: outlet } : {}), items };
  }
  if (atom) {
    const outlet = text(atom.title);
    const items = ((atom.entry ?? []) as X[]).map((e): FeedItem => {
      const item: FeedItem = {};
      const t = text(e.title); if (t) item.title = t;
      const link = atomLink(e.link);
      if (link && /^https?:\/\//i.test(link)) item.url = link;
      const d = isoDate(text(e.published) ?? text(e.updated));
      if (d) item.publishedAt = d;
      const body = text(e.content) ?? text(e.summary);
      if (body) item.html = body;
      if (outlet) item.outlet = outlet;
      return item;
    });
    return { ...(outlet ? { title: outlet } : {}), items };
  }
  throw new FeedError('not an RSS or Atom feed');
}
