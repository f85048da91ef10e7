// A deadline granted: "gave the residents until 9 a.m. Tuesday to leave", "was given until Friday to respond",
// "have until Friday to sign". A granting word ("give", "allow", "have", "deadline", "ultimatum") before
// "until"/"till" in the same stretch (no comma between) and an infinitive right after the time set that time ahead
// of the granting, whatever the tense of the granting verb: news reports an ultimatum while it runs. Not "stayed
// until Friday to help" (no granting word), nor "given the danger, until Friday" ("given the/that" is a
// preposition), nor "until Friday to the dismay of" (no verb after "to"), nor when a later past verb tells how it
// ended ("was given until Friday to respond, but rejected the proposal on Saturday").
import { CLOCK_LEAD } from './text-util.js';

const GRANT_UNTIL = /(?:\b(?:give|gives|gave|giving|(?<=\b(?:has|have|had|was|were|been|be|is|are|being)[ \t]+)given|given(?![ \t]+(?:the|that)\b)|grant(?:s|ed|ing)?|allow(?:s|ed|ing)?|deadline|ultimatum)\b[^.,;:!?"“”]{0,50}?|\b(?:has|had|have|having)[ \t]+(?:only[ \t]+|just[ \t]+)?)\b(?:until|till)[ \t]+(?:the[ \t]+)?$/i;
const TO_VERB = /^,?[ \t]+to[ \t]+([a-z]+)\b/;
const NOT_VERB = /^(?:the|a|an|its|his|her|their|our|my|your|this|that|these|those|him|them|it|me|us|be(?:en)?)$|[^su]s$|ed$|ing$/;
/** The outcome told after the deadline: "but rejected the proposal", "missed the deadline". */
const OUTCOME = /\b(?:rejected|refused|declined|missed|failed|expired|ignored|passed|lapsed|defied|complied|accepted|agreed|responded)\b/i;

/** True when the time at [start, end) closes a granted period for a deed still to come. */
export function deadlineAhead(text: string, start: number, end: number): boolean {
  const lead = text.slice(Math.max(0, start - 90), start).replace(CLOCK_LEAD, '');
  if (!GRANT_UNTIL.test(lead)) return false;
  const m = TO_VERB.exec(text.slice(end, end + 30));
  if (m === null || (NOT_VERB.test(m[1]!) && m[1] !== 'be')) return false;
  // the rest of the sentence after the infinitive: a past verb there reports the outcome
  const rest = text.slice(end + m[0].length, end + 200).split(/[.!?\n](?:\s|$)/)[0]!;
  return !OUTCOME.test(rest);
}
