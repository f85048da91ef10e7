// A money figure restated in another currency, "$200m (£138m)", "€1.5bn, or about $1.6bn": the pair is judged
// against the report's own stated rate where it gives one ("at 83 rupees to the dollar", "£1 = $1.27"), else against
// the yearly average rate of the report's year (data/lexicon/exchange-rates.tsv, units per US dollar; two
// currencies other than the dollar are compared through it).
//
// A day's rate lies within a few per cent of its year's average in a stable year, rarely beyond 10%: a restatement
// within 12% of the average (plus the writer's rounding, at most 3%) is CONSISTENT; one more than 20% away from
// every reading of its currencies is INCONSISTENT (a wrong figure or a wrong currency, not the day's market);
// between the two the yearly table cannot tell, and the check is UNVERIFIABLE, as it is when the report has no
// date or the table no rate for that year. A stated rate (itself rounded) allows 5% beyond the rounding and makes
// the pair CONSISTENT; it makes it INCONSISTENT only with the yearly average against it too (a rate a report states
// may be another day's: "from 60 to the dollar in 2014 to 83 now").
import { join } from 'node:path';
import type { Check, Quantity } from '../../core/types.js';
import { readDataRows } from '../../core/data-rows.js';
import { projectRoot } from '../../core/shared.js';
import { CURRENCY_WORDS } from '../quantity/lexicon.js';
import { fmt, roundingUnit } from './format.js';
import { ruled } from './rule.js';
import { countValue, isMoney } from './numbers.js';
import { allMatches, escapeRegExp } from '../../core/regex.js';
import { anchorYear } from './anchorDate.js';

/** Within this share of the yearly-average conversion the restatement is consistent. */
export const YEARLY_TOLERANCE = 0.12;
/** Beyond this share from every reading the restatement is inconsistent. */
export const YEARLY_FAR = 0.2;
/** A rate the report states itself (itself rounded): allow 5% beyond the rounding; beyond 10% it contradicts. */
const STATED_TOLERANCE = 0.05;
const STATED_FAR = 0.1;
/** The writer's rounding widens the tolerance by half its unit, but never by more than this share. */
const MAX_ROUNDING = 0.03;

type RateTable = Map<string, Map<number, number>>;
let rateTable: RateTable | undefined;
let lastYear = 0;

/** Units of each currency per US dollar by year (the dollar itself is 1 in every year). */
function rates(): RateTable {
  if (rateTable) return rateTable;
  rateTable = new Map();
  const rows = readDataRows(join(projectRoot, 'data', 'lexicon', 'exchange-rates.tsv'));
  const years = (rows[0] ?? []).slice(1).map(Number);
  for (const [code, ...cells] of rows.slice(1)) {
    if (!code) continue;
    const byYear = new Map<number, number>();
    cells.forEach((c, k) => {
      const v = Number(c);
      if (c && Number.isFinite(v) && v > 0 && years[k]) { byYear.set(years[k]!, v); lastYear = Math.max(lastYear, years[k]!); }
    });
    rateTable.set(code, byYear);
  }
  return rateTable;
}

/**
 * Units of `code` per US dollar in `year`. A report dated after the table's last year takes that year's
 * average (one year on at most); a year the table leaves blank has none.
 */
export function perUsd(code: string, year: number): number | undefined {
  if (code === 'USD') return 1;
  const t = rates();
  const y = year > lastYear && year <= lastYear + 1 ? lastYear : year;
  return t.get(code)?.get(y);
}

let readingTable: Array<{ re: RegExp; codes: string[] }> | undefined;
/** Written forms shared by several currencies ("Rs", "dinars", "pesos") and the currencies they may be. */
function readingsTable(): Array<{ re: RegExp; codes: string[] }> {
  if (readingTable) return readingTable;
  readingTable = [];
  for (const [forms, codes] of readDataRows(join(projectRoot, 'data', 'lexicon', 'currency-readings.tsv'))) {
    if (!forms || !codes) continue;
    const alts = forms.split(',').map((f) => escapeRegExp(f.trim())).join('|');
    readingTable.push({ re: new RegExp(String.raw`(?<![\p{L}])(?:${alts})(?![\p{L}])`, 'iu'), codes: codes.split(',').map((c) => c.trim()) });
  }
  return readingTable;
}

