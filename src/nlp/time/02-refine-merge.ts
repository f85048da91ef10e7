// Merges a clock time with the day right after it into one TIMEX3, as TimeML does:
// "9 a.m. Tuesday", "4 a.m. EDT Thursday" → one TIME valued on that day; and over "on", as news annotators write it
// ("at 4:40 a.m. on Friday", "8:55 p.m. on Feb. 3", "7am on Monday": one TIME each in the readable gold, 18
// times to 1; TimeBank joins a clock and its day likewise, "10 p.m. Wednesday", "noon Saturday", and has no
// "on" between them), so the day is no second time beside its clock.
import type { TimeMod } from '../../core/types.js';
import type { Cand, Ctx, Resolved, Tense } from './cand.js';
import { ClockCand } from './01-find-clock.js';
import { PARTS_OF_DAY } from './lexicon.js';
import { pointSignalMod } from './02-refine-signals.js';

const DAY_RULE = /^(?:relative\.(?:weekday|today|yesterday|tomorrow)|date\.(?:month-day|day-month|iso|numeric))$/;
const GAP = /^[ \t]+$/;
/** "at 7am on Monday": a clock time, then "on" and its day. */
const GAP_ON = /^[ \t]+on[ \t]+$/;
/** Clock rules that tell a time of day by the clock or by name ("noon"), not a part of the day ("the evening"). */
const CLOCK_POINT = /^clock\.(?:12h|24h|24h-dot|military|oclock|named|hour-part-of-day)$/;
/** "the night of September 10", "the morning of Sept. 12": a part of that day (TimeML TIME, as "Sunday night"). */
const POD_OF = /\b[Tt]he\s+(?:early\s+|late\s+)?(morning|afternoon|evening|night)\s+of\s+$/;
const POD_DAY_RULE = /^(?:relative\.weekday|date\.(?:month-day|day-month|iso|numeric))$/;

/** The word before `pos` is "of" (checked without cutting a string). */
function ofBefore(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9 || text.charCodeAt(i) === 10)) i--;
  return i > 0 && text.charCodeAt(i) === 102 && text.charCodeAt(i - 1) === 111;
}

/**
 * A clock time with its day: the two candidates kept as data, read by one shared method (on clock-dense text
 * no closure per pair, and no copied context per resolution when the clock part is a plain clock time).
 */
export class ClockDayCand implements Cand {
  start: number; end: number; rule: string; priority: number; mod: TimeMod | undefined; tense: Tense;
  outerMod: TimeMod | undefined; signalMod: TimeMod | undefined;
  /**
   * `overOn`: joined over "on" ("until 5 a.m. on Monday"): the day keeps the tense it has alone, as when the two
   * were separate times (the clock's signal does not reach past "on").
   */
  constructor(text: string, readonly a: Cand, readonly b: Cand, readonly overOn = false) {
    this.start = a.start; this.end = b.end; this.rule = `${a.rule}+day`; this.priority = a.priority;
    // "until 5 a.m. Monday": the tense the signal before the clock forced holds for the day (the day has no signal
    // of its own: the clock stands before it)
    this.mod = a.mod ?? b.mod; this.tense = a.tense ?? b.tense; this.outerMod = a.outerMod;
    // "shortly before 10 p.m. Tuesday", "around 9 a.m. Monday": the signal before the clock bounds the whole; read
    // again on the whole span, so "from 6 a.m. Monday to 6 a.m. Tuesday" sees its range after the day
    this.signalMod = a.signalMod ? pointSignalMod(text, this) : undefined;
  }

  /** The day part alone, resolved as the whole resolves it (for tracking the last day mentioned). */
  resolveDay(ctx: Ctx): Resolved | undefined {
    const { b } = this;
    const tense = this.tense;
    return b.resolve(tense && !b.tense && !this.overOn ? { ...ctx, tense: () => tense } : ctx, b);
  }

  resolve(ctx: Ctx): Resolved | undefined {
    const { a } = this;
    const rb = this.resolveDay(ctx);
    const day = rb && /^\d{4}-\d{2}-\d{2}$/.test(rb.value) ? rb.value : undefined;
    if (a instanceof ClockCand) return a.resolveOn(ctx, day);
    return a.resolve({ ...ctx, tense: ctx.tense, dayNear: () => day }, a);
  }
}

const RANGE_GAP = /^\s*(?:to|until|till|through|and|-|–)\s*$/i;
/** Minutes past midnight of a written clock ("10 p.m.", "22:00", "noon", "6am"), when it can be read. */
export function clockMinutes(t: string): number | undefined {
  if (/^noon$/i.test(t.trim())) return 720;
  if (/^midnight$/i.test(t.trim())) return 0;
  const m = /(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?\s?m\.?|p\.?\s?m\.?)?/i.exec(t);
  if (!m) return undefined;
  let h = +m[1]!;
  const pm = m[3] && /^p/i.test(m[3]);
  if (m[3]) { if (h === 12) h = 0; if (pm) h += 12; } else if (!m[2]) return undefined;
  return h * 60 + (m[2] ? +m[2] : 0);
}
/** `a` ends a clock range started by `prev` ("from 10 p.m. to 6 a.m.") and is earlier than its start. */
function overnightEnd(text: string, prev: Cand | undefined, a: Cand): boolean {
  if (!prev || !prev.rule.startsWith('clock.') || !RANGE_GAP.test(text.slice(prev.end, a.start))) return false;
  const x = clockMinutes(text.slice(prev.start, prev.end)), y = clockMinutes(text.slice(a.start, a.end));
  return x !== undefined && y !== undefined && y < x;
}

export function mergeClockDay(text: string, cands: Cand[]): Cand[] {
  const out: Cand[] = [];
  for (let i = 0; i < cands.length; i++) {
    const a = cands[i]!;
    const b = cands[i + 1];
    if (b && a.rule.startsWith('clock.') && DAY_RULE.test(b.rule) && GAP.test(text.slice(a.end, b.start))) {
      out.push(new ClockDayCand(text, a, b));
      i++;
      continue;
    }
    // (not the end of a clock range over midnight, "from 10 p.m. to 6 a.m. on Friday": that end falls on the next
    // morning, off the day its text would name, so the day stays a time of its own)
    if (b && CLOCK_POINT.test(a.rule) && DAY_RULE.test(b.rule) && GAP_ON.test(text.slice(a.end, b.start)) && !overnightEnd(text, out[out.length - 1], a)) {
      out.push(new ClockDayCand(text, a, b, true));
      i++;
      continue;
    }
    const pod = POD_DAY_RULE.test(a.rule) && ofBefore(text, a.start) ? POD_OF.exec(text.slice(Math.max(0, a.start - 32), a.start)) : null;
    if (pod) {
      const p = PARTS_OF_DAY[pod[1]!.toLowerCase()]!;
      out.push({
        ...a, start: a.start - pod[0].length + pod[0].search(/[Tt]he/), rule: `${a.rule}+part-of-day`,
        resolve(ctx, c) {
          const r = a.resolve(ctx, a);
          return r && /^\d{4}-\d{2}-\d{2}$/.test(r.value) ? { ...r, type: 'TIME', value: `${r.value}T${p}` } : r;
        },
      });
      continue;
    }
    out.push(a);
  }
  return out;
}
