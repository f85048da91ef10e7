// Sentence boundaries over the token stream. Three passes:
// 1. layout breaks: blank lines (paragraphs), single newlines after headlines, bylines, list items;
// 2. punctuation breaks: . ! ? … and abbreviation periods, decided by the following token;
// 3. datelines at the start of a block become sentences of their own.
import type { Sentence, Token } from '../../core/types.js';
import { A_AMBIGUOUS, A_INITIAL, A_LIKELY_END, A_MONTH, A_NONE, A_NUMERIC, A_TITLE } from './abbreviations.js';
import { isLowerAt, isUpperAt } from './chars.js';
import { matchDateline } from './dateline.js';
import { BULLET_CHARS, CONTINUATION_WORDS, SENTENCE_STARTERS, SPEECH_VERBS } from './lexicon.js';
import { layout } from './lines.js';
import { isBylineTokens } from './byline.js';
import { classifyKinds } from './kinds.js';

const starters = new Set(SENTENCE_STARTERS);
const speechVerbs = new Set(SPEECH_VERBS);
const continuation = new Set(CONTINUATION_WORDS);

/** A typical sentence opener, also in ALL-CAPS copy ("THE", "HE"). */
function isStarter(w: string): boolean {
  if (starters.has(w)) return true;
  return w.length > 1 && w === w.toUpperCase() && starters.has(w[0] + w.slice(1).toLowerCase());
}

/** Break codes per token: the token starts a new sentence / a new paragraph too. */
const B_SENT = 1;
const B_PARA = 2;

const CLOSERS = '"\'”’»›)]}';
const OPENERS = '"\'“‘«‹([{';
const DASHES = '-–—';
const NO_SPLIT_BEFORE = ',;:)]}%–—-.!?…';
/** Punctuation that leaves a line unfinished: "… the storm,⏎killing …", "He said:⏎…". */
const LINE_CONTINUES = ',;:-–—(&/';

