import type { Bound, Offsets, Quantity } from '../../core/types.js';
import { boundAfter, boundBefore, extremumBefore, type BoundHit } from './bounds.js';
import {
  AGE_CUES, CAPITALISED_NOT_NAMES, CHANGE_VERBS, FRACTION_WORDS, ID_WORDS, MONTHS, NUMBER_WORDS, own, PERSON_CONTEXT_CUES, SCALE_ABBREV,
  SCALE_ABBREV_NEED_MONEY, SCALE_WORDS, TIME_UNITS, VAGUE_PLURALS, VULGAR_FRACTIONS, WEAK_YEAR_CUES, YEAR_CUES,
} from './lexicon.js';
import { countedNoun, type CountedNoun } from './nouns.js';
import { parseDigits, parseWordNumber } from './number.js';
import type { QTok } from './tokens.js';
import { ATTACHED_UNIT_TRIE, CURRENCY_FIRST, CURRENCY_PREFIX, CURRENCY_SUFFIX, toSi, UNIT_TRIE, type UnitHit } from './units.js';

const TIMES = new Set(TIME_UNITS);
const MONTH_SET = new Set(MONTHS);
const ID_SET = new Set(ID_WORDS);
const YEAR_CUE_SET = new Set(YEAR_CUES);
const WEAK_YEAR_CUE_SET = new Set(WEAK_YEAR_CUES);
const NOT_NAMES = new Set(CAPITALISED_NOT_NAMES);
const CHANGE = new Set(CHANGE_VERBS);
const PERSON_CTX = new Set(PERSON_CONTEXT_CUES);
const DASHES = new Set(['-', '–', '—']);
const ORDINAL_SUFFIX = new Set(['st', 'nd', 'rd', 'th']);
const UPPER_RE = /^\p{Lu}/u;

/** A parsed number: tokens [start..end], value, and how it was written. */
interface Num {
  start: number;
  end: number;
  value: number;
  words: boolean;
  /** Digit text of the main number ("11,300"), for rounding and year tests. */
  digits?: string;
  /** A scale word or abbreviation was applied ("1.5 million", "68.7bn"). */
  scaled: boolean;
  /** "hundreds of": a vague plural, value is the lower bound. */
  vague?: boolean;
  rule: string;
}

/** What follows a number: a unit, a counted noun, or nothing. */
interface Tail {
  unit: string;
  /** Last token of the unit or noun; the number's own end when nothing follows. */
  end: number;
  rule: string;
  physical?: boolean;
  money?: boolean;
  noun?: string;
  after?: BoundHit;
  /** Plain noun of a non-person count (used by the year filter). */
  countNoun?: CountedNoun;
}

export interface ScanContext {
  text: string;
  toks: readonly QTok[];
  /** Spans of times found by the time stage: numbers inside them are not quantities. */
  times: readonly Offsets[];
}

/** Finds every quantity in the token stream, left to right, never overlapping. */
export function scanQuantities(ctx: ScanContext): Quantity[] {
  const { toks } = ctx;
  const out: Quantity[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (!mayStart(toks[i])) continue;
    const found = quantitiesAt(ctx, i);
    if (!found) continue;
    out.push(...found.items);
    i = found.last;
  }
  return out;
}

/** A cheap gate before the real parse: digits, symbols, number words, currency codes. */
function mayStart(t: QTok): boolean {
  if (t.kind !== 'word') return true;
  const w = t.lower;
  return isNumberWord(w) || w === 'a' || w === 'an' || w === 'half' || w === 'tens' || CURRENCY_FIRST.has(t.text);
}
function isNumberWord(w: string): boolean {
  return own(NUMBER_WORDS, w) !== undefined || own(VAGUE_PLURALS, w) !== undefined || own(SCALE_WORDS, w) !== undefined;
}

interface Found { items: Quantity[]; last: number }

