import type { Check, Quantity } from '../../core/types.js';
import { dimensionOf } from '../quantity/units.js';
import { convert } from '../quantity/units.js';
import { perDenominator } from '../quantity/equivalents.js';
import { unitConversionChecks } from './unitConversion.js';
import { currencyCheck, statedRates } from './currency.js';
import { ruled } from './rule.js';
import { isMoney } from './numbers.js';
import { APPROX_SRC, LIMIT_SRC, LOOSE_SRC } from './approx.js';

// "The wave was 10 metres high, equivalent to 33 feet"; "a depth of 4,000 metres, the equivalent of 13,000 feet":
// two neighbouring figures of one dimension in different units, restated by a phrase of equivalence, that the quantity
// stage left unlinked. They are judged as a bracketed pair is. Only "equivalent"/"the same as" phrases pair them:
// "or" alone may join alternatives ("a 5-mile or 10-km race").

/** Between the two figures: a measuring word at most, a comma, and the phrase of equivalence. */
const EQUIVALENT_GAP_RE = new RegExp(String.raw`^\s*(?:(?:high|tall|long|deep|wide|thick|across|away|in (?:diameter|length|height|depth))\s*)?,?\s*(?:(?:which|that)\s+is\s+|or\s+)?(?:(?:${APPROX_SRC})\s+)?(?:(?:the\s+)?equivalent\s+(?:to|of)|equal\s+to|the\s+same\s+as)\s+(?:(?:${APPROX_SRC})\s+)?$`, 'i');

// Money restated in another currency that the quantity stage left unlinked:
//  - "600,000 Lebanese pounds a month, worth about $400", "3,000 euros, which was worth about $3,300 at the time",
//    "$90 a barrel, or about 85 euros": "worth" or "or" after a comma, a denominator of the first figure before it;
//  - "1.5 euros per litre (about $6.40 per gallon)": a price over one unit restated over another, the units converted.
// A pairing read this loosely is never called INCONSISTENT (the second figure may be a value of another day, "now
// worth"): a mismatch is left UNVERIFIABLE.
const HEDGE = String.raw`(?:${LOOSE_SRC}|${LIMIT_SRC})\s+`;
const MONEY_GAP_RE = new RegExp(String.raw`^(?:\s+(?:a|an|per|each)\s+[a-z]+)?\s*,\s*(?:(?:which\s+(?:is|was)\s+|then\s+)?worth|or|(?:which\s+(?:is|was)\s+)?(?:the\s+)?equivalent\s+(?:of|to)|equal\s+to)\s+(?:${HEDGE})?$`, 'i');
const MONEY_PER_BRACKET_RE = /^\s+(?:per|a|an)\s+[a-z]+\s*\(\s*$/i;

function moneyPairChecks(qs: readonly Quantity[], text: string, linked: ReadonlySet<number>, anchorDate: string | undefined): Check[] {
  const out: Check[] = [];
  let stated: ReturnType<typeof statedRates> | undefined;
  for (let i = 0; i + 1 < qs.length; i++) {
    const a = qs[i]!, b = qs[i + 1]!;
    if (linked.has(i) || linked.has(i + 1) || !isMoney(a) || !isMoney(b) || a.unit === b.unit || b.start < a.end) continue;
    const gap = text.slice(a.end, b.start);
    let A = a, how = '';
    if (MONEY_PER_BRACKET_RE.test(gap)) {
      // "1.5 euros per litre (about $6.40 per gallon)": both denominators units of one dimension, and the bracket closes
      const perA = perDenominator(gap), after = text.slice(b.end, b.end + 30), perB = perDenominator(after);
      if (!perA || !perB || perA === perB || !/^\s+(?:per|a|an)\s+[a-z]+\s*\)/i.test(after)) continue;
      const k = convert(1, perB, perA);
      if (k === undefined) continue;
      A = { ...a, value: a.value * k, text: `${a.text} (per ${perA}) × ${fmtK(k)} per ${perB}` };
      how = `, per ${perB} against per ${perA}`;
    } else if (!MONEY_GAP_RE.test(gap) || /\b(?:per|a|an|each)\s+[a-z]+/i.test(text.slice(b.end, b.end + 12)) && !/^(?:\s+(?:a|an|per|each)\s+[a-z]+)/i.test(gap)) {
      continue;
    }
    stated ??= statedRates(text, qs);
    const c = currencyCheck(A, b, [i, i + 1], anchorDate, stated);
    const restated = gap.replace(/\s+/g, ' ').trim();
    out.push(ruled({
      ...c, status: c.status === 'INCONSISTENT' ? 'UNVERIFIABLE' : c.status,
      detail: `${c.detail}${how} (restated "${restated}"${c.status === 'INCONSISTENT' ? '; read loosely, so a mismatch is not claimed' : ''})`,
    }, ((c as { rule?: string }).rule ?? 'checks:unit-conversion:yearly-rate').replace(/^checks:/, '') + '-loose'));
    i++;
  }
  return out;
}
const fmtK = (k: number) => Number(k.toPrecision(4)).toString();

export function equivalentPairChecks(qs: readonly Quantity[], text: string, anchorDate?: string): Check[] {
  const linked = new Set<number>();
  qs.forEach((q, i) => { if (q.equivalentOf !== undefined) { linked.add(i); linked.add(q.equivalentOf); } });
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i + 1 < qs.length; i++) {
    const a = qs[i]!, b = qs[i + 1]!;
    if (linked.has(i) || linked.has(i + 1) || a.unit === b.unit || b.start < a.end) continue;
    const dim = dimensionOf(a.unit);
    if (!dim || dim !== dimensionOf(b.unit)) continue;
    if (EQUIVALENT_GAP_RE.test(text.slice(a.end, b.start))) pairs.push([i, i + 1]);
  }
  const money = moneyPairChecks(qs, text, linked, anchorDate);
  if (pairs.length === 0) return money;
  // the same judgement as a linked pair: the pairs linked on a copy, every other link dropped
  const copy = qs.map((q) => ({ ...q, equivalentOf: undefined as number | undefined }));
  for (const [i, j] of pairs) copy[i]!.equivalentOf = j;
  return [...money, ...unitConversionChecks(copy, text).map((c) => ({ ...c, detail: `${c.detail} (restated "${text.slice(qs[(c.refs[0] as number)]!.end, qs[(c.refs[1] as number)]!.start).trim()}")` }))];
}
