// The day of a saying: "police said on Wednesday", "officials told reporters Tuesday", "the mayor on Monday
// announced". It dates the report, not the events reported, so a bare clock time after it ("Police said on
// Wednesday that the man was shot at 11 p.m.", "The first call came at 11:40 p.m., the chief said Wednesday")
// keeps the day of the events told before (the fire "on Monday"), when one was named nearby. Only a day a
// reporting verb governs directly: "Speaking at 10 a.m. on Wednesday, the minister said" is no saying day.

const VERB = String.raw`(?:said|says|told(?:[ \t]+(?:reporters|journalists|the\s+[A-Za-z]+|[A-Z][a-z]+))?|announced|reported|stated|added|confirmed)`;
const VERB_BEFORE = new RegExp(String.raw`\b${VERB}[ \t]+(?:on[ \t]+|late[ \t]+|early[ \t]+)?$`, 'i');
const VERB_AFTER = new RegExp(String.raw`^[ \t]+${VERB}\b`, 'i');

/** True when the day at [start, end) is the day something was said, by the verb right before or after it. */
export function sayingDay(text: string, start: number, end: number): boolean {
  return VERB_BEFORE.test(text.slice(Math.max(0, start - 40), start)) || VERB_AFTER.test(text.slice(end, end + 16));
}
