// Merges a clock time with the day right after it into one TIMEX3, as TimeML does:
// "9 a.m. Tuesday", "4 a.m. EDT Thursday" → one TIME valued on that day.
import type { TimeMod } from '../../core/types.js';
import type { Cand, Ctx, Resolved, Tense } from './cand.js';
import { ClockCand } from './01-find-clock.js';
import { PARTS_OF_DAY } from './lexicon.js';
import { pointSignalMod } from './02-refine-signals.js';

const DAY_RULE = /^(?:relative\.(?:weekday|today|yesterday|tomorrow)|date\.(?:month-day|day-month|iso|numeric))$/;
const GAP = /^[ \t]+$/;
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
class ClockDayCand implements Cand {
  start: number; end: number; rule: string; priority: number; mod: TimeMod | undefined; tense: Tense;
  outerMod: TimeMod | undefined; signalMod: TimeMod | undefined;
  constructor(text: string, readonly a: Cand, readonly b: Cand) {
    this.start = a.start; this.end = b.end; this.rule = `${a.rule}+day`; this.priority = a.priority;
    // "until 5 a.m. Monday": the tense the signal before the clock forced holds for the day (the day has no signal
    // of its own: the clock stands before it)
    this.mod = a.mod ?? b.mod; this.tense = a.tense ?? b.tense; this.outerMod = a.outerMod;
    // "shortly before 10 p.m. Tuesday", "around 9 a.m. Monday": the signal before the clock bounds the whole; read
    // again on the whole span, so "from 6 a.m. Monday to 6 a.m. Tuesday" sees its range after the day
    this.signalMod = a.signalMod ? pointSignalMod(text, this) : undefined;
  }

  resolve(ctx: Ctx): Resolved | undefined {
    const { a, b } = this;
    const tense = this.tense;
    const rb = b.resolve(tense && !b.tense ? { ...ctx, tense: () => tense } : ctx, b);
    const day = rb && /^\d{4}-\d{2}-\d{2}$/.test(rb.value) ? rb.value : undefined;
    if (a instanceof ClockCand) return a.resolveOn(ctx, day);
    return a.resolve({ ...ctx, tense: ctx.tense, dayNear: () => day }, a);
  }
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
