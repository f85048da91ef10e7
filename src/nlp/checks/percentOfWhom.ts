import type { Check, Quantity } from '../../core/types.js';
import { fmt, roundingUnit } from './format.js';
import { isCount } from './numbers.js';
import { ruled } from './rule.js';

// "The blast injured 12 people, of whom 25% were children", "The bus carried 9 people, 33% of them children": a share
// of a stated count, the people it names a whole number of them. The share times the whole, within the rounding the
// share was written to, must hold a whole number; only that agreement is reported (a share may be loosely rounded, so
// no mismatch is called from it), and only where it could have failed: not "40 people, 60 percent of them children" or
// "5,000 families, 20% of whom …", where a step of the share's rounding is worth one of the whole or more.

/** Between the whole and its share: the rest of the whole's clause and a comma ("40 people were killed, "). */
const WHOLE_GAP_RE = /^[^.;:!?\d]{0,60},\s*(?:of\s+(?:whom|them)\s+)?$/i;
/** After the share: "of them", "of whom" (unless the gap already had it); not "of those infected", another whole. */
const OF_WHOM_AFTER_RE = /^\s+of\s+(?:whom|them)\b/i;

export function percentOfWhomChecks(text: string, qs: readonly Quantity[]): Check[] {
  const out: Check[] = [];
  for (let i = 1; i < qs.length; i++) {
    const pct = qs[i]!;
    const whole = qs[i - 1]!;
    if (pct.unit !== '%' || !(pct.value > 0 && pct.value < 100)) continue;
    if (!isCount(whole) || !Number.isInteger(whole.value) || whole.value < 2) continue;
    const gap = text.slice(whole.end, pct.start);
    if (!WHOLE_GAP_RE.test(gap)) continue;
    if (!/of\s+(?:whom|them)\s+$/i.test(gap) && !OF_WHOM_AFTER_RE.test(text.slice(pct.end, pct.end + 20))) continue;
    const r = roundingUnit(pct.text, pct.value);
    const lo = ((pct.value - r / 2) * whole.value) / 100;
    const hi = ((pct.value + r / 2) * whole.value) / 100;
    // reported only where the test could fail: exact figures, and a rounding step of the share worth less than one of
    // the whole ("about 41 people, 60 percent of them" or "5,000 families, 20% of whom" always hold a whole number)
    if (pct.bound !== undefined || whole.bound !== undefined || (whole.value * r) / 100 >= 1) continue;
    const n = Math.round((pct.value * whole.value) / 100);
    if (Math.ceil(lo - 1e-9) > Math.floor(hi + 1e-9)) continue;
    out.push(ruled({
      kind: 'COUNT', status: 'CONSISTENT', refs: [i - 1, i],
      detail: `${pct.text} of ${whole.text} = ${fmt((pct.value * whole.value) / 100)}, ${fmt(n)} of the ${fmt(whole.value)}`,
    }, 'count:percent-of-whom'));
  }
  return out;
}
