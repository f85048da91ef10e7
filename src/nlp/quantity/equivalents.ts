import type { Quantity } from '../../core/types.js';
import { dimensionOf, toSi } from './units.js';
import { UNITS } from './lexicon.js';

// "59 km/h (37 mph)", "1,180km (733 miles)", "22.5 million cubic metres (nearly 800 million cubic feet)":
// a quantity, then an opening bracket, then a quantity of the same dimension filling the bracket.
// "3 metres deep (10 feet)": a dimension adjective may sit between the figure and its restatement
const DIM_ADJ = String.raw`(?:\s*(?:deep|high|tall|long|wide|thick|away|across|apart|in diameter|in length|in height))?`;
const GAP_RE = new RegExp(String.raw`^${DIM_ADJ}\s*[([]\s*$`);
// "10 kg per hectare (9 lb per acre)", "200 millimetres a day (eight inches)": a rate's denominator before the bracket
export const PER_WORD_RE = /^\s+(?:per|a|an|each)\s+([a-z]+)/i;
const PER_GAP_RE = /^\s+(?:per|a|an|each)\s+[a-z]+\s*[([]\s*$/i;
const CLOSE_RE = /^\s*[)\]]/;
const MONEY_CLOSE_RE = /^[^()[\]\d.;]{1,40}[)\]]/;
// "(US$1.06 billion at 360 yen to the dollar)", "($310 million at a rate of 7.7 kronor per dollar)": the restatement's
// own rate before the bracket closes (a figure, then "to"/"per"/"against" one unit of a currency)
const MONEY_RATE_CLOSE_RE = /^,?\s+at\s+(?:(?:the|a|an)\s+(?:(?:current|prevailing|official|exchange|market)\s+){0,2}rate\s+of\s+)?(?:about\s+|around\s+|roughly\s+)?[^()[\];\d]{0,6}\d[\d,.]*\s*[^()[\];\d\s]{0,12}\s+(?:(?:to|against|for)\s+(?:the|one|a|an|each|1)|per(?:\s+(?:the|one|a|an|each|1))?)\s+[^()[\];\d]{1,24}[)\]]/i;
// "13 kilometres, or eight miles," — an apposition introduced by "or"
const OR_GAP_RE = new RegExp(String.raw`^${DIM_ADJ}\s*,?\s*or\s+(?:about\s+|roughly\s+|nearly\s+|some\s+)?$`);
// "40C/104F", "1,000km / 620 miles", "€1bn, equivalent to $1.1bn", "€1bn, the equivalent of $1.1bn"
const SLASH_GAP_RE = /^\s*\/\s*$/;
// "12,000 hectares, roughly 30,000 acres", "2,000 feet deep — about 610 metres": a comma or dash before an
// approximate restatement (the approximator opens the second quantity's own text)
const APPOS_GAP_RE = new RegExp(String.raw`^${DIM_ADJ}\s*(?:,|[—–]|--)\s*$`);
const APPROX_START_RE = /^(?:about|roughly|nearly|some|around|approximately|almost|close to)\s/i;
const EQUIV_GAP_RE = /^\s*,?\s*(?:the\s+|or\s+)?equivalent\s+(?:of|to)\s+(?:about\s+|roughly\s+|nearly\s+|some\s+|around\s+)?$/i;
// "10 inches of rain, or 25 cm": what is measured may come between the figure and a comma and "or"
const OF_NOUN_OR_GAP_RE = new RegExp(String.raw`^\s+of\s+[a-z]+(?:\s+[a-z]+)?\s*,\s*or\s+(?:about\s+|roughly\s+|nearly\s+|some\s+|around\s+|almost\s+)?$`, 'i');
// "200 millimetres of heavy rain a day, or nearly 8 inches", "5,000 hectares of pine forest (12,400 acres)", "10 inches of
// rain in places, or 25 cm": what is measured, in up to four words (a rate's "a day" among them) before ", or" or a bracket
// (no "and"/"or"/"than" inside: "5,000 hectares of forest and 300 hectares …" is two figures)
const OF_PHRASE_SRC = String.raw`^\s+of\s+(?:(?!and\b|or\b|than\b|to\b)[a-z]+\s+){0,3}?(?!and\b|or\b|than\b|to\b)[a-z]+`;
const OF_PHRASE_OR_GAP_RE = new RegExp(String.raw`${OF_PHRASE_SRC}\s*,\s*or\s+(?:about\s+|roughly\s+|nearly\s+|some\s+|around\s+|almost\s+)?$`, 'i');
const OF_PHRASE_BRACKET_GAP_RE = new RegExp(String.raw`${OF_PHRASE_SRC}\s*[([]\s*$`, 'i');
// "100 km, which is about 62 miles", "that is 62 miles", "equal to 62 miles"
const WHICH_IS_GAP_RE = new RegExp(String.raw`^${DIM_ADJ}\s*,?\s*(?:which\s+is|that\s+is|i\.e\.,?|equal\s+to)\s+(?:about\s+|roughly\s+|nearly\s+|some\s+|around\s+|almost\s+|approximately\s+)?$`, 'i');
// "250km/h - 155mph", "250km/h – 155mph": a spaced dash alone between a figure and its restatement
const DASH_GAP_RE = /^\s+(?:[—–]|--?)\s+$/;

