// Present-tense scheduling in body text and infinitive headlines: "Voters go to the polls on Sunday",
// "The company reports earnings on Thursday", "Schools remain closed on Friday" and the headline
// "Kim to meet Putin on Wednesday" all speak of a day ahead, though no future word is written.
// Only the words of the clause to the left of the time are read (bounded: at most SCAN characters).
import { HEADLINE_NOT_INFINITIVE, NOT_VERB_BEFORE, PAST_CUES, PRESENT_EVENT_VERBS, SCAN_STOP_WORDS } from './lexicon.js';
import { reportingVerbs } from './reporting-verbs.js';

/** "meet" → "meet", "meets"; "go" → "goes"; "fly" → "flies"; "finish" → "finishes". */
function thirdPerson(v: string): string {
  if (/(?:s|sh|ch|x|z|o)$/.test(v)) return `${v}es`;
  if (/[^aeiou]y$/.test(v)) return `${v.slice(0, -1)}ies`;
  return `${v}s`;
}

const VERB_FORMS = new Set(PRESENT_EVENT_VERBS.flatMap((v) => [v, thirdPerson(v)]));
const PRESENT_EVENT_BASE = new Set(PRESENT_EVENT_VERBS);
const PAST = new Set(PAST_CUES);
const NOT_VERB = new Set(NOT_VERB_BEFORE);
const STOP = new Set(SCAN_STOP_WORDS);
/** A verb before "to" that does not take an infinitive in a headline ("Dow falls to lowest level"). */
const NOT_INFINITIVE = new Set(HEADLINE_NOT_INFINITIVE);
/** Modals, "to", "did", "not": the verb form after them is no present tense of its own. */
const GOVERNED = /^(?:to|did|does|do|not|never|will|would|can|could|may|might|must|should|shall|won['’]t|can['’]t|cannot|didn['’]t|doesn['’]t|don['’]t)$/;
/** "is/are/remain closed": an -ed form after these is an adjective or a present passive, not a past tense. */
const STATE_BEFORE_ED = /^(?:is|are|remain|remains|stay|stays|be|being|been|get|gets|become|becomes|keep|keeps)$/;
/** The words between two commas of a short apposition: capitalised words only. */
const APPOSITION = /^\s+[A-Z][\w.'’-]*(?:\s+[A-Z0-9][\w.'’-]*){0,2}\s*$/;
/** A clock's dotted day-half marker after its digits: "7 a.m.", "10:30 p.m", "9a.m.". */
const CLOCK_MARK = /\d\s*([ap]\.m\.?)$/i;
const SCAN = 160;
const MAX_WORDS = 24;
/** The verb itself must be among the nearest words to the time. */
const VERB_WITHIN = 9;

interface Word { w: string; start: number }

/**
 * The words of the clause just before `pos`, nearest first, and whether the clause start (punctuation or the
 * sentence start) was reached within the scan limits.
 */
function clauseWordsBefore(text: string, from: number, pos: number): { words: Word[]; whole: boolean } {
  const lo = Math.max(from, pos - SCAN);
  const words: Word[] = [];
  let i = pos - 1;
  while (i >= lo) {
    const c = text.charCodeAt(i);
    // "go to the polls at 7 a.m. on Sunday": the dots of a clock's "a.m."/"p.m." end no clause; the marker is skipped.
    if ((c === 46 || c === 77 || c === 109) && i - lo >= 3) {
      const clock = CLOCK_MARK.exec(text.slice(Math.max(lo, i - 8), i + 1));
      if (clock) { i -= clock[1]!.length; continue; }
    }
    if (c === 44) {
      // ", Aditya-L1," / ", Texas,": skip a short capitalised apposition between two commas.
      // (the comma before is looked for within 32 characters only: an unbounded lastIndexOf would scan back
      // to the start of a long comma-free text on every call)
      let prev = i - 1;
      const stop = Math.max(lo, i - 32);
      while (prev >= stop && text.charCodeAt(prev) !== 44) prev--;
      if (prev >= stop && APPOSITION.test(text.slice(prev + 1, i))) { i = prev - 1; continue; }
    }
    if (c === 44 || c === 59 || c === 58 || c === 34 || c === 8220 || c === 8221 || c === 40 || c === 41 || c === 8212 || c === 10 || c === 46) return { words, whole: true };
    if (isWordChar(c)) {
      let j = i;
      while (j - 1 >= lo && isWordChar(text.charCodeAt(j - 1))) j--;
      if (j === lo && lo > from && isWordChar(text.charCodeAt(lo - 1))) return { words, whole: false }; // cut at the limit
      words.push({ w: text.slice(j, i + 1), start: j });
      if (words.length > MAX_WORDS) return { words, whole: false };
      i = j - 1;
      continue;
    }
    i--;
  }
  return { words, whole: lo === from };
}

function isWordChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 8217 || c === 45;
}

/** Present forms of intent before "to" + verb: the event they plan lies ahead. */
const INTENT_BEFORE_TO = /^(?:plans|plan|hopes|hope|aims|aim|intends|intend|wants|want|expects|expect|is|are|set|due|scheduled|expected|slated|poised|going|prepares|prepare|preparing|planning|hoping|aiming|seeks|seek|vows|vow|promises|promise|pledges|pledge)$/i;

/** Verbs that open a reported clause: a past tense beyond them belongs to the report, not to the event. */
const REPORTING = new Set(reportingVerbs('clause'));
const PREPOSITION = /^(?:of|for|in|on|at|by|with|from|into|about|over|under|between|among|before|against|like|to|through|across|toward|towards|without|within|near|around)$/;
const PRONOUN_SUBJECT = /^(?:they|we|i|you|who|he|she|it)$/;