/** The currencies a money figure may be in: its own code first, then the others its written form may mean. */
function readings(q: Quantity): string[] {
  const out = [q.unit];
  for (const { re, codes } of readingsTable()) {
    if (!codes.includes(q.unit)) continue;
    const m = re.exec(q.text);
    if (!m) continue;
    // "CFA francs", "Colombian pesos": a capitalised word before the currency's word names which one it is (not a
    // number word opening the sentence: "Fifty dollars", "Ten pesos")
    const named = /(\p{Lu}[\p{L}.]*)\s+$/u.exec(q.text.slice(0, m.index));
    if (named && countValue(named[1]!) === undefined) continue;
    for (const c of codes) if (!out.includes(c)) out.push(c);
  }
  return out;
}

/** How far a conversion lands from the figure given, as a share of it, less the writer's rounding. */
function offBy(conv: number, given: Quantity): number {
  const g = Math.abs(given.value);
  if (!g) return Infinity;
  const rounding = Math.min(roundingUnit(given.text, given.value) / 2 / g, MAX_ROUNDING);
  return Math.max(0, Math.abs(conv - given.value) / g - rounding);
}

/** Units of `to` per unit of `from`, as the report states it somewhere. */
export type StatedRates = Map<string, number[]>;

const WORD_CODE: ReadonlyMap<string, string> = new Map([
  ...Object.entries(CURRENCY_WORDS), ['pound', 'GBP'], ['greenback', 'USD'],
]);
const CURRENCY_WORD_ALT = [...WORD_CODE.keys()].filter((w) => /^[a-z]+$/.test(w)).sort((a, b) => b.length - a.length).join('|');
// "the rupee traded at 83.2 to the dollar", "the euro stood at 1.08 against the dollar"
const AT_RATE_RE = new RegExp(String.raw`\b(${CURRENCY_WORD_ALT})\b[^.;]{0,40}?\bat\s+(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s+(?:to|per|against)\s+(?:the|one|a|each)\s+(${CURRENCY_WORD_ALT})\b`, 'gi');
// "83 rupees to the dollar", "1.27 dollars per pound", "7.7 kronor per dollar": a money figure, then the currency one unit of which it buys
const PER_AFTER_RE = new RegExp(String.raw`^\s*(?:(?:to|against|for)\s+(?:the|one|a|an|each|1)|per(?:\s+(?:the|one|a|an|each|1))?)\s+(${CURRENCY_WORD_ALT})\b(?!\s*(?:zone|area|region|bloc|bonds?|markets?)\b|-)`, 'i');
// "£1 = $1.27", "$1 = Rs 83": one unit of a currency, then what it equals
const EQUALS_GAP_RE = /^\s*(?:=|equals?|is worth|was worth|buys|bought|to)\s*$/i;

// "from 60 to 83 rupees to the dollar", "from EGP 30.9 to the dollar … to more than EGP 49.5": a move between two rates
const FROM_BEFORE_RE = /\bfrom\s+(?:around|about|roughly|nearly|some|just\s+(?:over|under))?\s*$/i;
const FROM_TO_GAP_RE = /^\s*to\s+(?:(?:around|about|roughly|nearly|almost|more\s+than|over|beyond|past|just\s+(?:over|under))\s+)?$/i;
const TO_BEFORE_RE = /\bto\s+(?:(?:around|about|roughly|nearly|almost|more\s+than|over|beyond|past|just\s+(?:over|under))\s+)?$/i;

/**
 * The words between "from EGP 30.9 to the dollar" and the "to" of the far end leave that "to" the move's own: nothing,
 * a phrase of time or place ("on Monday", "in bank trading"), or an apposition set off by commas (", the official
 * rate it had held for a year,"); no coordination or new clause ("on Monday, and the price of flour jumped to EGP 20").
 */
function moveGoverns(between: string): boolean {
  if (/\b(?:and|but|while|whereas|then|as|when|after|before)\b/i.test(between)) return false;
  const b = between.trim();
  return b === '' || /^,[^,]*,$/.test(b) || /^(?:on|in|at|by|over|within|during|since|across)\s+[^,]{0,40}$/i.test(b);
}

