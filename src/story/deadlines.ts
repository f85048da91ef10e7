// Deadlines and ultimatums as facts: "a one-week ultimatum", "gave the junta seven days to step down",
// "ordered the ambassador to leave within 48 hours" give the length of time allowed (attribute
// 'ultimatum', a duration); "gave the soldiers until Sunday to …", "the deadline expires on Sunday,
// August 6" give the day it runs out (attribute 'deadline', a date). Read from the time expressions
// the time stage found and the words right around them; nothing is read from other dates or durations.

import type { Offsets, TimeExpr } from '../core/types.js';
import { movedTo, revisedTime } from './revisions.js';

/** Words that make a sentence about a deadline (a date after "until" or "by" counts only in one of these). */
const DEADLINE_WORDS = /\b(ultimatum|deadline|grace period|gave|given|giving|gives|grant(?:ed|s)?)\b/i;
/** A duration written before the noun: "a one-week ultimatum", "a 48-hour deadline". */
const LENGTH_BEFORE_NOUN = /^\s*-?\s*(?:ultimatum|deadline|grace period)\b/i;
/** "gave the junta seven days to …", "have been given 48 hours to …": the time allowed to do something. */
const GIVEN_BEFORE = /\b(?:gave|given|giving|gives|give|grant(?:ed|s)?)\b[^.;:]{0,60}$/i;
/**
 * "ordered … to leave within 48 hours", "told … to quit the country within a week": the verb's order to act (an
 * infinitive between it and "within"), not a saying's clause ("told investigators that the vessel … overturned within
 * one or two minutes", "told police the ship sank within two minutes": how fast it happened).
 */
const WITHIN_BEFORE = /\b(?:ordered|told|demanded|asked|instructed|urged)\b(?:(?!\bthat\b)[^.;:]){0,80}?\bto\s+[a-z]+\b[^.;:]{0,60}\bwithin\s+(?:the\s+next\s+)?$/i;
/** A day the time allowed ends: "until Sunday", "by August 6", "the deadline expires on Sunday". */
const UNTIL_BEFORE = /\b(?:until|till|by)\s+(?:the\s+end\s+of\s+|midnight\s+(?:on\s+)?)?$/i;
// only auxiliaries between the noun and the verb: "the deadline expires on", "the ultimatum was due to run out on"
// (not "the ultimatum was issued on Sunday", the day it was given)
// (a short phrase may say whose deadline it is: "the deadline for striking drivers expires on Friday", "the
// ultimatum issued by the bloc expires on Sunday")
const DEADLINE_NAMES_DAY = /\b(?:deadline|ultimatum|grace period)(?:\s+(?:for|to|given\s+to|set\s+for|issued\s+to|imposed\s+on|(?:issued|set|given|imposed|announced)\s+by)\s+(?:(?!\b(?:is|are|was|were|be|been|has|had|will|issued|announced|given|made|set)\b)[^.;:,]){1,40}?)?\s+(?:(?:is|was|will|would|be|has|had|been|now|then|officially|due|set|to)\s+){0,4}(?:on|of|for|expires?|expired|expiring|ends?|ended|ending|runs? out|run out|ran out|lapses?|lapsed|lapse)\s+(?:at\s+midnight\s+(?:on\s+)?|on\s+)?$/i;

const UNIT_OF: Record<string, string> = { Y: 'year', M: 'month', W: 'week', D: 'day', H: 'hour', MIN: 'min' };

/** A TIMEX duration's amount and unit ("P1W" → 1 week, "PT48H" → 48 hour); undefined for mixed or vague ones. */
export function durationAmount(value: string): { value: number; unit: string } | undefined {
  const m = /^P(T?)(\d+(?:\.\d+)?)([YMWDH])$/.exec(value);
  if (!m) return undefined;
  // "PT5M" is five minutes; "P5M" five months
  const unit = m[1] && m[3] === 'M' ? 'min' : UNIT_OF[m[3]];
  return unit ? { value: Number(m[2]), unit } : undefined;
}

export type DeadlineReading =
  | { attribute: 'ultimatum'; kind: 'quantity'; value: number; unit: string }
  | { attribute: 'deadline'; kind: 'time'; value: string; mod?: string; revised?: boolean };

