// Deadlines and ultimatums as facts: "a one-week ultimatum", "gave the junta seven days to step down",
// "ordered the ambassador to leave within 48 hours" give the length of time allowed (attribute
// 'ultimatum', a duration); "gave the soldiers until Sunday to …", "the deadline expires on Sunday,
// August 6" give the day it runs out (attribute 'deadline', a date). Read from the time expressions
// the time stage found and the words right around them; nothing is read from other dates or durations.

import type { Offsets, TimeExpr } from '../core/types.js';

/** Words that make a sentence about a deadline (a date after "until" or "by" counts only in one of these). */
const DEADLINE_WORDS = /\b(ultimatum|deadline|grace period|gave|given|giving|gives|grant(?:ed|s)?)\b/i;
/** A duration written before the noun: "a one-week ultimatum", "a 48-hour deadline". */
const LENGTH_BEFORE_NOUN = /^\s*-?\s*(?:ultimatum|deadline|grace period)\b/i;
/** "gave the junta seven days to …", "have been given 48 hours to …": the time allowed to do something. */
const GIVEN_BEFORE = /\b(?:gave|given|giving|gives|give|grant(?:ed|s)?)\b[^.;:]{0,60}$/i;
/** "ordered … to leave within 48 hours", "told … to quit the country within a week". */
const WITHIN_BEFORE = /\b(?:ordered|told|demanded|asked|instructed|urged)\b[^.;:]{0,80}\bwithin\s+(?:the\s+next\s+)?$/i;
/** A day the time allowed ends: "until Sunday", "by August 6", "the deadline expires on Sunday". */
const UNTIL_BEFORE = /\b(?:until|till|by)\s+(?:the\s+end\s+of\s+|midnight\s+(?:on\s+)?)?$/i;
// only auxiliaries between the noun and the verb: "the deadline expires on", "the ultimatum was due to run out on"
// (not "the ultimatum was issued on Sunday", the day it was given)
const DEADLINE_NAMES_DAY = /\b(?:deadline|ultimatum|grace period)\s+(?:(?:is|was|will|would|be|has|had|been|now|then|officially|due|set|to)\s+){0,4}(?:on|of|for|expires?|expired|expiring|ends?|ended|ending|runs? out|run out|ran out|lapses?|lapsed|lapse)\s+(?:at\s+midnight\s+(?:on\s+)?|on\s+)?$/i;

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
  | { attribute: 'deadline'; kind: 'time'; value: string; mod?: string };

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
    const ends = (UNTIL_BEFORE.test(before) && DEADLINE_WORDS.test(sentence)) || DEADLINE_NAMES_DAY.test(before);
    return ends ? { attribute: 'deadline', kind: 'time', value: t.value, ...(t.mod ? { mod: t.mod } : {}) } : undefined;
  }
  return undefined;
}
