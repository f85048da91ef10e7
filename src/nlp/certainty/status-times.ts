// Status from the claim's resolved times: a date after publication makes a claim FUTURE ("a hearing has been
// set for March 28, 2024"), a written-out date before it makes a present-tense or planned claim PAST.
import type { Status } from '../../core/types.js';
import * as L from '../claims/lexicon.js';
import * as C from './lexicon.js';
import { placeAgainst } from './timex-range.js';
import { setForAhead } from '../time/context.js';

export interface ClaimTime { start: number; end: number; text: string; type: string; value: string; mod?: string }

const S = (a: readonly string[]): Set<string> => new Set(a);
const STATE_BOUND = S(C.STATE_BOUND_PREPS);
const DET = S(L.DETERMINERS);
const BE_PAST = S(L.BE_PAST);
const IRR = S(L.IRREGULAR_PAST);
/** After "was"/"were": a plan of the past ("was set to land", "were due to meet", "was to have met"). */
const PLANNED = S(['set', 'due', 'expected', 'scheduled', 'slated', 'to', 'going', 'about', 'poised', 'planned', 'supposed', 'forecast', 'predicted', 'projected']);
/** Words that keep a claim ONGOING whatever its dates ("still", "remains", "is", progressive, "since"). */
export const ONGOING_MARK = S(['is', 'are', 'am', "'s", "'re", 'still', 'remain', 'remains', 'remaining', 'continue', 'continues',
  'continuing', 'now', 'currently', 'since', 'ongoing', 'yet', 'until', 'till']);

