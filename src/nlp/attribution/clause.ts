// Clause geometry over a sentence's tokens: clause starts and ends, post-posed content, tails, chunks.
import type { Tok } from '../claims/text.js';
import { DET, SPEECH, NPOBJ, PRON, CONJ, PART, FINITE, BE, IRR_PAST, MONTHS_DAYS, finitePastForm } from './words.js';
import { semicolonFrom, stopAtOrBefore } from './tok-index.js';
import { isPunct, isComma, isHard, isCloseQuote, type Ctx, type SentCtx } from './frame.js';
import { attributionWords } from './data-words.js';

/** Words opening an adjunct between a cue and its "that" (data/lexicon/attribution-words.json adjunctBeforeThat). */
const ADJUNCT_BEFORE_THAT = (): ReadonlySet<string> => attributionWords('adjunctBeforeThat');

/** After a post-posed cue, only adverbials remain ("to his colleagues", "then", "to rousing applause"). */
export function trailingOnly(toks: Tok[], a: number, n: number): boolean {
  const f = toks[a];
  if (f && f.w && !/^(to|at|in|on|during|after|before|then|later|afterwards|again|with|from|while|outside|inside|via|through|over|without|last|this|earlier|today|yesterday|tonight|recently)$/.test(f.l) && !(/ly$/.test(f.l) && !f.cap)) return false;
  for (let i = a; i < n; i++) {
    const t = toks[i]!;
    if (isComma(t) || isHard(t) || isPunct(t, '.')) return true;
    if (t.q || t.l === 'that' || FINITE.has(t.l) || (SPEECH.has(t.l) && !t.cap) || PRON.has(t.l) && i === a) return false;
    if (i - a > 10) return false;
  }
  return true;
}

/** Comma-separated chunks left of token k (inclusive), down to a clause limit. Left to right. */
export function leftChunks(toks: Tok[], k: number, limit: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let b = k;
  let i = k;
  for (; i >= limit; i--) {
    const t = toks[i]!;
    if (isComma(t)) { if (b > i) out.unshift([i + 1, b]); b = i - 1; continue; }
    // a parenthesis stays inside its chunk: "Sen. Bernie Sanders (Vt.), who …"
    if (t.t === ')') {
      let m = i - 1;
      while (m > limit && toks[m]!.t !== '(' && i - m < 12) m--;
      // (a ')' opening the sentence has no '(' before it: m runs below 0)
      if (toks[m]?.t === '(' && m > limit) { i = m; continue; }
    }
    if (t.l === 'that' && !t.cap) {
      // (the nearest comma, "who" or "which" back is looked up: a scan per "that" was quadratic in nested reports)
      const m = stopAtOrBefore(toks, i - 1, limit);
      if (m >= limit && (toks[m]!.l === 'who' || toks[m]!.l === 'which')) continue;
      // an appositive holding a relative clause: "X, the agency that oversees the program, said"
      if (m >= limit && isComma(toks[m]) && m + 1 < i && DET.has(toks[m + 1]!.l) && i - m <= 6 && toks.slice(m + 1, i).every((x) => x.w)) continue;
      break;
    }
    if (isHard(t) || t.q) break;
  }
  if (b > i) out.unshift([i + 1, b]);
  return out.filter(([a, z]) => z >= a);
}

