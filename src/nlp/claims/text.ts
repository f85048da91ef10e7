// Shared helpers for the attribution and certainty stages: a light tokenizer, a fallback sentence
// splitter, quotation pairing. Linear scans only; no backtracking regexes.
import type { Sentence } from '../../core/types.js';
import type { NlpDoc } from '../doc.js';
import { lowerBound } from '../../core/lower-bound.js';

export interface Tok {
  s: number;
  e: number;
  /** Text as written. */
  t: string;
  /** Lower-case, curly apostrophes normalised to '. */
  l: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** A word or number (not punctuation). */
  w: boolean;
  /** A quotation mark. */
  q: boolean;
}

// (a clock time "23:11", "4:17" is one token: its colon is no clause break)
const WORD_RE = /\p{N}{1,2}:\p{N}{2}(?!\p{N})|\p{N}{1,3}(?:,\p{N}{3})+(?:\.\p{N}+)?|[\p{L}\p{N}](?:[\p{L}\p{N}\-'’.&]*[\p{L}\p{N}])?|n['’]t|''|``|["“”«»]|['‘’]|[^\s\p{L}\p{N}]/gu;
const UPPER_RE = /\p{Lu}/u;
const LETTER_RE = /[\p{L}\p{N}]/u;

/** Tokens of text[start, end). Splits "didn't" into "did" + "n't", and "Kim's" stays whole. */
export function tokenize(text: string, start: number, end: number): Tok[] {
  const out: Tok[] = [];
  const slice = text.slice(start, end);
  WORD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD_RE.exec(slice))) {
    let t = m[0];
    let s = start + m.index;
    const c0 = t.charCodeAt(0);
    const w = c0 < 128 ? (c0 >= 48 && c0 <= 57) || (c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122) : LETTER_RE.test(t[0]!);
    if (w) {
      // a trailing "n't" (any case, straight or curly apostrophe) is its own token: tested on the characters,
      // since only 'n'/'N' and 't'/'T' lower-case to those letters
      const n = t.length;
      const a = t.charCodeAt(n - 2);
      if (n > 3 && (t.charCodeAt(n - 1) | 32) === 116 && (a === 39 || a === 0x2019) && (t.charCodeAt(n - 3) | 32) === 110) {
        const head = t.slice(0, t.length - 3);
        out.push(mk(head, s));
        t = t.slice(t.length - 3);
        s += head.length;
      }
    }
    out.push(mk(t, s));
  }
  return out;
}