export function splitSentences(text: string, tokens: Token[], abbr: readonly number[]): Sentence[] {
  const n = tokens.length;
  if (n === 0) return [];
  const lay = layout(text, tokens);
  const { tokenLine, lineStart, lineEnd, wrapped, paraMax } = lay;
  const brk = new Uint8Array(n);
  const tokText = (t: number): string => text.slice(tokens[t].start, tokens[t].end);
  const firstChar = (t: number): string => text[tokens[t].start];
  const isTerminalTok = (t: number): boolean => {
    const tok = tokens[t];
    if (tok.kind !== 'PUNCT') return false;
    const c = text.charCodeAt(tok.start);
    return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
  };
  /** Last token index of a sentence-final group: terminal then adjacent closers. */
  const closerRun = (t: number): number => {
    let e = t;
    while (e + 1 < n && tokens[e + 1].start === tokens[e].end && tokens[e + 1].end - tokens[e + 1].start <= 2
      && CLOSERS.includes(text[tokens[e + 1].start]) && tokens[e + 1].kind !== 'WORD') e++;
    // `… will continue. "⏎` – a detached closing quote that is the last thing on its line; there
    // even an opening-only quote (`… get worse.“⏎`, a common typo) can only be closing.
    if (e + 1 < n && tokens[e + 1].kind === 'QUOTE'
      && (e + 2 >= n || tokenLine[e + 2] !== tokenLine[e + 1]) && tokenLine[e + 1] === tokenLine[e]) e++;
    return e;
  };
  /** Starts with a lower-case letter and is no camel-case name ("iPhone", "eBay" can open a sentence). */
  const startsLower = (t: number): boolean => {
    const tok = tokens[t];
    if (!isLowerAt(text, tok.start)) return false;
    for (let k = tok.start + 1; k < tok.end; k++) if (isUpperAt(text, k)) return false;
    return true;
  };
  const isBulletAt = (t: number): boolean => {
    const tok = tokens[t];
    const s = tokText(t);
    if (tok.kind === 'NUMBER' && t + 1 < n) {
      // "1. First", "2) Second"
      const nx = tokText(t + 1);
      return tokens[t + 1].start === tok.end && (nx === '.' || nx === ')') && tok.end - tok.start <= 2;
    }
    if (s.length !== 1 || !BULLET_CHARS.includes(s) || t + 1 >= n || tokens[t + 1].start === tok.end) return false;
    // In wrapped copy a line may start with the dash of "… indeed live⏎— in the morning".
    return !(wrapped[tokenLine[t]] && DASHES.includes(s));
  };

  // Pass 1: layout.
  brk[0] = B_PARA;
  for (let t = 1; t < n; t++) {
    const la = tokenLine[t - 1];
    const lb = tokenLine[t];
    if (la === lb) continue;
    if (lb - la > 1) { brk[t] = B_PARA; continue; } // an empty line between
    if (isBulletAt(t)) { brk[t] = wrapped[la] ? B_SENT : B_PARA; continue; }
    const prevLen = lineEnd[la] - lineStart[la];
    // A wrapped line: the next line's first word would not have fitted on it, so the break is the
    // column's, not the writer's; the newline is a space. (A title line followed by a date line
    // ends early although the date would have fitted.)
    if (wrapped[la] && prevLen + 1 + firstWordLength(lineStart[lb]) > paraMax[la] * 0.9) continue;
    // "Flu fears grow⏎by Xinhua writer Li Ming": a lower-case byline still starts its own line.
    const nextLower = startsLower(t) && !isBylineTokens(text, tokens, t, lineLastToken(t));
    const last = t - 1;
    const g = lastNonCloser(last);
    if (isTerminalTok(g) || (abbr[g] !== A_NONE && text.charCodeAt(tokens[g].end - 1) === 0x2e)) {
      const a = abbr[g];
      if (nextLower || a === A_TITLE || a === A_NUMERIC || a === A_INITIAL) continue;
      brk[t] = wrapped[la] ? B_SENT : B_PARA;
      continue;
    }
    const lastText = tokText(last);
    if (nextLower || (LINE_CONTINUES.includes(lastText[0]) && tokens[last].kind !== 'WORD')) continue;
    if (continuation.has(lastText)) continue;
    brk[t] = wrapped[la] ? B_SENT : B_PARA;
  }
  function firstWordLength(at: number): number {
    let e = at;
    while (e < text.length && text.charCodeAt(e) > 32) e++;
    return e - at;
  }
  function lineLastToken(t: number): number {
    const line = tokenLine[t];
    let k = t;
    while (k + 1 < n && tokenLine[k + 1] === line && k - t < 30) k++;
    return k;
  }
  function lastNonCloser(t: number): number {
    if (t > 0 && tokens[t].kind === 'QUOTE'
      && tokenLine[t - 1] === tokenLine[t] && isTerminalTok(t - 1)) return t - 1;
    while (t > 0 && CLOSERS.includes(text[tokens[t].start]) && tokens[t].kind !== 'WORD'
      && tokens[t - 1].end === tokens[t].start) t--;
    return t;
  }

  // Pass 2: punctuation.
  for (let t = 0; t < n - 1; t++) {
    const a = abbr[t];
    const terminal = isTerminalTok(t);
    if (!terminal && (a === A_NONE || a === A_TITLE || a === A_NUMERIC)) continue;
    if (!terminal && text.charCodeAt(tokens[t].end - 1) !== 0x2e) continue;
    // "1. Leave" – the period of a list number at the start of a line.
    if (terminal && t > 0 && tokens[t - 1].kind === 'NUMBER' && tokens[t - 1].end === tokens[t].start
      && tokens[t - 1].end - tokens[t - 1].start <= 2
      && (t === 1 || tokenLine[t - 2] !== tokenLine[t - 1]) && tokens[t].end - tokens[t].start === 1) continue;
    const e = closerRun(t);
    const x = e + 1;
    if (x >= n) break;
    if (brk[x] !== 0) { t = e; continue; }
    if (splitsBefore(t, e, x, a, terminal)) brk[x] = B_SENT;
    t = e;
  }

  function splitsBefore(t: number, e: number, x: number, a: number, terminal: boolean): boolean {
    const xt = tokens[x];
    const xc = firstChar(x);
    if (xt.kind === 'PUNCT' && NO_SPLIT_BEFORE.includes(xc)) return false;
    // The word that would open the next sentence, looking past an opening quote or bracket.
    let w = x;
    if ((xt.kind === 'QUOTE' || xt.kind === 'PUNCT') && OPENERS.includes(xc) && x + 1 < n) w = x + 1;
    if (startsLower(w)) return false;
    if (terminal) {
      const c = text.charCodeAt(tokens[t].start);
      const ellipsis = c === 0x2026 || tokens[t].end - tokens[t].start > 1 && c === 0x2e;
      if (ellipsis && !isUpperAt(text, tokens[w].start)) return false;
      // `“Why not?” Smith asked.` – the quote ends at the reporting verb, not at the question mark.
      // Only after ? and ! (a full stop inside the quote is a real end: `“We won.” Smith said …`),
      // and not before a pronoun (`“Why?” He shrugged.` is rarer than `“Why?” he asked.`).
      if (e > t && c !== 0x2e && w === x && w + 1 < n && tokens[w].kind === 'WORD' && !isStarter(tokText(w))
        && speechVerbs.has(tokText(w + 1))) return false;
      return true;
    }
    const next = tokText(w);
    if (a === A_INITIAL) return isStarter(next);
    if (a === A_LIKELY_END) return isUpperAt(text, tokens[w].start);
    if (a === A_AMBIGUOUS || a === A_MONTH) {
      if (isStarter(next)) return true;
      // `… in the U.S. “We …` – an opening quote; not `Acme Corp. (Acme) said`.
      return xt.kind === 'QUOTE' && w !== x && isUpperAt(text, tokens[w].start);
    }
    return false;
  }

  // Pass 3: datelines at the start of each block, or right after a byline on the same line
  // ("By Ann Lee. BOSTON (Reuters) - …"). Colon datelines ("NEW DELHI: …") only near the top,
  // once: further down, "NAME:" is a transcript speaker or a caption credit.
  const dateline = new Uint8Array(n);
  let sentIdx = -1;
  let lineFirst = 0;
  let colonAllowed = true;
  for (let t = 0; t < n; t++) {
    if (brk[t] === 0) continue;
    sentIdx++;
    const atLineStart = t === 0 || tokenLine[t - 1] !== tokenLine[t];
    if (atLineStart) lineFirst = t;
    else if (!(t - lineFirst <= 8 && /^[Bb][Yy] /.test(text.slice(tokens[lineFirst].start, tokens[lineFirst].start + 3)))) continue;
    const line = tokenLine[t];
    const end = matchDateline(text, tokens[t].start, lineEnd[line], colonAllowed && sentIdx < 4);
    if (end < 0) continue;
    let k = t;
    while (k < n && tokens[k].end < end && k - t < 40) k++;
    if (k >= n || tokens[k].end !== end) continue;
    if (text.charCodeAt(end - 1) === 0x3a) colonAllowed = false;
    dateline[t] = 1;
    if (k + 1 < n && brk[k + 1] === 0) brk[k + 1] = B_SENT;
    for (let m = t + 1; m <= k; m++) brk[m] = 0; // "Sept. 11" inside the dateline
  }

  // Build sentences.
  const sentences: Sentence[] = [];
  let para = -1;
  let s = 0;
  for (let t = 1; t <= n; t++) {
    if (t < n && brk[t] === 0) continue;
    if (brk[s] === B_PARA) para++;
    const idx = sentences.length;
    for (let k = s; k < t; k++) tokens[k].sentence = idx;
    sentences.push({ start: tokens[s].start, end: tokens[t - 1].end, paragraph: Math.max(para, 0), kind: dateline[s] ? 'DATELINE' : 'BODY' });
    s = t;
  }
  classifyKinds(text, sentences, tokens, tokenLine);
  return sentences;
}
