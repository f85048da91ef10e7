// A deadline granted: "gave the residents until 9 a.m. Tuesday to leave", "was given until Friday to respond",
// "have until Friday to sign". A granting word ("give", "allow", "have", "deadline", "ultimatum") before
// "until"/"till" and an infinitive right after the time set that time ahead of the granting, whatever the
// tense of the granting verb: news reports an ultimatum while it runs. Not "stayed until Friday to help" (no
// granting word), nor "until Friday to the dismay of" (no verb after "to").

const GRANT_UNTIL = /(?:\b(?:give[ns]?|gave|giving|grant(?:s|ed|ing)?|allow(?:s|ed|ing)?|deadline|ultimatum)\b[^.;:!?"“”]{0,50}?|\b(?:has|had|have|having)[ \t]+(?:only[ \t]+|just[ \t]+)?)\b(?:until|till)[ \t]+(?:the[ \t]+)?$/i;
/** A clock time (and its zone) between "until" and the day: "until 9 a.m. Tuesday". */
export const CLOCK_LEAD = /(?:\d{1,2}(?:[:.]\d\d)?[ \t]*(?:[ap]\.?m\.?)?(?:[ \t]+[A-Z]{2,4})?|midnight|noon|midday)[ \t]+(?:on[ \t]+)?$/i;
const TO_VERB = /^,?[ \t]+to[ \t]+([a-z]+)\b/;
const NOT_VERB = /^(?:the|a|an|its|his|her|their|our|my|your|this|that|these|those|him|them|it|me|us|be(?:en)?)$|[^su]s$|ed$|ing$/;

/** True when the time at [start, end) closes a granted period for a deed still to come. */
export function deadlineAhead(text: string, start: number, end: number): boolean {
  const lead = text.slice(Math.max(0, start - 90), start).replace(CLOCK_LEAD, '');
  if (!GRANT_UNTIL.test(lead)) return false;
  const m = TO_VERB.exec(text.slice(end, end + 30));
  return m !== null && (!NOT_VERB.test(m[1]!) || m[1] === 'be');
}