function mk(t: string, s: number): Tok {
  let l = t.toLowerCase();
  if (l.includes('’')) l = l.replace(/’/g, "'");
  const c = t.charCodeAt(0);
  const ascii = c < 128;
  const alnum = ascii ? (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : LETTER_RE.test(t[0]!);
  const cap = ascii ? c >= 65 && c <= 90 : UPPER_RE.test(t[0]!);
  const w = alnum || l === "n't";
  return { s, e: s + t.length, t, l, cap, w, q: !w && (t === '"' || t === '“' || t === '”' || t === '«' || t === '»' || t === "''" || t === '``') };
}

/** Tokens of every sentence of a document, computed once and shared by the attribution and certainty stages. */
const DOC_TOKS = new WeakMap<object, { text: string; toks: Tok[] }>();
export function cacheDocTokens(doc: object, text: string, perSentence: Tok[][]): void {
  const toks: Tok[] = [];
  for (const a of perSentence) for (const t of a) toks.push(t); // faster than flat() for arrays of objects
  DOC_TOKS.set(doc, { text, toks });
}
/** Tokens inside [start, end), from the cache when the text is unchanged, else freshly tokenized. */
export function tokensIn(doc: object, text: string, start: number, end: number): Tok[] {
  const c = DOC_TOKS.get(doc);
  if (!c || c.text !== text) return tokenize(text, start, end);
  const a = c.toks;
  const lo = lowerBound(a.length, (m) => a[m]!.s < start);
  const out: Tok[] = [];
  for (let i = lo; i < a.length && a[i]!.e <= end; i++) out.push(a[i]!);
  // a claim can begin or end inside a token only through a bad offset; fall back to exact tokenization then
  if (out.length && (out[0]!.s < start)) return tokenize(text, start, end);
  return out;
}

const ABBREV = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'gov', 'sen', 'rep', 'st',
  'jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'no', 'vs', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'etc', 'mt', 'ft', 'approx', 'est', 'dept', 'univ', 'a.m', 'p.m']);

/** Sentences from the segment stage, or a simple local splitter while that stage is absent. */
export function sentencesOf(doc: NlpDoc): Sentence[] {
  if (doc.sentences.length) return doc.sentences;
  return splitSentences(doc.text);
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let para = 0;
  let start = -1;
  const n = text.length;
  const push = (s: number, e: number): void => {
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e, paragraph: para });
  };
  for (let i = 0; i < n; i++) {
    const c = text[i]!;
    if (c === '\n') {
      if (start >= 0) { push(start, i); start = -1; }
      if (text[i + 1] === '\n' || (text[i + 1] === '\r' && text[i + 2] === '\n')) para++;
      else if (out.length) para++; // single newlines also separate paragraphs in plain-text news
      while (i + 1 < n && /\s/.test(text[i + 1]!)) { if (text[i + 1] === '\n' && text[i] !== '\n') { /* */ } i++; }
      continue;
    }
    if (start < 0) { if (/\s/.test(c)) continue; start = i; }
    if (c === '.' || c === '!' || c === '?') {
      let j = i + 1;
      while (j < n && (text[j] === '"' || text[j] === '”' || text[j] === '’' || text[j] === ')' || text[j] === "'")) j++;
      if (j < n && !/\s/.test(text[j]!)) continue;
      // next non-space must look like a sentence start
      let k = j;
      while (k < n && text[k] === ' ') k++;
      if (k < n && text[k] !== '\n' && !/[\p{Lu}\p{N}"“‘(]/u.test(text[k]!)) continue;
      if (c === '.') {
        let w = i - 1;
        while (w >= start && /[\p{L}.]/u.test(text[w]!)) w--;
        const word = text.slice(w + 1, i).toLowerCase();
        if (ABBREV.has(word) || /^\p{Lu}$/u.test(text.slice(w + 1, i))) continue;
      }
      push(start, j);
      start = -1;
      i = j - 1;
    }
  }
  if (start >= 0) push(start, n);
  // paragraph numbering: consecutive lines without blank line separation count as separate paragraphs above
  return out;
}

/**
 * Pairs of quotation marks [open, close) over the whole text. Curly and guillemet marks say their
 * direction; straight marks and TeX-style `` '' alternate. A quote left open at a paragraph break is
 * closed there (news convention: a continued quote reopens in the next paragraph).
 */
export function findQuotes(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let open = -1;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text[i]!;
    let role: 'open' | 'close' | 'toggle' | null = null;
    let len = 1;
    if (c === '“' || c === '«') role = 'open';
    // a closing mark opening a paragraph before a word is a mistyped opening mark
    else if (c === '”' || c === '»') role = open < 0 && (i === 0 || text[i - 1] === '\n') && /[\p{L}\p{N}]/u.test(text[i + 1] ?? '') ? 'open' : 'close';
    else if (c === '`' && text[i + 1] === '`') { role = 'open'; len = 2; }
    else if (c === "'" && text[i + 1] === "'") { role = 'toggle'; len = 2; }
    else if (c === '"') role = 'toggle';
    else if (c === '\n' && text[i + 1] === '\n' && open >= 0) { out.push([open, i]); open = -1; continue; }
    if (!role) continue;
    if (role === 'toggle') {
      const prev = i > 0 ? text[i - 1]! : ' ';
      const next = i + len < n ? text[i + len]! : ' ';
      // direction from context: after a space or opening bracket it opens, before a space or punctuation it closes
      if (open >= 0) role = /[\s(\[]/.test(prev) && /[\p{L}\p{N}]/u.test(next) && !/[\s.,;:!?)]/.test(next) ? 'open' : 'close';
      else role = 'open';
    }
    if (role === 'open') open = i;
    else if (open >= 0) { out.push([open, i + len]); open = -1; }
    i += len - 1;
  }
  if (open >= 0) out.push([open, n]);
  out.sort((a, b) => a[0] - b[0]);
  return out;
}

export function isWordCap(t: Tok | undefined): boolean { return !!t && t.w && t.cap; }
