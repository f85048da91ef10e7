// Natural features named by a lower-case noun after the name: "the Hindu Kush mountains", "the Mojave desert",
// "the Tigris and Euphrates rivers" (issue #3). The tagger has no head word to go on there and guesses a person, an
// organisation or a work; "the" + capitalised name + a feature noun (data/lexicon/entities.json naturalFeatureNouns)
// makes the name a location. A name the KB knows alone as something else ("the Dnipro river": a city; "the Jordan
// valley": a country) becomes the feature only when the KB holds the name with the noun ("Dnipro river" → the river's
// entry); otherwise it is left to the other rules.
import { isCommonEnglishWord, lexicon } from './lexicon.js';
import type { EntityKb } from './kbview.js';
import type { Cand } from './recognize.js';
import { WC_LOWER, wordClassOf } from './tagger.js';
import { type Tok, tokNorm } from './tokenize.js';

function capWord(t: Tok | undefined, sent: number): boolean {
  return !!t && t.isWord && t.cap && !t.headline && !t.allCaps && t.sent === sent;
}

/** The capitalised run ending just before token `end` (same sentence), after a leading "The"; [s, end) or null. */
function runBefore(toks: readonly Tok[], end: number, sent: number): { s: number; article: boolean } | null {
  let s = end;
  while (s > 0 && capWord(toks[s - 1], sent) && end - s < 4) s--;
  if (s === end) return null;
  if (toks[s]!.lower === 'the') return s + 1 < end ? { s: s + 1, article: true } : null;
  const prev = toks[s - 1];
  return { s, article: !!prev && prev.lower === 'the' && prev.sent === sent };
}

const key = (toks: readonly Tok[], s: number, e: number): string => {
  let k = '';
  for (let i = s; i < e; i++) k += (k ? ' ' : '') + tokNorm(toks[i]!);
  return k;
};

/** A name that is no place by itself: a demonym, a NORP word or an ordinary English word ("the Chinese coast"). */
function plainName(toks: readonly Tok[], s: number, e: number, kb: EntityKb | null): boolean {
  const L = lexicon();
  if ((kb?.byDemonym?.(key(toks, s, e))?.length ?? 0) > 0) return true;
  if (e - s > 1) return false; // "the Hindu Kush mountains"
  const w = toks[s]!.lower;
  return L.norpWords.has(w) || L.nonEntities.has(w) || (wordClassOf(w) & WC_LOWER) !== 0 || isCommonEnglishWord(w);
}

export function naturalFeatureCandidates(toks: readonly Tok[], kb: EntityKb | null): Cand[] {
  const L = lexicon();
  const out: Cand[] = [];
  if (!L.naturalFeatureNouns.size) return out;
  for (let h = 2; h < toks.length; h++) {
    const noun = toks[h]!;
    if (!noun.isWord || noun.cap || !L.naturalFeatureNouns.has(noun.lower)) continue;
    const last = runBefore(toks, h, noun.sent);
    if (!last) continue;
    const runs: { s: number; e: number; article: boolean }[] = [{ s: last.s, e: h, article: last.article }];
    // "the Tigris and Euphrates rivers": a plural noun names both runs joined by "and"
    if (!last.article && noun.lower.endsWith('s') && toks[last.s - 1]?.lower === 'and') {
      const first = runBefore(toks, last.s - 1, noun.sent);
      if (first && first.article) { runs.unshift({ s: first.s, e: last.s - 1, article: true }); runs[1]!.article = true; }
    }
    for (const r of runs) {
      if (!r.article || plainName(toks, r.s, r.e, kb)) continue;
      const known = kb ? kb.byAlias(key(toks, r.s, r.e)) : [];
      if (!known.length) { out.push({ s: r.s, e: r.e, type: 'LOC', src: 'head', rule: 'natural-feature', score: 0 }); continue; }
      if (known.every((x) => x.type === 'LOC') || r.e !== h) continue;
      // the KB knows the name alone as something else: the feature only as the KB's "name + noun"
      const feature = kb!.byAlias(key(toks, r.s, h + 1)).filter((x) => x.type === 'LOC');
      if (feature.length) out.push({ s: r.s, e: h + 1, type: 'LOC', src: 'kb', rule: 'natural-feature', score: 0, entries: feature });
    }
  }
  return out;
}

/**
 * "the Sinaloa cartel": a lower-case noun that is part of an organisation's name (data: orgNameNouns) after "the" and a
 * capitalised name makes the name and the noun one organisation, over a place of the same name (the longer span wins).
 */
export function orgNameNounCandidates(toks: readonly Tok[], kb: EntityKb | null): Cand[] {
  const L = lexicon();
  const out: Cand[] = [];
  if (!L.orgNameNouns.size) return out;
  for (let h = 2; h < toks.length; h++) {
    const noun = toks[h]!;
    if (!noun.isWord || noun.cap || !L.orgNameNouns.has(noun.lower)) continue;
    const run = runBefore(toks, h, noun.sent);
    if (!run || !run.article) continue;
    if (plainName(toks, run.s, h, kb)) continue; // "the Mexican cartel", "the Big cartel"
    out.push({ s: run.s, e: h + 1, type: 'ORG', src: 'head', rule: 'org-name-noun', score: 0 });
  }
  return out;
}

