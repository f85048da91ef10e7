// Title phrases before a person's name (data/lexicon/entities-title-phrases.txt): ranks and service designations
// ("Navy Seal", "Staff Sergeant"), honorific phrases ("Tan Sri", "Datuk Seri") and sports positions ("Hooker") that
// the one-word role-noun and honorific lists do not hold. The tagger and the name rules take such a phrase into the
// name ("Former Navy Seal Saman Kunan" as one organisation, "Hooker Bongi Mbonambi", "Sri Muhammad Shafee Abdullah"
// from the given name "Sri"), so the candidates are trimmed before the selection: the name starts after the phrase.
import { readWordSet } from '../../core/word-lists.js';
import { lexicon } from './lexicon.js';
import type { Cand } from './recognize.js';
import { isTitleWord, ordinaryWord, personNamePart, stripDot } from './name-words.js';
import type { Tok } from './tokenize.js';

let phrases: Map<string, string[][]> | undefined;
/** The phrases by first word, longest first. */
function phraseTable(): Map<string, string[][]> {
  if (phrases) return phrases;
  phrases = new Map();
  for (const p of readWordSet('entities-title-phrases.txt')) {
    const words = p.split(/\s+/).filter(Boolean);
    if (!words.length) continue;
    const list = phrases.get(words[0]!) ?? [];
    list.push(words);
    phrases.set(words[0]!, list);
  }
  for (const list of phrases.values()) list.sort((a, b) => b.length - a.length);
  return phrases;
}

const APOS = new Set(["'", '’']);

/** A word that can open a person's name: one the name lists know, or one the ordinary vocabulary does not. */
function nameLike(lower: string): boolean {
  const w = stripDot(lower);
  return personNamePart(w) || !ordinaryWord(w);
}

/**
 * The token index after a capitalised title phrase starting at `i` that stands right before a capitalised name word
 * of the same sentence, or -1. The word before the phrase must not be a capitalised name word ("Richard Hooker
 * Smith"): the phrase opens the sentence or follows a lower-case word, a punctuation mark or another title word
 * ("Former Navy Seal …", "Congress's Tan Sri …").
 */
export function titlePhraseEnd(toks: readonly Tok[], i: number): number {
  const t0 = toks[i];
  if (!t0 || !t0.cap || t0.headline) return -1;
  const list = phraseTable().get(stripDot(t0.lower));
  if (!list) return -1;
  const prev = toks[i - 1];
  if (prev && prev.sent === t0.sent && prev.isWord && prev.cap && !prev.poss && !isTitleWord(prev.lower) && !phraseTable().has(prev.lower)) return -1;
  for (const words of list) {
    let k = i; let ok = true;
    for (const w of words) {
      const t = toks[k];
      if (!t || t.sent !== t0.sent || !t.cap || stripDot(t.lower) !== w) { ok = false; break; }
      k++;
      if (toks[k] && APOS.has(toks[k]!.text) && toks[k]!.start === t.end) k++; // "Dato' Sri"
      if (toks[k]?.text === '.' && toks[k]!.start === t.end) k++;
    }
    if (!ok) continue;
    const nx = toks[k];
    if (!nx || nx.sent !== t0.sent || !nx.isWord || !nx.cap || nx.allCaps) continue;
    // the word after the phrase must be name-like: a given name, a surname or a word the vocabulary does not know,
    // not a common noun or a number word ("Seal Team Six", "Trooper Island Camp", "Airman Leadership School")
    if (!nameLike(nx.lower)) continue;
    return k;
  }
  return -1;
}

/** The end of the last title phrase that starts in [from, to) and ends before `to` with only title words before it. */
function lastPhraseIn(toks: readonly Tok[], from: number, to: number): number {
  let end = -1;
  let k = from;
  while (k < to - 1) {
    const j = titlePhraseEnd(toks, k);
    if (j > k && j < to) { end = j; k = j; continue; }
    // only title words ("Former", "Chief") may stand before the phrase inside the candidate
    if (!isTitleWord(stripDot(toks[k]!.lower))) break;
    k++;
  }
  return end;
}

/**
 * Candidates trimmed of a leading title phrase: a person's name starts after it; a tagger organisation that is a
 * title phrase and two name words or more ("Navy Seal Saman Kunan") is the person; a candidate inside a phrase that
 * stands before a name ("Tan" of "Tan Sri Muhammad …") is dropped. A name ending on a head word ("Datuk Keramat
 * Road") or a KB match is left alone.
 */
export function trimTitlePhrases(toks: readonly Tok[], cands: Cand[]): Cand[] {
  const L = lexicon();
  // phrase spans [q, j) before a name, by every token they cover
  const inPhrase = new Int32Array(toks.length).fill(-1);
  let any = false;
  for (let i = 0; i < toks.length; i++) {
    if (!toks[i]!.cap || !phraseTable().has(stripDot(toks[i]!.lower))) continue;
    const j = titlePhraseEnd(toks, i);
    if (j < 0) continue;
    any = true;
    for (let k = i; k < j; k++) inPhrase[k] = j;
  }
  if (!any) return cands;
  const out: Cand[] = [];
  for (const c of cands) {
    if (c.cs !== undefined || c.src === 'kb' || c.src === 'dem') { out.push(c); continue; }
    // wholly inside a phrase before a name: no name of its own
    if (inPhrase[c.s]! >= c.e) continue;
    const person = c.type === 'PERSON' || (c.type === 'ORG' && c.src === 'model');
    if (!person) { out.push(c); continue; }
    // the phrase covering the start ("Sri" of "Tan Sri"), else the last one inside after title words only
    const j = inPhrase[c.s]! > c.s ? inPhrase[c.s]! : lastPhraseIn(toks, c.s, c.e);
    if (j < 0 || j >= c.e) { out.push(c); continue; }
    const last = toks[c.e - 1]!.lower;
    if (L.orgHeads.has(last) || L.facHeads.has(last) || L.locHeads.has(last) || L.gpeHeads.has(last)) { out.push(c); continue; }
    // an organisation span becomes a person only with two name words after the phrase
    if (c.type !== 'PERSON' && c.e - j < 2) { out.push(c); continue; }
    out.push({ ...c, s: j, type: 'PERSON', rule: c.type === 'PERSON' ? c.rule : 'title-person', tagType: 'PER' });
  }
  return out;
}