/** The exchange rates a report states itself (both directions). */
export function statedRates(text: string, qs: readonly Quantity[]): StatedRates {
  const out: StatedRates = new Map();
  const put = (from: string, to: string, rate: number) => {
    if (from === to || !(rate > 0)) return;
    // a figure far from any rate the two currencies have had is no rate ("$20 million to the euro zone")
    // (any currency the written form may be: "kwacha" is Zambian or Malawian, a thousand apart in size)
    const usuals = sharing(to).flatMap((t) => sharing(from).map((f) => {
      const gt = perUsdGuess(t), gf = perUsdGuess(f);
      return gt !== undefined && gf !== undefined ? gt / gf : undefined;
    })).filter((u): u is number => u !== undefined);
    if (usuals.length && usuals.every((usual) => rate > usual * 3 || rate < usual / 3)) return;
    out.set(`${from}>${to}`, [...(out.get(`${from}>${to}`) ?? []), rate]);
    out.set(`${to}>${from}`, [...(out.get(`${to}>${from}`) ?? []), 1 / rate]);
  };
  for (let i = 0; i < qs.length; i++) {
    const q = qs[i]!;
    if (!q || !isMoney(q)) continue;
    const next = qs[i + 1];
    if (q.value === 1 && next !== undefined && isMoney(next) && EQUALS_GAP_RE.test(text.slice(q.end, next.start))) { put(q.unit, next.unit, next.value); continue; }
    const m = PER_AFTER_RE.exec(text.slice(q.end, q.end + 40));
    const per = m ? WORD_CODE.get(m[1]!.toLowerCase()) : undefined;
    if (per) {
      put(per, q.unit, q.value);
      // "slid from EGP 30.9 to the dollar … to more than EGP 49.5": the other end of a move, the rate named once
      const prev = qs[i - 1];
      if (prev && isMoney(prev) && prev.unit === q.unit && FROM_TO_GAP_RE.test(text.slice(prev.end, q.start)) && FROM_BEFORE_RE.test(text.slice(Math.max(0, prev.start - 24), prev.start))) put(per, q.unit, prev.value);
      else if (next && isMoney(next) && next.unit === q.unit && FROM_BEFORE_RE.test(text.slice(Math.max(0, q.start - 24), q.start))) {
        const gap = text.slice(q.end, next.start);
        if (gap.length <= 120 && !/[.;!?]/.test(gap.replace(/\d\.\d/g, '')) && TO_BEFORE_RE.test(gap) && moveGoverns(gap.slice(m![0].length).replace(TO_BEFORE_RE, ''))) put(per, q.unit, next.value);
      }
    }
  }
  if (/\bat\s+\d/.test(text)) {
    for (const m of allMatches(AT_RATE_RE, text)) {
      const base = WORD_CODE.get(m[1]!.toLowerCase()), quote = WORD_CODE.get(m[3]!.toLowerCase());
      // "the rupee at 83 to the dollar": 83 rupees buy one dollar; "the euro at 1.08 against the dollar": one euro
      // buys 1.08 dollars. Which way a bare figure runs is the way closer to the currencies' usual sizes.
      const v = Number(m[2]!.replace(/,/g, ''));
      if (!base || !quote || !(v > 0)) continue;
      // a currency the table lacks is read the usual way: "the X at N to the dollar" is N units of X per dollar
      const gb = perUsdGuess(base), gq = perUsdGuess(quote);
      const g = gb !== undefined && gq !== undefined ? Math.log(gb / gq) : undefined;
      if (g === undefined || Math.abs(Math.log(v) - g) <= Math.abs(-Math.log(v) - g)) put(quote, base, v);
      else put(base, quote, v);
    }
  }
  return out;
}

/** A currency and the others its written forms may also mean (data/lexicon/currency-readings.tsv). */
function sharing(code: string): string[] {
  const out = [code];
  for (const { codes } of readingsTable()) if (codes.includes(code)) for (const c of codes) if (!out.includes(c)) out.push(c);
  return out;
}

/** A rough size of a currency against the dollar (any year), to read which way a bare rate runs. */
function perUsdGuess(code: string): number | undefined {
  if (code === 'USD') return 1;
  return [...(rates().get(code)?.values() ?? [])].at(-1);
}

/** A band a currency traded in over a stretch of days: units per US dollar, lowest and highest. */
interface RateSpan { from: string; to: string; low: number; high: number }
/** A band wider than this (highest over lowest) lets any figure pass: it judges nothing. */
export const MAX_SPAN_WIDTH = 1.35;
/** Beyond the writer's rounding, a rate inside its day's band may be this share outside it (the bands are recollected). */
const SPAN_SLACK = 0.02;
let spanTable: Map<string, RateSpan[]> | undefined;