const ADJ_AFTER_RE = /^\s*(deep|high|tall|long|wide|thick)\b/i;
/** "The lake, 3 km wide, about 2 miles long": a second figure measuring another extent is no restatement. */
function sameMeasure(gap: string, after: string): boolean {
  const other = ADJ_AFTER_RE.exec(after)?.[1]?.toLowerCase();
  if (!other) return true;
  return new RegExp(String.raw`\b${other}\b`, 'i').test(gap);
}

/** A metric ton's own words ("tonnes", "metric tons"); a plain "tons" beside it is the US short ton. */
export const METRIC_TON_RE = /\b(?:tonnes?|metric\s+tons?)\b/i;
const PLAIN_TON_RE = /\btons?\b/i;
/** "3,000 metric tons (3,300 tons)": the second is the short ton (both are read as "t"). */
export function metricAndShortTons(a: Quantity, b: Quantity): boolean {
  if (a.unit !== 't' || b.unit !== 't') return false;
  const plain = (q: Quantity): boolean => PLAIN_TON_RE.test(q.text) && !METRIC_TON_RE.test(q.text);
  return (METRIC_TON_RE.test(a.text) && plain(b)) || (plain(a) && METRIC_TON_RE.test(b.text));
}

const PER_UNITS: ReadonlyMap<string, string> = new Map(UNITS.flatMap((u) => u.forms.filter((f) => /^[a-z]+$/.test(f)).map((f) => [f, u.symbol] as const)));
const PER_TIME: ReadonlySet<string> = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade', 'person', 'head', 'capita']);
/**
 * The denominator of a rate written after its figure ("per hectare" → "ha", "a day" → "day", "per household" →
 * "household"): a unit symbol, a time word, a head count, or any noun after "per"; undefined for any other word
 * ("a record", "each side").
 */
export function perDenominator(after: string): string | undefined {
  const w = PER_WORD_RE.exec(after)?.[1]?.toLowerCase();
  if (!w) return undefined;
  const sym = PER_UNITS.get(w);
  if (sym) return sym;
  const single = w.replace(/s$/, '');
  if (PER_TIME.has(single)) return single;
  // after "per" any noun counts ("per household", "per cow"); after "a"/"an"/"each" only the words above
  return /^\s+per\s/i.test(after) && w.length >= 3 && !PER_NOT_NOUN.has(w) ? single : undefined;
}
const PER_NOT_NOUN: ReadonlySet<string> = new Set(['the', 'cent', 'centum', 'annum', 'and', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'each', 'every']);

/** "(9 lb per acre)": the restatement's own denominator, then the bracket closes. */
function perClosed(after: string): boolean {
  const m = PER_WORD_RE.exec(after);
  return !!m && perDenominator(after) !== undefined && CLOSE_RE.test(after.slice(m[0].length));
}

function sameKind(a: Quantity, b: Quantity): boolean {
  if (metricAndShortTons(a, b)) return true;
  if (a.unit === b.unit) return false;
  const da = dimensionOf(a.unit);
  if (da) return da === dimensionOf(b.unit);
  return /^[A-Z]{3}$/.test(a.unit) && /^[A-Z]{3}$/.test(b.unit);
}

