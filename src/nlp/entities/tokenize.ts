// The entities stage's own word view of the text: one sticky regex scan, possessive "’s" split off,
// dotted abbreviations ("U.S.") kept whole. Sentence boundaries come from doc.sentences when the segment
// stage has filled them, else from a simple fallback.
import type { NlpDoc } from '../doc.js';
import { normAlias } from '../../kb/normalize.js';
import { WC_GIVEN, wordClassOf } from './tagger.js';
import { lexicon } from './lexicon.js';

export interface Tok {
  start: number; end: number; text: string;
  /** lower-cased text */
  lower: string;
  /** normAlias(text), computed lazily via tokNorm() */
  norm?: string;
  sent: number;
  /** first char is an upper-case letter */
  cap: boolean;
  /** at least two letters, all upper-case */
  allCaps: boolean;
  isWord: boolean;
  /** first word of its sentence */
  sentStart: boolean;
  /** sentence is in headline case (capitalisation uninformative) */
  headline: boolean;
  /** this token is a possessive clitic ("'s", "’s") split from the previous word */
  poss: boolean;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:[-‐‑'’.&][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;
const DOTTED = /^(?:\p{L}\.)+\p{L}$/u;
const ASCII_WORD = /^[a-z0-9]+$/;

/** A capitalised word token (no sentence or headline test: callers add those). */
export const isCapWord = (t: Tok | undefined): boolean => !!t && t.isWord && t.cap;

export function tokNorm(t: Tok): string {
  if (t.norm === undefined) t.norm = ASCII_WORD.test(t.lower) ? t.lower : normAlias(t.text);
  return t.norm;
}

/** The word ending just before position s (skipping one space). */
function lastWord(text: string, s: number): string {
  let k = s - 1;
  while (k > 0 && /[\p{L}\p{M}'’-]/u.test(text.charAt(k - 1))) k--;
  return text.slice(k, s - 1);
}

/**
 * The word before a single capital and its period at `s` makes it a middle initial: a known given name ("James C.
 * Kopp"), or a capitalised word right after a capitalised title word ("Judge Lewis A. Kaplan", "Dr Lewis A. Kaplan").
 */
function middleInitialAfter(text: string, s: number): boolean {
  const w1 = lastWord(text, s);
  if (!w1) return false;
  if ((wordClassOf(w1.toLowerCase()) & WC_GIVEN) !== 0) return true;
  if (!isUpper(w1.charAt(0))) return false;
  let p = s - 1 - w1.length; // w1 starts at p, after one space
  if (p < 2 || text.charCodeAt(p - 1) !== 32) return false;
  if (text.charCodeAt(p - 2) === 46) p--; // "Dr. Lewis"
  const w0 = lastWord(text, p);
  return !!w0 && isUpper(w0.charAt(0)) && (lexicon().roleNouns.has(w0.toLowerCase()) || lexicon().honorifics.has(w0.toLowerCase()));
}

function isUpper(c: string): boolean { return c !== c.toLowerCase() && c === c.toUpperCase(); }

const MAX_TOKEN = 200;

/** Tokenises `text` into words; sentence indices from `sentences` (sorted spans) or a fallback. */
export function tokenize(text: string, sentences?: readonly { start: number; end: number; kind?: string }[]): Tok[] {
  const out: Tok[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null) {
    let s = m.index; let w = m[0]; let e = s + w.length;
    if (w.length > MAX_TOKEN) { w = w.slice(0, MAX_TOKEN); e = s + MAX_TOKEN; WORD.lastIndex = e; }
    if (text.charCodeAt(e) === 46 && DOTTED.test(w)) { w += '.'; e++; WORD.lastIndex = e; }
    // a middle initial: "James C. Kopp"
    // (or after any capitalised word that follows a capitalised title: "Judge Lewis A. Kaplan")
    else if (w.length === 1 && text.charCodeAt(e) === 46 && text.charCodeAt(e + 1) === 32 && isUpper(w) && isUpper(text.charAt(e + 2)) && e > 0 && text.charCodeAt(s - 1) === 32 && middleInitialAfter(text, s)) { w += '.'; e++; WORD.lastIndex = e; }
    // possessive clitic
    const n = w.length;
    if (n > 2 && (w[n - 1] === 's' || w[n - 1] === 'S') && (w[n - 2] === "'" || w[n - 2] === '’')) {
      out.push(mk(text, s, e - 2));
      const p = mk(text, e - 2, e); p.poss = true; out.push(p);
      continue;
    }
    out.push(mk(text, s, e));
  }
  assignSentences(text, out, sentences);
  return out;
}

function mk(text: string, s: number, e: number): Tok {
  const t = text.slice(s, e);
  const u = t.charCodeAt(0);
  let isWord: boolean, cap: boolean;
  // ASCII first character (most tokens): no regex, no case-mapped strings
  if (u < 128) { cap = u >= 65 && u <= 90; isWord = cap || (u >= 97 && u <= 122) || (u >= 48 && u <= 57); }
  else { const c0 = t[0] ?? ''; isWord = /[\p{L}\p{N}]/u.test(c0); cap = isWord && isUpper(c0); }
  let allCaps = false;
  if (cap && t.length >= 2) {
    allCaps = t === t.toUpperCase() && t !== t.toLowerCase();
    // "U.S." counts as all-caps; "A" alone does not
  }
  // `norm` is declared here, unset, so that every token has one hidden class: tokNorm() filling it later would
  // otherwise give the tokens it touched a second shape, and every property read on tokens would see two
  return { start: s, end: e, text: t, lower: t.toLowerCase(), norm: undefined, sent: 0, cap, allCaps, isWord, sentStart: false, headline: false, poss: false };
}

const ABBREV_END = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'gen', 'col', 'lt', 'sgt', 'capt', 'rev', 'sen', 'rep', 'gov', 'jr', 'sr', 'no', 'vs', 'inc', 'corp', 'co', 'ltd', 'maj', 'adm', 'cpl', 'mt', 'ft', 'u.s', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec']);

function assignSentences(text: string, toks: Tok[], sentences?: readonly { start: number; end: number; kind?: string }[]): void {
  const heads: boolean[] = [];
  /** cont[i]: sentence i is a later line of a segmenter sentence split by splitTitleLines */
  const cont: boolean[] = [];
  /** datelines[i]: a segmenter DATELINE ("DUBAI, United Arab Emirates (AP) —"): capitals there name a place, not headline case */
  const datelines: boolean[] = [];
  if (sentences && sentences.length) {
    let si = 0;
    for (const t of toks) {
      while (si < sentences.length - 1 && t.start >= sentences[si]!.end) si++;
      t.sent = si;
    }
    for (let i = 0; i < sentences.length; i++) { heads[i] = sentences[i]!.kind === 'HEADLINE'; datelines[i] = sentences[i]!.kind === 'DATELINE'; }
    // a sentence the segmenter ended on a middle initial the tokens kept whole ("Judge Lewis A. | Kaplan set …")
    // goes on: the initial's period ends no sentence
    for (let i = 1; i + 1 < toks.length; i++) {
      const t = toks[i]!, nx = toks[i + 1]!;
      if (nx.sent === t.sent || t.text.length !== 2 || t.text.charCodeAt(1) !== 46 || !t.cap || !nx.cap || !nx.isWord || toks[i - 1]!.sent !== t.sent) continue;
      if (text.slice(t.end, nx.start) !== ' ') continue;
      const from = nx.sent;
      for (let k = i + 1; k < toks.length && toks[k]!.sent === from; k++) toks[k]!.sent = t.sent;
    }
    splitTitleLines(text, toks, heads, cont);
  } else {
    let si = 0;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      if (i > 0) {
        const p = toks[i - 1]!;
        const gap = text.slice(p.end, t.start);
        if (gap.includes('\n')) si++;
        else if ((p.text === '.' || p.text === '!' || p.text === '?') && gap.length > 0) {
          const pp = toks[i - 2];
          if (!(pp && (ABBREV_END.has(pp.lower) || (pp.text.length === 1 && pp.cap)))) si++;
        }
      }
      t.sent = si;
    }
  }
  // sentence starts (first word token) and headline case
  let cur = -1; let firstWord = true;
  let sStart = 0;
  const flush = (from: number, to: number, sent: number) => {
    let words = 0, lowerLong = 0;
    for (let k = from; k < to; k++) {
      const t = toks[k]!;
      if (!t.isWord) continue;
      words++;
      if (lowerLong === 0 && titleLower(t)) lowerLong++;
    }
    // a list line is no headline, also when it is a later line of a segmenter HEADLINE ("Speakers:\nMarla Voss (Reuters)")
    const list = sent > 0 && (heads[sent] === true ? cont[sent] === true : words >= 3 && lowerLong === 0) && isListLine(toks, from, to);
    const hl = !list && (heads[sent] === true || (words >= 3 && lowerLong === 0 && datelines[sent] !== true));
    if (hl) for (let k = from; k < to; k++) toks[k]!.headline = true;
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.sent !== cur) { if (cur >= 0) flush(sStart, i, cur); cur = t.sent; firstWord = true; sStart = i; }
    if (firstWord && t.isWord) { t.sentStart = true; firstWord = false; }
    else if (firstWord && !t.isWord && t.text !== '“' && t.text !== '"' && t.text !== '‘' && t.text !== "'" && t.text !== '(' && t.text !== '-' && t.text !== '—') {
      // keep looking: bullets etc.
    }
  }
  if (cur >= 0) flush(sStart, toks.length, cur);
  // a word right after an opening quote or a colon behaves like a sentence start
  for (let i = 1; i < toks.length; i++) {
    const p = toks[i - 1]!.text;
    if ((p === '“' || p === '"' || p === ':' || p === '‘') && toks[i]!.isWord) toks[i]!.sentStart = true;
    // a live blog's time stamp before a dash ("11:45 pm – Flights were cancelled"): the word after it opens the entry
    // (an all-caps word keeps its reading: its capitals say nothing of a sentence start)
    if (DASHES.has(p) && toks[i]!.isWord && !toks[i]!.allCaps && stampBefore(toks, i - 1)) toks[i]!.sentStart = true;
  }
}

/** A lower-case word that title case would capitalise ("met", "fled"; not "and", "in", "of"). */
function titleLower(t: Tok): boolean {
  if (!t.isWord) return false;
  const u = t.text.charCodeAt(0);
  const lowerFirst = u < 128 ? u >= 97 && u <= 122 : /^\p{Ll}/u.test(t.text);
  return lowerFirst && !t.text.includes('-') && (t.text.length > 3 || !TITLE_SMALL.has(t.text));
}

const LIST_SEP = new Set([',', ';', '(', ')', '|', '•', '·', '/']);
const LIST_JOIN = new Set(['and', 'of', '&', 'de', 'al', 'van', 'von']);
/**
 * A list line in the body ("Kim Jong Un, Marla Voss, Tobias Brenner", "Marla Voss (Reuters)"): items split by commas,
 * brackets, semicolons or bullets, at least two, none longer than four words, no function word but name connectors.
 * Its capitals are names, not title case, so it is not a headline. "Russia, Ukraine Trade Blame Over Dam" is not one.
 */
function isListLine(toks: readonly Tok[], from: number, to: number): boolean {
  let items = 0, words = 0, seps = 0;
  for (let k = from; k <= to; k++) {
    const t = toks[k];
    if (k === to || LIST_SEP.has(t!.text)) { if (k < to) seps++; if (words) items++; if (words > 4) return false; words = 0; continue; }
    if (!t!.isWord) continue;
    if (!t!.cap && (TITLE_SMALL.has(t!.lower) && !LIST_JOIN.has(t!.lower))) return false;
    words++;
  }
  return seps > 0 && items >= 2;
}

/**
 * A heading or name-list line the segmenter glued to the next sentence ("… leaders.\nKim Jong Un, Marla Voss\nThey
 * met …"): a line break next to a line without a lower-case word that title case would capitalise ends the sentence,
 * so no name crosses it and the line is judged on its own. Wrapped prose (lower-case words on both lines) stays whole.
 * Renumbers `toks[].sent` and `heads` in place; marks the later lines of a split sentence in `cont`.
 */
function splitTitleLines(text: string, toks: Tok[], heads: boolean[], cont: boolean[]): void {
  const n = toks.length;
  // pieces: maximal runs of tokens in one segmenter sentence and one line (tokens are in text order, so contiguous)
  const pieceStart: number[] = [0];
  let inside = false; // some sentence spans a line break
  for (let i = 1; i < n; i++) {
    const a = toks[i - 1]!, b = toks[i]!;
    let nl = false;
    for (let c = a.end; c < b.start; c++) if (text.charCodeAt(c) === 10) { nl = true; break; }
    if (nl || a.sent !== b.sent) pieceStart.push(i);
    if (nl && a.sent === b.sent) inside = true;
  }
  if (!inside) return;
  pieceStart.push(n);
  const np = pieceStart.length - 1;
  const lower = new Uint8Array(np);
  for (let p = 0; p < np; p++) for (let i = pieceStart[p]!; i < pieceStart[p + 1]!; i++) if (titleLower(toks[i]!)) { lower[p] = 1; break; }
  const oldSent = toks.map((t) => t.sent);
  const newHeads: boolean[] = [heads[oldSent[0]!] === true];
  let cur = 0;
  for (let k = 0; k < pieceStart[1]!; k++) toks[k]!.sent = 0;
  for (let p = 1; p < np; p++) {
    const i = pieceStart[p]!;
    const a = oldSent[i - 1]!, b = oldSent[i]!;
    // a new segmenter sentence, or a line break next to a line without a lower-case word
    if (a !== b || !lower[p - 1] || !lower[p]) { cur++; newHeads[cur] = heads[b] === true; cont[cur] = a === b; }
    for (let k = i; k < pieceStart[p + 1]!; k++) toks[k]!.sent = cur;
  }
  heads.length = 0; heads.push(...newHeads);
}

/** Words headline (title) case leaves in lower case. */
const TITLE_SMALL = new Set(['a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'of', 'in', 'on', 'at', 'to', 'by', 'up', 'as', 'vs', 'via', 'per', 'off', 'out', 'amid', 'from', 'with', 'into', 'over', 'after', 's']);

/** Tokens for a doc: re-uses nothing from doc.tokens (their conventions vary) but follows doc.sentences. */
export function docTokens(doc: NlpDoc): Tok[] {
  return tokenize(doc.text, doc.sentences.length ? doc.sentences : undefined);
}

const DASHES = new Set(['-', '–', '—']);
const STAMP_WORD = /^(?:\d{1,2}|[ap]\.?m\.?|[A-Z]{2,4})$/i;

/** Only a clock time stands between the sentence start and the dash at d ("11:45 pm", "3:40 pm IST", "09:12"). */
function stampBefore(toks: readonly Tok[], d: number): boolean {
  const sent = toks[d]!.sent;
  let digits = false;
  let k = d - 1;
  for (; k >= 0 && toks[k]!.sent === sent; k--) {
    const t = toks[k]!;
    if (t.text === ':' || t.text === '.') continue;
    if (!STAMP_WORD.test(t.text)) return false;
    if (/^\d/.test(t.text)) digits = true;
  }
  return digits && d - k <= 7;
}