function quantitiesAt(ctx: ScanContext, at: number): Found | undefined {
  let i = at;
  const { toks } = ctx;
  let currency: string | undefined;
  let numAt = i;
  const t = toks[i];
  const cur = t.kind === 'num' ? undefined : CURRENCY_PREFIX.match(toks, i, true, true);
  if (cur && toks[cur.end + 1]?.kind === 'num' && toks[cur.end + 1].sent === t.sent) {
    currency = cur.value;
    numAt = cur.end + 1;
  } else if (t.kind === 'sym') return undefined;
  else if (t.kind === 'word' && !isNumberWord(t.lower) && t.lower !== 'a' && t.lower !== 'an' && t.lower !== 'half' && t.lower !== 'tens') return undefined;
  // "a kilometre", "at least a cup's worth": the article counts one of a measurement unit
  const w0 = toks[numAt].lower;
  if (w0 === 'a' || w0 === 'an') {
    const unit = toks[numAt + 1]?.space ? UNIT_TRIE.match(toks, numAt + 1) : undefined;
    if (unit && unit.value.kind === 'physical' && !A_EXCLUDED.has(unit.value.form)) {
      // "half a mile"
      const half = toks[numAt - 1]?.lower === 'half';
      const num: Num = { start: half ? numAt - 1 : numAt, end: numAt, value: half ? 0.5 : 1, words: true, scaled: false, rule: half ? 'half-a' : 'article-one' };
      return emitSingle(ctx, half ? numAt - 1 : i, num, currency, { hit: unit.value, end: unit.end });
    }
    const n1 = toks[numAt + 1]?.lower ?? '';
    if (own(SCALE_WORDS, n1) === undefined && n1 !== 'dozen') return undefined;
  }
  const first = parseNumber(ctx, numAt, currency !== undefined);
  if (!first) return undefined;
  if (skipNumber(ctx, numAt, first, currency, false)) return { items: [], last: first.end };
  // "−5°C", "fell -0.3%": a minus sign that touches the number and follows a space
  const sign = toks[numAt - 1];
  if (!first.words && currency === undefined && sign && (sign.text === '−' || sign.text === '-') && !toks[numAt].space &&
      (sign.space || numAt - 1 === 0) && toks[numAt - 2]?.kind !== 'num') {
    first.value = -first.value;
    first.rule = `negative-${first.rule}`;
    i = numAt - 1;
  }

  // ranges: "5,000-6,000", "5,000 to 6,000 people", "between 10 and 15"
  const range = parseRange(ctx, i, first, currency);
  if (range) return range;
  return emitSingle(ctx, i, first, currency);
}

const A_EXCLUDED = new Set(['foot', 'pound', 'ton', 'c', 'f', 'in', 'm', 'g', 'l']);

/** Parses digits or words at token `i`, with fractions and scales. */
function parseNumber(ctx: ScanContext, i: number, money: boolean): Num | undefined {
  const { toks } = ctx;
  const t = toks[i];
  if (t.kind === 'word') {
    const vague = own(VAGUE_PLURALS, t.lower);
    if (vague !== undefined) {
      // "hundreds of", "tens of thousands of", "hundreds of thousands of"
      let value = vague;
      let end = i;
      const v2 = own(VAGUE_PLURALS, toks[i + 2]?.lower ?? '');
      if (toks[i + 1]?.lower === 'of' && v2 !== undefined && v2 > value) {
        value *= v2;
        end = i + 2;
      }
      if (toks[end + 1]?.lower !== 'of') return undefined;
      return { start: i, end: end + 1, value, words: true, scaled: true, vague: true, rule: 'vague-plural' };
    }
    const tens = own(VAGUE_PLURALS, toks[i + 2]?.lower ?? '');
    if (t.lower === 'tens' && toks[i + 1]?.lower === 'of' && tens !== undefined && toks[i + 3]?.lower === 'of') {
      return { start: i, end: i + 3, value: 10 * tens, words: true, scaled: true, vague: true, rule: 'vague-plural' };
    }
    const w = parseWordNumber(toks, i);
    if (!w) return undefined;
    const scaled = toks.slice(i, w.end + 1).some((x) => own(SCALE_WORDS, x.lower) !== undefined);
    return { start: i, end: w.end, value: w.value, words: true, scaled, rule: 'words' };
  }
  if (t.kind !== 'num') return undefined;
  const base = parseDigits(t.text);
  if (base === undefined) return undefined;
  let value = base;
  let end = i;
  let rule = 'digits';
  // mixed fraction "4 1/2"
  const a = toks[i + 1], s = toks[i + 2], b = toks[i + 3];
  if (a && s && b && a.kind === 'num' && a.space && s.text === '/' && !s.space && b.kind === 'num' && !b.space && !t.text.includes('.')) {
    const n = parseDigits(a.text), d = parseDigits(b.text);
    if (n !== undefined && d !== undefined && d > n && n > 0 && [2, 3, 4, 8, 16].includes(d) && toks[i + 4]?.text !== '/') {
      value += n / d;
      end = i + 3;
      rule = 'mixed-fraction';
    }
  }
  const vf = toks[end + 1];
  const frac = vf && !vf.space ? own(VULGAR_FRACTIONS, vf.text) : undefined;
  if (frac !== undefined) {
    value += frac;
    end++;
    rule = 'vulgar-fraction';
  }
  let scaled = false;
  const nx = toks[end + 1];
  if (nx && nx.kind === 'word') {
    const sw = own(SCALE_WORDS, nx.lower);
    const sa = own(SCALE_ABBREV, nx.lower);
    if (nx.space && sw !== undefined) {
      value *= sw;
      end++;
      scaled = true;
      // "1.5 hundred thousand" is not written; "two hundred thousand" is words. One more for "100 thousand million"? no.
    } else if (!nx.space && sa !== undefined) {
      const needMoney = SCALE_ABBREV_NEED_MONEY.includes(nx.lower);
      // "$71.4m", "68.7bn", "5m people", "2m tonnes" (but "5m" alone is five metres)
      if (!needMoney || money || followedByCount(ctx, end + 2) || CURRENCY_SUFFIX.match(toks, end + 2, true)) {
        value *= sa;
        end++;
        scaled = true;
      }
    }
  }
  if (!Number.isFinite(value)) return undefined;
  return { start: i, end, value, words: false, digits: t.text, scaled, rule };
}