/**
 * Sets `equivalentOf` on both members of each pair; the bracketed one inherits the bound if it has none. With
 * `unlinkedOnly` (a second pass after amounts were re-coded, "$400 million (US$314 million)" once the bare "$" is read
 * as the report's own dollar) a pair is linked only where neither figure is linked yet.
 */
export function linkEquivalents(text: string, qs: Quantity[], unlinkedOnly = false): void {
  for (let i = 0; i + 1 < qs.length; i++) {
    const a = qs[i];
    const b = qs[i + 1];
    if (!sameKind(a, b)) continue;
    if (unlinkedOnly && (a.equivalentOf !== undefined || b.equivalentOf !== undefined || qs[i + 2]?.equivalentOf !== undefined || qs[i - 1]?.equivalentOf !== undefined)) continue;
    const gap = text.slice(a.end, b.start);
    // "5-6 km (3-4 miles)": low with low, high with high
    const lowA = qs[i - 1];
    const highB = qs[i + 2];
    const ranges = a.rule?.includes('range-high') && b.rule?.includes('range-low') && lowA?.rule?.includes('range-low') &&
      highB?.rule?.includes('range-high') && highB.unit === b.unit;
    const last = ranges ? highB : b;
    // a money restatement may say more before its bracket closes: "($60 million at current rates)", "(about $60m each)"
    const money = /^[A-Z]{3}$/.test(a.unit);
    // "10 kg per hectare (9 lb per acre)"; "50 euros per night ($55)": money only over one denominator, stated once or
    // on both sides alike (not "1.80 euros a litre ($7.40 a gallon)", which would need the volumes converted too)
    const per = PER_GAP_RE.test(gap) ? perDenominator(gap) : undefined;
    const perOk = per !== undefined && (!!dimensionOf(a.unit) || (money && (perDenominator(text.slice(last.end, last.end + 30)) ?? per) === per));
    const bracket = (GAP_RE.test(gap) || perOk || (OF_PHRASE_BRACKET_GAP_RE.test(gap) && !ranges && !!dimensionOf(a.unit))) && (CLOSE_RE.test(text.slice(last.end, last.end + 3)) || perClosed(text.slice(last.end, last.end + 30)) || (money && (MONEY_CLOSE_RE.test(text.slice(last.end, last.end + 45)) || MONEY_RATE_CLOSE_RE.test(text.slice(last.end, last.end + 90)))));
    const apposition = APPOS_GAP_RE.test(gap) && APPROX_START_RE.test(b.text) && sameMeasure(gap, text.slice(b.end, b.end + 16));
    const restated = OR_GAP_RE.test(gap) || SLASH_GAP_RE.test(gap) || EQUIV_GAP_RE.test(gap) || WHICH_IS_GAP_RE.test(gap) ||
      ((OF_NOUN_OR_GAP_RE.test(gap) || (OF_PHRASE_OR_GAP_RE.test(gap) && !!dimensionOf(a.unit))) && !ranges) || (DASH_GAP_RE.test(gap) && !ranges && !a.bound && sameMeasure(gap, text.slice(b.end, b.end + 16)));
    if (!bracket && !apposition && !restated) continue;
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

const FEET_INCHES_GAP_RE = /^\s*(?:,\s*)?(?:and\s+)?$/;
/**
 * "6ft 2in", "five feet nine inches": a height in feet and inches is one measure, in inches (74 in), so that
 * its restatement "(1.88m)" is compared with the whole height and not with the inches alone.
 */
export function mergeFeetInches(text: string, qs: Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  for (let i = 0; i < qs.length; i++) {
    const a = qs[i];
    const b = qs[i + 1];
    if (b && a.unit === 'ft' && b.unit === 'in' && Number.isInteger(a.value) && a.value > 0 && b.value >= 0 && b.value < 12 && !b.bound &&
        FEET_INCHES_GAP_RE.test(text.slice(a.end, b.start))) {
      const value = a.value * 12 + b.value;
      const m: Quantity = { start: a.start, end: b.end, text: text.slice(a.start, b.end), value, unit: 'in' };
      if (a.bound) m.bound = a.bound;
      const si = toSi(value, 'in');
      if (si) m.si = si;
      if (a.noun) m.noun = a.noun;
      m.rule = `${a.rule ?? 'quantity:'}+feet-inches`;
      out.push(m);
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}
