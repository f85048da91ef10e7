// The `time` stage: finds TIMEX3-style time expressions in doc.text and normalises them against the
// publication date (or a dateline date), the clause tense and the last date mentioned.
import type { TimeExpr, TimeMod } from '../../core/types.js';
import { explain, type NlpDoc, type Stage } from '../doc.js';
import type { Cand, Ctx, Resolved } from './cand.js';
import { makeTense } from './context.js';
import { join } from 'node:path';
import { readDataRows } from '../../core/data-rows.js';
import { readWordSet } from '../../core/word-lists.js';
import { projectRoot } from '../../core/shared.js';
import { phrasePattern } from '../../core/regex.js';
import { addDays, diffDays, fmtDate, isoWeekday, parseYmd, stepToWeekday, type Ymd } from './date-math.js';
import { findDates } from './01-find-dates.js';
import { findPeriods } from './01-find-periods.js';
import { findRelative } from './01-find-relative.js';
import { findDurations } from './01-find-durations.js';
import { findClock } from './01-find-clock.js';
import { findRefs } from './01-find-refs.js';
import { findWeeks } from './01-find-weeks.js';
import { findSpelled } from './01-find-spelled.js';
import { findFeasts } from './01-find-feasts.js';
import { refineSignals, speechFrameDay } from './02-refine-signals.js';
import { selectCandidates } from './02-refine-select.js';
import { ClockDayCand, clockMinutes, mergeClockDay } from './02-refine-merge.js';
import { granularity, relativeUnit } from './03-resolve.js';
import { DAY_FIRST_OUTLETS, IRREGULAR_PAST_CUES, MONTH_FIRST_OUTLETS, PART_OF_DAY_HOURS } from './lexicon.js';
import { weekdayNumber } from './patterns.js';
import { atSentenceStart, insideQuotation, pastMidnightAfter } from './text-util.js';
import { oneClause, reportedAhead, sayingDay } from './saying-day.js';
import { presentClockClause } from './present-clock.js';
import { clauseSubjectNouns, definiteMentionBefore, eventNounsAt } from './story-event.js';
import { onPageDateLine, onWireDateline } from './page-date-line.js';
import { frontedClause } from './fronted-clause.js';
import { reportingAlternation } from './reporting-verbs.js';
import { lowerBound } from '../../core/lower-bound.js';

const FINDERS = [findDates, findPeriods, findRelative, findDurations, findClock, findRefs, findWeeks, findSpelled, findFeasts];
/** A saying near a weekday, "today" or "yesterday" (case as written, as the list's words are lower case). */
const REPORTING = new RegExp(`\\b(?:${reportingAlternation('near')})\\b`);
const REPORTING_RULE = /^relative\.(?:weekday|today|yesterday)/;
/** Days a fronted speech frame may date ("Speaking at a briefing this afternoon, she said …"). */
const FRAME_RULE = /^relative\.(?:weekday|today|yesterday|part-of-day)/;
/** A day named as the day last told ("earlier in the day", "later in the day"). */
const SAME_DAY_RULE = /^relative\.earlier-today$/;
/** "that evening", "that night": a part of the day counted from the day last named. */
const THAT_POD = /^that\s/i;
/** Values computed from the reference must not become the reference (no double shifts). */
const NO_REF_UPDATE = /^anaphor\.(?:later-earlier|same-period-last-year|year-earlier|the-unit|same-unit)$|^relative\.ago$/;
/** "this/next/last week|month" as it resolves from publication: the unit and the step. */
const DEICTIC_UNIT = /^(this|next|last)\s+(week|month)$/i;
/** A reporting verb between a saying's day and the reported clause ("On March 28, the minister said …"). */
const REPORT_VERB = new RegExp(`\\b(?:${reportingAlternation('deixis')})\\b`, 'i');
/**
 * "On March 28, the minister said talks would resume next month", read on April 10: the speaker's "next month" is
 * counted from the day the text says it was said (April), not from publication (May). Only a day of saying named
 * before it in its sentence (governed by a reporting verb, or a fronted "On March 28," before one), before
 * publication, moves a plain deictic week or month.
 */
function sayingDayDeixis(text: string, cands: readonly Cand[], resolved: (Resolved | undefined)[], anchor: Ymd): void {
  // One forward pass: the last full day seen in the current sentence (reset at each sentence end), and the reporting
  // verbs' positions found once, so a long text of "next month"s costs linear time, not a walk back per mention.
  const verbs: [number, number][] = [];
  for (const m of text.matchAll(REPORT_VERB_ALL)) verbs.push([m.index!, m.index! + m[0].length]);
  let last = -1; let scanned = 0; let lastEnd = -1;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!; const r = resolved[i];
    if (c.start > scanned) { const e = lastSentenceEndIn(text, scanned, c.start); if (e >= 0) lastEnd = e; scanned = c.start; }
    if (last >= 0 && lastEnd >= cands[last]!.end) last = -1;
    const j = last;
    if (r && /^\d{4}-\d{2}-\d{2}$/.test(r.value)) last = i;
    if (j < 0 || !r || c.rule !== 'relative.unit') continue;
    const m = DEICTIC_UNIT.exec(text.slice(c.start, c.end));
    if (!m) continue;
    const unit = m[2]!.toLowerCase() === 'week' ? 'W' : 'M';
    const off = { this: 0, next: 1, last: -1 }[m[1]!.toLowerCase() as 'this' | 'next' | 'last'];
    if (r.value !== relativeUnit({ anchor } as Ctx, unit, off)) continue;
    // the nearest full day before it in its sentence
    const d = cands[j]!;
    const head = text.slice(d.end, Math.min(c.start, d.end + 80));
    const fronted = /(?:^|[.!?\n]\s*)(?:On\s+)?$/.test(text.slice(Math.max(0, d.start - 6), d.start)) && reportFirstVerb(head);
    if (!fronted && !(sayingDay(text, d.start, d.end) && verbWithin(verbs, Math.max(0, d.start - 40), c.start))) continue;
    if (resolved[j]!.value >= fmtDate(anchor)) continue;
    r.value = relativeUnit({ anchor: parseYmd(resolved[j]!.value)! } as Ctx, unit, off);
  }
}
/** After a fronted day ("On March 28, the minister said", comma optional): the subject's words, then the reporting verb. */
const FRONTED_REPORT = new RegExp(String.raw`^[ \t]*,?[ \t]+((?:[A-Za-z'’.-]+,?[ \t]+){0,8}?)${REPORT_VERB.source}`, 'i');
/** A word that makes a verb or a new clause before the reporting verb ("the plant closed and officials said"). */
const CLAUSE_WORD = /^(?:and|but|or|was|were|is|are|has|have|had|will|would|could|can|may|might|did|does|do|who|which)$/i;
const NOT_PAST_ED_WORDS = readWordSet('time-not-past-ed.txt');
const IRREGULAR_PAST_WORDS: ReadonlySet<string> = new Set(IRREGULAR_PAST_CUES.map((w) => w.toLowerCase()));
/** The first verb of the clause after a fronted day is a reporting verb: no other verb or clause word comes before it. */
function reportFirstVerb(head: string): boolean {
  const m = FRONTED_REPORT.exec(head);
  if (!m) return false;
  return m[1]!.split(/[\s,]+/).filter(Boolean).every((w) => {
    const l = w.toLowerCase();
    return !CLAUSE_WORD.test(l) && !IRREGULAR_PAST_WORDS.has(l) && !(l.length > 4 && l.endsWith('ed') && !NOT_PAST_ED_WORDS.has(l));
  });
}
const REPORT_VERB_ALL = new RegExp(REPORT_VERB.source, 'gi');
/** Some reporting verb (of `verbs`, sorted [start, end) spans) lies wholly within [from, to). */
function verbWithin(verbs: readonly (readonly [number, number])[], from: number, to: number): boolean {
  const lo = lowerBound(verbs.length, (m) => verbs[m]![0] < from);
  return lo < verbs.length && verbs[lo]![1] <= to;
}