function followedByCount(ctx: ScanContext, k: number): boolean {
  const t = ctx.toks[k];
  if (!t || !t.space) return false;
  if (UNIT_TRIE.match(ctx.toks, k)) return true;
  const n = countedNoun(ctx.toks, k, 2);
  return n !== undefined;
}

/** Numbers that are parts of names, codes, dates, times of day, phone numbers or ordinals. */
function skipNumber(ctx: ScanContext, numAt: number, num: Num, currency: string | undefined, inRange: boolean): boolean {
  const { toks } = ctx;
  const t = toks[numAt];
  const prev = toks[numAt - 1];
  const prev2 = toks[numAt - 2];
  const next = toks[num.end + 1];
  const sNum = toks[num.start].start;
  const eNum = toks[num.end].end;
  for (const tm of ctx.times) if (tm.start < eNum && sNum < tm.end) return true;
  if (num.words) {
    // "BBC Three Counties Radio", "the Big Ten": a capitalised number word inside a name
    return UPPER_RE.test(t.text) && !t.first && prev !== undefined && prev.kind === 'word' && UPPER_RE.test(prev.text) &&
      !NOT_NAMES.has(prev.lower);
  }
  const digits = num.digits ?? '';
  // leading zeros: codes and phone numbers ("0800", "07")
  if (/^0[0-9]/.test(digits)) return true;
  if (prev && !t.space && currency === undefined && !inRange) {
    // "MH17", "G7", "COVID-19", "F-16", "+1 555", "9/11", "10:30", "#5", "v2"
    if (prev.kind === 'word' || prev.kind === 'num') return true;
    if (DASHES.has(prev.text) && prev2 && !prev.space && (prev2.kind === 'word' || prev2.kind === 'num')) return true;
    if ('/:.#@+_=\\'.includes(prev.text)) return true;
  }
  if (next && !next.space) {
    if (next.text === ':' || next.text === '/' && toks[num.end + 2]?.kind === 'num' && !toks[num.end + 2].space) return true;
    if (next.text === '.' && toks[num.end + 2]?.kind === 'num' && !toks[num.end + 2].space) return true;
    if (next.kind === 'word' && ORDINAL_SUFFIX.has(next.lower)) return true;
    // "1990s", "1e999", "747s", "3D": letters glued to digits that are not a unit or scale
    if (next.kind === 'word' && !ATTACHED_UNIT_TRIE.match(toks, num.end + 1, true) && !UNIT_TRIE.match(toks, num.end + 1)) return true;
  }
  // phone numbers: three or more digit groups joined by dashes or spaces ("555-123-4567")
  if (next && DASHES.has(next.text) && toks[num.end + 2]?.kind === 'num' && toks[num.end + 3] && DASHES.has(toks[num.end + 3].text) && toks[num.end + 4]?.kind === 'num') return true;
  if (prev && DASHES.has(prev.text) && prev2?.kind === 'num' && toks[numAt - 3] && DASHES.has(toks[numAt - 3].text)) return true;
  // dates: "September 10", "10 September", "Sept. 10"
  const isDay = Number.isInteger(num.value) && num.value >= 1 && num.value <= 31 && !num.scaled;
  if (isDay && next && next.kind === 'word' && MONTH_SET.has(next.lower) && next.lower !== 'may') return true;
  if (isDay && next?.lower === 'may' && UPPER_RE.test(next.text)) return true;
  const before = prev && prev.text === '.' ? prev2 : prev;
  if (isDay && before && before.kind === 'word' && MONTH_SET.has(before.lower) && UPPER_RE.test(before.text)) return true;
  // identifiers: "Resolution 2231", "flight 370", "No. 10"
  if (currency === undefined && before && before.kind === 'word' && ID_SET.has(before.lower) && !num.scaled) return true;
  // model names: "Boeing 747", "Apollo 11", "Windows 10" — a capitalised word right before a plain number
  if (currency === undefined && prev && prev.kind === 'word' && t.space && !prev.first && UPPER_RE.test(prev.text) &&
      !NOT_NAMES.has(prev.lower) && !MONTH_SET.has(prev.lower) && /^[0-9]+$/.test(digits) && !num.scaled) return true;
  return false;
}

