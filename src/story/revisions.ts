// Scheduled times that a later report revises: a deadline extended ("extended the deadline to Monday"),
// a summit postponed ("postponed to Saturday"), a launch delayed. The earlier report was right when it
// was written; the later one moves the date. Such readings are an update of the schedule, not a
// disagreement about it. Without words that say the time was moved, two days for one scheduled thing
// stay a contradiction (a plan and what happened, or two reports of one plan, must agree).

import type { Offsets } from '../core/types.js';
import { DAY_MS } from '../nlp/time/date-math.js';
import { movedToPattern } from '../nlp/time/moved.js';
import { intersects, judgeTimes, timeInterval } from './values.js';
import { changeAlternation } from './change-verbs.js';

/** A verb that moves a time, governing it through "to"/"until": "postponed to Saturday", "pushed the deadline back until Friday". */
const MOVED_TO = movedToPattern('.;:!?', ['to', 'until', 'till', 'for']);
/** "a new deadline of Monday", "the new date is Friday". */
const NEW_TIME = /\bnew\s+(?:deadline|date|ultimatum)\s+(?:(?:of|is|was|on|for|as|falls\s+on|expires\s+on)\s+)?$/i;
/** A sentence saying a deadline itself was moved, wherever the day stands: "…until Monday after the ministry pushed back its deadline". */
const DEADLINE_MOVED = new RegExp(`\\b(?:${changeAlternation('moved')})\\s+(?:the\\s+|its\\s+|their\\s+|his\\s+|her\\s+)?(?:deadline|ultimatum|grace\\s+period)\\b|\\b(?:deadline|ultimatum|grace\\s+period)\\s+(?:(?:was|has|had|is|been|now)\\s+){1,3}(?:${changeAlternation('moved-pp')})\\b`, 'i');

/** Whether the text right before a time expression moves it there ("postponed to", "a new deadline of"). */
export function movedTo(before: string): boolean {
  return MOVED_TO.test(before) || NEW_TIME.test(before);
}

/**
 * Whether the words before a time expression say it is a moved time: a rescheduling verb governs it, or
 * it is named a new date. With `deadline`, a sentence saying the deadline was extended anywhere counts too.
 */
export function revisedTime(text: string, sent: Offsets, t: Offsets, deadline = false): boolean {
  if (movedTo(text.slice(Math.max(sent.start, t.start - 100), t.start))) return true;
  return deadline && DEADLINE_MOVED.test(text.slice(sent.start, sent.end));
}

export interface TimeReading {
  value: string; mod?: string; label: string; doc?: string;
  /** The reporting day of the document that gives it (YYYY-MM-DD). */
  published?: string;
  /** The words say this time was moved to here. */
  revised?: boolean;
  /** A time still ahead when it was reported (a plan, a deadline), which a later revision may move. */
  scheduled?: boolean;
}

/**
 * Times of one scheduled thing, taking revisions into account: a reading the words mark as a moved time
 * supersedes the scheduled readings of other days it excludes that were published on or before it (and
 * the old time its own report recalls). What remains is judged as usual; if it holds, the verdict is an
 * update. A revision published before the figure it would supersede supersedes nothing.
 */
export function judgeRevisedTimes(readings: TimeReading[], slackMs = 0): { consistent: boolean; why: string; verdict?: 'updated' } {
  const revised = readings.filter((r) => r.revised);
  if (!revised.length) return judgeTimes(readings, slackMs);
  const iv = (r: TimeReading) => timeInterval(r.value, r.mod);
  const gone = new Set<TimeReading>();
  for (const v of revised) {
    const vi = iv(v);
    if (!vi || !v.published) continue;
    for (const r of readings) {
      if (r === v || r.revised || !r.scheduled || !r.published || gone.has(r)) continue;
      const ri = iv(r);
      if (!ri || intersects(ri, vi)) continue;
      if (r.published <= v.published) gone.add(r);
    }
  }
  const rest = readings.filter((r) => !gone.has(r));
  const j = judgeTimes(rest, slackMs);
  if (!gone.size || !j.consistent) return j;
  const old = [...new Set([...gone].map((r) => r.label))].join(', ');
  const now = [...new Set(revised.filter((r) => !gone.has(r)).map((r) => r.label))].join(', ');
  return { consistent: true, verdict: 'updated', why: `the time was moved: ${old} revised to ${now}` };
}

/** Whether a time lies after the day it was reported on (a plan or a deadline, not what already happened). */
export function aheadOf(value: string, mod: string | undefined, published: string | undefined): boolean {
  const i = timeInterval(value, mod);
  return Boolean(i && published && i.lo >= Date.parse(published.slice(0, 10)) + DAY_MS);
}
