// The story's event named by its day ("Friday night's earthquake", "the blast on Tuesday") and a later definite
// mention of it ("The magnitude 6.8 quake struck at 23:11"): a clock time told of that event is on the event's day,
// not on a later day named since for something else ("up from 2,012 yesterday evening"). Pure text cues: a
// possessive day or "the N on <day>" names the event; "The … N" at the start of the clock's sentence takes it up,
// but only when N heads that noun phrase: in "The quake toll had reached 2,012 at 8 p.m." the subject is the toll,
// told at a later hour, and "quake" only modifies it.
import { IRREGULAR_PAST_CUES } from './lexicon.js';
import { readWordSet } from '../../core/word-lists.js';

/** Words that head no event noun phrase. */
const NOT_NOUN = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their', 'and', 'or', 'of', 'in', 'on',
  'at', 'for', 'was', 'were', 'is', 'are', 'has', 'had', 'have', 'been', 'be', 'will', 'would', 'said', 'says', 'to',
  'first', 'last', 'next', 'same', 'other', 'day', 'night', 'morning', 'evening', 'afternoon', 'time', 'week', 'year']);

const POSSESSIVE_AFTER = /^(?:['’]s)?\s*((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)/;
const OF_BEFORE = /\bthe\s+([a-z][a-z-]*)\s+(?:(?:late|early)\s+)?(?:on|of)\s+$/i;

/**
 * The nouns that name the event dated by the day at [start, end): the words after its possessive ("Friday's deadly
 * quake" → deadly, quake) or the noun before "on"/"of" ("the blast on Tuesday" → blast). Empty when neither.
 */
export function eventNounsAt(text: string, start: number, end: number): string[] {
  const out: string[] = [];
  const after = text.slice(end, end + 48);
  const possessive = /^['’]s/.test(after) || /['’]s$/.test(text.slice(start, end));
  if (possessive) {
    const m = POSSESSIVE_AFTER.exec(after);
    if (m) for (const w of m[1]!.split(/\s+/)) if (w.length >= 4 && !NOT_NOUN.has(w)) out.push(w);
  }
  const b = OF_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  if (b && b[1]!.length >= 4 && !NOT_NOUN.has(b[1]!.toLowerCase())) out.push(b[1]!.toLowerCase());
  return out;
}

/** Past forms without "-ed" ("struck", "hit", "broke"): a word after the event noun that makes it the head. */
const IRREGULAR_PAST: ReadonlySet<string> = new Set(IRREGULAR_PAST_CUES.map((w) => w.toLowerCase()));
/** Auxiliaries, adverbs and linking words that may follow the head noun of a subject
 * (data/lexicon/time-story-event-after-head.txt). */
const AFTER_HEAD = readWordSet('time-story-event-after-head.txt');
/** Auxiliaries and modals opening a verb group (data/lexicon/time-clause-auxiliaries.txt). */
const CLAUSE_AUX = readWordSet('time-clause-auxiliaries.txt');
/** Determiners and numbers that open the object of a verb in -s ("The quake hits the coast", "kills 300"). */
const OBJECT_START = /^(?:\d|the$|a$|an$|its$|their$|his$|her$)/;
/** A past form or an auxiliary: the clause's verb group starts with this word. */
function verbGroupStart(w: string): boolean {
  return CLAUSE_AUX.has(w) || IRREGULAR_PAST.has(w) || /ed$/.test(w);
}
/**
 * Whether the word after a matched noun leaves it as the head of the phrase: nothing or punctuation, a verb-like word
 * (an auxiliary, a past form, an adverb) or a preposition. Another plain word is the phrase's real head ("quake toll").
 * An -ing word is a reduced relative on the noun ("The quake measuring 6.8 struck"), not the head, unless the verb
 * group starts right after it ("The quake warning was issued"); so is a verb in -s before its object ("The quake
 * hits the coast"), not a plural noun ("The quake victims were found").
 */
function headsPhrase(next: string | undefined, after?: string): boolean {
  if (next === undefined || next === '') return true;
  if (/^[^A-Za-z]/.test(next)) return true;
  const w = next.toLowerCase().replace(/[^a-z'’-]/g, '');
  if (w !== next.toLowerCase()) return true; // punctuation right after the noun ("The quake, which …")
  if (AFTER_HEAD.has(w) || IRREGULAR_PAST.has(w) || /ed$/.test(w) || /ly$/.test(w)) return true;
  const a = (after ?? '').toLowerCase().replace(/[^a-z0-9'’-]/g, '');
  if (w.length >= 5 && /ing$/.test(w)) return a === '' || !verbGroupStart(a);
  if (w.length >= 4 && /[^s]s$/.test(w) && OBJECT_START.test(a)) return true;
  return false;
}

/** One noun is the other or its last part ("quake" in "earthquake"; "blast" and "blasts"). */
function sameHead(a: string, b: string): boolean {
  const x = a.replace(/s$/, ''); const y = b.replace(/s$/, '');
  const [s, l] = x.length <= y.length ? [x, y] : [y, x];
  return s.length >= 4 && l.endsWith(s);
}

/**
 * Whether the sentence holding `pos` opens with a definite noun phrase ("The magnitude 6.8 quake", "The fire") whose
 * words, before the first verb-like word, take up one of `nouns`.
 */
export function definiteMentionBefore(text: string, pos: number, nouns: readonly string[]): boolean {
  if (nouns.length === 0) return false;
  let k = pos - 1;
  const stop = Math.max(0, pos - 240);
  while (k >= stop) {
    const ch = text.charCodeAt(k);
    if (ch === 10 || ((ch === 46 || ch === 33 || ch === 63) && /\s/.test(text[k + 1] ?? ''))) break;
    k--;
  }
  if (k < stop) return false;
  const m = /^\s*The\s+((?:[\w.,-]+\s+){0,4})/.exec(text.slice(k + 1, pos));
  if (!m) return false;
  const words = text.slice(k + 1 + m.index + m[0].length - m[1]!.length, pos).split(/\s+/).filter(Boolean);
  const n0 = m[1]!.split(/\s+/).filter(Boolean).length;
  for (let i = 0; i < n0; i++) {
    const raw = words[i]!;
    const w = raw.toLowerCase().replace(/[^a-z-]/g, '');
    if (!w) continue;
    if (nouns.some((n) => sameHead(n, w))) return /[^A-Za-z-]$/.test(raw) || headsPhrase(words[i + 1], words[i + 2]);
  }
  return false;
}

/** A clause opener before a subject: a coordinator or a comma. */
const CLAUSE_OPEN = /(?:,|\b(?:and|but|while|then|as|before|after|when))\s+/gi;
/**
 * The nouns of the subject of the clause that ends at `end` (within [from, end)): the words after the last clause
 * opener up to the clause's first verb-like word or preposition ("…, and troops reached it on Saturday" → troops;
 * "and hundreds of students were missing" → hundreds). Empty when no clause opener is found.
 */
export function clauseSubjectNouns(text: string, from: number, end: number): string[] {
  const span = text.slice(from, end);
  let at = -1;
  for (const m of span.matchAll(CLAUSE_OPEN)) at = m.index + m[0].length;
  if (at < 0) return [];
  const out: string[] = [];
  for (const raw of span.slice(at).split(/\s+/).slice(0, 5)) {
    const w = raw.toLowerCase().replace(/[^a-z'’-]/g, '');
    if (!w || verbGroupStart(w) || w === 'of' || w === 'in' || w === 'on' || w === 'at' || w === 'for') break;
    if (w.length >= 4 && !NOT_NOUN.has(w)) out.push(w);
    if (w !== raw.toLowerCase()) break; // punctuation ends the phrase
  }
  return out;
}