/** Where the clause containing token j begins (after ; : — or a quote mark), as a token index. */
export function clauseStart(toks: Tok[], j: number): number {
  if (j <= 0) return 0;
  if (j > toks.length) return clauseStartScan(toks, j);
  // the scan back runs to the clause start, which in a long sentence without hard punctuation is the sentence start:
  // every cue calling this would make the sentence quadratic ("It is understood the company closed and " × 8,000),
  // so the starts are kept per token array, filled left to right as far as asked
  let m = STARTS.get(toks);
  if (!m || m.len !== toks.length) { m = { len: toks.length, at: new Int32Array(toks.length), filled: 0 }; STARTS.set(toks, m); }
  for (let i = m.filled; i < j; i++) m.at[i] = startAfter(toks, i, m.at);
  if (m.filled < j) m.filled = j;
  return m.at[j - 1]!;
}
/** Clause starts of a token array: at[i] is clauseStart(toks, i + 1); filled is how many are known. */
const STARTS = new WeakMap<Tok[], { len: number; at: Int32Array; filled: number }>();
/** clauseStart(toks, i + 1) from the starts before i (the scan back from i takes one step, or jumps an inline quote). */
function startAfter(toks: Tok[], i: number, at: Int32Array): number {
  const t = toks[i]!;
  if (t.q) {
    const o = inlineQuoteOpen(toks, i);
    return o >= 0 ? (o > 0 ? at[o - 1]! : 0) : i + 1;
  }
  if (isHard(t) && t.t !== '(' && t.t !== ')') return i + 1;
  return i > 0 ? at[i - 1]! : 0;
}
function clauseStartScan(toks: Tok[], j: number): number {
  for (let i = j - 1; i >= 0; i--) {
    if (toks[i]!.q) {
      const o = inlineQuoteOpen(toks, i);
      if (o >= 0) { i = o; continue; }
      return i + 1;
    }
    if (isHard(toks[i]) && toks[i]!.t !== '(' && toks[i]!.t !== ')') return i + 1;
  }
  return 0;
}

/**
 * When toks[i] closes a short quotation set inside a clause (a scare quote or a quoted phrase: 'called them
 * "crazy" and said …'), the index of its opening mark; else -1. Inline: words on both sides of the opening mark and
 * a word (not sentence punctuation) before the closing one.
 */
export function inlineQuoteOpen(toks: Tok[], i: number): number {
  // the closing mark follows a word, or a comma that closes the quoted phrase ('a “root canal,” according to')
  const comma = isComma(toks[i - 1]) && !!toks[i - 2]?.w;
  if (!toks[i - 1]?.w && !comma) return -1;
  let o = i - 1;
  while (o > 0 && !toks[o]!.q && i - o <= 12) o--;
  if (o <= 0 || !toks[o]!.q || i - o > 12 || o === i - 1) return -1;
  const before = toks[o - 1]!;
  if (!before.w || !toks[o + 1]?.w) return -1;
  for (let m = o + 1; m < i - (comma ? 1 : 0); m++) if (!toks[m]!.w && toks[m]!.t !== '-' && toks[m]!.t !== "'" && toks[m]!.t !== '’') return -1;
  return o;
}

/** One past the last token of the clause holding j: up to ; or the sentence end. */
export function clauseEnd(toks: Tok[], j: number): number {
  // (the next semicolon is looked up: a scan to the sentence's end per cue was quadratic in a long sentence of cues)
  const semi = semicolonFrom(toks, j);
  if (semi >= 0) return semi;
  let e = toks.length;
  while (e > j && !toks[e - 1]!.w && !toks[e - 1]!.q && toks[e - 1]!.t !== ')' && toks[e - 1]!.t !== '%' && toks[e - 1]!.t !== '$') e--;
  return e;
}

