import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analyzeDoc, prepareDocument, toAnalysis, type AnalyzeInput } from '../analyze.js';
import { InputError } from '../core/errors.js';
import type { DocumentMeta } from '../core/types.js';
import { tuneJitForBatch } from '../ingest/jit.js';
import { checkPublished, decodeUtf8 } from '../ingest/normalize.js';
import { type Io, usageError } from './io.js';
import {
  checkFile, formatOf, jsonlLines, openFile, parseJsonlLine, readAllBytes, sniffHtml,
} from './input.js';
import { renderReport } from './render/report.js';
import { explainLines } from './render/explain.js';
import { reportError } from './main.js';

const USAGE = 'newsgraph analyze FILE|- [--published YYYY-MM-DD] [--outlet NAME] [--title T] [--url U] [--format txt|html|jsonl] [--json] [--explain]';
const HELP = `${USAGE}

Analyses one news report (.txt, .html/.htm) or a batch (.jsonl: one JSON object a line with "text" or
"html" and optional "publishedAt", "outlet", "title", "url"; one analysis a line out). FILE "-" reads stdin.
  --published  publication date (YYYY-MM-DD or ISO date-time); relative times resolve against it
  --outlet, --title, --url  document metadata (override what an HTML page declares)
  --format     force the input format instead of guessing it from the extension
  --json       print the analysis as JSON (spec: analysis-v1) instead of a readable report
  --explain    print each annotation with the rule or model that produced it, on stderr
Exit codes: 0 ok; 2 bad input (one line on stderr; in batch mode bad lines are skipped and reported,
and the exit code is 2 at the end); 1 internal error (names the stage).
`;

export default async function analyzeCommand(args: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args, allowPositionals: true, strict: true,
      options: {
        published: { type: 'string' }, outlet: { type: 'string' }, title: { type: 'string' }, url: { type: 'string' },
        format: { type: 'string' }, json: { type: 'boolean', default: false }, explain: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) { throw usageError(e, USAGE); }
  const { values: v, positionals } = parsed;
  if (v.help) { io.out(HELP); return 0; }
  if (positionals.length === 0) throw new InputError('E009', `no FILE given (usage: ${USAGE})`);
  if (positionals.length > 1) throw new InputError('E008', `one FILE at a time; got ${positionals.length} (use a .jsonl file for batches)`);
  const file = positionals[0]!;
  const meta: DocumentMeta = {};
  if (v.published !== undefined) meta.publishedAt = checkPublished(v.published);
  if (v.outlet) meta.outlet = v.outlet;
  if (v.title) meta.title = v.title;
  if (v.url) meta.url = v.url;
  const format = formatOf(file, v.format);
  if (file !== '-') checkFile(file, format);
  const opts = { json: v.json ?? false, explain: v.explain ?? false };

  if (format === 'jsonl') {
    tuneJitForBatch(); // a batch runs the pipeline many times (see ingest/jit.ts)
    return runBatch(file === '-' ? io.stdin : openFile(file), meta, opts, io);
  }
  const bytes = file === '-' ? await readAllBytes(io.stdin, 'standard input') : readFileSync(file);
  const name = file === '-' ? 'standard input' : file;
  const text = decodeUtf8(bytes, name);
  const isHtml = format === 'html' || (file === '-' && !v.format && sniffHtml(text));
  const input: AnalyzeInput = isHtml ? { html: text } : { text };
  await emit(input, meta, opts, io);
  return 0;
}

async function emit(input: AnalyzeInput, meta: DocumentMeta, opts: { json: boolean; explain: boolean }, io: Io): Promise<void> {
  const info = prepareDocument(input, meta);
  const doc = analyzeDoc(info, { verbose: opts.explain });
  const analysis = toAnalysis(doc);
  if (opts.explain) {
    for (const line of explainLines(analysis)) io.err(`explain ${line}\n`);
    for (const t of doc.trace ?? []) io.err(`explain ${t}\n`);
  }
  const out = opts.json ? JSON.stringify(analysis) + '\n' : renderReport(analysis, io.color);
  if (io.out(out) === false) await io.drain?.();
}

/** Batch mode: streamed, constant memory; a bad line is reported and skipped, exit 2 at the end. */
async function runBatch(stream: NodeJS.ReadableStream, defaults: DocumentMeta, opts: { json: boolean; explain: boolean }, io: Io): Promise<number> {
  let failed = 0, ok = 0;
  for await (const { raw, line } of jsonlLines(stream)) {
    const item = parseJsonlLine(raw, line, defaults);
    try {
      if (item.error) throw item.error;
      if (!opts.json && ok > 0) io.out('\n' + '═'.repeat(72) + '\n\n');
      await emit(item.input!, item.meta!, opts, io);
      ok++;
    } catch (e) {
      if (e instanceof InputError) {
        failed++;
        const msg = e.message.startsWith('line ') ? e.message : `line ${line}: ${e.message}`;
        io.err(`newsgraph: ${msg} [${e.code}]\n`);
      } else {
        io.err(`newsgraph: line ${line}: `);
        return reportError(e, io);
      }
    }
  }
  if (ok === 0 && failed === 0) throw new InputError('E002', 'the JSONL input holds no documents');
  if (failed) { io.err(`newsgraph: ${failed} of ${ok + failed} documents failed\n`); return 2; }
  return 0;
}