/**
 * Sun, Moon and planets named as bodies: a celestial word after a lower-case "the" mid-sentence ("study the Sun",
 * "the far side of the moon") is the KB's body when a space word (`celestialCues`: spacecraft, orbit, lunar, a space
 * agency …) stands in the same or a neighbouring sentence. Never before a capitalised word or a `celestialNotAfter`
 * word ("the Sun Belt", "the Sun newspaper"), after a speech or reporting frame (`celestialNotBefore`: "told the Sun",
 * "according to the Sun", "an interview with the Sun" name the tabloid), or in an idiom (`celestialIdiomBefore`:
 * "over the moon", "promised the moon"). Without a space word the span is left to the KB and the tagger, which may
 * take it for the newspaper. `cued` is spaceSentences(toks), counted once per document by the caller.
 */
export function celestialCandidates(toks: readonly Tok[], kb: EntityKb | null, cued: ReadonlyMap<number, number>): Cand[] {
  const L = lexicon();
  if (!L.celestialBodies.size || !cued.size) return [];
  const out: Cand[] = [];
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i]!; const prev = toks[i - 1]!;
    if (!t.isWord || t.headline || t.allCaps || prev.text !== 'the' || prev.sent !== t.sent || !L.celestialBodies.has(t.lower)) continue;
    if (!nearSpace(cued, t)) continue;
    if (!(t.cap || L.celestialLowerWords.has(t.lower))) continue;
    const nx = toks[i + 1];
    if (nx && nx.sent === t.sent && nx.isWord && (nx.cap || L.celestialNotAfter.has(nx.lower))) continue;
    if (reportingFrame(toks, i - 1)) continue;
    // the KB's body, not a newspaper or a company of the same name ("The Sun")
    const entries = kb?.byAlias(tokNorm(t)).filter((x) => x.type === 'LOC');
    out.push({ s: i, e: i + 1, type: 'LOC', src: 'head', rule: 'celestial-body', score: 0, ...(entries?.length ? { entries } : {}) });
  }
  return out;
}

/**
 * The words before the article at `the` are a speech or reporting frame ("told the", "according to the", "an
 * interview with the") or an idiom ("over the moon", "promised the moon"): one or two words of the same sentence
 * matched against `celestialNotBefore` (entries of one or two words) and `celestialIdiomBefore`.
 */
function reportingFrame(toks: readonly Tok[], the: number): boolean {
  const L = lexicon();
  const p1 = toks[the - 1]; const p2 = toks[the - 2];
  if (!p1 || !p1.isWord || p1.sent !== toks[the]!.sent) return false;
  if (L.celestialNotBefore.has(p1.lower) || L.celestialIdiomBefore.has(p1.lower)) return true;
  return !!p2 && p2.isWord && p2.sent === p1.sent && L.celestialNotBefore.has(`${p2.lower} ${p1.lower}`);
}

/**
 * Per sentence, how many space words it holds: a word of `celestialCues`, or a capitalised celestial body ("the Earth"
 * beside "the Sun"), in one pass over the tokens.
 */
export function spaceSentences(toks: readonly Tok[]): Map<number, number> {
  const L = lexicon();
  const cued = new Map<number, number>();
  for (const t of toks) {
    if (t.isWord && (L.celestialCues.has(t.lower) || (t.cap && !t.headline && L.celestialBodies.has(t.lower)))) cued.set(t.sent, (cued.get(t.sent) ?? 0) + 1);
  }
  return cued;
}

/** A space word stands in sentence `sent` or a neighbouring one, not counting the body `self` itself. */
function nearSpace(cued: ReadonlyMap<number, number>, self: Tok): boolean {
  const own = self.cap && !self.headline && lexicon().celestialBodies.has(self.lower) ? 1 : 0;
  const n = (cued.get(self.sent) ?? 0) - own + (cued.get(self.sent - 1) ?? 0) + (cued.get(self.sent + 1) ?? 0);
  return n > 0;
}

/**
 * A tagged capitalised span [s, e) spelled as a celestial body ("Mars", "the Sun") is the body: not before a
 * `celestialNotAfter` word, not after a reporting frame or idiom, and — without a space word in its sentence or a
 * neighbouring one — not when the KB also holds the name as something other than a location (the tabloid The Sun).
 */
export function celestialTaggedBody(toks: readonly Tok[], s: number, e: number, cued: ReadonlyMap<number, number>, kb: EntityKb | null): boolean {
  const L = lexicon();
  if (L.celestialNotAfter.has(toks[e]?.lower ?? '')) return false;
  if (reportingFrame(toks, s > 0 && toks[s - 1]!.lower === 'the' ? s - 1 : s)) return false;
  if (nearSpace(cued, toks[s]!)) return true;
  return !(kb && kb.byAlias(toks.slice(s, e).map(tokNorm).join(' ')).some((x) => x.type !== 'LOC'));
}