interface UnitAt { hit: UnitHit; end: number }

/** The unit right after token `k - 1`: attached symbols first ("122mm"), then spaced forms ("59 km/h"). */
function unitAfter(ctx: ScanContext, k: number): UnitAt | undefined {
  const { toks } = ctx;
  const t = toks[k];
  if (!t) return undefined;
  if (t.sent !== toks[k - 1].sent || t.newline) return undefined;
  if (!t.space) {
    const a = ATTACHED_UNIT_TRIE.match(toks, k, true);
    const b = UNIT_TRIE.match(toks, k);
    const best = a && b ? (a.end >= b.end ? a : b) : a ?? b;
    if (best) return { hit: best.value, end: best.end };
  }
  const m = UNIT_TRIE.match(toks, k);
  if (m) return { hit: m.value, end: m.end };
  return undefined;
}

/** Works out what follows the number ending at token `e`. Undefined means "not a quantity" (a duration, a date). */
function tailAfter(ctx: ScanContext, num: Num, currency: string | undefined, given?: UnitAt): Tail | undefined {
  const { toks } = ctx;
  let k = num.end + 1;
  // "7-metre wave", "a 10-km race": an adjectival hyphen between number and unit
  if (toks[k] && DASHES.has(toks[k].text) && !toks[k].space && toks[k + 1] && !toks[k + 1].space && toks[k + 1].kind === 'word') k++;
  const w = toks[k];
  if (w && w.kind === 'word' && w.sent === toks[num.end].sent) {
    if (TIMES.has(w.lower) && !(w.lower === 'h' && toks[k + 1]?.text === '/')) return undefined;
    // "3 p.m.", "9 a.m."
    if ((w.lower === 'a' || w.lower === 'p') && toks[k + 1]?.text === '.' && toks[k + 2]?.lower === 'm') return undefined;
  }
  const unit = given ?? unitAfter(ctx, k);
  if (currency !== undefined) {
    // "$71.4 million" (scale already read), "$5 billion dollars" (the word repeats the symbol)
    let end = num.end;
    if (unit && unit.hit.kind === 'money') end = unit.end;
    // "$200 or less"
    const after = boundAfter(toks, end);
    return { unit: currency, end: after ? after.at : end, rule: 'money:symbol', money: true, after };
  }
  if (unit) {
    const h = unit.hit;
    if (h.kind === 'percent') return { unit: h.symbol, end: unit.end, rule: 'percent' };
    if (h.kind === 'money') return { unit: h.code, end: unit.end, rule: 'money:word', money: true };
    // "£2 million pounds" is money; "5 million pounds sterling"; "200 pounds" of weight otherwise
    if (h.def.symbol === 'lb' && (num.scaled || toks[unit.end + 1]?.lower === 'sterling')) {
      return { unit: 'GBP', end: toks[unit.end + 1]?.lower === 'sterling' ? unit.end + 1 : unit.end, rule: 'money:pounds', money: true };
    }
    return { unit: h.def.symbol, end: unit.end, rule: `unit:${h.def.dim}`, physical: true };
  }
  const code = toks[k] && toks[k].space ? CURRENCY_SUFFIX.match(toks, k, true) : undefined;
  if (code) return { unit: code.value, end: code.end, rule: 'money:code', money: true };
  // bounds after the number, then the counted noun: "10,000 or more people"
  const after = boundAfter(toks, num.end);
  const nounFrom = after ? after.at + 1 : num.end + 1;
  // "5 of the 20 dams" — a number followed by "of" counts what comes after only for vague plurals ("hundreds of")
  const noun = toks[nounFrom] && (toks[nounFrom].space || num.vague) ? countedNoun(toks, nounFrom, num.value) : undefined;
  if (noun) {
    // a noun after a number word that is really a time ("five-year") was excluded above
    return { unit: noun.unit, end: noun.end, rule: noun.rule, noun: noun.noun, after, countNoun: noun };
  }
  return { unit: '', end: after ? after.at : num.end, rule: 'bare', after };
}

