import { InputError } from './core/errors.js';
import type { Analysis, DocumentInfo, DocumentMeta } from './core/types.js';
import { extractHtml } from './ingest/html.js';
import { checkPublished, normalizeText, sha256 } from './ingest/normalize.js';
import { newDoc, type NlpDoc } from './nlp/doc.js';
import { runPipeline } from './nlp/pipeline.js';

export type AnalyzeInput = string | { text?: string; html?: string };
export interface AnalyzeOptions { verbose?: boolean }

/** Builds the DocumentInfo: extracts HTML, normalises text, fills metadata (flags win over page metadata). */
export function prepareDocument(input: AnalyzeInput, meta: DocumentMeta = {}): DocumentInfo {
  let raw: string;
  const m: DocumentMeta = { ...meta };
  if (typeof input === 'string') raw = input;
  else if (typeof input.html === 'string') {
    const page = extractHtml(input.html, m.url);
    raw = page.text;
    m.title ??= page.title;
    m.outlet ??= page.outlet;
    m.url ??= page.url;
    m.publishedAt ??= page.publishedAt;
  } else if (typeof input.text === 'string') raw = input.text;
  else throw new InputError('E009', 'a document needs "text" or "html"');
  const text = normalizeText(raw);
  if (!text) throw new InputError('E002', 'the document has no text (empty or only whitespace)');
  const info: DocumentInfo = { id: sha256(text), text, language: 'en' };
  if (m.publishedAt) info.publishedAt = checkPublished(m.publishedAt, 'publishedAt');
  if (m.outlet) info.outlet = m.outlet;
  if (m.title) info.title = normalizeText(m.title);
  if (m.url) info.url = m.url;
  return info;
}

export function toAnalysis(doc: NlpDoc): Analysis {
  return {
    version: 1,
    document: doc.info,
    sentences: doc.sentences.map((s) => ({ ...s })),
    entities: doc.entities,
    times: doc.times,
    quantities: doc.quantities,
    claims: doc.claims,
    events: doc.events,
    checks: doc.checks,
  };
}

/** Analyses one news report. Pure and deterministic: same input and metadata, same output. */
export function analyze(input: AnalyzeInput, meta: DocumentMeta = {}, opts: AnalyzeOptions = {}): Analysis {
  const info = prepareDocument(input, meta);
  const doc = newDoc(info, opts.verbose);
  runPipeline(doc);
  return toAnalysis(doc);
}

export function analyzeDoc(info: DocumentInfo, opts: AnalyzeOptions = {}): NlpDoc {
  return runPipeline(newDoc(info, opts.verbose));
}