/**
 * "midnight" is the end of its day (T24:00, as TimeBank writes "midnight Friday"), but the midnight an event came
 * after in a past clause is the start of the day told ("Tehran informed him shortly after midnight", "a session that
 * ran past midnight": that day's T00:00), and a change "from midnight" starts the next day (T00:00 of the day after,
 * the same instant as T24:00, as the news gold writes it).
 */
function midnightStart(text: string, c: Cand, r: Resolved | undefined, tense: Ctx['tense']): void {
  if (!r || (c.rule !== 'clock.named' && c.rule !== 'clock.named+day') || !r.value.endsWith('T24:00') || !/^\d{4}-\d{2}-\d{2}T/.test(r.value)) return;
  const before = text.slice(Math.max(0, c.start - 12), c.start).toLowerCase();
  if (/\b(?:after|past)\s+$/.test(before) && tense(c.start, c.end) === 'PAST') {
    if (/past\s+$/.test(before) && !pastMidnightAfter(text, c.start, c.end)) return;
    r.value = `${r.value.slice(0, 10)}T00:00`;
  } else if (/\bfrom\s+$/.test(before)) {
    // "talks went on from midnight until dawn on Tuesday": a stretch told from the midnight that opens the day
    // (its T00:00); only a change starting from midnight ("the ban applies from midnight on Friday") is the next day's
    if (FROM_UNTIL.test(text.slice(c.end, c.end + 40))) r.value = `${r.value.slice(0, 10)}T00:00`;
    else r.value = `${fmtDate(addDays(parseYmd(r.value.slice(0, 10))!, 1))}T00:00`;
  }
}
/** "from midnight until dawn", "from midnight to 5 a.m.": the midnight opens a stretch told with its end. */
const FROM_UNTIL = /^[ \t]*(?:until|till|to|through|and)\b/i;

/** "… and resumed", "… but was halted": a coordinated clause with a past verb of its own (between a clock and a later day). */
const COORDINATED_VERB = /\b(?:and|but)\s+(?:then\s+|later\s+|(?:was|were)\s+)?[a-z]{2,}ed\b/;

/** A day's part-of-day suffix ("2024-03-30TEV" → 'EV'). */
const POD_SUFFIX = /^\d{4}-\d{2}-\d{2}T(MO|AF|EV|NI)$/;
/** The written clock ("6:15 p.m.", "18:15") falls within the hours of a part of the day ('EV'). */
function clockInPart(clock: string, pod: string): boolean {
  const m = clockMinutes(clock); const h = PART_OF_DAY_HOURS[pod];
  return m !== undefined && h !== undefined && m >= h[0] * 60 && m < h[1] * 60;
}
/**
 * A day named two or more days before the story's day is background ("the strike that killed him last Friday",
 * "the August 8 election"); the day before it still tells the story (the fire on Monday night, reported Tuesday).
 */
/** Words that open a subordinate or relative clause ("at which the stock closed on Friday", "after it fell on Friday"). */
const SUBORDINATE_RE = /\b(?:which|who|whom|whose|where|when|that|after|before|since|because|while|although|though|until|as)\b/i;
/**
 * The day named at `pos` is told inside a subordinate or relative clause: a word opening one between the start of its
 * clause (a sentence end, a line break, a comma or a semicolon) and the day ("…, a fraction of the price at which the
 * stock closed on Friday"), not the main clause's time ("The unrest began on Thursday, when …"). Code review r1,
 * finding 5.
 */
function dayInSubordinate(text: string, pos: number): boolean {
  const lead = text.slice(Math.max(0, pos - 200), pos);
  const cut = Math.max(lead.lastIndexOf('\n'), lead.lastIndexOf(','), lead.lastIndexOf(';'), lead.search(/[.!?]\s[^.!?]*$/));
  return SUBORDINATE_RE.test(cut >= 0 ? lead.slice(cut + 1) : lead);
}

function olderBackground(day: string, storyDay: string): boolean {
  const a = parseYmd(day); const b = parseYmd(storyDay);
  return a !== undefined && b !== undefined && diffDays(b, a) >= 2;
}
/** How far into the text the story's day may be named (the headline and the lead paragraph). */
const STORY_LEAD = 600;
const DATELINE_RULES = /^date\.(?:month-day|day-month|iso|numeric)$/;

/** Every candidate span in the text, before overlap resolution. */
export function findCandidates(text: string): Cand[] {
  const out: Cand[] = [];
  for (const f of FINDERS) f(text, out);
  return out;
}

/** Numeric date order from the outlet when we know its habit ("AP" → month-first, "BBC" → day-first). */
function outletDayFirst(outlet: string | undefined): boolean | undefined {
  if (!outlet) return undefined;
  const o = ` ${outlet.toLowerCase().replace(/[^a-z0-9.]+/g, ' ')} `;
  const has = (w: string): boolean => o.includes(` ${w} `);
  if (has('ap') || MONTH_FIRST_OUTLETS.some(has)) return false;
  if (DAY_FIRST_OUTLETS.some(has)) return true;
  return undefined;
}

/** Day-first when the text itself writes "10 September" more often than "September 10". */
function inferDayFirst(cands: readonly Cand[]): boolean | undefined {
  let dm = 0; let md = 0;
  for (let i = 0; i < cands.length; i++) { const r = cands[i]!.rule; if (r === 'date.day-month') dm++; else if (r === 'date.month-day') md++; }
  return dm > md ? true : md > dm ? false : undefined;
}

/**
 * A `range` for vague references, from the anchor: "now" is the publication day, "recently" the month
 * before it, "in recent weeks" the previous month, "hours ago" the day before. Open-ended ones ("the past",
 * "years ago") get none.
 */
const RECENT_DAYS: Record<string, number> = { D: 7, W: 30, M: 180, Q: 365, Y: 1095 };
function vagueRange(c: Cand, t: TimeExpr, a: Ymd): { from: string; to: string } | undefined {
  const day = fmtDate(a);
  if (t.value === 'PRESENT_REF') return { from: day, to: day };
  if (t.value === 'PAST_REF') {
    if (c.rule === 'ref.recently' || c.rule === 'ref.lately') return { from: fmtDate(addDays(a, -30)), to: day };
    if (c.rule === 'ref.recent-units') {
      const u = /(day|week|month|quarter|year)s?$/i.exec(t.text)?.[1]?.toLowerCase();
      const n = u ? RECENT_DAYS[{ day: 'D', week: 'W', month: 'M', quarter: 'Q', year: 'Y' }[u]!] : undefined;
      return n ? { from: fmtDate(addDays(a, -n)), to: day } : undefined;
    }
    if (c.rule === 'relative.ago' && /\b(?:hours?|minutes?|seconds?)\b/i.test(t.text)) return { from: fmtDate(addDays(a, -1)), to: day };
  }
  if (t.value === 'FUTURE_REF' && c.rule === 'ref.very-soon') return { from: day, to: fmtDate(addDays(a, 7)) };
  return undefined;
}

const WEEKDAY_RULE = /^relative\.weekday/;
/** "Friday and Saturday", "from Monday to Wednesday", "Monday or Tuesday": between two weekdays. */
const COORDINATION = /^\s*,?\s*(?:and|or|to|through|thru|until|till|-|–)\s+(?:on\s+)?$|^\s*[-–]\s*$/i;

/** A weekday's own relative word ("last Friday", "this Monday", "following Tuesday"). */
const OWN_RELATIVE_WORD = /^(?:last|next|this|past|coming|previous|following)\b/i;

/** A week named after a range in its clause ("from Monday to Friday this week"): the range is in that week. */
const WEEK_AFTER = /^[^.;!?\n]{0,40}?\b(?:this|that|the same|last|next|past|previous|coming|following) week\b/i;