/** The band of `code` on the day `date` (YYYY-MM-DD) from data/lexicon/exchange-rate-spans.tsv, if one covers it. */
export function rateSpan(code: string, date: string): RateSpan | undefined {
  if (!spanTable) {
    spanTable = new Map();
    for (const [c, from, to, lo, hi] of readDataRows(join(projectRoot, 'data', 'lexicon', 'exchange-rate-spans.tsv'))) {
      const low = Number(lo), high = Number(hi);
      if (!c || !from || !to || !(low > 0) || !(high >= low) || high / low > MAX_SPAN_WIDTH) continue;
      const list = spanTable.get(c) ?? [];
      list.push({ from, to, low, high });
      spanTable.set(c, list);
    }
  }
  return spanTable.get(code)?.find((s) => s.from <= date && date <= s.to);
}

/** The bands of `code` that cover any day within a year either side of `date` (YYYY-MM-DD). */
function nearbySpans(code: string, date: string): RateSpan[] {
  rateSpan(code, date);
  const shift = (y: number) => `${Number(date.slice(0, 4)) + y}${date.slice(4)}`;
  const lo = shift(-1), hi = shift(1);
  return (spanTable!.get(code) ?? []).filter((s) => s.to >= lo && s.from <= hi);
}

/**
 * A pair the yearly table cannot price (a float year left blank, the Argentine peso): judged against the band each
 * currency traded in on the report's day, a dollar figure exactly, a currency of the yearly table at its average with
 * the yearly tolerance. Inside the band: CONSISTENT; outside, UNVERIFIABLE (the bands are recollected, a report may
 * use a parallel-market rate) — unless the banded currency comes out stronger than its official band by more than
 * YEARLY_FAR, and than every band within a year either side: INCONSISTENT (a parallel market only weakens it).
 */
export function spanCheck(a: Quantity, b: Quantity, refs: number[], date: string, allow?: (from: string, to: string) => boolean): Check | undefined {
  const year = Number(date.slice(0, 4));
  type Band = { low: number; high: number; exact: boolean; span?: RateSpan };
  const band = (code: string): Band | undefined => {
    if (code === 'USD') return { low: 1, high: 1, exact: true };
    const span = rateSpan(code, date);
    if (span) return { low: span.low, high: span.high, exact: true, span };
    const v = perUsd(code, year);
    return v === undefined ? undefined : { low: v, high: v, exact: false };
  };
  let best: { rate: number; low: number; high: number; out: number; far: boolean; from: string; to: string; spans: RateSpan[] } | undefined;
  for (const from of readings(a)) {
    for (const to of readings(b)) {
      if (from === to || (allow && !allow(from, to))) continue;
      const f = band(from), t = band(to);
      // only where a band speaks: two yearly averages are the yearly check's
      if (!f || !t || (!f.span && !t.span)) continue;
      const low = t.low / f.high, high = t.high / f.low;
      const slack = Math.min(roundingUnit(a.text, a.value) / 2 / Math.abs(a.value), MAX_ROUNDING)
        + Math.min(roundingUnit(b.text, b.value) / 2 / Math.abs(b.value), MAX_ROUNDING)
        + SPAN_SLACK + (f.exact && t.exact ? 0 : YEARLY_TOLERANCE);
      const rate = b.value / a.value;
      const out = rate < low * (1 - slack) ? low / rate - 1 : rate > high * (1 + slack) ? rate / high - 1 : 0;
      // the banded currency (one side only) valued stronger than its official band by more than a year's swings, and
      // than every band within a year either side (another day's rate): no parallel market runs that way
      let far = false;
      if (out > YEARLY_FAR && !!f.span !== !!t.span) {
        const code = f.span ? from : to;
        const stronger = f.span ? rate > high * (1 + slack) : rate < low * (1 - slack);
        far = stronger && nearbySpans(code, date).every((sp) => {
          const l = f.span ? t.low / sp.high : sp.low / f.high, h = f.span ? t.high / sp.low : sp.high / f.low;
          return (f.span ? rate / h - 1 : l / rate - 1) > YEARLY_FAR;
        });
      }
      if (!best || out < best.out) best = { rate, low, high, out, far, from, to, spans: [f.span, t.span].filter((s): s is RateSpan => !!s) };
    }
  }
  if (!best) return undefined;
  const days = best.spans.map((s) => `${s.from} to ${s.to}`).join(' and ');
  const bandText = `${fmt(best.low)}–${fmt(best.high)} ${best.to} per ${best.from}`;
  // (the head names the readings the band was read for: "3,000 ARS given as $20", not the figure's first reading)
  const head = `${fmt(a.value)} ${best.from} given as ${b.text}`;
  const conv = `${head}: ${fmt(best.rate)} ${best.to} per ${best.from}`;
  if (best.out === 0) {
    return ruled({ kind: 'UNIT_CONVERSION', status: 'CONSISTENT', refs, detail: `${conv}, within the ${bandText} the currencies traded at from ${days} (the report's day ${date})` }, 'unit-conversion:rate-span');
  }
  if (best.far) {
    return ruled({
      kind: 'UNIT_CONVERSION', status: 'INCONSISTENT', refs,
      detail: `${conv}, ${(best.out * 100).toFixed(0)}% outside the ${bandText} of ${days}, on the side no parallel market takes, and as far from every band within a year either side`,
    }, 'unit-conversion:rate-span');
  }
  return ruled({
    kind: 'UNIT_CONVERSION', status: 'UNVERIFIABLE', refs,
    detail: `${conv}, ${(best.out * 100).toFixed(0)}% outside the ${bandText} of ${days}: a parallel-market rate or another day's may explain it`,
  }, 'unit-conversion:rate-span');
}