const DEMONYM = /(?:ian|ean|an|ese|ish|i)$/;
/** -ing words after "is" that are adjectives or pronouns, not a progressive verb ("is missing", "is nothing"). */
const NOT_PROGRESSIVE = new Set(['nothing', 'something', 'anything', 'everything', 'morning', 'evening', 'during', 'according', 'ongoing', 'outstanding', 'missing', 'following', 'leading', 'growing', 'rising', 'declining', 'willing', 'interesting', 'worrying', 'surprising', 'alarming', 'encouraging', 'disappointing', 'amazing', 'devastating', 'damning', 'promising', 'pending', 'remaining', 'existing', 'upcoming', 'striking', 'shocking', 'troubling', 'concerning', 'compelling', 'misleading', 'lacking', 'boring', 'exciting']);
const isEd = (lw: string): boolean => lw.length > 3 && lw.endsWith('ed');

/**
 * Where the present-tense event verb governing a time at `pos` starts, or -1: the nearest such verb to the
 * left in the same clause, after a subject-like word (a name, a noun, a pronoun; not "the", "to", "will",
 * "did" …), with no past or -ed form and no "after"/"since"-like word in between, and no past verb before it
 * in its clause ("held a campaign rally on Sunday": "rally" is a noun there).
 */
export function presentVerbBefore(text: string, sentStart: number, pos: number): number {
  const { words, whole } = clauseWordsBefore(text, sentStart, pos);
  let verb = -1;
  let k = 0;
  for (; k < words.length && k < VERB_WITHIN; k++) {
    const lw = words[k]!.w.toLowerCase();
    const prev = words[k + 1]?.w ?? '';
    const lp = prev.toLowerCase();
    if (STOP.has(lw)) return -1;
    if (isEd(lw) || PAST.has(lw)) {
      // "the vote is held on Sunday", "markets are closed on Monday": a present passive next to the time.
      if (/^(?:is|are)$/.test(lp) && k <= 1) { verb = words[k + 1]!.start; k++; break; }
      // "a memorial is being held on Sunday": a present progressive passive arranges the day ahead.
      if (lp === 'being' && k <= 1 && /^(?:is|are)$/i.test(words[k + 2]?.w ?? '')) { verb = words[k + 2]!.start; k += 2; break; }
      if (STATE_BEFORE_ED.test(lp)) continue; // "remain closed on Friday"
      return -1;
    }
    // "the president is travelling to Japan on Monday": a present progressive.
    if (/^(?:is|are|am|['’]re)$/.test(lp) && lw.length > 5 && lw.endsWith('ing') && !NOT_PROGRESSIVE.has(lw)) { verb = words[k + 1]!.start; k++; break; }
    if (!VERB_FORMS.has(lw)) continue;
    // "the agency plans to launch its mission, Aditya-L1, on Saturday": an infinitive after a verb of intent.
    if (lp === 'to' && INTENT_BEFORE_TO.test(words[k + 2]?.w ?? '')) { verb = words[k + 2]!.start; k += 2; break; }
    if (GOVERNED.test(lp)) return -1; // "failed to meet", "did not vote"
    // A noun after a determiner, an adjective, a possessive or a number: "the vote", "Sunday's rally".
    if (lp === '' || NOT_VERB.has(lp) || /['’]s$/.test(lp) || /^\d/.test(lp) || isEd(lp)) continue;
    // A base form needs a plural, a name or a pronoun before it ("voters go", "Kim and Putin meet");
    // "a campaign rally" is a compound noun. An -s form follows a singular subject ("the court hears").
    const third = lw.endsWith('s') && !PRESENT_EVENT_BASE.has(lw);
    // A capitalised demonym before a base form makes a noun phrase ("Palestinian rule", "Russian march").
    const name = /^[A-Z]/.test(prev) && !DEMONYM.test(prev);
    if (!third && !(/[^s'’]s$/.test(lp) || name || PRONOUN_SUBJECT.test(lp))) continue;
    verb = words[k]!.start;
    break;
  }
  if (verb < 0) return -1;
  // Further left in the clause: a reporting verb opens it ("said voters go"); a past verb governs it. A
  // clause too long to read to its start is left to the other cues.
  for (k += 2; k < words.length; k++) {
    const lw = words[k]!.w.toLowerCase();
    if (REPORTING.has(lw)) return verb;
    // "following the first summit heads …": the subject-looking word is the object of a preposition.
    if (STOP.has(lw) || PREPOSITION.test(lw)) return -1;
    if (PAST.has(lw) || (isEd(lw) && !STATE_BEFORE_ED.test(words[k + 1]?.w.toLowerCase() ?? ''))) return -1;
  }
  return whole ? verb : -1;
}

/**
 * A headline infinitive before `pos`: "Kim to meet Putin on Wednesday", "Markets to reopen Monday"; not
 * "Dow falls to lowest level Monday" or "Death toll rises to 50 on Sunday".
 */
export function headlineInfinitiveBefore(text: string, sentStart: number, pos: number): boolean {
  const { words } = clauseWordsBefore(text, sentStart, pos);
  for (let k = 1; k < words.length; k++) {
    if (words[k]!.w.toLowerCase() !== 'to') continue;
    const verb = words[k - 1]!.w;
    const before = words[k + 1]?.w.toLowerCase() ?? '';
    if (!/^[a-z]+$/.test(verb) || NOT_VERB.has(verb) || STOP.has(verb)) continue;
    if (before === '' || NOT_INFINITIVE.has(before) || GOVERNED.test(before)) continue;
    return true;
  }
  return false;
}
