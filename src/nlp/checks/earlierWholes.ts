// COUNT: a part given with its share of a whole the report counted earlier, "The company raised $25.6 billion by
// selling 3 billion shares … Trading volume reached 505 million shares, about 17 percent of the shares sold": the
// share names the whole by the part's own noun ("of the shares", "of all the votes", "of the total"), and the whole
// is the nearest earlier count of that noun larger than the part. 505 million / 3 billion = 16.8%, given as about 17%.
//
// The whole is found by its noun, not by its wording, so the pairing is loose: the check is reported only when the
// arithmetic agrees (within the percentage's rounding, and a point or 5% more for "about"); a share that does not fit
// may be of another count of the noun, and says nothing.
import type { Check, Quantity } from '../../core/types.js';
import { fmt, roundingUnit } from './format.js';
import { isCount } from './numbers.js';
import { ruled } from './rule.js';
import { singular } from '../quantity/nouns.js';

/** How far back (characters) the whole may be counted. */
const WHOLE_WINDOW = 1500;
/** Between the part and its share: a comma, perhaps "or". */
const PART_GAP_RE = /^\s*,\s*(?:or\s+)?$/i;
/** After the share: "of the shares", "of all the votes cast", "of the total". */
const OF_WHOLE_RE = /^\s+of\s+(?:all\s+(?:the\s+)?|the\s+|its\s+|their\s+)(?:total\s+|overall\s+)?([a-z]+)/i;
const PCT_UNITS = new Set(['%', 'percent']);

export function earlierWholeChecks(text: string, qs: readonly Quantity[]): Check[] {
  const out: Check[] = [];
  for (let i = 0; i + 1 < qs.length; i++) {
    const part = qs[i]!, pct = qs[i + 1]!;
    if (!isCount(part) || !part.noun || !PCT_UNITS.has(pct.unit)) continue;
    if (!PART_GAP_RE.test(text.slice(part.end, pct.start))) continue;
    const m = OF_WHOLE_RE.exec(text.slice(pct.end, pct.end + 60));
    if (!m) continue;
    const noun = m[1]!.toLowerCase();
    if (noun !== 'total' && singular(noun) !== singular(part.noun.toLowerCase())) continue;
    // the nearest earlier count of the same thing, larger than the part
    let whole: number | undefined;
    for (let k = i - 1; k >= 0; k--) {
      const q = qs[k]!;
      if (part.start - q.end > WHOLE_WINDOW) break;
      if (isCount(q) && q.unit === part.unit && q.value > part.value && q.bound !== 'AT_MOST' && q.bound !== 'LESS_THAN') { whole = k; break; }
    }
    if (whole === undefined) continue;
    const w = qs[whole]!;
    const share = (part.value / w.value) * 100;
    const approx = pct.bound === 'APPROX' || part.bound === 'APPROX' || w.bound === 'APPROX';
    const tol = roundingUnit(pct.text, pct.value) / 2 + (approx ? Math.max(1, pct.value * 0.05) : 0) + 1e-9;
    if (Math.abs(share - pct.value) > tol) continue;
    out.push(ruled({
      kind: 'COUNT', status: 'CONSISTENT', refs: [i, whole, i + 1],
      detail: `${fmt(part.value)} ${part.noun} of the ${fmt(w.value)} ${w.noun ?? part.noun} counted earlier = ${fmt(share)}%, given as ${pct.text}`,
    }, 'count:share-of-earlier-whole'));
  }
  return out;
}
