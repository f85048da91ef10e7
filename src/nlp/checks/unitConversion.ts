import type { Check, Quantity } from '../../core/types.js';
import { convert, convertDifference, dimensionOf } from '../quantity/units.js';
import { METRIC_TON_RE, metricAndShortTons, perDenominator } from '../quantity/equivalents.js';
import { fmt, roundingName, roundingUnit } from './format.js';
import { ruled } from './rule.js';
import { currencyCheck, statedRates, type StatedRates } from './currency.js';
import { isMoney } from './numbers.js';


/** One metric ton in US short tons (2,000 lb). */
const SHORT_TONS_PER_TONNE = 1 / 0.90718474;

/** Words that make plain "miles" a nautical range. */
const NAUTICAL_CONTEXT_RE = /\b(?:range|aircraft|airliner|plane|jet|freighter|ship|vessel|tanker|submarine|carrier|fly|flies|flight|nonstop|non-stop|sail|sails)\b/i;

/** A gallon-based figure in imperial rather than US gallons: how many times the US value it converts to. */
const IMPERIAL_PER_US: Readonly<Record<string, number>> = { gal: 4.54609 / 3.785411784, mpg: 3.785411784 / 4.54609 };

/** Conversion factors differ slightly between sources (US vs imperial, rounded factors): allow 0.5%. */
const FACTOR_SLACK = 0.005;
/** "about", "nearly", "roughly" on either side: allow 5% beyond the written rounding. */
const APPROX_SLACK = 0.05;
/** The most a figure's trailing zeros allow it to be off from the conversion (of the figure), before the slacks above. */
const ROUND_ZEROS_CAP = 0.12;

/**
 * "59 km/h (37 mph)": converts each side into the other's unit and accepts the pair when either
 * conversion lands within half the rounding unit the writer used for the other side.
 */
/** "tons" written plain: not "tonnes", not "metric tons". */
const PLAIN_TON_RE = /\btons?\b/i;
const METRIC_WORD_RE = /\bmetric\b/i;

export function unitConversionChecks(qs: readonly Quantity[], text = '', anchorDate?: string): Check[] {
  let stated: StatedRates | undefined;
  const context = (a: Quantity, b: Quantity) => text.slice(Math.max(0, Math.min(a.start, b.start) - 200), Math.max(a.end, b.end) + 60);
  const out: Check[] = [];
  for (let i = 0; i < qs.length; i++) {
    const a = qs[i];
    const j = a.equivalentOf;
    if (j === undefined || j <= i || j >= qs.length) continue;
    const b = qs[j];
    if (isMoney(a) && isMoney(b)) {
      // "$200m (£138m)": against the report's own rate, else the yearly average of its year
      stated ??= statedRates(text, qs);
      out.push(currencyCheck(a, b, [i, j], anchorDate, stated));
      continue;
    }
    if (!dimensionOf(a.unit) || !dimensionOf(b.unit)) {
      out.push(ruled({
        kind: 'UNIT_CONVERSION', status: 'UNVERIFIABLE', refs: [i, j],
        detail: `${fmt(a.value)} ${a.unit} given as ${b.text}: no exchange rate or conversion between ${a.unit} and ${b.unit} is known`,
      }, 'unit-conversion:no-rate'));
      continue;
    }
    // "10 kg per hectare (9 lb per acre)": rates over different denominators convert those too; a rate over a time
    // or a head ("a day", "per person") has one denominator on both sides, stated once or twice
    const perA = perDenominator(text.slice(a.end, a.end + 24)), perB = perDenominator(text.slice(b.end, b.end + 24));
    // (two different denominators that are not both units, "per cow (… per head)", cannot be compared)
    const denom = perA && perB && perA !== perB ? convert(1, perB, perA) : 1;
    if (denom === undefined) continue;
    if (metricAndShortTons(a, b)) {
      // US copy gives metric tons with the short ton (907.18 kg) in brackets; "3 tonnes per hectare (1.2 tons per
      // acre)": over different denominators, those convert too, and plain "tons" there may be metric ones
      const metricFirst = METRIC_TON_RE.test(a.text);
      const f = metricFirst ? SHORT_TONS_PER_TONNE : 1 / SHORT_TONS_PER_TONNE;
      const A = { ...a, unit: metricFirst ? 't' : 'short ton' }, B = { ...b, unit: metricFirst ? 'short ton' : 't' };
      let d = judge(A, B, a.value * denom * f, b.value / denom / f, [i, j]);
      if (d.status === 'INCONSISTENT' && denom !== 1) {
        const m = judge(a, b, a.value * denom, b.value / denom, [i, j]);
        if (m.status === 'CONSISTENT') d = { ...m, detail: `${m.detail}, reading "tons" as metric tons` };
      }
      if (denom !== 1) d = { ...d, detail: `${d.detail}, per ${perB} against per ${perA}` };
      out.push(ruled(d, 'unit-conversion:short-ton'));
      continue;
    }
    const ab = convert(a.value * denom, a.unit, b.unit);
    const ba = convert(b.value / denom, b.unit, a.unit);
    if (ab === undefined || ba === undefined) continue;
    let c = judge(a, b, ab, ba, [i, j]);
    if (denom !== 1) c = { ...c, detail: `${c.detail}, per ${perB} against per ${perA}` };
    // British copy counts in imperial gallons (4.546 l, not the US 3.785 l): "50 miles per gallon (17.7 km per litre)"
    const imperial = IMPERIAL_PER_US[a.unit] ?? (IMPERIAL_PER_US[b.unit] !== undefined ? 1 / IMPERIAL_PER_US[b.unit] : undefined);
    // ranges of aircraft and ships are given in nautical miles, often written plain "miles": "5,600 miles (10,400 km)"
    if (c.status === 'INCONSISTENT' && (a.unit === 'mi' || b.unit === 'mi') && NAUTICAL_CONTEXT_RE.test(context(a, b))) {
      const A = a.unit === 'mi' ? { ...a, unit: 'nmi' } : a;
      const B = b.unit === 'mi' ? { ...b, unit: 'nmi' } : b;
      const nab = convert(A.value, A.unit, B.unit);
      const nba = convert(B.value, B.unit, A.unit);
      const d = nab !== undefined && nba !== undefined ? judge(A, B, nab, nba, [i, j]) : undefined;
      if (d?.status === 'CONSISTENT') c = { ...d, detail: `${d.detail}, reading "miles" as nautical miles (an aircraft's or ship's range)` };
    }
    if (c.status === 'INCONSISTENT' && imperial !== undefined) {
      const d = judge(a, b, ab * imperial, ba / imperial, [i, j]);
      if (d.status === 'CONSISTENT') c = { ...d, detail: `${d.detail}, in imperial gallons` };
    }
    // "1.2 tons (1,090 kg)": a plain "ton" in US copy is the short ton (907.18 kg), in British copy it may be the long
    // ton (1,016.05 kg); only "tonne" or "metric ton" is 1,000 kg
    if (c.status === 'INCONSISTENT' && ((PLAIN_TON_RE.test(a.text) && !METRIC_WORD_RE.test(a.text)) || (PLAIN_TON_RE.test(b.text) && !METRIC_WORD_RE.test(b.text)))) {
      for (const [tons, name] of [[0.90718474, 'short tons'], [1.0160469, 'long tons']] as const) {
        const plain = (q: Quantity) => q.unit === 't' && PLAIN_TON_RE.test(q.text) && !METRIC_WORD_RE.test(q.text);
        const fa = plain(a) ? tons : 1, fb = plain(b) ? tons : 1;
        const tab = convert(a.value * fa, a.unit, b.unit), tba = convert(b.value * fb, b.unit, a.unit);
        if (tab === undefined || tba === undefined) continue;
        const d = judge(a, b, tab / fb, tba / fa, [i, j]);
        if (d.status === 'CONSISTENT') { c = { ...d, detail: `${d.detail}, reading "tons" as ${name}` }; break; }
      }
    }
    // "warming of 3.6°F (2 degrees Celsius)": a temperature difference converts without the offset
    if (c.status === 'INCONSISTENT' && dimensionOf(a.unit) === 'temperature') {
      const dab = convertDifference(a.value, a.unit, b.unit);
      const dba = convertDifference(b.value, b.unit, a.unit);
      if (dab !== undefined && dba !== undefined) {
        const d = judge(a, b, dab, dba, [i, j]);
        if (d.status === 'CONSISTENT') { out.push(ruled({ ...d, detail: `${d.detail}, as a temperature difference` }, 'unit-conversion:difference')); continue; }
      }
    }
    out.push(ruled(c, 'unit-conversion:rounding'));
  }
  return out;
}