/** Skips tokens after a cue that belong to the frame: "that", time adverbials, "in a statement". */
export function skipAfterCue(toks: Tok[], j: number, end: number): number {
  let i = j;
  for (let guard = 0; guard < 6 && i < end; guard++) {
    const t = toks[i]!;
    if (t.l === 'that' && !t.cap) return i + 1;
    // "cautioned, as did the campaign itself, that …": a comma-bounded aside before "that"
    if (isComma(t)) {
      for (let m = i + 2; m < end && m - i <= 12; m++) {
        const x = toks[m]!;
        if (isComma(x) && toks[m + 1]?.l === 'that') return m + 2;
        if (!x.w && !isComma(x) && x.t !== '.' && x.t !== '-') break;
        if (isComma(x)) break;
      }
      i++; continue;
    }
    const timeWord = t.l === 'last' || t.l === 'earlier' || t.l === 'late' || t.l === 'afterwards' || t.l === 'later' || t.l === 'also'
      || t.l === 'again' || t.l === 'today' || t.l === 'yesterday' || MONTHS_DAYS.has(t.l);
    const prep = t.l === 'on' || t.l === 'in' || t.l === 'at' || t.l === 'during' || t.l === 'via' || t.l === 'through' || t.l === 'over' || t.l === 'this';
    if (!timeWord && !prep && /ly$/.test(t.l) && !t.cap && t.l.length > 4) { i++; continue; }
    // "warned after a 2011 freeze that C", "warned as early as October that C", "said before the vote that C": an
    // adjunct of time or circumstance, taken only when its "that" follows within a short phrase
    if (!timeWord && !prep && ADJUNCT_BEFORE_THAT().has(t.l)) {
      let k = i + 1;
      while (k < end && k - i < 8 && toks[k]!.l !== 'that' && toks[k]!.w && !SPEECH.has(toks[k]!.l) && !FINITE.has(toks[k]!.l)) k++;
      // (a verb right after "that" makes it relative, "after the attack that killed 12 people": no reported clause;
      // the shared verb test, so an -ed noun or adjective, "that red tape …", "that need …", is none)
      const relative = finitePastForm(toks[k + 1]);
      if (k < end && toks[k]!.l === 'that' && !toks[k]!.cap && k > i + 1 && !relative) return k + 1;
      return i;
    }
    if (!timeWord && !prep) return i;
    // "says at least 3,000 people died", "said over 200 homes burned": a bound on a number opens the content
    if ((t.l === 'at' && /^(least|most)$/.test(toks[i + 1]?.l ?? '')) || (t.l === 'over' && /^\d/.test(toks[i + 1]?.l ?? ''))) return i;
    // a "that" or comma within a short prepositional phrase ends the frame: "said in a statement that"
    let k = i + 1;
    while (k < end && k - i < 8 && toks[k]!.l !== 'that' && !isComma(toks[k]) && toks[k]!.w && !SPEECH.has(toks[k]!.l)) k++;
    if (k < end && (toks[k]!.l === 'that' || isComma(toks[k]))) { i = k + 1; if (toks[k]!.l === 'that') return i; continue; }
    // "said on Friday the …": skip a short time adverbial
    let m = i + 1;
    while (m < end && m - i < 4 && (MONTHS_DAYS.has(toks[m]!.l) || /^\d/.test(toks[m]!.l) || (toks[m]!.cap && MONTHS_DAYS.has(toks[m]!.l)))) m++;
    if (timeWord) { i = Math.max(m, i + 1); continue; }
    if (m > i + 1) { i = m; continue; }
    return i;
  }
  return i;
}

/** Content range of a post-posed frame whose source begins at token a (preceded by a comma or quote). */
export function postContent(ctx: Ctx, sc: SentCtx, a: number): [number, number] | null {
  const { toks, quotes } = sc;
  let c = a - 1;
  if (c < 0) return null;
  // '"…," X said' or '"…" X said'
  if (isCloseQuote(toks[c], quotes) || (isComma(toks[c]) && isCloseQuote(toks[c - 1], quotes))) {
    const qi = isCloseQuote(toks[c], quotes) ? c : c - 1;
    const q = quotes.byClose.get(toks[qi]!.e);
    if (q) return [q[0], q[1]];
    // an unpaired closing mark: the quote runs from the last opening mark in the sentence, or its start
    let o = qi - 1;
    while (o > 0 && !toks[o]!.q) o--;
    if (qi - o >= 2) return [toks[o]!.s, toks[qi]!.e];
  }
  if (isComma(toks[c]) && isCloseQuote(toks[c - 1], quotes) === false) {
    // '"…, " X said' where the comma sits inside the quote
    if (toks[c + 1] && isCloseQuote(toks[c + 1], quotes)) { const q = quotes.byClose.get(toks[c + 1]!.e); if (q) return [q[0], q[1]]; }
  }
  if (!isComma(toks[c]) && !isPunct(toks[c], '—')) return null;
  const cs = clauseStart(toks, c);
  if (c - cs < 2) return null;
  void ctx;
  // "Should the talks fail, the strike will continue", "If it rains, prices rise": a fronted adverbial clause alone
  // before the comma is no reported content; the words after the comma are the main clause, not a source and cue
  if (FRONTED_ADVERBIAL.has(toks[cs]!.l) && !toks.slice(cs + 1, c).some((x) => isComma(x) || x.q)) return null;
  return [toks[cs]!.s, toks[c - 1]!.e];
}

