// A present state that lasts up to a bound: "the warning is valid through Sunday", "schools remain closed until
// Monday", "the curfew runs until 0600 hours on Wednesday". The bound of a state still holding at publication lies
// ahead, whatever an earlier past verb in the sentence says ("Police said the road is closed until Wednesday").
// Not a past stretch ("was closed until Friday", "lasted until Friday"), nor a day naming a thing ("is going
// through Sunday's results").
import { readWordSet } from '../../core/word-lists.js';
import { alternation } from '../../core/regex.js';
import { CLOCK_LEAD } from './text-util.js';

const VERBS = readWordSet('time-state-until-verbs.txt');
/**
 * The present verb, then up to 40 characters in its clause (no punctuation, no past or perfect word), then the
 * bound word right before the time.
 */
const STATE_UNTIL = new RegExp(String.raw`(?<![A-Za-z'’])(?:${alternation([...VERBS])})\b((?:[ \t]+[A-Za-z-]+){0,5}?)[ \t]+(?:until|till|through|thru)[ \t]+(?:on[ \t]+)?$`, 'i');
/**
 * Between the verb and the bound: a word that turns the clause past or makes "until" the object of something else
 * (data/lexicon/time-state-until-not-state.txt).
 */
const NOT_STATE = readWordSet('time-state-until-not-state.txt');
const notState = (between: string): boolean => (between.match(/[A-Za-z]+/g) ?? []).some((w) => NOT_STATE.has(w.toLowerCase()));

/** True when the time at [start, end) is the bound of a present-tense state. */
export function stateUntilAhead(text: string, start: number, end: number): boolean {
  const lead = text.slice(Math.max(0, start - 90), start).replace(CLOCK_LEAD, '');
  const m = STATE_UNTIL.exec(lead);
  if (!m || notState(m[1]!)) return false;
  // "is going through Sunday's results": a possessive day names a thing, not the bound
  return !/^['’]s\b/.test(text.slice(end, end + 3)) && !/['’]s$/.test(text.slice(start, end));
}
