import type { Check, Quantity } from '../../core/types.js';
import { dimensionOf } from '../quantity/units.js';
import { unitConversionChecks } from './unitConversion.js';

// "The wave was 10 metres high, equivalent to 33 feet"; "a depth of 4,000 metres, the equivalent of 13,000 feet":
// two neighbouring figures of one dimension in different units, restated by a phrase of equivalence, that the quantity
// stage left unlinked. They are judged as a bracketed pair is. Only "equivalent"/"the same as" phrases pair them:
// "or" alone may join alternatives ("a 5-mile or 10-km race").

/** Between the two figures: a measuring word at most, a comma, and the phrase of equivalence. */
const EQUIVALENT_GAP_RE = /^\s*(?:(?:high|tall|long|deep|wide|thick|across|away|in (?:diameter|length|height|depth))\s*)?,?\s*(?:(?:which|that)\s+is\s+|or\s+)?(?:roughly\s+|about\s+|around\s+|nearly\s+|almost\s+|some\s+)?(?:(?:the\s+)?equivalent\s+(?:to|of)|equal\s+to|the\s+same\s+as)\s+(?:roughly\s+|about\s+|around\s+|nearly\s+|almost\s+|some\s+)?$/i;

export function equivalentPairChecks(qs: readonly Quantity[], text: string): Check[] {
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
  if (pairs.length === 0) return [];
  // the same judgement as a linked pair: the pairs linked on a copy, every other link dropped
  const copy = qs.map((q) => ({ ...q, equivalentOf: undefined as number | undefined }));
  for (const [i, j] of pairs) copy[i]!.equivalentOf = j;
  return unitConversionChecks(copy, text).map((c) => ({ ...c, detail: `${c.detail} (restated "${text.slice(qs[(c.refs[0] as number)]!.end, qs[(c.refs[1] as number)]!.start).trim()}")` }));
}
