// Fast dictionary matcher over the KB: finds every longest token sequence whose normalised form (normAlias)
// is a KB alias or demonym. Hash look-ups over token n-grams, bounded by Kb.maxAliasWords and cut short as soon
// as the n-gram is no prefix of any alias.
import type { Token } from '../core/types.js';
import { WEAK_BIT } from './compile.js';
import { getKb, type LoadedKb } from './load.js';
import { normAlias } from './normalize.js';
import type { KbEntry } from './types.js';

export interface KbMatch {
  /** Character offsets of the match in the text (end exclusive; a possessive "'s" is left out). */
  start: number;
  end: number;
  /** Token indices (end exclusive). */
  tokenStart: number;
  tokenEnd: number;
  /** The normalised alias that matched. */
  key: string;
  /** Entries having this alias (best-known first: by prominence, then population). */
  entries: readonly KbEntry[];
  /** Entries for which the text is a demonym ("North Korean" → North Korea). */
  demonymOf: readonly KbEntry[];
  /** Every entry holds this alias only weakly ("Nice", "Reading", "Guardian"): only trust it with strong context.
   *  (Reported only with includeWeak; then `entries` also lists the weak holders of mixed keys.) */
  weak: boolean;
}

export interface MatchOptions {
  kb?: LoadedKb;
  /** Also report weak (stop-listed) aliases. Default false. */
  includeWeak?: boolean;
  /** Skip the capitalisation guard (e.g. for text known to be lower-cased). Default false. */
  ignoreCase?: boolean;
}

/** Bits 0–14: word w must start upper-case; bits 15–29: word w must be all upper-case (acronym). */
export const ACRONYM_SHIFT = 15;

const ASCII_WORD = /^[A-Za-z0-9]+$/;
const JOINERS = new Set(['.', "'", '’', '‘', '&']);
const BREAKERS = new Set(['-', '‐', '‑', '–', '—', '/']);
const GLUE = new Set([...JOINERS, ...BREAKERS]);

function tokenNorm(s: string): string {
  return ASCII_WORD.test(s) ? s.toLowerCase() : normAlias(s);
}

function isUpper(ch: string): boolean { return ch !== ch.toLowerCase() && ch === ch.toUpperCase(); }

/**
 * Finds KB aliases and demonyms in `text`. Matches are non-overlapping, left to right, longest first.
 * A lower-case word never matches a word that is capitalised in every surface form of the alias, and an
 * acronym ("AIR", "MAP") matches only all-caps text; all-caps text matches everything.
 */
