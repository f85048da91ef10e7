// A clock time told in the present ("A curfew is in force from 1800 hours", "The curfew runs from 10 p.m.", "Polls
// close at 8 p.m.") is a time of the publication day's present, not of a past day named in an earlier sentence
// ("Residents were evacuated on Sunday."). The verb must stand in the clock's own clause, before it, with nothing
// past between (the clause's tense is otherwise left to the tense cues: this reads only the present verb's place).
import { readWordSet } from '../../core/word-lists.js';

const VERBS = readWordSet('time-present-clock-verbs.txt');
/** Words that make the clause no present of its own: data/lexicon/time-present-clock-not-present.txt. */
const NOT_PRESENT = readWordSet('time-present-clock-not-present.txt');
const SCAN = 120;
/** The word before a verb-looking word that makes it a noun or an infinitive: "the last train", "in close contact", "to close". */
const NOT_SUBJECT = /^(?:to|the|a|an|its|their|his|her|our|this|that|in|on|at|of|for|by|with|from|into)$/i;

/**
 * True when a present-tense verb of time-present-clock-verbs.txt opens the clause of the clock at `pos`: read back
 * from the clock to the clause start (a sentence end, comma, semicolon, colon, quote or line break), at most
 * SCAN characters, with a subject-like word before the verb ("A curfew is", "Polls close"; not "to close at").
 */
export function presentClockClause(text: string, pos: number): boolean {
  let i = pos - 1;
  const lo = Math.max(0, pos - SCAN);
  while (i >= lo) {
    const ch = text.charCodeAt(i);
    // a clause break; "a.m."/"p.m." and initials do not occur before the clock in its own clause often enough to matter
    if (ch === 10 || ch === 44 || ch === 59 || ch === 58 || ch === 34 || ch === 0x201c || ch === 0x201d || ch === 33 || ch === 63) break;
    if (ch === 46 && /\s/.test(text[i + 1] ?? '')) break;
    i--;
  }
  if (i < lo && lo > 0) return false; // the clause start lies beyond the scan: no reading
  const words = text.slice(i + 1, pos).match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
  let verb = false;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!.toLowerCase();
    // ("is lifted at", "are closed from": a present passive or state keeps the clause present)
    if (NOT_PRESENT.has(w) || (w.length > 4 && w.endsWith('ed') && !/^(?:is|are)$/i.test(words[k - 1] ?? ''))) return false;
    if (!verb && VERBS.has(w) && k > 0 && !NOT_SUBJECT.test(words[k - 1]!)) verb = true;
  }
  return verb;
}