/** "the toll passed 3,800", "the number of displaced at about 3,000": people from the sentence. */
function contextUnit(ctx: ScanContext, at: number): string | undefined {
  const { toks } = ctx;
  const sent = toks[at].sent;
  for (let k = at - 1; k >= 0 && k >= at - 25 && toks[k].sent === sent; k--) {
    if (PERSON_CTX.has(toks[k].lower)) return 'person';
  }
  for (let k = at + 1; k < toks.length && k <= at + 8 && toks[k].sent === sent; k++) {
    if (PERSON_CTX.has(toks[k].lower)) return 'person';
  }
  return undefined;
}

const AGE_SET = new Set(AGE_CUES);
const APPOSITION_END = new Set([',', '.', 'and', 'who', 'was', 'is', ';', ')']);
/** "people aged 18 to 24", "Slepian, 52, and…": ages, which the time stage owns. */
function isAge(ctx: ScanContext, startTok: number, num: Num): boolean {
  const { toks } = ctx;
  const prev = toks[startTok - 1];
  if (prev && AGE_SET.has(prev.lower)) return true;
  // "between the ages of 17 and 20"
  if (prev?.lower === 'of' && AGE_SET.has(toks[startTok - 2]?.lower ?? '')) return true;
  const next = toks[num.end + 1];
  return prev?.text === ',' && toks[startTok - 2]?.kind === 'word' && UPPER_RE.test(toks[startTok - 2].text) &&
    next !== undefined && APPOSITION_END.has(next.lower) && num.value < 130 && Number.isInteger(num.value);
}

/** "1 in 4 residents", "eight of 10 voters", "3 out of 5": the first number of a ratio counts nothing itself. */
function isRatio(ctx: ScanContext, num: Num): boolean {
  const { toks } = ctx;
  const a = toks[num.end + 1]?.lower;
  if (a === 'in' || a === 'of') return toks[num.end + 2]?.kind === 'num';
  return a === 'out' && toks[num.end + 2]?.lower === 'of' && toks[num.end + 3]?.kind === 'num';
}

function isYearLike(num: Num): boolean {
  return !num.words && !num.scaled && /^[12][0-9]{3}$/.test(num.digits ?? '') && num.value >= 1000 && num.value <= 2100;
}

