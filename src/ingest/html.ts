import { createRequire } from 'node:module';
import { InputError } from '../core/errors.js';
import { isoDate } from './dates.js';

// The DOM (linkedom, Readability) loads on the first HTML page, not at import: it is about 160 ms of start-up
// CPU that every analysis worker and every `analyze` of plain text would otherwise pay. Loaded synchronously
// (their CommonJS builds), so extraction stays a plain function.
type Dom = { parseHTML: typeof import('linkedom').parseHTML; Readability: typeof import('@mozilla/readability').Readability };
let dom: Dom | undefined;
function loadDom(): Dom {
  if (!dom) {
    const require = createRequire(import.meta.url);
    dom = { parseHTML: (require('linkedom') as typeof import('linkedom')).parseHTML, Readability: (require('@mozilla/readability') as typeof import('@mozilla/readability')).Readability };
  }
  return dom;
}

export interface HtmlPage {
  text: string;
  title?: string;
  outlet?: string;
  url?: string;
  publishedAt?: string;
}

type Json = Record<string, unknown>;

function meta(document: Document, ...keys: string[]): string | undefined {
  for (const k of keys) {
    const el = document.querySelector(`meta[property="${k}"], meta[name="${k}"], meta[itemprop="${k}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return undefined;
}

/** JSON-LD NewsArticle/Article objects, including inside @graph arrays. Malformed blocks are ignored. */
function jsonLdArticles(document: Document): Json[] {
  const out: Json[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) { node.forEach(visit); return; }
    if (!node || typeof node !== 'object') return;
    const o = node as Json;
    const t = o['@type'];
    const types = Array.isArray(t) ? t : [t];
    if (types.some((x) => typeof x === 'string' && /(News)?Article|Report|BlogPosting/.test(x))) out.push(o);
    if (o['@graph']) visit(o['@graph']);
  };
  for (const s of document.querySelectorAll('script[type="application/ld+json"]')) {
    try { visit(JSON.parse(s.textContent ?? '')); } catch { /* a broken block must not sink the page */ }
  }
  return out;
}

const str = (v: unknown): string | undefined => {
  if (typeof v === 'string' && v.trim()) return v.trim();
  if (v && typeof v === 'object' && !Array.isArray(v)) return str((v as Json).name);
  if (Array.isArray(v)) return str(v[0]);
  return undefined;
};


/** Paragraph-preserving text of the article body Readability picked. */
function blockText(root: Element): string {
  const blocks: string[] = [];
  const BLOCK = /^(P|H[1-6]|LI|BLOCKQUOTE|PRE|TD|TH|FIGCAPTION|DT|DD)$/;
  const walk = (el: Element): void => {
    for (const child of Array.from(el.children)) {
      if (BLOCK.test(child.tagName)) {
        const t = (child.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (t) blocks.push(t);
      } else walk(child);
    }
  };
  walk(root);
  if (!blocks.length) return (root.textContent ?? '').replace(/[ \t]+/g, ' ').trim();
  return blocks.join('\n\n');
}

/** Main article text and metadata of a news page (Readability on linkedom; og:*, article:*, JSON-LD). */
export function extractHtml(html: string, baseUrl?: string): HtmlPage {
  const { parseHTML, Readability } = loadDom();
  const { document } = parseHTML(html);
  const ld = jsonLdArticles(document);
  const a = ld[0] ?? {};
  const page: HtmlPage = { text: '' };
  page.title = meta(document, 'og:title', 'twitter:title') ?? str(a.headline)
    ?? document.querySelector('title')?.textContent?.trim() ?? undefined;
  page.outlet = meta(document, 'og:site_name', 'application-name') ?? str(a.publisher);
  page.url = meta(document, 'og:url') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? baseUrl;
  page.publishedAt = isoDate(meta(document, 'article:published_time', 'datePublished', 'pubdate', 'date', 'DC.date.issued')
    ?? str(a.datePublished) ?? document.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined);
  for (const k of Object.keys(page) as (keyof HtmlPage)[]) if (page[k] === undefined || page[k] === '') delete page[k];

  let text = '';
  try {
    // Readability mutates the DOM it is given; parse a second copy for it.
    const { document: doc2 } = parseHTML(html);
    const article = new Readability(doc2 as unknown as Document, { charThreshold: 100 }).parse();
    if (article?.content) {
      const { document: body } = parseHTML(`<!doctype html><html><body><div id="r">${article.content}</div></body></html>`);
      text = blockText(body.getElementById('r') as unknown as Element);
    }
    if (!text && article?.textContent) text = article.textContent.trim();
  } catch { /* fall back to the body text below */ }
  if (!text) {
    const ab = str(a.articleBody);
    if (ab) text = ab;
  }
  if (!text && document.body) {
    for (const el of document.querySelectorAll('script, style, noscript, nav, header, footer')) el.remove();
    text = blockText(document.body as unknown as Element);
  }
  if (!text.trim()) throw new InputError('E010', 'no article text found in the HTML');
  page.text = text;
  return page;
}