/** Between two weekdays, a word that makes them a range's ends. */
const RANGE_BETWEEN = /^\s*(?:to|through|thru|until|till|-|–)\s+(?:on\s+)?$|^\s*[-–]\s*$/i;

/**
 * A weekday coordinated with the weekday before it follows that one ("open on Friday and Saturday": the
 * Saturday after that Friday), whatever tense each would get alone.
 */
function followCoordinated(text: string, prev: Cand, pr: Resolved | undefined, c: Cand, r: Resolved, pastAnchor?: string): void {
  if (!pr || !WEEKDAY_RULE.test(prev.rule) || !/^\d{4}-\d{2}-\d{2}/.test(pr.value) || !/^\d{4}-\d{2}-\d{2}/.test(r.value)) return;
  if (c.start - prev.end > 20 || !COORDINATION.test(text.slice(prev.end, c.start))) return;
  const p = parseYmd(pr.value.slice(0, 10))!;
  const own = parseYmd(r.value.slice(0, 10))!;
  // Listed in week order only ("Friday and Saturday", "Sunday and Monday"; not "Friday and Thursday"); a range word
  // ("from Monday to Friday", "Tuesday through Saturday") always runs forward, however far
  if ((isoWeekday(own) - isoWeekday(p) + 7) % 7 > 3 && !RANGE_BETWEEN.test(text.slice(prev.end, c.start))) return;
  const next = stepToWeekday(p, isoWeekday(own), 1);
  // "Prices rose from Monday to Friday" read on a Wednesday: a range told in the past ends by publication, so it is
  // the week before's (its start moves back with it); not when a week is named after it in its clause ("Schools were
  // closed from Monday to Friday this week": that week's days, whatever the tense)
  if (pastAnchor !== undefined && fmtDate(next) > pastAnchor && RANGE_BETWEEN.test(text.slice(prev.end, c.start))
    && /^\d{4}-\d{2}-\d{2}$/.test(pr.value) && !OWN_RELATIVE_WORD.test(text.slice(prev.start, prev.end))
    && !WEEK_AFTER.test(text.slice(c.end, c.end + 60))) {
    pr.value = fmtDate(addDays(p, -7));
    r.value = fmtDate(addDays(next, -7)) + r.value.slice(10);
    return;
  }
  r.value = fmtDate(next) + r.value.slice(10);
}

/**
 * "Today" quoted from a speaker in a report published a day or two after the story's day was said on that day
 * ('"Today is not the end of the peace process," Kenyatta said' of a deal signed the day before publication): the
 * story's day. Outside quotation marks, or when the story is the publication day's, it stays the publication day.
 * (te3-silver's automatic gold values three mid-sentence quoted "today"s of a Wednesday hearing as the Thursday DCT.)
 */
