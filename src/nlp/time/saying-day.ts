// The day of a saying: "police said on Wednesday", "officials told reporters Tuesday", "the mayor on Monday
// announced". It dates the report, not the events reported, so a bare clock time after it ("Police said on
// Wednesday that the man was shot at 11 p.m.", "The first call came at 11:40 p.m., the chief said Wednesday")
// keeps the day of the events told before (the fire "on Monday"), when one was named nearby. Only a day a
// reporting verb governs directly: "Speaking at 10 a.m. on Wednesday, the minister said" is no saying day.
// "said/says/told" always report; "announced/reported/stated/added/confirmed" also name events ("Another fire
// was reported Tuesday", "The first death was confirmed on Monday"), so they count only in the active voice
// after their speaker ("police confirmed Monday"), never after was/were/been.

import { reportingAlternation, reportingVerbs } from './reporting-verbs.js';
import { alternation } from '../../core/regex.js';
import { readWordSet } from '../../core/word-lists.js';

const SAY = String.raw`(?:said|says|told(?:[ \t]+(?:reporters|journalists|the\s+[A-Za-z]+|[A-Z][a-z]+))?)`;
const TELL = `(?:${reportingAlternation('tell')})`;
const DAY_LEAD = String.raw`[ \t]+(?:on[ \t]+|late[ \t]+|early[ \t]+)?$`;
const SAY_BEFORE = new RegExp(String.raw`\b${SAY}${DAY_LEAD}`, 'i');
const SAY_AFTER = new RegExp(String.raw`^[ \t]+${SAY}\b`, 'i');
// The weak verb with the word before it: a speaker (a noun or name), not an auxiliary of the passive.
const TELL_BEFORE = new RegExp(String.raw`\b([A-Za-z]+)(?:[ \t]+(?:also|first|later|officially|then|not|only))?[ \t]+${TELL}${DAY_LEAD}`, 'i');
const TELL_AFTER = new RegExp(String.raw`^[ \t]+${TELL}\b`, 'i');
const PASSIVE = /^(?:was|were|been|being|be|is|are|am|get|got|gets|getting)$/i;

/** True when the day at [start, end) is the day something was said, by the verb right before or after it. */
export function sayingDay(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 16);
  if (SAY_BEFORE.test(before) || SAY_AFTER.test(after)) return true;
  const m = TELL_BEFORE.exec(before);
  if (m) return !PASSIVE.test(m[1]!);
  // "the mayor on Monday announced": the speaker stands before the day, so no passive can come between
  return TELL_AFTER.test(after);
}

const GAP_BREAK = /[.;:!?\n]|\b(?:that|when|where|while|who|which|and|but|as)\b|,(?![ \t]*(?:(?:at|around|about|shortly|just|early|late|on|by|from|after|before|some)\b|$))/i;

/** True when `gap`, the text between a day and a clock time, leaves them in one clause: a few words with no
 *  clause break ("confirmed Monday, at 9 a.m.", "reported Tuesday shortly after 3 a.m."), so the day is the
 *  clock's own even when it is a day of saying ("Police said on Tuesday at 9 a.m. that …"). */
export function oneClause(gap: string): boolean {
  if (gap.length > 30 || GAP_BREAK.test(gap)) return false;
  return gap.split(/[\s,]+/).filter(Boolean).length <= 3;
}

/** A past reporting verb and then "would" or "was going to" before `pos` in its sentence: the clause is the future of a past saying. */
const REPORTED_AHEAD = new RegExp(String.raw`\b(?:${reportingAlternation('ahead')})\b[^.!?\n]*\b(?:would|was\s+going\s+to|were\s+going\s+to)\b[^.!?\n]*$`, 'i');

/**
 * "Castillo said he would impose a curfew from 10 p.m.": a clock time in a clause that looks ahead from a past
 * saying is on the day of the events told (the saying's day), not the publication day.
 */
export function reportedAhead(text: string, pos: number): boolean {
  let s = pos;
  while (s > 0 && pos - s < 240) {
    const ch = text.charCodeAt(s - 1);
    if (ch === 10 || ch === 33 || ch === 63 || (ch === 46 && /\s/.test(text[s] ?? ''))) break;
    s--;
  }
  return REPORTED_AHEAD.test(text.slice(s, pos));
}

/** Words that may open the sentence before a fronted day (data/lexicon/time-fronted-day-openers.txt): "Also on Tuesday, …". */
const FRONTED_DAY_LEAD = new RegExp(String.raw`(?:^|[.!?]["”’]?[ \t]+|\n[ \t]*)(?:(?:${alternation(readWordSet('time-fronted-day-openers.txt'))})[ \t]+)?(?:(?:on|late|early)[ \t]+)?$`, 'i');
/** After the day: its comma, the speaker (one to six words) and a past reporting verb ("says" leaves the day to the
 * reported clause) not set off by a comma. */
const SPEAKER_SAID = new RegExp(String.raw`^[ \t]*,[ \t]+((?:[A-Za-z][\w.'’&-]*[ \t]+){1,6}?)(?:${alternation(reportingVerbs('deixis').filter((w) => !/s$/.test(w)))})\b(?![ \t]*,)`);
/** Lower-case words that make the speaker a clause of its own ("On Friday, officials who met …"); case-sensitive, so
 * "Theresa May said" keeps its speaker. */
const NOT_SPEAKER = new RegExp(String.raw`^(?:${alternation([...readWordSet('time-clause-auxiliaries.txt'), 'who', 'which', 'that', 'when', 'where', 'not'])})$`);

/**
 * "Also on Tuesday, Vale announced it would decommission 10 dams", "On Monday, the ministry said …": a day opening its
 * sentence whose main clause is a saying — the speaker and a past reporting verb right after the day's comma — dates
 * the saying, so it lies before publication whatever the reported clause looks ahead to. Not a parenthetical saying
 * ("On Friday, he said, the team will leave": the day is the reported clause's), nor a speaker with a verb of its own
 * ("On Friday, officials who had met said …" is kept apart by the relative word).
 */
export function frontedSayingDay(text: string, start: number, end: number): boolean {
  if (!FRONTED_DAY_LEAD.test(text.slice(Math.max(0, start - 24), start))) return false;
  const m = SPEAKER_SAID.exec(text.slice(end, end + 90));
  if (!m) return false;
  // a lower-case -ed word or an auxiliary among the speaker's words is a verb: "On Friday, the team arrived and said"
  return !m[1]!.trim().split(/[ \t]+/).some((w) => NOT_SPEAKER.test(w) || /^[a-z]+ed$/.test(w));
}