/**
 * What a time expression says about a deadline, if anything: a length of time allowed ('ultimatum') or
 * the day it runs out ('deadline'). `sent` is the sentence around it.
 */
export function deadlineOf(text: string, sent: Offsets, t: Pick<TimeExpr, 'start' | 'end' | 'type' | 'value' | 'mod'>): DeadlineReading | undefined {
  const before = text.slice(Math.max(sent.start, t.start - 100), t.start);
  const after = text.slice(t.end, Math.min(sent.end, t.end + 40));
  if (t.type === 'DURATION') {
    const amt = durationAmount(t.value);
    if (!amt) return undefined;
    const lengthOf = LENGTH_BEFORE_NOUN.test(after) ||
      (GIVEN_BEFORE.test(before) && /^\s*(?:\([^()]*\)\s*)?(?:to|in which to)\s+[a-z]/i.test(after)) ||
      WITHIN_BEFORE.test(before);
    return lengthOf ? { attribute: 'ultimatum', kind: 'quantity', ...amt } : undefined;
  }
  if (t.type === 'DATE' && /^\d{4}-\d{2}-\d{2}/.test(t.value)) {
    const sentence = text.slice(sent.start, sent.end);
    // "extended the deadline for the drivers to Monday", "a new deadline of Friday": the day it now runs out
    const moved = movedTo(before) && /\b(?:deadline|ultimatum|grace period)\b/i.test(sentence);
    const ends = (UNTIL_BEFORE.test(before) && DEADLINE_WORDS.test(sentence)) || DEADLINE_NAMES_DAY.test(before) || moved;
    if (!ends) return undefined;
    const revised = moved || revisedTime(text, sent, t, true);
    // "until Sunday", "by Friday": the time stage bounds the day (ON_OR_BEFORE), which a deadline says
    // already; the deadline's value is the day it runs out, as "expires on Sunday" gives it.
    const mod = t.mod === 'ON_OR_BEFORE' ? undefined : t.mod;
    return { attribute: 'deadline', kind: 'time', value: t.value, ...(mod ? { mod } : {}), ...(revised ? { revised: true } : {}) };
  }
  return undefined;
}