/** The check of one money figure `a` restated as `b` (refs i, j) in the report's year. */
export function currencyCheck(a: Quantity, b: Quantity, refs: number[], anchorDate: string | undefined, stated: StatedRates): Check {
  const head = `${fmt(a.value)} ${a.unit} given as ${b.text}`;
  // the report may state several rates (then and now): the one nearest the restatement speaks for it
  const owns = (stated.get(`${a.unit}>${b.unit}`) ?? []).map((r) => ({ r, off: Math.min(offBy(a.value * r, b), offBy(b.value / r, a)) }))
    .sort((x, y) => x.off - y.off);
  const own = owns[0];
  const atOwn = (status: Check['status'], o: { r: number; off: number }): Check => ruled({
    kind: 'UNIT_CONVERSION', status, refs,
    detail: `${head}: at the report's own rate of ${fmt(o.r)} ${b.unit} per ${a.unit}, ${fmt(a.value * o.r)} ${b.unit}${status === 'CONSISTENT' ? '' : ` (off by ${(o.off * 100).toFixed(1)}%)`}`,
  }, 'unit-conversion:stated-rate');
  if (own && own.off <= STATED_TOLERANCE) return atOwn('CONSISTENT', own);
  const yearly = yearlyCheck(a, b, refs, anchorDate, head);
  // a stated rate may be another day's, or misread: it contradicts only a figure the yearly average cannot explain either
  if (own && own.off > STATED_FAR && yearly.status === 'INCONSISTENT') return atOwn('INCONSISTENT', own);
  return yearly;
}

/** A dollar sign with no letter before it ("$790,000", not "A$", "US$", "NT$"). */
const BARE_DOLLAR_RE = /(?<![\p{L}])\$/u;

