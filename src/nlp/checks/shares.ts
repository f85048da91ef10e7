import type { Check, Quantity } from '../../core/types.js';
import { fmt, roundingUnit } from './format.js';
import { ruled } from './rule.js';
import { isCount } from './numbers.js';
import { LOOSE_SRC } from './approx.js';

// "1,200 of the 5,000 residents (24%)", "three out of four voters, or 75 per cent": a part of a whole
// stated with its percentage. The percentage must match the division within the rounding it was written to.
// A share written in words ("two-thirds of voters (67%)") is checked against its percentage the same way.

const OF_GAP_RE = /^\s*(?:of|out of)\s+(?:the\s+|its\s+|their\s+|a total of\s+|all\s+)?$/i;
const SHARE_GAP_RE = new RegExp(String.raw`^[^.;!?]{0,40}?(?:\(\s*|,\s*or\s+|[—–]\s*|,\s*)(?:(?:${LOOSE_SRC})\s+)?$`, 'i');
const APPROX_SLACK = 0.05;
const WORD_APPROX_SLACK = 0.1;


/** A share written in words (the quantity stage's "two-thirds", "one in five", "half"). */
const isWordShare = (q: Quantity) => q.unit === '%' && (q.rule ?? '').startsWith('quantity:share-');

/** "two-thirds of voters (67%)", "three out of four voters, or 75 per cent": a share in words and its percentage. */
function wordShareChecks(text: string, qs: readonly Quantity[]): Check[] {
  const out: Check[] = [];
  for (let i = 0; i + 1 < qs.length; i++) {
    const share = qs[i]!;
    // "Nearly half of the 800 respondents, 47%, …": the whole the share is of may stand between it and its percentage
    const whole = qs[i + 1]!;
    const skip = i + 2 < qs.length && isCount(whole) && OF_GAP_RE.test(text.slice(share.end, whole.start)) ? 1 : 0;
    const pct = qs[i + 1 + skip]!;
    if (!isWordShare(share) || pct.unit !== '%' || isWordShare(pct)) continue;
    if (!SHARE_GAP_RE.test(text.slice(skip ? whole.end : share.end, pct.start))) continue;
    const approx = share.bound !== undefined || pct.bound !== undefined;
    // the share's value is kept to one decimal: allow that on top of the percentage's own rounding
    // ("nearly half", "almost a third": a word share is a round figure, 10% of it either way when so hedged)
    const tol = roundingUnit(pct.text, pct.value) / 2 + 0.05 + (approx ? Math.max(1, pct.value * APPROX_SLACK, share.value * WORD_APPROX_SLACK) : 0) + 1e-9;
    const ok = Math.abs(share.value - pct.value) <= tol;
    out.push(ruled({
      kind: 'COUNT', status: ok ? 'CONSISTENT' : 'INCONSISTENT', refs: [i, i + 1 + skip],
      detail: `${share.text} = ${fmt(share.value)}%, given as ${pct.text}${ok ? '' : ': more than rounding allows'}`,
    }, 'count:word-share'));
    i += 1 + skip;
  }
  return out;
}

export function shareChecks(text: string, qs: readonly Quantity[]): Check[] {
  const out: Check[] = wordShareChecks(text, qs);
  for (let i = 0; i + 2 < qs.length; i++) {
    const part = qs[i];
    const whole = qs[i + 1];
    const pct = qs[i + 2];
    if (pct.unit !== '%' || !isCount(part) || !isCount(whole) || part.unit !== whole.unit || whole.value <= 0) continue;
    if (part.bound && part.bound !== 'APPROX') continue;
    if (!OF_GAP_RE.test(text.slice(part.end, whole.start))) continue;
    if (!SHARE_GAP_RE.test(text.slice(whole.end, pct.start))) continue;
    const share = (part.value / whole.value) * 100;
    const approx = part.bound === 'APPROX' || whole.bound === 'APPROX' || pct.bound !== undefined;
    const tol = roundingUnit(pct.text, pct.value) / 2 + (approx ? Math.max(1, pct.value * APPROX_SLACK) : 0) + 1e-9;
    const ok = Math.abs(share - pct.value) <= tol;
    out.push(ruled({
      kind: 'COUNT', status: ok ? 'CONSISTENT' : 'INCONSISTENT', refs: [i, i + 1, i + 2],
      detail: `${fmt(part.value)} of ${fmt(whole.value)} = ${fmt(share)}%, given as ${pct.text}${ok ? '' : ': more than rounding allows'}`,
    }, 'count:share'));
    i += 2;
  }
  return out;
}