/** Verbs by which someone gives, sets or moves a deadline. */
const GIVE_VERB = /\b(?:gave|give|gives|giving|given|issued|issue|issues|set|sets|imposed|imposes|impose|granted|grant|grants|extended|extend|extends|handed|hands|pushed back|postponed|moved|delivered|slapped)\b/gi;
/** Where the clause of the giving verb starts: a clause break, a reporting verb or a conjunction before it. */
const CLAUSE_BREAK = /[,;:"“”()]|\b(?:that|said|says|told|tells|added|and|but|after|when|while|as|because|since|before|which|who)\b/gi;
const PASSIVE_AUX = /\b(?:be|been|being|was|were|is|are|get|got)\s+(?:\w+ly\s+)?$/i;

/**
 * Where the name of whoever gave a deadline stands, read from the giving verb nearest before the time:
 * the subject of that verb, from the clause break before it to the verb ("ECOWAS leaders had given the
 * junta seven days" → "ECOWAS leaders"; "Speaking to Reuters, the army gave …" → "the army"; "…, said
 * the army had given …" → "the army"), or the agent after "by" ("the ultimatum issued by the army",
 * "were given 48 hours by the governor"). A passive without "by" names no giver. `undefined` when no
 * giving verb stands before the time (the sentence names the deadline only: "the deadline expires on …").
 */
export function giverSpan(text: string, sent: Offsets, t: Offsets): Offsets | 'none' | undefined {
  const before = text.slice(sent.start, t.start);
  let verb: RegExpExecArray | undefined;
  for (const m of before.matchAll(GIVE_VERB)) verb = m as RegExpExecArray;
  if (!verb) return undefined;
  const v0 = sent.start + verb.index;
  const v1 = v0 + verb[0].length;
  const passive = PASSIVE_AUX.test(text.slice(Math.max(sent.start, v0 - 24), v0));
  // the agent after "by", right after the verb or, in the passive, after the time: up to the next clause
  // break or preposition
  const near = /^\s+by\s+/i.exec(text.slice(v1, sent.end));
  const far = !near && passive ? /^[^.;:,]{0,60}?\bby\s+/i.exec(text.slice(t.end, sent.end)) : null;
  if (near || far) {
    const from = near ? v1 + near[0].length : t.end + far![0].length;
    const rest = text.slice(from, sent.end);
    const stop = rest.search(/[.;:,()]|\b(?:to|on|until|in|at|for|and|after|expires?|expired|ends?|ended|runs?|ran|is|was|will|has|had)\b/);
    return { start: from, end: from + (stop < 0 ? rest.length : stop) };
  }
  if (passive) return 'none';
  const breaks = [...text.slice(sent.start, v0).matchAll(CLAUSE_BREAK)].map((m) => ({ start: sent.start + m.index, end: sent.start + m.index + m[0].length, comma: m[0] === ',' }));
  const k = breaks.length;
  // "ECOWAS leaders, meeting in Abuja, gave …": past a parenthetical set off by commas right before the verb
  if (k >= 2 && breaks[k - 1].comma && breaks[k - 2].comma && !/[A-Za-z]/.test(text.slice(breaks[k - 1].end, v0).replace(/\b(?:had|has|have|also|then|now|later|already)\b/gi, ''))) {
    return { start: breaks[k - 3]?.end ?? sent.start, end: breaks[k - 2].start };
  }
  // "ECOWAS gave the junta a week …, and gave it until Sunday": a giving verb right after "and" or "but"
  // shares the subject of the giving verb before it (none before: the subject is elided, left empty)
  const last = breaks[k - 1];
  if (last && /^(?:and|but)$/i.test(text.slice(last.start, last.end)) && !/\p{L}/u.test(text.slice(last.end, v0))) {
    const prev = giverSpan(text, sent, { start: last.start, end: last.start });
    if (prev && prev !== 'none' && prev.start < last.start) return prev;
  }
  return { start: last?.end ?? sent.start, end: v0 };
}

/** Auxiliaries and adverbs that stand between a subject and its verb ("the army had", "the junta also"). */
const SUBJECT_TAIL = /(?:\s+(?:had|has|have|also|then|now|later|already|later|once|again|would|will|could|did|does|do))+\s*$/i;

/**
 * The giver a giving verb's subject describes without a name: "the junta gave …" → "the junta",
 * "Niger's military rulers had given …" → "niger's military rulers". `null` when the subject is elided
 * ("… announced that it was ending the accords and gave …": the giver is in another clause, unknown here),
 * so that a deadline whose giver cannot be read is not put under the story's usual giver.
 */
export function describedGiver(subjectText: string): string | null {
  // (a time or place opening the clause is no part of the subject: "On Thursday the junta gave …")
  const s = subjectText.replace(SUBJECT_TAIL, '').trim().replace(/\s+/g, ' ').replace(/^(?:on|in|at|after|before|during|late|early|later|last|this|earlier)\b.*?\s(?=(?:the|a|an)\s)/i, '');
  if (!/\p{L}/u.test(s)) return null;
  // a pronoun refers back to a subject this sentence does not name
  if (/^(?:it|they|he|she|we|this|that|which|who)$/i.test(s)) return null;
  return s.replace(/^(?:The|A|An)\b/, (w) => w.toLowerCase());
}

/**
 * Whom a deadline was given to, as written between the giving verb and the time ("gave the junta seven
 * days" → "junta", "gave the coup leaders until Sunday" → "coup leaders"), normalised for comparison
 * (lower case, no article or possessive pronoun); undefined without a giving verb or an object.
 */
export function recipientText(text: string, sent: Offsets, t: Offsets): string | undefined {
  const before = text.slice(sent.start, t.start);
  let verb: RegExpExecArray | undefined;
  for (const m of before.matchAll(GIVE_VERB)) verb = m as RegExpExecArray;
  if (!verb) return undefined;
  const obj = before.slice(verb.index + verb[0].length).replace(/\s+(?:a|an|the|until|till|by|within|the next|another)\s*$/i, '').trim();
  const n = normDescription(obj);
  return n && n.split(' ').length <= 6 ? n : undefined;
}

/** A description for comparison: "The junta" and "the junta" and "its junta" are one. */
export function normDescription(s: string): string {
  return s.toLowerCase().replace(/^(?:the|a|an|its|their|his|her)\s+/, '').replace(/\s+/g, ' ').trim();
}
