import type { Quantity } from '../../core/types.js';
import { dimensionOf } from './units.js';

// "59 km/h (37 mph)", "1,180km (733 miles)", "22.5 million cubic metres (nearly 800 million cubic feet)":
// a quantity, then an opening bracket, then a quantity of the same dimension filling the bracket.
const GAP_RE = /^\s*[([]\s*$/;
const CLOSE_RE = /^\s*[)\]]/;
// "13 kilometres, or eight miles," — an apposition introduced by "or"
const OR_GAP_RE = /^\s*,?\s*or\s+(?:about\s+|roughly\s+|nearly\s+|some\s+)?$/;
// "40C/104F", "1,000km / 620 miles", "€1bn, equivalent to $1.1bn", "€1bn, the equivalent of $1.1bn"
const SLASH_GAP_RE = /^\s*\/\s*$/;
const EQUIV_GAP_RE = /^\s*,?\s*(?:the\s+|or\s+)?equivalent\s+(?:of|to)\s+(?:about\s+|roughly\s+|nearly\s+|some\s+|around\s+)?$/i;

function sameKind(a: Quantity, b: Quantity): boolean {
  if (a.unit === b.unit) return false;
  const da = dimensionOf(a.unit);
  if (da) return da === dimensionOf(b.unit);
  return /^[A-Z]{3}$/.test(a.unit) && /^[A-Z]{3}$/.test(b.unit);
}

/** Sets `equivalentOf` on both members of each pair; the bracketed one inherits the bound if it has none. */
export function linkEquivalents(text: string, qs: Quantity[]): void {
  for (let i = 0; i + 1 < qs.length; i++) {
    const a = qs[i];
    const b = qs[i + 1];
    if (!sameKind(a, b)) continue;
    const gap = text.slice(a.end, b.start);
    // "5-6 km (3-4 miles)": low with low, high with high
    const lowA = qs[i - 1];
    const highB = qs[i + 2];
    const ranges = a.rule?.includes('range-high') && b.rule?.includes('range-low') && lowA?.rule?.includes('range-low') &&
      highB?.rule?.includes('range-high') && highB.unit === b.unit;
    const last = ranges ? highB : b;
    const bracket = GAP_RE.test(gap) && CLOSE_RE.test(text.slice(last.end, last.end + 3));
    if (!bracket && !OR_GAP_RE.test(gap) && !SLASH_GAP_RE.test(gap) && !EQUIV_GAP_RE.test(gap)) continue;
    if (ranges) {
      lowA.equivalentOf = i + 1;
      b.equivalentOf = i - 1;
      a.equivalentOf = i + 2;
      highB.equivalentOf = i;
      i += 2;
      continue;
    }
    a.equivalentOf = i + 1;
    b.equivalentOf = i;
    if (!b.bound && a.bound) b.bound = a.bound;
    i++;
  }
}

const COORD_RE = /^\s*(?:,|and|or|,\s*and|,\s*or)\s*$/;
/** "122mm and 152mm shells": the first measure modifies the same noun as the second. */
export function shareCoordinatedNoun(text: string, qs: Quantity[]): void {
  for (let i = qs.length - 2; i >= 0; i--) {
    const a = qs[i];
    const b = qs[i + 1];
    if (a.noun || !b.noun || a.unit !== b.unit || !dimensionOf(a.unit)) continue;
    if (COORD_RE.test(text.slice(a.end, b.start))) a.noun = b.noun;
  }
}
