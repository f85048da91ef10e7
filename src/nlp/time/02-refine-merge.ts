// Merges a clock time with the day right after it into one TIMEX3, as TimeML does:
// "9 a.m. Tuesday", "4 a.m. EDT Thursday" → one TIME valued on that day.
import type { Cand } from './cand.js';

const DAY_RULE = /^(?:relative\.(?:weekday|today|yesterday|tomorrow)|date\.(?:month-day|day-month|iso|numeric))$/;
const GAP = /^[ \t]+$/;

export function mergeClockDay(text: string, cands: Cand[]): Cand[] {
  const out: Cand[] = [];
  for (let i = 0; i < cands.length; i++) {
    const a = cands[i]!;
    const b = cands[i + 1];
    if (b && a.rule.startsWith('clock.') && DAY_RULE.test(b.rule) && GAP.test(text.slice(a.end, b.start))) {
      const merged: Cand = {
        start: a.start, end: b.end, rule: `${a.rule}+day`, priority: a.priority, mod: a.mod ?? b.mod, tense: b.tense,
        resolve(ctx) {
          const rb = b.resolve(ctx, b);
          const day = rb && /^\d{4}-\d{2}-\d{2}$/.test(rb.value) ? rb.value : undefined;
          return a.resolve({ ...ctx, tense: ctx.tense, dayNear: () => day }, a);
        },
      };
      out.push(merged);
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}