export function matchKb(text: string, tokens: readonly Token[], opts: MatchOptions = {}): KbMatch[] {
  const kb = opts.kb ?? getKb();
  const n = tokens.length;
  const norms: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const s = text.slice(t.start, t.end);
    norms[i] = t.kind === 'WORD' || t.kind === 'NUMBER' ? tokenNorm(s) : s;
  }
  const maxTokens = kb.maxAliasWords * 3 + 2;
  const out: KbMatch[] = [];
  let i = 0;
  // scratch: word starts (token index of first token of each word of the n-gram)
  const wordFirst: number[] = [];
  while (i < n) {
    const ti = tokens[i]!;
    if ((ti.kind !== 'WORD' && ti.kind !== 'NUMBER') || !norms[i]) { i++; continue; }
    // fast exit: the word is no key and no key starts with it, it carries no possessive, and no glued
    // punctuation follows that could make it part of a longer key ("U.S", "AT&T", "Jong-un", "People's")
    if (!kb.hasPrefix(norms[i]!) && norms[i]!.indexOf("'") < 0) {
      const nx = tokens[i + 1];
      if (!nx || nx.start !== ti.end || nx.kind === 'WORD' || nx.kind === 'NUMBER' || !GLUE.has(text.slice(nx.start, nx.end))) { i++; continue; }
    }
    let best: KbMatch | undefined;
    let key = norms[i]!;
    wordFirst.length = 0;
    wordFirst.push(i);
    let j = i;
    let dotted = false; // the n-gram holds an abbreviation's inner dot ("U.S"), so a final dot belongs to it
    for (;;) {
      // candidate ending at token j
      const m = tryKey(kb, text, tokens, key, i, j, wordFirst, opts);
      if (m) best = m;
      // extend
      if (j + 1 >= n || j + 1 - i >= maxTokens) break;
      const next = tokens[j + 1]!;
      const gap = next.start - tokens[j]!.end;
      if (next.sentence !== ti.sentence) break;
      if (next.kind === 'WORD' || next.kind === 'NUMBER') {
        if (gap > 0) {
          if (!/^[ \t\u00a0]+$/.test(text.slice(tokens[j]!.end, next.start))) break; // newline etc.
          if (!kb.hasPrefix(key)) break;
          key += ' ' + norms[j + 1];
          wordFirst.push(j + 1);
        } else {
          key += norms[j + 1];
        }
        j++;
        continue;
      }
      // punctuation inside an alias: "U.S.", "AT&T", "People's", "Kim Jong-un"
      const p = text.slice(next.start, next.end);
      const after = tokens[j + 2];
      const glued = after !== undefined && after.start === next.end && (after.kind === 'WORD' || after.kind === 'NUMBER');
      if (JOINERS.has(p) && gap === 0) {
        if (!glued) {
          // trailing dot or apostrophe ("U.S." at a word end, "Jones'"): part of the token span, no text
          if (p === '.' && dotted) {
            const m2 = tryKey(kb, text, tokens, key, i, j + 1, wordFirst, opts);
            if (m2) best = m2;
          }
          // "U.S. Army": go on past the abbreviation's final dot
          if (p === '.' && after && (after.kind === 'WORD' || after.kind === 'NUMBER') && after.sentence === ti.sentence
            && /^[ \t\u00a0]+$/.test(text.slice(next.end, after.start)) && kb.hasPrefix(key)) {
            key += ' ' + norms[j + 2];
            wordFirst.push(j + 2);
            j += 2;
            continue;
          }
          break;
        }
        if (p === '.') dotted = true;
        else if (p === '&') key += '&';
        else key += "'";
        key += norms[j + 2];
        j += 2;
        continue;
      }
      if (BREAKERS.has(p) && glued) {
        if (!kb.hasPrefix(key)) break;
        key += ' ' + norms[j + 2];
        wordFirst.push(j + 2);
        j += 2;
        continue;
      }
      break;
    }
    if (best) {
      out.push(best);
      i = best.tokenEnd;
    } else i++;
  }
  return out;
}

function tryKey(kb: LoadedKb, text: string, tokens: readonly Token[], key0: string, i: number, j: number,
  wordFirst: readonly number[], opts: MatchOptions): KbMatch | undefined {
  let key = key0;
  let end = tokens[j]!.end;
  let a = kb.slot(key, false);
  let d = kb.slot(key, true);
  if (!a && !d) {
    // possessive inside one token: "Russia's", "Jones'"
    const cut = key.endsWith("'s") ? 2 : key.endsWith("'") ? 1 : 0;
    if (cut === 0 || key.length <= cut) return undefined;
    key = key.slice(0, key.length - cut);
    a = kb.slot(key, false);
    d = kb.slot(key, true);
    if (!a && !d) return undefined;
    end -= cut;
  }
  let weak = kb.isWeak(key);
  if (!weak && key.indexOf(' ') < 0 && ((kb.isCommonWord(key) && sentenceInitial(tokens, i))
    || (kb.isCommonWord(key, true) && !/\p{Ll}/u.test(text.slice(tokens[i]!.start, end))))) {
    // "Who", "Mass", "Apple" opening a sentence, "WHO" in an all-caps headline: the capitals prove nothing
    weak = true;
  }
  if (weak && !opts.includeWeak) return undefined;
  const incl = !!opts.includeWeak;
  const noCase = !!opts.ignoreCase;
  const entries: readonly KbEntry[] = a ? filterSlot(a, text, tokens, wordFirst, j, incl, noCase) : [];
  const dem: readonly KbEntry[] = d ? filterSlot(d, text, tokens, wordFirst, j, incl, noCase) : [];
  if (entries.length === 0 && dem.length === 0) return undefined;
  return { start: tokens[i]!.start, end, tokenStart: i, tokenEnd: j + 1, key, entries, demonymOf: dem, weak };
}