function within(conv: number, given: Quantity, approx: boolean): { ok: boolean; unit: number } {
  const unit = roundingUnit(given.text, given.value);
  // a figure ending in zeros ("1,000 miles", "200 km") may be rounded to its last non-zero digit, but half that unit is up
  // to half the figure: a conversion is taken as rounded only within ROUND_ZEROS_CAP of the figure ("2,000 km (1,000 miles)"
  // is 1,243 miles, no rounding of them)
  const round = unit > 1 ? Math.min(unit / 2, Math.abs(given.value) * ROUND_ZEROS_CAP) : unit / 2;
  const tol = round + Math.abs(given.value) * (FACTOR_SLACK + (approx ? APPROX_SLACK : 0));
  return { ok: Math.abs(conv - given.value) <= tol + 1e-9, unit };
}

function judge(a: Quantity, b: Quantity, ab: number, ba: number, refs: number[]): Check {
  const approx = a.bound === 'APPROX' || b.bound === 'APPROX';
  const fwd = within(ab, b, approx);
  // read back, the first figure is taken for the conversion of the second: only its own "about" widens its rounding
  // ("500 metres (about 1,460 feet)": 1,460 ft is 445 m, which no rounding of an exact "500 metres" reaches)
  const back = within(ba, a, a.bound === 'APPROX');
  const head = `${fmt(a.value)} ${a.unit} = ${fmt(ab)} ${b.unit}, given as ${b.text}`;
  if (fwd.ok) {
    const exact = Math.abs(ab - b.value) < 1e-9 * Math.max(1, Math.abs(b.value));
    return { kind: 'UNIT_CONVERSION', status: 'CONSISTENT', refs, detail: exact ? `${head} (exact)` : `${head} (rounded to ${roundingName(fwd.unit, b.value)}${approx ? ', approximate' : ''})` };
  }
  if (back.ok) {
    // the bracketed figure is the precise one: "around 20,000 feet (6,100 meters)"
    return {
      kind: 'UNIT_CONVERSION', status: 'CONSISTENT', refs,
      detail: `${fmt(b.value)} ${b.unit} = ${fmt(ba)} ${a.unit}, given as ${a.text} (rounded to ${roundingName(back.unit, a.value)}${a.bound === 'APPROX' ? ', approximate' : ''})`,
    };
  }
  const off = Math.abs(ab - b.value) / Math.max(Math.abs(ab), 1e-12);
  return {
    kind: 'UNIT_CONVERSION', status: 'INCONSISTENT', refs,
    detail: `${head}: off by ${(off * 100).toFixed(1)}%, more than rounding to ${roundingName(fwd.unit, b.value)} allows`,
  };
}