function build(ctx: ScanContext, startTok: number, endTok: number, value: number, unit: string, rules: string[], bound?: Bound, extra: Partial<Quantity> = {}): Quantity {
  const start = ctx.toks[startTok].start;
  let end = ctx.toks[endTok].end;
  // "a cup's worth"
  if (ctx.toks[endTok + 1]?.lower === "'s" || ctx.toks[endTok + 1]?.lower === '’s') {
    if (ctx.toks[endTok + 2]?.lower === 'worth') end = ctx.toks[endTok + 2].end;
  }
  const q: Quantity = { start, end, text: ctx.text.slice(start, end), value, unit };
  if (bound) q.bound = bound;
  const si = toSi(value, unit);
  if (si) q.si = si;
  Object.assign(q, extra);
  q.rule = `quantity:${rules.filter(Boolean).join('+')}`;
  return q;
}

/** Applies the before-cue, the extremum cue and the after-cue; returns bound and first token of the span. */
function resolveBound(ctx: ScanContext, startTok: number, tail: Tail, num: Num): { bound?: Bound; from: number; rule: string } {
  const before = boundBefore(ctx.toks, startTok);
  let bound: Bound | undefined = before?.bound;
  let rule = before ? `bound:${before.cue}` : '';
  // "up to three metres" is the maximum reach of a physical magnitude; "up to 2,000 people" a ceiling on a count
  if (bound === 'AT_MOST' && tail.physical && before?.cue === 'up to') bound = 'MAX';
  if ((!bound || bound === 'AT_MOST') && tail.physical) {
    const ext = extremumBefore(ctx.toks, before ? before.at : startTok);
    if (ext) { bound = ext; rule = `bound:extremum-${ext}`; }
  }
  if (!bound && tail.after) { bound = tail.after.bound; rule = `bound:${tail.after.cue}`; }
  if (!bound && num.vague) { bound = 'MORE_THAN'; rule = 'bound:vague-plural'; }
  return { bound, from: before ? before.at : startTok, rule };
}

function emitSingle(ctx: ScanContext, startTok: number, num: Num, currency: string | undefined, given?: UnitAt): Found | undefined {
  const tail = tailAfter(ctx, num, currency, given);
  if (!tail) return { items: [], last: num.end };
  let unit = tail.unit;
  let rule = tail.rule;
  if (num.words && !tail.money && !tail.physical && unit !== '%' && (num.value === 1 && num.rule === 'words') && !num.scaled) {
    // "one of them", "One Derna resident": not worth a quantity
    return { items: [], last: num.end };
  }
  if (isYearLike(num) && currency === undefined && !tail.physical && !tail.money && unit !== '%') {
    // "in 2019", "the 2011 revolution", "the 2022 elections" are years; "2000 cars", "around 2000 people" counts
    const cue = ctx.toks[startTok - 1];
    const strongCue = cue !== undefined && YEAR_CUE_SET.has(cue.lower);
    const weakCue = cue !== undefined && WEAK_YEAR_CUE_SET.has(cue.lower);
    const plural = tail.countNoun !== undefined && tail.countNoun.rule !== 'count:singular-noun';
    // "Trump's 1995 state income tax filings": modifiers between a year and a noun
    const adjacent = tail.countNoun !== undefined && tail.countNoun.end === num.end + 1;
    if (!unit || !plural || strongCue || (weakCue && unit !== 'person') || (!adjacent && unit !== 'person')) return { items: [], last: num.end };
  }
  if (!unit) {
    // a bare number with nothing to count ("who is 70", "The 411", "shot 41 times") is not reported
    if (num.words || ctx.toks[tail.end + 1]?.lower === 'times' || isAge(ctx, startTok, num) || isRatio(ctx, num)) return { items: [], last: num.end };
    const ctxUnit = contextUnit(ctx, num.start);
    if (!ctxUnit) return { items: [], last: num.end };
    unit = ctxUnit;
    rule = 'count:person-context';
  }
  const b = resolveBound(ctx, startTok, tail, num);
  const extra: Partial<Quantity> = {};
  if (tail.noun) extra.noun = tail.noun;
  let end = tail.end;
  // "152mm shells": a calibre or measure used as a modifier keeps its noun
  if (tail.physical && tail.unit === 'mm') {
    const n = countedNoun(ctx.toks, tail.end + 1, 2);
    if (n && ctx.toks[tail.end + 1].space) extra.noun = n.unit;
  }
  let value = num.value;
  let from = b.from;
  let fracRule = '';
  // "a quarter of a million dollars" → 250,000; only directly before "a/one + scale" ("half of the 300 homes" stays 300)
  const frac = num.words && num.scaled && (ctx.toks[num.start].lower === 'a' || ctx.toks[num.start].lower === 'one') && ctx.toks[from - 1]?.lower === 'of'
    ? own(FRACTION_WORDS, ctx.toks[from - 2]?.lower ?? '') : undefined;
  if (frac !== undefined) {
    value *= frac;
    from -= 2;
    if (ctx.toks[from - 1]?.lower === 'a' || ctx.toks[from - 1]?.lower === 'one') from--;
    fracRule = 'fraction-of';
  }
  const q = build(ctx, from, Math.max(end, num.end), value, unit, [num.rule, fracRule, rule, b.rule], b.bound, extra);
  return { items: [q], last: Math.max(end, num.end) };
}

