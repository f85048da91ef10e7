import { NOT_NOUNS, ONE_NOT_COUNTS, PERSON_NOUNS, TIME_UNITS } from './lexicon.js';
import { personByEnding, standInUnit } from './nouns.js';
import type { QTok } from './tokens.js';

// "one hospital was hit", "One soldier died", "one armoured vehicle": a count of one written as a word. The noun must
// end where the clause goes on (punctuation, a function word, a verb form), so that "one bridge collapsed" counts a
// bridge and not "collapsed"; "one of", "one day", "the one", "one reason" and other non-counts stay out.

const STOP = new Set(NOT_NOUNS);
const TIMES = new Set(TIME_UNITS);
const PERSON = new Set(PERSON_NOUNS);
const NOT_COUNTS = new Set(ONE_NOT_COUNTS);
const DETERMINERS = new Set(['the', 'this', 'that', 'no', 'any', 'every', 'each', 'which', 'whichever', 'such']);
/** "one resident said", "one man told": a person quoted, not counted. */
const SPEECH = new Set(['said', 'says', 'told', 'tells', 'added', 'recalled', 'explained', 'described', 'wrote', 'asked', 'who']);
/** Irregular past forms that end the noun before them ("one bridge fell", "one farmer told"). */
const IRREGULAR_PAST = new Set(['told', 'said', 'went', 'came', 'fell', 'took', 'gave', 'got', 'made', 'left', 'ran', 'saw', 'found',
  'held', 'hit', 'lost', 'won', 'sent', 'built', 'struck', 'burst', 'broke', 'sank', 'shot', 'stood', 'began', 'became', 'caught',
  'blew', 'flew', 'drove', 'rose', 'kept', 'met', 'paid', 'sold', 'spent', 'wrote', 'knew', 'thought', 'felt', 'brought']);

/** After "one point": words that make it a margin ("one point clear of", "one point behind"). */
const POINT_MARGIN_NEXT = new Set(['clear', 'ahead', 'behind', 'adrift', 'short', 'off']);

/** A word that ends a noun phrase after it: punctuation, a function word, a verb in -ed/-ing/-s. */
function endsPhrase(t: QTok | undefined, sent: number): boolean {
  if (!t || t.sent !== sent || t.kind !== 'word') return true;
  const w = t.lower;
  return STOP.has(w) || SPEECH.has(w) || IRREGULAR_PAST.has(w) || /^[a-z]{3,}(?:ed|ing)$/.test(w) || (t.text === w && /^[a-z]{3,}s$/.test(w) && !/ss$/.test(w));
}

/** Token `k` is the stem of a clipped negation: "wasn", "didn", "couldn" glued to an apostrophe and a "t". */
function contracted(toks: readonly QTok[], k: number): boolean {
  const a = toks[k + 1]; const t = toks[k + 2];
  return a !== undefined && t !== undefined && (a.text === "'" || a.text === '’') && !a.space && !t.space && t.lower === 't' && toks[k]!.lower.endsWith('n');
}

/** The noun counted by "one" at token `at` (the number itself), or undefined. */
export function oneNoun(toks: readonly QTok[], at: number): { unit: string; end: number } | undefined {
  const sent = toks[at]!.sent;
  if (DETERMINERS.has(toks[at - 1]?.lower ?? '')) return undefined;
  for (let k = at + 1; k <= at + 2; k++) {
    const t = toks[k];
    if (!t || t.sent !== sent || t.kind !== 'word' || !t.space) return undefined;
    const w = t.lower;
    // "won by one point", "one point clear of Girona": a margin in a table or a match counts a point (else "at one point",
    // "one point he made" are no counts)
    if (k === at + 1 && w === 'point' && (toks[at - 1]?.lower === 'by' || POINT_MARGIN_NEXT.has(toks[k + 1]?.lower ?? ''))) return { unit: 'point', end: k };
    // a name after "one" ("one Derna resident") is a modifier; a noun is lower-case
    if (STOP.has(w) || TIMES.has(w) || NOT_COUNTS.has(w) || SPEECH.has(w) || IRREGULAR_PAST.has(w)) return undefined;
    // "one farmer told us": a source quoted, not a count
    if (SPEECH.has(toks[k + 1]?.lower ?? '')) return undefined;
    // "At least one Democrat wasn't happy": a verb's stem before a clipped "n't" is no noun
    if (contracted(toks, k)) return undefined;
    if (PERSON.has(w) || personByEnding(w)) return { unit: 'person', end: k };
    if (t.text === w && /^[a-z]{3,}$/.test(w) && !/(?:ed|ing|ly)$/.test(w) && endsPhrase(toks[k + 1], sent)) return { unit: standInUnit(toks, k) ?? w, end: k };
  }
  return undefined;
}