const wordBefore = (text: string, at: number): string => (/([\p{L}']+)[^\p{L}\n]*$/u.exec(text.slice(Math.max(0, at - 30), at))?.[1] ?? '').toLowerCase();
const wordAfter = (text: string, at: number): string => /^[^\p{L}\d\n]*([\p{L}']+)/u.exec(text.slice(at, at + 30))?.[1] ?? '';

/** "until Friday", "through March": the date bounds a state that holds now; it does not date an event to come. */
function boundsState(text: string, t: ClaimTime): boolean {
  const first = t.text.trim().split(/\s+/)[0]!.toLowerCase();
  return STATE_BOUND.has(first) || STATE_BOUND.has(wordBefore(text, t.start));
}

/** A bare year modifying a noun ("the 2025 version", "its 2030 target"): it names the thing, not the claim's time. */
export function adjectivalYear(text: string, t: ClaimTime): boolean {
  if (!/^\d{4}$/.test(t.text.trim())) return false;
  const before = wordBefore(text, t.start), after = wordAfter(text, t.end);
  return (DET.has(before) || /'s?$/.test(before)) && /^\p{Ll}+$/u.test(after);
}

/** "later this week", "by the end of the year": the part of a period holding publication that is still ahead. */
const AHEAD_IN_PERIOD = /\b(later|coming|upcoming|rest|remainder|next few)\b/i;
const AHEAD_MODS = S(['END', 'LATE']);
const HAVE = S(['has', 'have', "'ve"]);
const TARGET = S(C.TARGET_PREPS);
const WEEKDAY = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;
const SCHEDULED_NOUN = new RegExp(`\\b(${C.SCHEDULED_NOUN_LEADS.join('|')})\\b[^,.;:]*$`, 'i');
/** Before a date: a phrase "after/since/following the <noun>" whose noun the date belongs to ("after the storm on March 3"). */
const EVENT_NOUN_DATE = new RegExp(`\\b(${C.EVENT_NOUN_LEADS.join('|')})\\s+(the|a|an|this|last|its|their|his|her)\\s+[^,.;:]*$`, 'i');
const AHEAD_WORDS = /\b(next|coming|upcoming|later|following|tomorrow)\b/i;
/** A clock time joined to a written date ("8:55 p.m. on Feb. 3"): the date part, when it has a digit. */
function writtenDayOfClock(t: ClaimTime): string | undefined {
  if (t.type !== 'TIME' || !/^\d{4}-\d{2}-\d{2}T/.test(t.value) || (t.mod && t.mod !== 'APPROX')) return undefined;
  const on = / on (.+)$/.exec(t.text);
  return on && /\d/.test(on[1]!) ? t.value.slice(0, 10) : undefined;
}

/**
 * A bare weekday after a simple past ("was held on Monday"): the times stage may have counted forward, but a
 * finished event on a weekday is the last one. A weekday after "for"/"to"/"until" ("postponed to Monday") is not.
 */
function pastWeekday(text: string, t: ClaimTime, words: string[]): boolean {
  if (/\d/.test(t.text) || !/^\d{4}-\d{2}-\d{2}$/.test(t.value) || words.some((w) => HAVE.has(w))) return false;
  const before = wordBefore(text, t.start);
  return before === 'on' || before === 'last' || !/^(for|to|until|till|by|from|next|this|before|after)$/.test(before);
}

/**
 * A date the times stage counted forward after a past verb ("took place this weekend", "took effect on April 1"
 * read in March, "was off to a start on Saturday"): a finished event on a date without a written year is the last
 * one. Not after "for/to/until/by" ("postponed to 11 March", "called for April"), nor "next/coming/later".
 */
function pastTenseRef(text: string, t: ClaimTime, words: string[]): boolean {
  if (words.some((w) => HAVE.has(w)) || /\b\d{4}\b/.test(t.text) || AHEAD_WORDS.test(t.text)) return false;
  if (!/^\d{4}-(\d{2}|\d{2}-\d{2}|W\d{2}(-WE)?)$/.test(t.value)) return false;
  return !TARGET.has(wordBefore(text, t.start));
}

/**
 * A time right after the reporting cue, before the reported clause opens ("announced on 1 March that prices would
 * rise", "said last month it would close the plant", "said on Tuesday, that …"): it dates the saying, not the claim.
 * `cueEnd` is the end offset of the claim's cue, -1 when the claim holds none.
 */
export function cueAdverbial(text: string, t: ClaimTime, cueEnd: number): boolean {
  if (cueEnd < 0 || t.start < cueEnd || t.start - cueEnd > 12) return false;
  if (!/^\s*(?:(?:on|in|at|late|early|earlier)\s+)?$/i.test(text.slice(cueEnd, t.start))) return false;
  return /^\s*,?\s*(?:that|it|he|she|they|we|the|its|their|his|her)\b/i.test(text.slice(t.end, t.end + 12));
}

const MONTH_NAME = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s/i;
/** A time of day written without its date ("10 p.m.", "23:11 local time"): the day is the times stage's guess. */
function bareClock(t: ClaimTime): boolean {
  return t.type === 'TIME' && !WEEKDAY.test(t.text) && !MONTH_NAME.test(`${t.text} `) && !/\b\d{4}\b(?!\s*(?:GMT|UTC|hrs|hours|h)\b)/i.test(t.text);
}

/** A participle right before the date's preposition, with no "be" or "to" before it: "a pact signed in 2001". */
const REDUCED_RELATIVE = /(?:^|[^a-z])(?!(?:be|been|being|is|are|was|were|to|have|has|had)\s)[a-z]+\s+[a-z]{3,}ed\s+(?:in|on|at|during)\s+$/i;
function reducedRelativeDate(text: string, t: ClaimTime): boolean {
  return REDUCED_RELATIVE.test(text.slice(Math.max(0, t.start - 40), t.start));
}

/** "was set to", "were due to", "was to": a plan stated in the past. */
export function plannedInPast(words: string[]): boolean {
  for (let i = 0; i + 1 < words.length; i++) if (BE_PAST.has(words[i]!) && PLANNED.has(words[i + 1]!)) return true;
  return false;
}

/** "had been due/expected/scheduled to": a plan in the past perfect. */
export function pluperfectPlan(words: string[]): boolean {
  for (let i = 0; i + 2 < words.length; i++) if (words[i] === 'had' && words[i + 1] === 'been' && PLANNED.has(words[i + 2]!) && words[i + 2] !== 'to') return true;
  return false;
}

/** "… but was delayed", "… but stayed home": after "but", a past form within three words. */
function overtaken(words: string[]): boolean {
  const b = words.indexOf('but');
  if (b < 0) return false;
  for (let k = b + 1; k < words.length && k <= b + 3; k++) {
    const w = words[k]!;
    // ("but did not say when", "but declined to give a date" comment on the plan, they do not end it)
    if (/^(did|said|told|added|declined|gave|noted|stressed)$/.test(w)) return false;
    if (BE_PAST.has(w) || IRR.has(w) || (/[^e]ed$/.test(w) && w.length > 4)) return true;
  }
  return false;
}

export interface TimeContext {
  text: string;
  /** Publication date, "YYYY-MM-DD…". */
  anchor?: string;
  /** Lower-cased words the status was read from. */
  words: string[];
  /** The claim is in the past perfect ("had"): its dates are a reference point in the past. */
  pastPerfect: boolean;
  /** The status was read from a past verb form (not defaulted from a past reporting cue). */
  pastVerb?: boolean;
  /** Offset of the "to" of an infinitive complement of the past verb ("agreed to resume talks next month"): the dates
   * after it belong to what was agreed or ordered, not to the act, which has happened. */
  pastInfinitiveAt?: number;
  /** The future is a plan, promise or forecast made in the past ("planned to", "said it would"). */
  pastPlan?: boolean;
  /** That plan is the complement of a cue of intention in the past ("planned to build"). */
  pastPlanCue?: boolean;
  /** Dates of a fronted adverbial of the sentence, before the claim ("In 2019, …"), that date a past plan. */
  frontedTimes?: ClaimTime[];
  /** Out: the claim's times a rule here set aside as not the claim's own (a noun's date after "after the storm",
   * a state's bound "until Friday", a scheduled noun's date …), so that later checks (the status model) do not read
   * them as the claim's time either. */
  discounted?: ClaimTime[];
}

/** Adjusts the grammatical status by the claim's own resolved times. */
export function statusFromTimes(status: Status, times: ClaimTime[], ctx: TimeContext): Status {
  const { text, anchor } = ctx;
  const place = (t: ClaimTime) => (anchor && /^\d{4}/.test(t.value) && (t.type === 'DATE' || t.type === 'TIME') ? placeAgainst(t.value, anchor) : undefined);
  if (status === 'FUTURE') {
    // "the ship had been due to dock on Monday": a schedule in the past perfect has been overtaken
    if (pluperfectPlan(ctx.words)) return 'PAST';
    // "the plane was set to land on 5 March", published on 6 March: the plan's date has passed
    const planned = plannedInPast(ctx.words);
    if (!planned && !ctx.pastPlan) return status;
    // "was due to dock on Monday but was delayed": the plan was overtaken by what happened
    if ((planned || ctx.pastPlanCue) && overtaken(ctx.words)) return 'PAST';
    // (a weekday too: "the leaders were to meet on Monday", published on Wednesday)
    // (and one told as past by its own words: "last June", "yesterday", "two weeks ago": "hoped the rain would stop
    // before the wedding last June")
    // (a bare clock time is no written date: its day was inferred, "said he would impose a curfew from 10 p.m.")
    // (nor a date of a noun's reduced relative: "would revive a pact signed in 2001")
    const reduced = times.filter((t) => reducedRelativeDate(text, t));
    ctx.discounted?.push(...reduced);
    const written = times.filter((t) => !reduced.includes(t) && ((/\d/.test(t.text) && !bareClock(t)) || /^(?:last|yesterday)\b|\bago$/i.test(t.text.trim()) || (planned && WEEKDAY.test(t.text))) && !t.mod);
    const dated = [...written, ...(ctx.frontedTimes ?? [])];
    if (dated.some((t) => place(t) === 'BEFORE') && !times.some((t) => place(t) === 'AFTER' || t.value === 'FUTURE_REF')) return 'PAST';
    return status;
  }
  if (ctx.pastPerfect) return status;
  let future = false;
  const discount = (t: ClaimTime): void => { ctx.discounted?.push(t); };
  for (const t of times) {
    if (boundsState(text, t)) { discount(t); continue; }
    if (status === 'PAST' && ctx.pastInfinitiveAt !== undefined && t.start > ctx.pastInfinitiveAt) { discount(t); continue; }
    // "has shaken politics ahead of elections in May": the date of a scheduled noun, not of the claim
    if (SCHEDULED_NOUN.test(text.slice(Math.max(0, t.start - 60), t.start))) { discount(t); continue; }
    // "Judge Kaplan set sentencing for March 28": the setting happened; the date is the sentencing's
    // (the time stage's own reading, time/context.ts setForAhead: its verbs, not-objects and pluperfect guard)
    if (status === 'PAST' && setForAhead(text.slice(Math.max(0, t.start - 80), t.start), text.slice(t.end, t.end + 40))) { discount(t); continue; }
    if (t.value === 'FUTURE_REF') future = true;
    else if (t.mod === 'BEFORE') continue;
    else {
      const p = place(t);
      // "rose …, before declining later in the day": after a past verb, the rest of the period is narrated, not ahead
      const restOfPeriod = p === 'OVERLAPS' && (AHEAD_IN_PERIOD.test(t.text) || AHEAD_MODS.has(t.mod ?? ''))
        && !(status === 'PAST' && ctx.pastVerb && !TARGET.has(wordBefore(text, t.start)));
      const ahead = p === 'AFTER' || restOfPeriod;
      if (!ahead) continue;
      if (status === 'PAST' && (adjectivalYear(text, t) || pastWeekday(text, t, ctx.words) || (ctx.pastVerb && pastTenseRef(text, t, ctx.words)))) discount(t);
      else future = true;
    }
  }
  if (future) return 'FUTURE';
  // resolved times before publication make a present-tense claim PAST ("the ceasefire takes effect on
  // February 20" published in March) unless the claim marks an ongoing state
  if (status === 'ONGOING' && anchor && !ctx.words.some((w) => ONGOING_MARK.has(w) || L.ONGOING_STATES.includes(w))) {
    for (const t of times) {
      // (a clock joined to its written date counts as that date: "derailed at about 8:55 p.m. on Feb. 3")
      const clockDay = writtenDayOfClock(t);
      if (!clockDay && (t.type !== 'DATE' || !/^\d{4}-\d{2}-\d{2}$/.test(t.value) || t.mod)) continue;
      // only dates written out ("February 20", "20 Feb 2024"): a bare weekday with a present verb is as often the
      // coming one ("voters head to the polls on Sunday") as the last
      if (!clockDay && !/\d/.test(t.text)) continue;
      // "thousands shelter in schools after the storm on March 3": the date of a noun after "after", not the claim's
      if (EVENT_NOUN_DATE.test(text.slice(Math.max(0, t.start - 50), t.start))) { discount(t); continue; }
      if ((clockDay ?? t.value) < anchor.slice(0, 10)) return 'PAST';
    }
  }
  return status;
}
