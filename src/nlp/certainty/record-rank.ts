// A present "be" (or "becomes") ranking an occurrence against history is told of something that has happened:
// "It is the worst storm to hit the country since 1990", "It is Labour's first general election victory in 19
// years", "She becomes Peru's sixth president since 2016", "This is the first time India has won gold", "It is
// India's second title, 17 years after …". A rank with no count against the past ("is the largest producer", "the
// best chance we have", "the first step towards justice") stays a present standing, and so does a lasting condition
// ranked ("the worst outbreak since 2014": the outbreak runs on). Word lists: data/lexicon/status-record-rank.json.
import { namedWordLists } from '../../core/word-lists.js';
import type { Tok } from '../claims/text.js';
import { isDurativeEventNoun, isEventNoun } from './backshift.js';

interface Lists {
  ordinals: ReadonlySet<string>; superlatives: ReadonlySet<string>; infinitives: ReadonlySet<string>; units: ReadonlySet<string>;
  stateInfinitives: ReadonlySet<string>; levelSubjects: ReadonlySet<string>; countWords: ReadonlySet<string>; occurrences: ReadonlySet<string>;
}
let cached: Lists | undefined;
function lists(): Lists {
  if (cached) return cached;
  const set = namedWordLists('status-record-rank.json');
  cached = {
    ordinals: set('ordinals'), superlatives: set('superlatives'), infinitives: set('recordInfinitives'), units: set('historyUnits'),
    stateInfinitives: set('stateInfinitives'), levelSubjects: set('levelSubjects'), countWords: set('countWords'), occurrences: set('occurrenceNouns'),
  };
  return cached;
}

const ORDINAL_DIGITS = /^\d+(?:st|nd|rd|th)$/;
/** A word that may stand in a count of history: a listed word (data), a figure, a possessive, a "-year" compound. */
const countWord = (w: string): boolean => lists().countWords.has(w) || /^(\d[\d,.]*|\w+'s|\w+-year)$/.test(w);

/** A span of history after `m` ("in 19 years", "in the party's history", "in over 80 years"): true when found. */
function inHistory(toks: Tok[], m: number): boolean {
  const L = lists();
  for (let q = m + 1; q < toks.length && q <= m + 5; q++) {
    const x = toks[q]!;
    if (!x.w) return false;
    if (L.units.has(x.l)) return true;
    if (!countWord(x.l) && !x.cap) return false;
  }
  return false;
}

/** ", 17 years after …", ", a decade after …" at the comma `c`. */
function yearsAfter(toks: Tok[], c: number): boolean {
  const L = lists();
  for (let q = c + 1; q < toks.length && q <= c + 4; q++) {
    const x = toks[q]!;
    if (!x.w) return false;
    if (L.units.has(x.l)) return /^(after|since)$/.test(toks[q + 1]?.l ?? '');
    if (!countWord(x.l)) return false;
  }
  return false;
}

/**
 * The predicate after a present "be" at `k` ranks an occurrence against history: "(only) the/X's" + an ordinal or a
 * superlative, then, before a clause break, "since", "in" + a span of years or "history", "N years after", a
 * record infinitive ("to hit", "to be removed"; any infinitive after an ordinal: "the first woman to lead"), or
 * "first time" + a clause. Not when the ranked noun is a lasting condition ("the worst drought since 1990").
 */
export function recordRank(toks: Tok[], k: number): boolean {
  const L = lists();
  let m = k;
  let rank = -1;
  for (; m < toks.length && m < k + 6; m++) {
    const x = toks[m]!;
    if (!x.w) return false;
    if (L.ordinals.has(x.l) || ORDINAL_DIGITS.test(x.l)) { rank = m; break; }
    if (L.superlatives.has(x.l)) { rank = m; break; }
    if (x.l === 'the' || x.l === 'only' || x.l === 'such' || /'s?$/.test(x.l) || x.cap) continue;
    return false;
  }
  if (rank < 0) return false;
  const ordinal = !L.superlatives.has(toks[rank]!.l);
  // "Inflation is the highest in 30 years", "Prices are the lowest since 2010": a level ranked stands now
  if (!ordinal && levelSubjectBefore(toks, k)) return false;
  // "the first time India has won": a clause right after "first time"
  if (ordinal && toks[rank + 1]?.l === 'time' && toks[rank + 2]?.w && toks[rank + 2]!.l !== 'in') return true;
  // the ranked noun: the last word of the run right after the rank ("worst storm", "most powerful storm"); a
  // superlative counted against history is of a past event only when that noun names an occurrence ("the heaviest
  // defeat in the club's history"), not a bare one ("the highest in 30 years") nor a standing ("the worst economy
  // since 2008", "the best player in the league since 2010")
  let noun = '', open = true;
  const counted = (): boolean => ordinal || isEventNoun(noun) || L.occurrences.has(noun);
  for (let q = rank + 1; q < toks.length && q < rank + 14; q++) {
    const x = toks[q]!;
    if (!x.w) { if (x.t === ',' && yearsAfter(toks, q)) return counted(); if (x.t !== '-' && x.t !== "'") return false; continue; }
    if (isDurativeEventNoun(x.l)) return false;
    if (x.l === 'since' && toks[q + 1]?.w) return counted();
    if (x.l === 'in' && inHistory(toks, q)) return counted();
    if (x.l === 'to') {
      const v = toks[q + 1];
      if (!v?.w || v.cap) return false;
      if (v.l === 'be' && toks[q + 2]?.w && /(ed|en|wn|un|ne|lt|pt)$/.test(toks[q + 2]!.l)) return true;
      // (an ordinal's infinitive of state tells a standing: "the last surviving member of the band to live in London")
      return L.infinitives.has(v.l) || (ordinal && !L.stateInfinitives.has(v.l) && !/ing$/.test(v.l) && !/^(the|a|an|this|that|its|his|her|their|our|\d.*)$/.test(v.l));
    }
    if (/^(which|who|that|and|but|or|because|as|while|when)$/.test(x.l)) return false;
    if (open) { if (/^(in|of|at|on|for|from|among|with|by|across|than)$/.test(x.l)) open = false; else noun = x.l; }
  }
  return false;
}

/** The subject before the present "be" ending at `k` names a level or quantity ("Inflation is", "The jobless rate is"). */
function levelSubjectBefore(toks: Tok[], k: number): boolean {
  let b = k - 1;
  while (b >= 0 && toks[b]!.w && /^(is|are|am|'s|'re|becomes|become|now|still|also|already|currently|again|officially|arguably|easily|by|far)$/.test(toks[b]!.l)) b--;
  return b >= 0 && toks[b]!.w && lists().levelSubjects.has(toks[b]!.l);
}