/** Second number of a range, or undefined. */
function parseRange(ctx: ScanContext, startTok: number, first: Num, currency: string | undefined): Found | undefined {
  const { toks } = ctx;
  const sep = toks[first.end + 1];
  if (!sep || sep.sent !== toks[first.end].sent) return undefined;
  const isDash = DASHES.has(sep.text);
  const prevWord = toks[startTok - 1]?.lower;
  const between = prevWord === 'between';
  const isTo = sep.lower === 'to' || (sep.lower === 'and' && between) || (sep.lower === 'or' && !first.words);
  if (!isDash && !isTo) return undefined;
  // "rose from 10 to 15" is a change, not a range
  if (sep.lower === 'to' && prevWord === 'from' && CHANGE.has(toks[startTok - 2]?.lower ?? '')) return undefined;
  let k = first.end + 2;
  const k0 = k;
  let cur2 = currency;
  const c = CURRENCY_PREFIX.match(toks, k, true, true);
  if (c && toks[c.end + 1]?.kind === 'num') { cur2 = c.value; k = c.end + 1; }
  if (!toks[k] || (toks[k].kind === 'num') === first.words) return undefined;
  const second = parseNumber(ctx, k, cur2 !== undefined);
  if (!second) return undefined;
  if (isYearLike(first) && isYearLike(second)) return { items: [], last: second.end };
  if (skipNumber(ctx, k, second, cur2, true)) return undefined;
  let v1 = first.value;
  // "5-6 million", "$5-6bn": the scale of the second applies to the first
  if (!first.scaled && second.scaled && !second.words) {
    const scale = second.value / (parseDigits(second.digits ?? '') ?? second.value);
    if (Number.isFinite(scale) && scale > 1) v1 *= scale;
  }
  // "3-1" is a score; "or" ranges need the second above the first as well
  if (!(second.value > v1)) return isDash ? { items: [], last: second.end } : undefined;
  const tail = tailAfter(ctx, second, cur2);
  if (!tail) return { items: [], last: second.end };
  let unit = tail.unit;
  let rule = tail.rule;
  if (!unit) {
    if (second.words || isAge(ctx, startTok, first)) return undefined;
    const ctxUnit = contextUnit(ctx, second.start);
    if (!ctxUnit) return { items: [], last: second.end };
    unit = ctxUnit;
    rule = 'count:person-context';
  }
  if (isYearLike(first) && !tail.physical && !tail.money && unit !== 'person' && unit !== '%') return { items: [], last: tail.end };
  const before = boundBefore(toks, startTok);
  const from = between ? startTok - 1 : before ? before.at : startTok;
  if (sep.lower === 'or') {
    // "10 or 15 people": two alternatives rather than a range
    const q1 = build(ctx, from, first.end, v1, unit, [first.rule, rule, 'alternative']);
    const q2 = build(ctx, k0, Math.max(tail.end, second.end), second.value, unit, [second.rule, rule, 'alternative']);
    return { items: [q1, q2], last: Math.max(tail.end, second.end) };
  }
  const q1 = build(ctx, from, first.end, v1, unit, [first.rule, rule, 'range-low'], 'AT_LEAST');
  const q2 = build(ctx, k0, Math.max(tail.end, second.end), second.value, unit, [second.rule, rule, 'range-high'], 'AT_MOST');
  return { items: [q1, q2], last: Math.max(tail.end, second.end) };
}

