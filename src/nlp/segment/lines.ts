// Line and paragraph layout: which line each token is on, and whether a paragraph is hard-wrapped
// (fixed-width wire copy, where a single newline is just a space) or one-line-per-block
// (web copy, where a single newline ends a headline, a byline or a paragraph).
import type { Token } from '../../core/types.js';

export interface Layout {
  /** Line index of each token. Tokens never contain a newline. */
  tokenLine: Int32Array;
  /** Start and end (exclusive, trimmed) of each line. */
  lineStart: number[];
  lineEnd: number[];
  /** Per line: the paragraph it belongs to is hard-wrapped. */
  wrapped: Uint8Array;
  /** Per line: longest line of its paragraph (to tell a short last-of-block line). */
  paraMax: Int32Array;
}

const TERMINAL = '.!?…"”’\')]';

export function layout(text: string, tokens: readonly Token[]): Layout {
  const lineStart: number[] = [];
  const lineEnd: number[] = [];
  const rawStart: number[] = [];
  let s = 0;
  for (;;) {
    const nl = text.indexOf('\n', s);
    const e = nl === -1 ? text.length : nl;
    let a = s;
    let b = e;
    while (a < b && text.charCodeAt(a) <= 32) a++;
    while (b > a && text.charCodeAt(b - 1) <= 32) b--;
    rawStart.push(s);
    lineStart.push(a);
    lineEnd.push(b);
    if (nl === -1) break;
    s = nl + 1;
  }
  const nLines = lineStart.length;
  const wrapped = new Uint8Array(nLines);
  const paraMax = new Int32Array(nLines);
  // Whole-document wrap: most lines that continue into a next line fill one column width.
  // Catches two-line paragraphs that are too short to judge on their own.
  let docWidth = 0;
  {
    let inner = 0;
    let full = 0;
    let open = 0;
    for (let k = 0; k + 1 < nLines; k++) {
      const len = lineEnd[k] - lineStart[k];
      if (len > 0 && lineEnd[k + 1] > lineStart[k + 1] && len <= 120) docWidth = Math.max(docWidth, len);
    }
    for (let k = 0; k + 1 < nLines; k++) {
      const len = lineEnd[k] - lineStart[k];
      if (len === 0 || lineEnd[k + 1] === lineStart[k + 1]) continue;
      inner++;
      if (len >= docWidth * 0.75) full++;
      if (!TERMINAL.includes(text[lineEnd[k] - 1])) open++;
    }
    if (!(docWidth >= 40 && inner >= 4 && full >= inner * 0.6 && open >= inner * 0.3)) docWidth = 0;
  }
  // Paragraphs = runs of non-empty lines.
  let p = 0;
  while (p < nLines) {
    if (lineEnd[p] === lineStart[p]) { p++; continue; }
    let q = p;
    let max = 0;
    while (q < nLines && lineEnd[q] > lineStart[q]) { max = Math.max(max, lineEnd[q] - lineStart[q]); q++; }
    const count = q - p;
    let isWrapped = false;
    if (count >= 3 && max >= 40 && max <= 120) {
      // Most lines (bar the last) fill the column, and some of them stop mid-sentence.
      let full = 0;
      let open = 0;
      for (let k = p; k < q - 1; k++) {
        if (lineEnd[k] - lineStart[k] >= max * 0.75) full++;
        if (!TERMINAL.includes(text[lineEnd[k] - 1])) open++;
      }
      isWrapped = full >= (count - 1) * 0.6 && open >= 1;
    }
    if (!isWrapped && docWidth > 0 && count >= 2) { isWrapped = true; max = docWidth; }
    for (let k = p; k < q; k++) { wrapped[k] = isWrapped ? 1 : 0; paraMax[k] = max; }
    p = q;
  }
  const tokenLine = new Int32Array(tokens.length);
  let line = 0;
  for (let t = 0; t < tokens.length; t++) {
    const st = tokens[t].start;
    while (line + 1 < nLines && rawStart[line + 1] <= st) line++;
    tokenLine[t] = line;
  }
  return { tokenLine, lineStart, lineEnd, wrapped, paraMax };
}