/** The slot's entries that pass the capitalisation guard and, unless asked for, are not weak for this alias. */
function filterSlot(slot: { readonly entries: readonly KbEntry[]; readonly masks: readonly number[] }, text: string,
  tokens: readonly Token[], wordFirst: readonly number[], j: number, includeWeak: boolean, ignoreCase: boolean): readonly KbEntry[] {
  const { entries, masks } = slot;
  let out: KbEntry[] | undefined;
  let lastMask = NaN;
  let lastOk = true;
  for (let k = 0; k < entries.length; k++) {
    const full = masks[k]!;
    let ok = includeWeak || (full & WEAK_BIT) === 0;
    const m = full & ~WEAK_BIT;
    if (ok && !ignoreCase && m !== 0) {
      if (m !== lastMask) { lastMask = m; lastOk = caseOk(m, text, tokens, wordFirst, j); }
      ok = lastOk;
    }
    if (!ok && !out) out = entries.slice(0, k);
    else if (ok && out) out.push(entries[k]!);
  }
  return out ?? entries;
}

/** Token i is the first word of its sentence (only punctuation such as quotes or dashes before it). */
function sentenceInitial(tokens: readonly Token[], i: number): boolean {
  const sent = tokens[i]!.sentence;
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.sentence !== sent) return true;
    if (t.kind === 'WORD' || t.kind === 'NUMBER') return false;
  }
  return true;
}

function caseOk(mask: number, text: string, tokens: readonly Token[], wordFirst: readonly number[], j: number): boolean {
  if (mask === 0) return true;
  for (let w = 0; w < wordFirst.length && w < ACRONYM_SHIFT; w++) {
    const cap = (mask >> w) & 1;
    const acr = (mask >> (w + ACRONYM_SHIFT)) & 1;
    if (!cap && !acr) continue;
    const t = tokens[wordFirst[w]!]!;
    const s = text.slice(t.start, t.end);
    let k = 0;
    while (k < s.length && !/[\p{L}\p{N}]/u.test(s[k]!)) k++;
    const ch = s[k] ?? '';
    if (cap && /\p{L}/u.test(ch) && !isUpper(ch)) return false;
    if (acr) {
      // every letter of the word (up to the next word start) must be upper-case
      const lastTok = w + 1 < wordFirst.length ? wordFirst[w + 1]! - 1 : j;
      const word = text.slice(t.start, tokens[lastTok]!.end);
      if (/\p{Ll}/u.test(word)) return false;
    }
  }
  return true;
}

/**
 * A small tokenizer for callers without the pipeline (tests, scripts): words (letters/digits, with
 * internal apostrophes kept as separate tokens), numbers, and single punctuation characters; one sentence.
 */
export function simpleTokens(text: string): Token[] {
  const toks: Token[] = [];
  const re = /(\p{L}[\p{L}\p{M}]*|\p{N}+)|([^\s\p{L}\p{N}])/gu;
  let m: RegExpExecArray | null;
  let sentence = 0;
  let prevEnd = 0;
  while ((m = re.exec(text))) {
    const kind = m[1] ? (/^\p{N}/u.test(m[1]) ? 'NUMBER' : 'WORD') : 'PUNCT';
    // naive sentence split: ". " / "! " / "? " or a line break before a capitalised word
    if (kind === 'WORD' && toks.length && /^\p{Lu}/u.test(m[0])) {
      const gap = text.slice(prevEnd, m.index);
      const last = toks[toks.length - 1]!;
      const lastText = text.slice(last.start, last.end);
      if (/\n/.test(gap) || (/\s/.test(gap) && /^[.!?]$/.test(lastText) && !isAbbrev(text, toks))) sentence++;
    }
    toks.push({ start: m.index, end: m.index + m[0].length, kind, sentence });
    prevEnd = m.index + m[0].length;
  }
  return toks;
}

/** "U.S." or "Mr." before a full stop: no sentence break. */
function isAbbrev(text: string, toks: readonly Token[]): boolean {
  const w = toks[toks.length - 2];
  if (!w || w.kind !== 'WORD') return false;
  const s = text.slice(w.start, w.end);
  return s.length === 1 || /^(Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Rep|Sen|Gov|Prof|Jr|Sr|No|Vol|Inc|Corp|Ltd|Co)$/.test(s);
}
