import { analyze } from '../analyze.js';
import { InputError } from '../core/errors.js';
import type { Analysis, DocumentMeta } from '../core/types.js';
import { FetchError, safeFetch } from '../ingest/fetch.js';
import { decodeUtf8 } from '../ingest/normalize.js';
import { HttpError } from './http.js';

export interface DocumentBody { text?: unknown; html?: unknown; url?: unknown; publishedAt?: unknown; outlet?: unknown; title?: unknown; store?: unknown }

const optString = (b: DocumentBody, k: keyof DocumentBody): string | undefined => {
  const v = b[k];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw new HttpError(400, 'bad_field', `"${k}" must be a string`);
  return v;
};

/** Validates a POST body and turns it into an analysis: text, HTML, or a URL fetched under the ingest guards. */
export async function analyzeBody(raw: unknown, opts: { allowPrivate?: boolean }): Promise<Analysis> {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new HttpError(400, 'bad_body', 'the body must be a JSON object');
  const b = raw as DocumentBody;
  const text = optString(b, 'text'), html = optString(b, 'html'), url = optString(b, 'url');
  const given = [text, html, url].filter((x) => x !== undefined).length;
  if (given !== 1) throw new HttpError(400, 'bad_body', 'give exactly one of "text", "html" or "url"');
  const meta: DocumentMeta = {};
  for (const k of ['publishedAt', 'outlet', 'title'] as const) { const v = optString(b, k); if (v) meta[k] = v; }
  try {
    if (url !== undefined) {
      let page;
      try { page = await safeFetch(url, { allowPrivate: opts.allowPrivate }); } catch (e) {
        if (e instanceof FetchError) throw new HttpError(422, 'fetch_refused', e.message);
        throw e;
      }
      meta.url ??= page.url;
      const body = decodeUtf8(page.body, url);
      return /html|xml/i.test(page.contentType) || /^\s*</.test(body) ? analyze({ html: body }, meta) : analyze({ text: body }, meta);
    }
    return html !== undefined ? analyze({ html }, meta) : analyze({ text: text! }, meta);
  } catch (e) {
    if (e instanceof InputError) throw new HttpError(400, `input_${e.code}`, e.message);
    throw e;
  }
}