/** Openers of a fronted adverbial clause ("If …,", "Should …,", "When …,"). */
const FRONTED_ADVERBIAL = new Set(['if', 'should', 'unless', 'when', 'whenever', 'while', 'although', 'though', 'because', 'once', 'until', 'after', 'before', 'since', 'whether']);

/** If a ", but …"/", and …" tail follows the frame ending at token z, its range. */
export function tailAfter(sc: SentCtx, z: number): [number, number] | null {
  const { toks } = sc;
  let i = z + 1;
  if (!isComma(toks[i])) return null;
  i++;
  const nx = toks[i];
  if (!nx) return null;
  if (!(nx.l === 'but' || nx.l === 'and')) {
    // a parenthetical frame mid-sentence: "As a rule, he explained, the UN works …"
    if (nx.q || PART.has(nx.l) || /^(who|which|where|whose|as|when|while|after|before|because|adding|according|citing)$/.test(nx.l)) return null;
    const e = clauseEnd(toks, i);
    if (e - i < 3) return null;
    return [nx.s, toks[e - 1]!.e];
  }
  const e = clauseEnd(toks, i);
  if (e - i < 3) return null;
  return [toks[i + 1]!.s, toks[e - 1]!.e];
}

/** The clause (between clause-level commas/conjunctions) holding token j: [first, last] token. */
export function localClause(toks: Tok[], j: number): [number, number] {
  let a = j;
  let relative = false;
  while (a > 0) {
    const p = toks[a - 1]!;
    if (isHard(p) || p.q) break;
    if (isComma(p) && /^(which|who|whom|whose|where)$/.test(toks[a]!.l)) { relative = true; break; }
    if (isComma(p) && (CONJ.has(toks[a]!.l) || PART.has(toks[a]!.l))) break;
    if (CONJ.has(toks[a]!.l) && isComma(p)) break;
    if (p.l === 'that' && !p.cap) break;
    // a speech word after a determiner is a noun ("The suspect allegedly fled"), not the clause's verb
    if (!p.cap && SPEECH.has(p.l) && !BE.has(toks[a - 2]?.l ?? '') && !DET.has(toks[a - 2]?.l ?? '')) break;
    a--;
  }
  let b = j;
  const n = toks.length;
  while (b + 1 < n) {
    const q = toks[b + 1]!;
    if (isHard(q) || q.q || isPunct(q, '.') || isPunct(q, '?') || isPunct(q, '!')) break;
    if (isComma(q) && toks[b + 2] && (CONJ.has(toks[b + 2]!.l) || PART.has(toks[b + 2]!.l) || toks[b + 2]!.l === 'which')) break;
    if (isComma(q) && relative) break;
    b++;
  }
  while (b > a && !toks[b]!.w) b--;
  return [a, b];
}

export function firstVerbish(toks: Tok[]): number {
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.w) continue;
    if (BE.has(t.l) || t.l === 'has' || t.l === 'have' || t.l === 'had' || ((SPEECH.has(t.l) || NPOBJ.has(t.l)) && !t.cap) || (/ed$/.test(t.l) && !t.cap) || (IRR_PAST.has(t.l) && !t.cap)) return i;
  }
  return 1;
}