function yearlyCheck(a: Quantity, b: Quantity, refs: number[], anchorDate: string | undefined, head: string): Check {
  const year = anchorYear(anchorDate);
  if (year === undefined) {
    return ruled({ kind: 'UNIT_CONVERSION', status: 'UNVERIFIABLE', refs, detail: `${head}: the report has no date, so no exchange rate of its day` }, 'unit-conversion:no-rate');
  }
  let best: { off: number; from: string; to: string; rate: number } | undefined;
  const first = readings(a), second = readings(b);
  // "1.2 million Australian dollars ($790,000)": a bare "$" restating a figure of another dollar currency is the US
  // dollar, though the quantity stage reads it as the report's dollar; only when both came out the same currency
  if (a.unit === b.unit) {
    if (BARE_DOLLAR_RE.test(b.text) && !second.includes('USD')) second.push('USD');
    else if (BARE_DOLLAR_RE.test(a.text) && !first.includes('USD')) first.push('USD');
  }
  for (const from of first) {
    for (const to of second) {
      if (from === to) continue;
      const pf = perUsd(from, year), pt = perUsd(to, year);
      if (pf === undefined || pt === undefined) continue;
      const rate = pt / pf;
      const off = Math.min(offBy(a.value * rate, b), offBy(b.value / rate, a));
      if (!best || off < best.off) best = { off, from, to, rate };
    }
  }
  if (!best) {
    // a year the table leaves blank (a float): the band of the report's day, where one is known
    const byDay = anchorDate && /^\d{4}-\d\d-\d\d/.test(anchorDate) ? spanCheck(a, b, refs, anchorDate.slice(0, 10)) : undefined;
    if (byDay) return byDay;
    return ruled({
      kind: 'UNIT_CONVERSION', status: 'UNVERIFIABLE', refs,
      detail: `${head}: no yearly exchange rate between ${a.unit} and ${b.unit} is known for ${year}`,
    }, 'unit-conversion:no-rate');
  }
  const reading = best.from !== a.unit || best.to !== b.unit ? `, reading the amounts as ${best.from} and ${best.to}` : '';
  const conv = `${fmt(a.value)} ${best.from} = ${fmt(a.value * best.rate)} ${best.to} at ${year}'s average rate of ${fmt(best.rate)}`;
  // The table was typed from recollection and is not yet checked row by row, and a report may restate a sum at the rate
  // of the year it was agreed: a mismatch is claimed only when the neighbouring years' averages are as far off too (a
  // wrong cell, or a currency that moved, leaves it UNVERIFIABLE)
  const farEveryYear = [year - 1, year + 1].every((y) => {
    let off: number | undefined;
    for (const from of first) for (const to of second) {
      const pf = from === to ? undefined : perUsd(from, y), pt = perUsd(to, y);
      if (pf === undefined || pt === undefined) continue;
      const o = Math.min(offBy(a.value * (pt / pf), b), offBy(b.value / (pt / pf), a));
      off = off === undefined ? o : Math.min(off, o);
    }
    return off !== undefined && off > YEARLY_FAR;
  });
  // "500,000 CFA francs ($800)", "1,000 pesos (about $1.10)" in Buenos Aires: a reading of either figure the table has
  // no rate for (the figure's own currency, or another its written form may be) may be the one meant, so a mismatch
  // of the readings it does price is no contradiction
  const unpriced = [...first.map((c) => [c, a] as const), ...second.map((c) => [c, b] as const)].find(([c]) => perUsd(c, year) === undefined);
  const status = best.off <= YEARLY_TOLERANCE ? 'CONSISTENT' : best.off > YEARLY_FAR && farEveryYear && !unpriced ? 'INCONSISTENT' : 'UNVERIFIABLE';
  // "3,000 pesos ($20)" in Buenos Aires: a reading the yearly table cannot price may have a band of the day that fits
  // — but bare "pesos" in Manila fits the Argentine band by chance: when the readings the table prices are far off,
  // an unpriced reading speaks only as the figure's own currency (the one its place gave it), not as another its word
  // may mean
  if (status === 'UNVERIFIABLE' && unpriced && anchorDate && /^\d{4}-\d\d-\d\d/.test(anchorDate)) {
    const own = (code: string, q: Quantity) => perUsd(code, year) !== undefined || code === q.unit;
    const byDay = spanCheck(a, b, refs, anchorDate.slice(0, 10), best.off <= YEARLY_FAR ? undefined : (from, to) => own(from, a) && own(to, b));
    if (byDay?.status === 'CONSISTENT') return byDay;
  }
  const why = status === 'CONSISTENT' ? `within ${YEARLY_TOLERANCE * 100}% of the yearly average`
    : status === 'INCONSISTENT' ? `off by ${(best.off * 100).toFixed(0)}%, more than a year's exchange-rate swings explain, and as far off at the years either side`
      : best.off > YEARLY_FAR && unpriced && farEveryYear ? `off by ${(best.off * 100).toFixed(0)}%, but "${unpriced[1].text}" may be in ${unpriced[0]}, for which no yearly rate of ${year} is known`
        : best.off > YEARLY_FAR ? `off by ${(best.off * 100).toFixed(0)}%, but nearer at a year either side (or no rate there): the rate of another year may explain it`
          : `off by ${(best.off * 100).toFixed(0)}%, which the day's rate may or may not explain`;
  return ruled({ kind: 'UNIT_CONVERSION', status, refs, detail: `${conv}, given as ${b.text}${reading}: ${why}` }, 'unit-conversion:yearly-rate');
}
