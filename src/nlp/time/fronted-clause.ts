// How far the main clause of a sentence opened by a clock time reaches ("At 9 a.m. the committee will vote on the
// bill introduced on Monday": the clause ends before "introduced", whose day is the bill's, not the vote's).
import { readWordSet } from '../../core/word-lists.js';
import { IRREGULAR_PAST_CUES } from './lexicon.js';

const AUX = readWordSet('time-clause-auxiliaries.txt');
const NOT_PAST_ED = readWordSet('time-not-past-ed.txt');
const SUBORDINATORS = readWordSet('time-fronted-subordinators.txt');
const ATTRIBUTIVE_BEFORE = readWordSet('time-fronted-attributive-before.txt');
const IRREGULAR_PAST: ReadonlySet<string> = new Set(IRREGULAR_PAST_CUES.map((w) => w.toLowerCase()));
/** Modals that put a verb group in the future ("will vote", "shall meet"). */
const FUTURE_MODALS: ReadonlySet<string> = new Set(['will', 'shall']);

/** "is to vote": a present form of "be" before "to" tells a plan. */
const BE_PRESENT: ReadonlySet<string> = new Set(['is', 'are', 'am']);

const pastForm = (w: string): boolean => IRREGULAR_PAST.has(w) || (/^[a-z]{3,}ed$/.test(w) && !NOT_PAST_ED.has(w));

export interface FrontedClause {
  /** Text offset where the clock's main clause ends (a day starting after it is another clause's). */
  end: number;
  /** Whether the main clause's verb group is in the future ("will vote", "is to vote"). */
  future: boolean;
}

/**
 * Reads the words after a fronted clock time (from `from`, at most `reach` characters) for its main clause, which
 * ends at a subordinating word (data/lexicon/time-fronted-subordinators.txt). The first
 * verb group is the main verb; a past participle after a noun once it has been seen opens a reduced relative clause
 * ("the amended budget bill introduced on Monday"), and so does a finite verb of its own (an auxiliary or modal: "told
 * reporters the suspect had been seen on Sunday"), a complement clause without "that". A verb right after "and", "or",
 * a determiner or a preposition is coordinated or attributive and does not ("struck the coast and killed ten people
 * on Tuesday", "stormed the occupied building on Monday"). Linear in `reach`.
 */
export function frontedClause(text: string, from: number, reach: number): FrontedClause {
  const span = text.slice(from, Math.min(text.length, from + reach));
  const re = /[A-Za-z0-9_’']+/g;
  let m: RegExpExecArray | null;
  let prev = ''; let prev2 = '';
  let state: 'before' | 'group' | 'after' = 'before';
  let future = false;
  let coordinated = false;
  while ((m = re.exec(span))) {
    const w = m[0].toLowerCase().replace(/[’']s$/, '');
    // a subordinating word opens a clause of its own ("where the gunmen had held 20 hostages since Monday")
    if (SUBORDINATORS.has(w) || SUBORDINATORS.has(w.split(/[’']/)[0]!)) return { end: from + m.index, future };
    const aux = AUX.has(w);
    const verb = aux || pastForm(w);
    if (state === 'before') {
      // (a participle after a determiner or at the clause's start is attributive: "the injured were taken …")
      if (aux || (verb && prev !== '' && !ATTRIBUTIVE_BEFORE.has(prev))) {
        state = 'group';
        future = FUTURE_MODALS.has(w);
      }
    } else if (state === 'group') {
      // the verb group goes on over auxiliaries, participles, "not" and adverbs ("will not be voted", "had quickly left")
      if (!(verb || w === 'not' || w === 'to' || w === 'been' || w === 'being' || w.endsWith('ly'))) {
        // "is to vote", "are to meet": a plan, told in the future
        if (prev === 'to' && BE_PRESENT.has(prev2)) future = true;
        state = 'after';
      }
    } else if (w === 'and' || w === 'or' || w === 'but') {
      coordinated = true;
    } else if (!coordinated && pastForm(w) && !ATTRIBUTIVE_BEFORE.has(prev) && !AUX.has(prev) && !prev.endsWith('ly')) {
      return { end: from + m.index, future };
    } else if (!coordinated && aux) {
      // a finite verb of its own after the main verb group opens a clause without "that" ("told reporters the
      // suspect had been seen on Sunday": the sighting's day, not the telling's)
      return { end: from + m.index, future };
    }
    prev2 = prev; prev = w;
  }
  return { end: Number.POSITIVE_INFINITY, future };
}
