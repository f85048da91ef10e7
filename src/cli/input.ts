import { createReadStream, statSync } from 'node:fs';
import { extname } from 'node:path';
import { createInterface } from 'node:readline';
import { InputError } from '../core/errors.js';
import type { DocumentMeta } from '../core/types.js';
import type { AnalyzeInput } from '../analyze.js';
import { decodeUtf8, MAX_INPUT_BYTES } from '../ingest/normalize.js';

export type InputFormat = 'txt' | 'html' | 'jsonl';

const EXT: Record<string, InputFormat> = {
  '.txt': 'txt', '.text': 'txt', '.html': 'html', '.htm': 'html', '.xhtml': 'html', '.jsonl': 'jsonl', '.ndjson': 'jsonl',
};

/** The format of FILE: from --format, else the extension; stdin is sniffed. */
export function formatOf(file: string, explicit?: string): InputFormat {
  if (explicit) {
    if (explicit === 'txt' || explicit === 'html' || explicit === 'jsonl') return explicit;
    throw new InputError('E005', `--format "${explicit}" is not one of txt, html, jsonl`);
  }
  if (file === '-') return 'txt';
  const ext = extname(file).toLowerCase();
  const f = EXT[ext];
  if (!f) {
    throw new InputError('E005', `${file}: "${ext || '(no extension)'}" files are not supported; use .txt, .html, .htm or .jsonl (or --format)`);
  }
  return f;
}

/** Checks FILE exists, is a regular file and within the size cap (jsonl is streamed, so not capped whole). */
export function checkFile(file: string, format: InputFormat): void {
  let st;
  try { st = statSync(file); } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError('E001', `${file} does not exist`);
    if (code === 'EACCES') throw new InputError('E001', `${file} cannot be read (permission denied)`);
    throw new InputError('E001', `${file}: ${(e as Error).message}`);
  }
  if (!st.isFile()) throw new InputError('E011', `${file} is not a regular file`);
  if (format !== 'jsonl' && st.size > MAX_INPUT_BYTES) {
    throw new InputError('E006', `${file} is ${(st.size / 1048576).toFixed(1)} MB; the limit is 50 MB`);
  }
}

export async function readAllBytes(stream: NodeJS.ReadableStream, name: string): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let n = 0;
  for await (const c of stream) {
    const b = typeof c === 'string' ? Buffer.from(c) : (c as Buffer);
    n += b.length;
    if (n > MAX_INPUT_BYTES) throw new InputError('E006', `${name} is over the 50 MB limit`);
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

/** Stdin that looks like a web page is treated as HTML. */
export function sniffHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text);
}

export interface JsonlItem { line: number; input?: AnalyzeInput; meta?: DocumentMeta; error?: InputError }

const META_KEYS = ['publishedAt', 'outlet', 'title', 'url'] as const;

/** Parses one JSONL line into an analyze() input; errors carry the line number. */
export function parseJsonlLine(raw: string, line: number, defaults: DocumentMeta): JsonlItem {
  const fail = (why: string): JsonlItem => ({ line, error: new InputError('E007', `line ${line}: ${why}`) });
  if (Buffer.byteLength(raw) > MAX_INPUT_BYTES) return fail('longer than the 50 MB limit');
  let obj: unknown;
  try { obj = JSON.parse(raw); } catch (e) { return fail(`not valid JSON (${(e as Error).message.split('\n')[0]})`); }
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) return fail('expected a JSON object');
  const o = obj as Record<string, unknown>;
  const meta: DocumentMeta = { ...defaults };
  for (const k of META_KEYS) {
    if (o[k] === undefined || o[k] === null) continue;
    if (typeof o[k] !== 'string') return fail(`"${k}" must be a string`);
    meta[k] = o[k] as string;
  }
  if (typeof o.text === 'string') return { line, input: { text: o.text }, meta };
  if (typeof o.html === 'string') return { line, input: { html: o.html }, meta };
  return fail('needs a "text" or "html" string');
}

/** Streams a JSONL file line by line (constant memory); blank lines are skipped. */
export async function* jsonlLines(stream: NodeJS.ReadableStream): AsyncGenerator<{ raw: string; line: number }> {
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  let line = 0;
  for await (const raw of rl) {
    line++;
    if (raw.trim()) yield { raw, line };
  }
}

export function openFile(file: string): NodeJS.ReadableStream {
  return createReadStream(file);
}