function quotedToday(text: string, c: Cand, r: Resolved, storyDay: string, anchor: Ymd): void {
  const pub = fmtDate(anchor);
  if (r.value.slice(0, 10) !== pub || storyDay >= pub || diffDays(anchor, parseYmd(storyDay)!) > 2) return;
  if (!insideQuotation(text, c.start, 600)) return;
  // Only a "today" that names the day itself: opening its sentence ("Today is not the end") or possessive ("today's
  // verdict"); inside a sentence it is often the present at large ("we need some additional funds today").
  if (!/['’]s$/.test(text.slice(c.start, c.end)) && !/^['’]s\b/.test(text.slice(c.end, c.end + 3)) && !atSentenceStart(text, c.start)
    && !/["“]\s*$/.test(text.slice(Math.max(0, c.start - 3), c.start))) return;
  // A quotation closed within a word ('NBC's "Today" show', 'the "today generation"') is a name or a term, not speech.
  const close = quoteCloseAfter(text, c.end);
  if (close >= 0 && /^(?:['’]s)?[,.!?]?\s*(?:[A-Za-z-]+[,.!?]?\s*)?$/.test(text.slice(c.end, close))) return;
  // The attribution's own day says when it was said: 'Kenyatta told reporters on Wednesday: "Today …"', '"Today is a
  // new day," a spokesman said in a statement released today'.
  const said = attributionDay(text, c.start, close, anchor);
  r.value = (said ?? storyDay) + r.value.slice(10);
}

/** The closing quotation mark after `pos` in its paragraph (at most 600 characters on), or -1. */
function quoteCloseAfter(text: string, pos: number): number {
  for (let i = pos; i < text.length && i - pos <= 600; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) return -1;
    if (ch === 34 || ch === 0x201d) return i;
  }
  return -1;
}

const ATTR_DAY = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\b/;
/**
 * The day named in the attribution of the quotation holding `pos`: in its sentence before the opening mark, or after
 * the closing mark `close` up to the sentence end, outside quotation marks. A weekday is the last such day up to
 * publication; "today" the publication day, "yesterday" the day before. Undefined when none is named.
 */
function attributionDay(text: string, pos: number, close: number, anchor: Ymd): string | undefined {
  let open = pos - 1;
  while (open >= 0 && pos - open <= 600 && text.charCodeAt(open) !== 10 && !(text.charCodeAt(open) === 34 || text.charCodeAt(open) === 0x201c)) open--;
  const lead = text.slice(Math.max(0, open - 160), Math.max(0, open));
  const cut = Math.max(lead.lastIndexOf('. '), lead.lastIndexOf('\n'), lead.lastIndexOf('? '), lead.lastIndexOf('! '), lead.lastIndexOf('"'), lead.lastIndexOf('”'));
  let outside = cut >= 0 ? lead.slice(cut + 1) : lead;
  if (close >= 0) {
    const tail = text.slice(close + 1, close + 200);
    const end = /[.!?](?:\s|$)|\n|["“]/.exec(tail);
    outside += ' ' + (end ? tail.slice(0, end.index) : tail);
  }
  const m = ATTR_DAY.exec(outside);
  if (!m) return undefined;
  const w = m[1]!.toLowerCase();
  if (w === 'today') return fmtDate(anchor);
  if (w === 'yesterday') return fmtDate(addDays(anchor, -1));
  const wd = weekdayNumber(w)!;
  return fmtDate(isoWeekday(anchor) === wd ? anchor : stepToWeekday(anchor, wd, -1));
}

/** "June 3, a Tuesday", "on May 20, which is a Friday": a weekday apposed to a full date. */
const APPOSED_WEEKDAY = /^\s*,\s*(?:a|which\s+is\s+a|which\s+falls\s+on\s+a)\s+$/i;

/** A weekday apposed to a full date names that date's day of the week: it is that date, not one near publication. */
function followApposed(text: string, prev: Cand, pr: Resolved | undefined, c: Cand, r: Resolved, anchor: Ymd | undefined): void {
  if (!pr || !/^\d{4}-\d{2}-\d{2}$/.test(pr.value) || !/^\d{4}-\d{2}-\d{2}$/.test(r.value)) return;
  if (c.start - prev.end > 30 || !APPOSED_WEEKDAY.test(text.slice(prev.end, c.start))) return;
  const wd = isoWeekday(parseYmd(r.value)!);
  const date = parseYmd(pr.value)!;
  // "The vote was on June 4, a Tuesday": when the year was guessed and its June 4 is no Tuesday, the year before or
  // after whose June 4 is a Tuesday is meant (the date moves too); with a year written, or none fitting, the weekday
  // still is that date, never a day near publication.
  if (isoWeekday(date) !== wd && !/\b\d{4}\b/.test(text.slice(prev.start, prev.end))) {
    for (const dy of [1, -1]) {
      const alt = { y: date.y + dy, m: date.m, d: date.d };
      if (alt.m === 2 && alt.d === 29) continue;
      // (a date guessed ahead of publication stays ahead: a plan is not moved into the past)
      if (isoWeekday(alt) === wd && !(anchor && pr.value > fmtDate(anchor) && fmtDate(alt) < fmtDate(anchor))) { pr.value = fmtDate(alt); break; }
    }
  }
  r.value = pr.value;
}

/** A span's end right before a weekday: "more rain through Thursday", "closed until Monday". */
const SPAN_END_BEFORE = /\b(?:through|thru|until|till|into)\s+(?:on\s+)?$/i;

/**
 * The end of a span counted from a weekday named earlier in the sentence follows that day ("warned on
 * Monday of more rain through Thursday": the Thursday after that Monday), whatever the clause tense says.
 */
function followSpanEnd(text: string, prev: Cand, pr: Resolved | undefined, c: Cand, r: Resolved): void {
  if (!pr || !WEEKDAY_RULE.test(prev.rule) || !/^\d{4}-\d{2}-\d{2}/.test(pr.value) || !/^\d{4}-\d{2}-\d{2}/.test(r.value)) return;
  const between = text.slice(prev.end, c.start);
  if (between.length > 80 || /[.;!?\n]/.test(between) || !SPAN_END_BEFORE.test(between)) return;
  // "until last Friday", "through next Monday": the weekday's own word decides
  if (OWN_RELATIVE_WORD.test(text.slice(c.start, c.end))) return;
  const p = parseYmd(pr.value.slice(0, 10))!;
  const own = parseYmd(r.value.slice(0, 10))!;
  if (isoWeekday(own) === isoWeekday(p)) return;
  r.value = fmtDate(stepToWeekday(p, isoWeekday(own), 1)) + r.value.slice(10);
}

/**
 * Between a clock time and a later day: a comparison, after which the day is the compared figure's
 * (data/lexicon/time-compared-before-day.tsv; a phrase marked "figure" only before a digit or currency sign).
 */
const COMPARED_BEFORE_DAY = comparedBeforeDay();
function comparedBeforeDay(): RegExp {
  const alts = readDataRows(join(projectRoot, 'data', 'lexicon', 'time-compared-before-day.tsv')).map(([p, kind]) =>
    `\\b${phrasePattern(p!.trim().replace(/\s+/g, ' '))}${kind === 'figure' ? '\\s*(?=[\\d$€£¥])' : /\.$/.test(p!) ? '' : '\\b'}`);
  if (!alts.length) throw new Error('data/lexicon/time-compared-before-day.tsv: no phrases');
  return new RegExp(alts.join('|'), 'i');
}
const CLOCK_RANGE = /^\s*(?:to|until|till|through|and|-|–)\s*$/i;
const CLOCK_VALUE = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/;

/** "a curfew from 8 p.m. to 6 a.m.": the end of a clock range earlier than its start is the next morning. */
function overnightRange(text: string, a: Cand, ra: Resolved | undefined, b: Cand, rb: Resolved | undefined): void {
  // (a day glued to the later clock is its own, "to 6 a.m. Thursday"; one over "on" is the range's, as when it stood
  // alone: "a curfew from 8 p.m. to 6 a.m. on Thursday" ends the next morning)
  if (!ra || !rb || !a.rule.startsWith('clock.') || !b.rule.startsWith('clock.') || (b.rule.endsWith('+day') && !(b instanceof ClockDayCand && b.overOn))) return;
  if (!CLOCK_RANGE.test(text.slice(a.end, b.start))) return;
  const x = CLOCK_VALUE.exec(ra.value); const y = CLOCK_VALUE.exec(rb.value);
  if (!x || !y || x[1] !== y[1] || `${y[2]}${y[3]}` >= `${x[2]}${x[3]}`) return;
  rb.value = fmtDate(addDays(parseYmd(y[1]!)!, 1)) + rb.value.slice(10);
}

/** The clock at `pos` opens a parenthesis ("(2230 GMT Friday)"): a gloss (bounded look back over blanks). */
function glossOpenBefore(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && pos - i < 8 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  return i >= 0 && text.charCodeAt(i) === 40;
}

/** "(", "local time (": a gloss opening right after a clock time. */
const GLOSS_OPEN = /^[ \t]*\([ \t]*$/;
const WEEKDAY_WORD = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/;

/**
 * "due to land at 6.30am local time (2230 GMT Friday)": the weekday of a clock restating the one just told in
 * another zone is within a day of that clock's day (zones lie at most 14 hours apart), whatever the clause's tense
 * made of the weekday alone (here a week on). Only a weekday: a written date stays as written.
 */
function glossDayNear(text: string, a: Cand, ra: Resolved | undefined, b: Cand, rb: Resolved | undefined): void {
  if (!ra || !rb || !a.rule.startsWith('clock.') || !b.rule.endsWith('+day') || !GLOSS_OPEN.test(text.slice(a.end, b.start))) return;
  if (!WEEKDAY_WORD.test(text.slice(b.start, b.end))) return;
  const x = CLOCK_VALUE.exec(ra.value); const y = CLOCK_VALUE.exec(rb.value);
  if (!x || !y) return;
  const da = parseYmd(x[1]!)!; const db = parseYmd(y[1]!)!;
  const gap = diffDays(db, da);
  if (Math.abs(gap) <= 1) return;
  // the same weekday nearest the local clock's day: a whole number of weeks moved
  const moved = addDays(db, -7 * Math.round(gap / 7));
  if (Math.abs(diffDays(moved, da)) <= 1) rb.value = fmtDate(moved) + rb.value.slice(10);
}

/** A gloss's zone: the clock restated in universal time. */
const GLOSS_UTC = /\b(?:GMT|UTC)\b|\d\s*Z\b/;

/**
 * "at 7 a.m. local time (2300 GMT)": a universal-time gloss of a clock east of Greenwich that reads later than the
 * local clock is on the day before it ("9 p.m. EDT (0100 GMT)", west of it and earlier, the day after). Zones lie at
 * most 14 hours east and 12 west of GMT; when both readings fit (a 12- to 14-hour gap) the day is left alone. Only
 * a gloss with no day of its own, on the local clock's day.
 */
function glossCrossDay(text: string, a: Cand, ra: Resolved | undefined, b: Cand, rb: Resolved | undefined): void {
  if (!ra || !rb || !a.rule.startsWith('clock.') || !b.rule.startsWith('clock.') || b.rule.endsWith('+day') || !GLOSS_OPEN.test(text.slice(a.end, b.start))) return;
  if (!GLOSS_UTC.test(text.slice(b.start, b.end))) return;
  const x = CLOCK_VALUE.exec(ra.value); const y = CLOCK_VALUE.exec(rb.value);
  if (!x || !y || x[1] !== y[1]) return;
  const local = +x[2]! * 60 + +x[3]!; const utc = +y[2]! * 60 + +y[3]!;
  if (local === utc) return;
  const east = (local - utc + 1440) % 1440; // minutes the local zone is ahead, if east
  const west = 1440 - east; // minutes it is behind, if west
  const eastFits = east <= 14 * 60; const westFits = west <= 12 * 60;
  if (eastFits === westFits) return;
  const shift = eastFits ? (utc > local ? -1 : 0) : (utc < local ? 1 : 0);
  if (shift) rb.value = fmtDate(addDays(parseYmd(y[1]!)!, shift)) + rb.value.slice(10);
}

/** How far after a fronted clock time its sentence's day may be named. */
const FRONTED_REACH = 220;
/** A day of its own: a weekday, "yesterday", a calendar date (not a vague or computed one). */
const WEEKDAY_OR_DATE_RULE = /^relative\.(?:weekday|today)$|^date\.(?:month-day|day-month|iso|numeric)$/;
/** Words a fronted clock time may follow at its sentence's start ("At", "Shortly after", "At about"). */
const FRONTING = readWordSet('time-fronting-words.txt');

/** A clock time opening its sentence, with at most a few preposition-like words before it: "At 11:42 p.m., …". */
function frontedClock(text: string, s: number): boolean {
  let k = s;
  const stop = Math.max(0, s - 30);
  while (k > stop && /[A-Za-z\s]/.test(text[k - 1]!) && text[k - 1] !== '\n') k--;
  const words = text.slice(k, s);
  if (words.trim() && !(/\s$/.test(words) && words.trim().split(/\s+/).every((w) => FRONTING.has(w.toLowerCase())))) return false;
  return atSentenceStart(text, k + (words.length - words.trimStart().length));
}

/** Clock rules a live blog's time stamp is written with ("11:45 pm –", "21:05", "0845 GMT -"). */
const STAMP_RULE = /^clock\.(?:12h|24h|24h-dot|military)$/;

/**
 * A live blog told newest first ("11:45 pm – …", "10:20 pm – …", … "1:35 pm – …") whose stamps go back past
 * midnight: after the stamps drop from "00:40" to "11:50 pm" further down, the entries are the day before the one
 * above (the page's day is its newest entry's). Read only when the line-start stamps run newest first (at least
 * three, every step but the wraps going back in time) and only for stamps on the publication day.
 */
function reverseStampDays(text: string, cands: readonly Cand[], resolved: (Resolved | undefined)[], anchor: Ymd | undefined): void {
  if (!anchor) return;
  const pub = fmtDate(anchor);
  const at: number[] = [];
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!; const r = resolved[i];
    if (!r || !STAMP_RULE.test(c.rule) || !lineStartsWithClock(text, c.start)) continue;
    if (!CLOCK_VALUE.test(r.value)) continue;
    at.push(i);
  }
  if (at.length < 3) return;
  const minutes = (i: number): number => { const x = CLOCK_VALUE.exec(resolved[i]!.value)!; return +x[2]! * 60 + +x[3]!; };
  // a step past midnight goes from a morning stamp up to an afternoon or evening one (not a post pinned out of order
  // among the afternoon's)
  const wrap = (k: number): boolean => minutes(at[k - 1]!) < 720 && minutes(at[k]!) >= 720;
  let back = 0; let up = 0;
  for (let k = 1; k < at.length; k++) {
    const d = minutes(at[k]!) - minutes(at[k - 1]!);
    if (d < 0) back++; else if (d > 0) { if (!wrap(k)) return; up++; }
  }
  // newest first: every step goes back but the wraps past midnight, of which a page holds one or two at most
  if (up === 0 || up > 2 || back < 2 * up || back < 2) return;
  let shift = 0;
  for (let k = 1; k < at.length; k++) {
    if (minutes(at[k]!) > minutes(at[k - 1]!)) shift++; // (a wrap: checked above)
    const r = resolved[at[k]!]!;
    if (shift > 0 && r.value.startsWith(pub)) r.value = fmtDate(addDays(anchor, -shift)) + r.value.slice(10);
  }
}

/** A signal word's bound on a calendar point; not on vague references ("until recently", "after now"). */
function pointMod(c: Cand, r: Resolved): TimeMod | undefined {
  if (!c.signalMod || /_REF$/.test(r.value)) return undefined;
  return c.signalMod;
}

/** Nothing but spaces, bullets or a dash between the line start and `pos`: a time stamp's place. */
function lineStartsWithClock(text: string, pos: number): boolean {
  for (let i = pos - 1; i >= 0 && i >= pos - 12; i--) {
    const ch = text.charCodeAt(i);
    if (ch === 10) return true;
    if (ch !== 32 && ch !== 9 && ch !== 42 && ch !== 8226 && ch !== 45 && ch !== 8211 && ch !== 95 && ch !== 46) return false;
  }
  return pos <= 12 && text.slice(0, pos).trim() === '';
}

/** Words telling a later clock back in time (data/lexicon/time-overnight-backward.txt). */
const OVERNIGHT_BACKWARD = readWordSet('time-overnight-backward.txt');
/**
 * A told night: "At 11:45 p.m. the first tremor was felt. By 2 a.m., hundreds had fled." — an early-morning
 * clock time right after a late-evening one of the same day, both dated by the day last mentioned, is the
 * next morning. Only close by (300 characters) and with no date named in between.
 */
function overnightNarrative(text: string, a: Cand, ra: Resolved | undefined, b: Cand, rb: Resolved | undefined): void {
  if (!ra || !rb || b.rule.endsWith('+day') || b.start - a.end > 300) return;
  const x = CLOCK_VALUE.exec(ra.value); const y = CLOCK_VALUE.exec(rb.value);
  if (!x || !y || x[1] !== y[1] || +x[2]! < 20 || +y[2]! >= 7) return;
  if (CLOCK_RANGE.test(text.slice(a.end, b.start))) return; // a range: overnightRange's case
  // "17 hours after a gas leak was detected at 6 a.m.", "it had begun at 6 a.m.": the later clock is told back in time
  // (a bound right before the clock is its own: "was contained before 2 a.m." goes on past midnight)
  const between = text.slice(a.end, b.start).replace(/\b[a-z]+\s+(?:(?:about|around|roughly|some|at)\s+)*$/i, ' ');
  if (/\bhad\s+(?!to\b)[a-z]/i.test(between) || between.toLowerCase().split(/[^a-z]+/).some((w) => OVERNIGHT_BACKWARD.has(w))) return;
  rb.value = fmtDate(addDays(parseYmd(y[1]!)!, 1)) + rb.value.slice(10);
}

/**
 * A sentence end in text[from, to): "!", "?", a newline, or a full stop before a space — but not the dots of
 * "a.m."/"p.m."/"U.S." (after a single letter) nor of a month or weekday abbreviation ("Sept.", "Tues."), so
 * "at 10:15 a.m. and 11 a.m. on Sept. 5" still joins the clock times to their day. Read without cutting a
 * string (this runs per clock time).
 */
function sentenceEndIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (sentenceEndAt(text, i)) return true;
  return false;
}
/** The position of the last sentence end in [from, to) (as sentenceEndIn reads one), or -1. */
function lastSentenceEndIn(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (sentenceEndAt(text, i)) return i;
  return -1;
}
/** The character at i ends a sentence: "!", "?", a line break, or a full stop before a blank that is no abbreviation's. */
function sentenceEndAt(text: string, i: number): boolean {
  const ch = text.charCodeAt(i);
  if (ch === 33 || ch === 63 || ch === 10) return true;
  return ch === 46 && (i + 1 >= text.length || isBlank(text.charCodeAt(i + 1))) && !abbreviationDot(text, i);
}
const isBlank = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;
const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** The dot at `i` closes a one-letter abbreviation ("a.m.", "U.S.") or a month or weekday abbreviation. */
function abbreviationDot(text: string, i: number): boolean {
  let j = i;
  while (j > 0 && isAsciiLetter(text.charCodeAt(j - 1))) j--;
  const n = i - j;
  // "U.S.", "a.m." (a letter after a dot): an initialism; "p.m. Later, …" after a lone letter ends a sentence
  if (n === 1) {
    return j > 0 && text.charCodeAt(j - 1) === 46 ? !FUNCTION_WORD_AFTER.test(text.slice(i + 1, i + 12))
      : (j === 0 || !isAsciiLetter(text.charCodeAt(j - 1))) && !sentenceStartsAfter(text, i + 1);
  }
  return n >= 3 && n <= 5 && DATE_ABBREVIATIONS.has(text.slice(j, i).toLowerCase());
}
/**
 * A capitalised word in lower case after `pos` that names no day or month: "… at 9 p.m. Later, police …" ends
 * the sentence at "p.m."; "9 p.m. Tuesday", "8 p.m. EDT", "p.m. U.S. time" do not.
 */
function sentenceStartsAfter(text: string, pos: number): boolean {
  let k = pos;
  while (k < text.length && isBlank(text.charCodeAt(k))) k++;
  const c0 = text.charCodeAt(k);
  const c1 = text.charCodeAt(k + 1);
  if (!(c0 >= 65 && c0 <= 90) || !(c1 >= 97 && c1 <= 122)) return false;
  let e = k + 2;
  while (e < text.length && isAsciiLetter(text.charCodeAt(e))) e++;
  return !DAY_WORDS.test(text.slice(k, e));
}
/** A sentence's first word after an initialism: "… in the U.S. The talks began …". */
const FUNCTION_WORD_AFTER = /^\s+(?:The|A|An|He|She|It|They|We|I|But|And|In|On|At|This|That|These|Those|His|Her|Their|Its|There|When|While|After|Before)\b/;
const DAY_WORDS = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|^(?:January|February|March|April|May|June|July|August|September|October|November|December)$|^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)$/;
const DATE_ABBREVIATIONS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun']);

export interface TagOptions { anchorDate?: string; sentences?: NlpDoc['sentences']; trace?: string[]; outlet?: string }

/** Tags a text; returns the times and the anchor used (a dateline date when none was given). */
export function tagTimes(text: string, opts: TagOptions = {}): { times: TimeExpr[]; anchor?: string } {
  const all = findCandidates(text);
  refineSignals(text, all);
  const cands = mergeClockDay(text, selectCandidates(text, all));
  let anchor: Ymd | undefined = opts.anchorDate ? parseYmd(opts.anchorDate) : undefined;
  const tense = makeTense(text, opts.sentences ?? []);
  const ctx: Ctx = { text, anchor, tense, dayFirst: outletDayFirst(opts.outlet) ?? inferDayFirst(all) };
  // No publication date: a full date in the dateline (first ~300 characters) anchors the document.
  if (!anchor) {
    for (const c of cands) {
      if (c.start > 300) break;
      if (!DATELINE_RULES.test(c.rule)) continue;
      const r = c.resolve(ctx, c);
      // (an ISO date with its clock, "2024-03-05T10:32:00Z", dates the document as well)
      if (r && /^\d{4}-\d{2}-\d{2}(?:T|$)/.test(r.value)) { anchor = parseYmd(r.value.slice(0, 10)); break; }
    }
    if (anchor) (ctx as { anchor?: Ymd }).anchor = anchor;
  }
  const resolved: (Resolved | undefined)[] = new Array(cands.length);
  const lastDayAt: (string | undefined)[] = new Array(cands.length);
  let lastDayPos = -1;
  // The last day that is not a day of saying ("the fire on Monday", not "police said Wednesday"), for clock times.
  const saying: boolean[] = new Array(cands.length).fill(false);
  let eventDay: string | undefined; let eventDayPos = -1; let lastSaying = false;
  // The part of the day named with the last day and with the events' day ("Saturday evening": 'EV'; "late on
  // Friday": 'END'), if any.
  let lastDayPod: string | undefined; let eventDayPod: string | undefined;
  // The story's day: the first day the lead names that is not a day of saying nor after publication ("Iran launched
  // missiles early on Wednesday", "was yesterday declared the winner"). A clock time told in the past with no day of
  // its own nearby, or after only an older background day ("… the strike that killed Soleimani last Friday. The
  // missiles struck at about 1:30 a.m."), is on the story's day rather than on the publication day.
  let storyDay: string | undefined;
  // The nouns naming the story's event at its day ("Friday night's earthquake"), for a later "The … quake struck at …".
  let storyNouns: string[] = [];
  // Where the story's day was named and the part of the day named with it ("late on Friday": END; "Friday night": NI).
  let storyDayPos = -1; let storyDayPod: string | undefined;
  // Pass 1: everything but clock times, in reading order, tracking the reference date for anaphora.
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    // A clock time joined to its day over "on" ("at 7am on Monday"): the clock waits for pass 2, its day is tracked
    // here as the day it was when the two were separate times (for "the previous day", "that evening" and later
    // clock times). A day glued to a clock ("(2230 GMT Friday)", a gloss's own day) is not tracked, as before.
    let day0: Cand | undefined;
    if (c.rule.startsWith('clock.')) {
      // The last day mentioned carries over to a bare clock time only within the paragraph and nearby
      // ("___. 4:30 p.m. Clinton says …" in a live blog is the publication day).
      // (bounded look: never scan back further than 400 characters)
      const stamp = atSentenceStart(text, c.start) && /^\s+[A-Z]/.test(text.slice(c.end, c.end + 3));
      // A saying day dates the report: the events' own day named nearby before it is the clock time's day.
      const skip = lastSaying && eventDay !== undefined && c.start - eventDayPos < 400;
      const day = skip ? eventDay : ctx.lastDay; const dayPos = skip ? eventDayPos : lastDayPos;
      let near = day !== undefined && c.start - dayPos < 400 && !stamp;
      // Across a paragraph break only a told past carries the day on ("… late on Tuesday.\n\nAt 11:45 p.m.,
      // the first tremor was felt"): not a line that starts with the clock (a live blog's time stamp), not a
      // present or future clause ("The curfew starts at 8 p.m."), not a day after publication.
      // (a clause looking ahead from a past saying, "he said he would impose a curfew from 10 p.m.", is told past)
      const told = tense(c.start, c.end) === 'PAST' || reportedAhead(text, c.start);
      if (near && text.slice(dayPos, c.start).includes('\n')) {
        near = !lineStartsWithClock(text, c.start) && told
          && (anchor === undefined || day! <= fmtDate(anchor));
      }
      lastDayAt[i] = near ? day : undefined;
      // "On Saturday evening, protesters gathered. … The first blast was heard at 6:15 p.m.", "The fire broke out late
      // on Friday. Firefighters were called at 10:15 p.m.": a clock within the part of the day named with the day
      // before it is that day's, however older than the story's day it is
      const pod = skip ? eventDayPod : lastDayPod;
      const inPart = near && pod !== undefined && clockInPart(text.slice(c.start, c.end), pod);
      if (storyDay !== undefined && !stamp && !lineStartsWithClock(text, c.start) && told
        && (!near || (olderBackground(day!, storyDay) && sentenceEndIn(text, dayPos, c.start) && !inPart))) {
        // a later event day told since ("A fire broke out on Tuesday. … The fire started at about 1:30 a.m."), not
        // after publication and within three days of the story's day (the story going on), is the story's day by
        // now; a day months on is another strand ("shot to death last Oct. 23 … The rifle was discovered April 8 …
        // was shot to death at 10 p.m.": October 23, TimeBank)
        lastDayAt[i] = eventDay !== undefined && eventDay > storyDay && (anchor === undefined || eventDay <= fmtDate(anchor))
          && diffDays(parseYmd(eventDay)!, parseYmd(storyDay)!) <= 3 ? eventDay : storyDay;
      }
      // "Friday night's earthquake … up from 2,012 yesterday evening. … The magnitude 6.8 quake struck at 23:11": a
      // definite mention of the event the story's day was named with takes the clock back to that day in a told past
      if (storyDay !== undefined && lastDayAt[i] !== undefined && lastDayAt[i] !== storyDay && !stamp
        && !lineStartsWithClock(text, c.start) && tense(c.start, c.end) === 'PAST'
        && (anchor === undefined || lastDayAt[i]! <= fmtDate(anchor)) && lastDayAt[i]! > storyDay && diffDays(parseYmd(lastDayAt[i]!)!, parseYmd(storyDay)!) <= 3
        && definiteMentionBefore(text, c.start, storyNouns)) lastDayAt[i] = storyDay;
      // "Gunmen attacked a school late on Friday, and hundreds were missing on Saturday, police said. … They stormed it
      // at about 9:40 p.m.": a clock in a told past, in the part of the day the story's day was named with, is that
      // day's, when the lead went on to the next day in the same sentence (the state the story is told at) and the clock
      // is in a later sentence of its own (not when the next day was named with a part the clock is in as well: "…
      // Tuesday night's earthquake, up from 2,012 yesterday evening. The rescue teams arrived at 11:11 p.m."; nor when
      // the clock's sentence takes up the subject of the next day's clause, telling what they did on: "… late on
      // Friday, and troops reached it on Saturday. The troops killed 12 attackers at about 10 p.m." stays Saturday)
      if (storyDay !== undefined && storyDayPod !== undefined && lastDayAt[i] !== undefined && lastDayAt[i] === day && day !== storyDay && !inPart
        && dayPos > storyDayPos && !sentenceEndIn(text, storyDayPos, dayPos) && sentenceEndIn(text, dayPos, c.start)
        && !stamp && !lineStartsWithClock(text, c.start) && tense(c.start, c.end) === 'PAST'
        && diffDays(parseYmd(day!)!, parseYmd(storyDay)!) === 1 && clockInPart(text.slice(c.start, c.end), storyDayPod)
        && !definiteMentionBefore(text, c.start, clauseSubjectNouns(text, storyDayPos, dayPos))) lastDayAt[i] = storyDay;
      // A clock in a clause looking ahead from a saying ("the mayor said a curfew would start at 10 p.m.") is not
      // before the saying: not before a saying day named in its sentence ("said on Tuesday"), and with no day in its
      // sentence not on a day more than one before publication (an undated "said" is told that day or the day before)
      if (lastDayAt[i] !== undefined && tense(c.start, c.end) !== 'PAST' && reportedAhead(text, c.start)) {
        const sameSentence = ctx.lastDay !== undefined && lastDayPos >= 0 && !sentenceEndIn(text, lastDayPos, c.start);
        if (sameSentence) { if (lastSaying && ctx.lastDay! > lastDayAt[i]!) lastDayAt[i] = ctx.lastDay; }
        else if (anchor !== undefined && diffDays(anchor, parseYmd(lastDayAt[i]!)!) > 1) lastDayAt[i] = undefined;
      }
      // "Residents were evacuated on Sunday. A curfew is in force from 1800 hours.": a clock told in the present, with
      // no past cue and no day in its sentence, is the publication day's, not the past day named before
      if (lastDayAt[i] !== undefined && anchor !== undefined && lastDayAt[i]! < fmtDate(anchor) && !(c instanceof ClockDayCand)
        && (lastDayPos < 0 || sentenceEndIn(text, lastDayPos, c.start)) && tense(c.start, c.end) !== 'PAST'
        && presentClockClause(text, c.start)) lastDayAt[i] = undefined;
      // A day glued to its clock ("opened fire at 9 p.m. Saturday. Officers arrived at 9:07 p.m.") is the day last
      // named, as one over "on" is; not a gloss's day ("6.30am local time (2230 GMT Friday)"), which restates a clock
      if (!(c instanceof ClockDayCand) || (!c.overOn && glossOpenBefore(text, c.start))) continue;
      day0 = c.b;
    }
    const d = day0 ?? c;
    // "… at which its stock closed on Friday.\n\n… told a news conference that evening": "that evening" in a told past,
    // a paragraph or more after a background day two or more days older than the story's day, is the story's day's
    // (as a clock time there is); within the paragraph the day just named is meant ("fell on Friday. That evening …"),
    // and so is one told as its main clause's time ("The unrest began on Thursday, …": review r1, finding 5)
    const backToStory = !day0 && storyDay !== undefined && ctx.lastDay !== undefined && c.rule === 'relative.part-of-day'
      && THAT_POD.test(text.slice(c.start, c.end)) && olderBackground(ctx.lastDay, storyDay)
      && text.slice(lastDayPos, c.start).includes('\n') && tense(c.start, c.end) === 'PAST' && dayInSubordinate(text, lastDayPos);
    const keptDay = ctx.lastDay;
    if (backToStory) ctx.lastDay = storyDay;
    const r = day0 ? (c as ClockDayCand).resolveDay(ctx) : c.resolve(ctx, c);
    if (backToStory) ctx.lastDay = keptDay;
    if (!day0) resolved[i] = r;
    if (!r) continue;
    if (storyDay !== undefined && anchor !== undefined && c.rule === 'relative.today') quotedToday(text, c, r, storyDay, anchor);
    if (!day0 && WEEKDAY_RULE.test(c.rule) && i > 0) {
      const before = resolved[i - 1]?.value;
      followCoordinated(text, cands[i - 1]!, resolved[i - 1], c, r,
        anchor !== undefined && tense(c.start, c.end) === 'PAST' ? fmtDate(anchor) : undefined);
      // (a range moved back a week moves the days read from its start with it)
      if (before !== undefined && resolved[i - 1]!.value !== before) {
        if (storyDay === before) storyDay = resolved[i - 1]!.value;
        if (eventDay === before) eventDay = resolved[i - 1]!.value;
      }
      followSpanEnd(text, cands[i - 1]!, resolved[i - 1], c, r);
      followApposed(text, cands[i - 1]!, resolved[i - 1], c, r, anchor);
    }
    if (r.type !== 'DATE' && r.type !== 'TIME') continue;
    // "Published: 2024-04-03" atop the page: when the page was written, not a day the story tells (else every clock
    // time told of "Saturday night" further down would be counted from the page's date as the story's day). Only the
    // publication date itself: a date line that disagrees with it is the better anchor for what follows.
    // (a wire dateline's date likewise: "KANO, Nigeria, Dec 12 (Reuters) - Gunmen attacked … late on Friday")
    if (!day0 && anchor !== undefined && d.rule.startsWith('date.') && r.value === fmtDate(anchor)
      && (onPageDateLine(text, d.start, d.end) || onWireDateline(text, d.start, d.end))) continue;
    const ti = r.value.indexOf('T');
    const calendar = ti >= 0 ? r.value.slice(0, ti) : r.value;
    const g = granularity(calendar);
    if (g) {
      // A reporting date ("said Wednesday") is not what "a year earlier" is measured from.
      const reporting = REPORTING_RULE.test(d.rule)
        && REPORTING.test(text.slice(Math.max(0, d.start - 25), Math.min(text.length, d.end + 25)));
      // Values computed from the reference ("a year earlier", "the year-ago quarter") are comparisons, not
      // the period under discussion: "the quarter" after "a year ago" is still this year's quarter.
      // "last year's quarter", "the 1988 period": a comparison with an earlier year, unlike "this year's
      // third quarter", which names the period under discussion.
      const derived = NO_REF_UPDATE.test(d.rule)
        || (d.rule.startsWith('period.year') && anchor !== undefined && +calendar.slice(0, 4) < anchor.y);
      if (!reporting && !derived) { ctx.lastRef = calendar; ctx.lastRefAt = d.end; }
      if (!reporting && !derived) (ctx.lastOf ??= {})[g] = calendar;
      if (g === 'D') {
        // "said on Thursday … the toll had been raised earlier in the day": the same day told again from within a
        // report is still the day of saying, not a day of the events told (which keep their day for clock times)
        const sayingAgain: boolean = lastSaying && SAME_DAY_RULE.test(d.rule) && ctx.lastDay === r.value.slice(0, 10);
        ctx.lastDay = r.value.slice(0, 10); lastDayPos = d.end;
        const dm = c.outerMod ?? c.mod ?? r.mod;
        lastDayPod = POD_SUFFIX.exec(r.value)?.[1] ?? (!day0 && (dm === 'START' || dm === 'END') ? dm : undefined);
        saying[i] = lastSaying = sayingAgain || (REPORTING_RULE.test(d.rule) && sayingDay(text, d.start, d.end)) || (FRAME_RULE.test(d.rule) && speechFrameDay(text, d));
        if (!lastSaying) { eventDay = ctx.lastDay; eventDayPos = d.end; eventDayPod = lastDayPod; }
        if (storyDay === undefined && !lastSaying && d.start < STORY_LEAD && !derived
          && (anchor === undefined || ctx.lastDay <= fmtDate(anchor))) { storyDay = ctx.lastDay; storyNouns = eventNounsAt(text, d.start, d.end); storyDayPos = d.end; storyDayPod = lastDayPod; }
      }
    }
  }
  // Pass 2: clock times take a day from the same clause ("10 a.m. Tuesday"), else the last day mentioned.
  // One context object serves every clock time (`at` says which one): no per-time garbage.
  let at = 0;
  // Asked twice per clock time (whether the day is its own, then by its resolve): the answer is kept for `at`.
  let memoAt = -1; let memoS = -1; let memoE = -1; let memo: string | undefined; let memoJ = -1;
  const dayNear = (s: number, e: number): string | undefined => {
    const i = at;
    if (memoAt === i && memoS === s && memoE === e) return memo;
    let best: string | undefined; let bestD = 60; let bestJ = -1;
    for (let j = Math.max(0, i - 3); j < Math.min(cands.length, i + 6); j++) {
      const r = resolved[j];
      if (j === i || !r) continue;
      const o = cands[j]!;
      const d = o.start >= e ? o.start - e : s - o.end;
      if (d >= bestD || !/^\d{4}-\d{2}-\d{2}/.test(r.value)) continue;
      // "came at 11:40 p.m., the chief said Wednesday": the saying day is not the clock's when the events' is known
      // (never a day in the clock's own clause: "confirmed Monday, at 9 a.m., by the hospital")
      if (saying[j] && lastDayAt[i] !== undefined && lastDayAt[i] !== r.value.slice(0, 10)
        && !oneClause(text.slice(Math.min(e, o.end), Math.max(s, o.start)))) continue;
      // "at 9 p.m. Later, on Sept. 2 …": the clock's own closing dot ended its sentence
      if (o.start >= e && text.charCodeAt(e - 1) === 46 && sentenceStartsAfter(text, e)) continue;
      // "quoted at 125.7 yen at 10 a.m., up from 124.7 yen late Monday": a day after a comparison is the compared
      // figure's day, not the clock's
      if (o.start >= e && COMPARED_BEFORE_DAY.test(text.slice(e, o.start))) continue;
      // "were halted at 6 p.m. because of darkness and resumed on Monday at 7 a.m.": a day after a coordinated verb
      // of its own is that clause's; the clock keeps the day last named, when there is one
      if (o.start >= e && lastDayAt[i] !== undefined && COORDINATED_VERB.test(text.slice(e, o.start))) continue;
      if (!sentenceEndIn(text, Math.min(e, o.end), Math.max(s, o.start))) { bestD = d; best = r.value.slice(0, 10); bestJ = j; }
    }
    // (not a live blog's time stamp: "9:20 am IST: Early trends … on Saturday" is the page's day, not Saturday)
    if (best === undefined && !lineStartsWithClock(text, s) && !/^\s*[:–—-]/.test(text.slice(e, e + 3)) && frontedClock(text, s)) {
      // "At 11:42 p.m. local time, a magnitude 7.0 earthquake struck off the coast on Tuesday": a fronted clock
      // time is the time of its sentence's main clause, whose day may come well after 60 characters
      const clause = frontedClause(text, e, FRONTED_REACH);
      for (let j = i + 1; j < Math.min(cands.length, i + 8); j++) {
        const o = cands[j]!; const r = resolved[j];
        if (o.start - e > FRONTED_REACH || o.rule.startsWith('clock.') || sentenceEndIn(text, e, o.start)) break;
        // (a day inside a clause of its own is that clause's: "stormed the building where the gunmen had held 20
        // hostages since Monday", "will vote on the budget bill introduced on Monday": the bill's day)
        if (o.start >= clause.end) break;
        if (!r || saying[j] || !/^\d{4}-\d{2}-\d{2}$/.test(r.value) || !WEEKDAY_OR_DATE_RULE.test(o.rule)) continue;
        // (a main clause told in the future never takes a day before publication)
        if (clause.future && anchor !== undefined && r.value < fmtDate(anchor)) break;
        best = r.value; bestJ = j; break;
      }
    }
    memoAt = i; memoS = s; memoE = e; memo = best; memoJ = bestJ;
    return best;
  };
  const local: Ctx = { ...ctx, dayNear, tense };
  // Clock times joined to their day over "on" first: a bare clock before one takes its day, as it did when the day
  // stood alone ("at 10:15 a.m. and 11:00 a.m. on Sept. 5"; "from midnight until dawn on Tuesday").
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    if (!(c instanceof ClockDayCand) || !c.overOn) continue;
    at = i; local.lastDay = lastDayAt[i];
    resolved[i] = c.resolve(local);
  }
  memoAt = -1;
  let prevClock = -1;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    if (!c.rule.startsWith('clock.')) continue;
    at = i;
    local.lastDay = lastDayAt[i];
    // (a day taken only from the clock time told just before in the sentence is no day of its own: "started at 11
    // p.m. and was under control by 2 a.m." goes on past midnight as across sentences)
    const own = lastDayAt[i] !== undefined && (dayNear(c.start, c.end) === undefined || (memoJ >= 0 && (memoJ === prevClock || (cands[memoJ]!.rule.startsWith('clock.') && !cands[memoJ]!.rule.endsWith('+day')))));
    resolved[i] = c.resolve(local, c);
    midnightStart(text, c, resolved[i], tense);
    if (i > 0) {
      overnightRange(text, cands[i - 1]!, resolved[i - 1], c, resolved[i]);
      glossDayNear(text, cands[i - 1]!, resolved[i - 1], c, resolved[i]);
      glossCrossDay(text, cands[i - 1]!, resolved[i - 1], c, resolved[i]);
    }
    if (own && prevClock >= 0 && i - prevClock <= 3) overnightNarrative(text, cands[prevClock]!, resolved[prevClock], c, resolved[i]);
    // (a part of the day between, "continued through the night", is no clock reading: the told night goes on past it)
    if (resolved[i] === undefined || CLOCK_VALUE.test(resolved[i]!.value)) prevClock = i;
  }
  reverseStampDays(text, cands, resolved, anchor);
  if (anchor !== undefined) sayingDayDeixis(text, cands, resolved, anchor);
  const times: TimeExpr[] = [];
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    const r = resolved[i];
    if (!r) continue;
    // TimeML spans leave out a possessive: "Tuesday's vote" → "Tuesday".
    let end = c.end;
    if (end - c.start > 3 && text.charCodeAt(end - 1) === 115 && (text.charCodeAt(end - 2) === 39 || text.charCodeAt(end - 2) === 8217)) end -= 2;
    const t: TimeExpr = { start: c.start, end, text: text.slice(c.start, end), type: r.type, value: r.value };
    // "as early as mid-October": the span's own MID/START/END says more than the bound of the signal outside it
    const mod = (c.outerMod && (c.mod === 'ON_OR_AFTER' || c.mod === 'ON_OR_BEFORE') ? c.outerMod : c.mod) ?? r.mod ?? c.outerMod
      ?? (r.type === 'DATE' || r.type === 'TIME' ? pointMod(c, r) : undefined);
    if (mod) t.mod = mod;
    if (r.range) t.range = r.range;
    else if (anchor && t.value.endsWith('_REF')) { const rg = vagueRange(c, t, anchor); if (rg) t.range = rg; }
    t.rule = c.rule;
    times.push(t);
    opts.trace?.push(`time: "${t.text}" → ${t.type} ${t.value}${t.mod ? ' ' + t.mod : ''} by ${c.rule}`);
  }
  return { times, anchor: anchor ? `${String(anchor.y).padStart(4, '0')}-${String(anchor.m).padStart(2, '0')}-${String(anchor.d).padStart(2, '0')}` : undefined };
}

export const timeStage: Stage = {
  name: 'time',
  reads: ['sentences', 'tokens'],
  writes: ['times'],
  run(doc: NlpDoc) {
    const { times, anchor } = tagTimes(doc.text, { anchorDate: doc.anchorDate, sentences: doc.sentences, trace: doc.trace, outlet: doc.info.outlet });
    doc.times = times;
    if (!doc.anchorDate && anchor) {
      doc.anchorDate = anchor;
      explain(doc, 'time', () => `no publication date: anchored on the dateline date ${anchor}`);
    }
  },
};
