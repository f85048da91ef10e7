import type { Bound, Quantity } from '../../core/types.js';
import { boundBefore, extremumBefore, indexBeforeBound, measureExtremumBefore, wordBeforeBound } from './bounds.js';
import { pointFractionAt } from './point-fractions.js';
import { DASHES, type Found, type Num, type ScanContext, type Tail, type UnitAt } from './candidate.js';
import { isAge, isRatio, isSingularPersonNoun, isYearLike, skipNumber } from './filters.js';
import {
  markedFigure, CHANGE_VERBS, COUNT_VERBS, ID_WORDS, CURRENCY_ADJECTIVES, CURRENCY_SUBUNITS, CURRENCY_WORDS, FIGURE_WORDS, PEAK_VERBS, FRACTION_WORDS, MEASURE_SUBJECTS, NAMED_SCALES, NUMBER_WORDS, own, PEOPLE_BODIES, REACH_FILLERS, REACH_VERBS, SCALE_ABBREV,
  PRICE_UNITS, SCALE_WORDS, SCALED_ONLY_CURRENCY_LETTERS, MARKED_ONLY_CURRENCY_LETTERS, SPACED_CURRENCY_LETTERS, TIGHT_CURRENCY_LETTERS, VAGUE_PLURALS, WEAK_YEAR_CUES, YEAR_CUES,
} from './lexicon.js';
import { countedNoun, isPlural, PERSON_PARTICIPLE_SET } from './nouns.js';
import { measuredItemNoun } from './measured-items.js';
import { parseNumber } from './numberAt.js';
import { parseDigits } from './number.js';
import { contextUnit, tailAfter } from './tail.js';
import { oneNoun } from './one.js';
import { atOpener, changedFrom, frontedPartitive } from './partitive.js';
import { elidedConjunct, elidedItem, timeItemAfter } from './elided.js';
import { broughtTo, ofListItem } from './of-list.js';
import { indexLevel } from './index-level.js';
import { cricketScore } from './cricket.js';
import { againstCount, comparedCount, listTotalAhead, parallelPrep, possessiveCount } from './tally.js';
import { carriedSubject, changedTally, gappedCount, parallelTally, personVerbNear } from './parallel.js';
import { shareAt } from './shares.js';
import type { QTok } from './tokens.js';
import { CURRENCY_FIRST, CURRENCY_PREFIX, POINTS_UNIT, toSi, UNIT_TRIE } from './units.js';
import { readWordSet } from '../../core/word-lists.js';

const YEAR_CUE_SET = new Set(YEAR_CUES);
const PEOPLE_BODY_SET = new Set(PEOPLE_BODIES);
const WEAK_YEAR_CUE_SET = new Set(WEAK_YEAR_CUES);
const CHANGE = new Set(CHANGE_VERBS);
const PEAK_VERB_SET = new Set(PEAK_VERBS);
/** Keys of the three number-word tables in one set: the per-token gate asks once instead of three times. */
const NUMBER_WORD_SET: ReadonlySet<string> = new Set(
  [NUMBER_WORDS, VAGUE_PLURALS, SCALE_WORDS].flatMap((t) => Object.keys(t).filter((k) => own(t, k) !== undefined)),
);

export type { ScanContext };

/** Finds every quantity in the token stream, left to right, never overlapping. */
export function scanQuantities(ctx: ScanContext): Quantity[] {
  const { toks } = ctx;
  const out: Quantity[] = [];
  let prev: { q: Quantity; first: number; last: number } | undefined;
  for (let i = 0; i < toks.length; i++) {
    if (!mayStart(toks[i])) continue;
    const found = pointFractionAt(ctx, i) ?? shareAt(ctx, i) ?? quantitiesAt(ctx, i);
    if (!found) continue;
    if (prev && found.items.length === 1) pairRange(ctx, prev, i, found.items[0]!);
    prev = found.items.length === 1 ? { q: found.items[0]!, first: i, last: found.last } : undefined;
    out.push(...found.items);
    for (const q of found.items) {
      // "6 degrees Fahrenheit (minus 10 Celsius) … fell to minus 2 degrees": the scale the text itself writes in
      if ((q.unit === '°C' || q.unit === '°F') && !/[([/]$/.test(ctx.text.slice(Math.max(0, q.start - 3), q.start).trimEnd())) ctx.lastTemp = { unit: q.unit, sent: toks[found.last].sent };
      // (an age is no count a later figure refers back to)
      if (!q.si && !/^[A-Z]{3}$/.test(q.unit) && q.unit !== '%' && q.unit !== POINTS_UNIT && q.unit !== 'bp' && q.unit !== 'magnitude' && q.unit !== 'year') {
        ctx.lastCount = { unit: q.unit, sent: toks[found.last].sent, end: found.last, first: i };
        (ctx.counts ??= []).push({ unit: q.unit, value: q.value, sent: toks[found.last].sent, first: i, end: found.last });
      }
    }
    if (found.items.length) ctx.lastQuantity = { q: found.items[found.items.length - 1]!, sent: toks[found.last].sent, end: found.last };
    i = found.last;
  }
  return out;
}

/** A cheap gate before the real parse: digits, symbols, number words, currency codes. */
function mayStart(t: QTok): boolean {
  if (t.kind !== 'word') return true;
  const w = t.lower;
  return isNumberWord(w) || w === 'a' || w === 'an' || w === 'half' || w === 'quarter' || w === 'tens' || CURRENCY_FIRST.has(t.text);
}
function isNumberWord(w: string): boolean {
  return NUMBER_WORD_SET.has(w);
}

/** data/lexicon/quantity-one-money-next.txt: what may follow "less than a dollar" for it to be one dollar. */
const ONE_MONEY_NEXT = readWordSet('quantity-one-money-next.txt');
/** data/lexicon/quantity-one-money-bounds.txt: the comparison cues before "a dollar" ("less than", "under", "nearly"). */
const ONE_MONEY_BOUNDS = readWordSet('quantity-one-money-bounds.txt');

function quantitiesAt(ctx: ScanContext, at: number): Found | undefined {
  let i = at;
  const { toks } = ctx;
  let currency: string | undefined;
  let numAt = i;
  const t = toks[i];
  const cur = t.kind === 'num' ? undefined : CURRENCY_PREFIX.match(toks, i, true, true);
  if (cur && toks[cur.end + 1]?.kind === 'num' && toks[cur.end + 1].sent === t.sent && tightCurrencyOk(ctx, i, cur.end)) {
    currency = cur.value;
    numAt = cur.end + 1;
  } else if (t.kind === 'sym') return undefined;
  else if (t.kind === 'word' && !isNumberWord(t.lower) && t.lower !== 'a' && t.lower !== 'an' && t.lower !== 'half' && t.lower !== 'tens') return undefined;
  // "a kilometre", "at least a cup's worth": the article counts one of a measurement unit
  const w0 = toks[numAt].lower;
  if (w0 === 'a' || w0 === 'an') {
    // "$85.50 a barrel", "$4bn a year": after an amount the article means "per"
    if (afterAmount(toks, numAt)) return undefined;
    const unit = toks[numAt + 1]?.space ? UNIT_TRIE.match(toks, numAt + 1) : undefined;
    const share = fractionBefore(toks, numAt);
    const pp = unit?.value.kind === 'percent' && unit.value.symbol === POINTS_UNIT && share !== undefined;
    // "less than a dollar a day", "under a euro": one of a currency named by its word, after a bound cue (not "a
    // dollar-denominated bond", "a dollar shortage")
    const afterMoney = unit ? toks[unit.end + 1] : undefined;
    const oneMoney = unit?.value.kind === 'money' && !unit.value.subunit && share === undefined && ONE_MONEY_BOUNDS.has(boundBefore(toks, numAt)?.cue ?? '') &&
      !(afterMoney && afterMoney.sent === toks[numAt]!.sent && (DASHES.has(afterMoney.text) || (afterMoney.kind === 'word' && !ONE_MONEY_NEXT.has(afterMoney.lower))));
    if (unit && ((unit.value.kind === 'physical' && !A_EXCLUDED.has(unit.value.form)) || pp || oneMoney)) {
      // "half a mile", "three-quarters of a percentage point"
      const from = share?.from ?? numAt;
      const num: Num = { start: from, end: numAt, value: share?.value ?? 1, words: true, scaled: false, rule: share ? 'fraction-a' : 'article-one' };
      return emitSingle(ctx, from, num, currency, { hit: unit.value, end: unit.end });
    }
    const n1 = toks[numAt + 1]?.lower ?? '';
    if (own(SCALE_WORDS, n1) === undefined && n1 !== 'dozen') return undefined;
  }
  const first = parseNumber(ctx, numAt, currency !== undefined, currency);
  if (!first) return undefined;
  if (skipNumber(ctx, numAt, first, currency, false)) return { items: [], last: first.end };
  const tally = currency === undefined ? voteTally(ctx, numAt, first) : undefined;
  if (tally) return tally;
  // "−5°C", "fell -0.3%": a minus sign that touches the number and follows a space
  const sign = toks[numAt - 1];
  if (!first.words && currency === undefined && sign && (sign.text === '−' || sign.text === '-') && !toks[numAt].space &&
      (sign.space || numAt - 1 === 0 || OPENERS.has(toks[numAt - 2]?.text ?? '')) && toks[numAt - 2]?.kind !== 'num') {
    first.value = -first.value;
    first.rule = `negative-${first.rule}`;
    i = numAt - 1;
  } else if (!first.words && currency === undefined && sign?.lower === 'minus') {
    // "minus 5 degrees Celsius"
    first.value = -first.value;
    first.rule = `negative-${first.rule}`;
    i = numAt - 1;
  }

  // ranges: "5,000-6,000", "5,000 to 6,000 people", "between 10 and 15"
  const range = parseRange(ctx, i, first, currency);
  if (range) return range;
  return emitSingle(ctx, i, first, currency);
}

const VOTE_WORDS = new Set(['voted', 'vote', 'votes', 'voting', 'ballot']);
const DECISION_VERBS = new Set(['passed', 'approved', 'adopted', 'rejected', 'carried', 'confirmed', 'ruled', 'upheld', 'endorsed', 'ratified',
  'overturned', 'backed', 'elected']);
const TALLY_NOUNS = new Set(['vote', 'votes', 'decision', 'ruling', 'verdict', 'margin', 'majority', 'split', 'tally']);
const LOOSE_TALLY_NOUNS = new Set(['margin', 'majority', 'split', 'tally']);
/**
 * "voted 52-48", "passed by a vote of 71 to 41", "ruled 6-3", "approved the budget 220-180", "a 6-3 decision": two
 * figures of a tally (the second may be the smaller, unlike a range's) count votes. A word of voting or deciding
 * within the four words before the first figure (same sentence), or a tally noun right after the second; not a
 * sports score ("beat Denmark 15-2", "won 3-1": no such word).
 */
function voteTally(ctx: ScanContext, at: number, first: Num): Found | undefined {
  const { toks } = ctx;
  if (first.words || first.scaled) return undefined;
  const sep = toks[first.end + 1];
  const k = first.end + 2;
  const t2 = toks[k];
  if (!sep || !t2 || t2.kind !== 'num' || t2.sent !== toks[at]!.sent) return undefined;
  const dash = DASHES.has(sep.text) && !sep.space && !t2.space;
  if (!dash && sep.lower !== 'to') return undefined;
  const second = parseNumber(ctx, k, false);
  if (!second || second.words || second.scaled || second.end !== k || !Number.isInteger(first.value) || !Number.isInteger(second.value)) return undefined;
  // "from 60 to 54": a change, read elsewhere
  if (toks[at - 1]?.lower === 'from' || toks[at - 1]?.lower === 'between') return undefined;
  let cue = false;
  for (let j = at - 1; !cue && j >= 0 && j >= at - 4 && toks[j]!.sent === t2.sent; j--) cue = VOTE_WORDS.has(toks[j]!.lower) || DECISION_VERBS.has(toks[j]!.lower);
  // "a 5-4 decision", "an 80-19 vote"; "a 60-54 margin" only in a sentence about a vote (not "a 3 to 1 margin" of claims)
  const after = toks[k + 1]?.sent === t2.sent ? toks[k + 1]!.lower : '';
  if (!cue && TALLY_NOUNS.has(after)) {
    cue = !LOOSE_TALLY_NOUNS.has(after);
    for (let j = k + 2; !cue && j < toks.length && toks[j]!.sent === t2.sent; j++) cue = VOTE_WORDS.has(toks[j]!.lower) || DECISION_VERBS.has(toks[j]!.lower);
    for (let j = at - 1; !cue && j >= 0 && toks[j]!.sent === t2.sent; j--) cue = VOTE_WORDS.has(toks[j]!.lower) || DECISION_VERBS.has(toks[j]!.lower);
  }
  if (!cue) return undefined;
  // "20 to 30 people": a noun or unit of its own after the second figure makes it no tally
  const tail = TALLY_NOUNS.has(toks[k + 1]?.lower ?? '') ? undefined : tailAfter(ctx, second, undefined);
  if (tail?.unit) return undefined;
  const q1 = build(ctx, at, first.end, first.value, 'vote', [first.rule, 'count:vote-tally']);
  const q2 = build(ctx, k, second.end, second.value, 'vote', [second.rule, 'count:vote-tally']);
  return { items: [q1, q2], last: second.end };
}

/**
 * Currency letters that are other abbreviations too ("SR", "LE", "R", "N") are a currency only touching the digits,
 * not glued to a word before ("R&B"); "R" and "N" also need a scale ("R2 billion", "N500bn"; not "R2", "N95").
 */
function tightCurrencyOk(ctx: ScanContext, at: number, end: number): boolean {
  const { toks } = ctx;
  if (end !== at || !Object.prototype.hasOwnProperty.call(TIGHT_CURRENCY_LETTERS, toks[at]!.text)) return true;
  const n = toks[end + 1]!;
  if ((n.space && !SPACED.has(toks[at]!.text)) || (at > 0 && !toks[at]!.space && toks[at - 1]!.kind !== 'sym')) return false;
  const marked = MARKED_ONLY.has(toks[at]!.text);
  if (!SCALED_ONLY.has(toks[at]!.text) && !marked) return true;
  const num = parseNumber(ctx, end + 1, true);
  if (num === undefined) return false;
  // the figure is another unit's: "KD 3.5 per cent", "LL 2.5%", "BD 1.5 billion yuan"
  const u = toks[num.end + 1], u2 = toks[num.end + 2];
  if (u && (u.text === '%' || u.lower === 'percent' || (u.lower === 'per' && u2?.lower === 'cent') || own(CURRENCY_WORDS, u.lower) !== undefined)) return false;
  if (num.scaled) return true;
  // "R12,500 (about $1,500)", "SR32 ($8.53)": an equivalent in another currency in brackets right after
  if (bracketedAmount(toks, num.end + 1)) return true;
  // "R4,000", "N1,500": a thousands separator (a model or road name has none)
  if (!marked) return /^\d{1,3}(?:,\d{3})+$/.test(toks[end + 1]!.text) && num.end === end + 1;
  for (let k = end + 1; k <= num.end; k++) if (markedFigure(toks[k]!.text) || (toks[k]!.text === '.' || toks[k]!.text === ',')) return true;
  // a price of one thing: "SR32 a share", "QR15 per litre", "LE40 a kilo" (a model or grade name is never priced)
  const a = toks[num.end + 1], w = toks[num.end + 2];
  return !!a && !!w && (a.lower === 'a' || a.lower === 'an' || a.lower === 'per') && PRICE_UNIT_SET.has(w.lower);
}
const PRICE_UNIT_SET = new Set(PRICE_UNITS);
/** data/lexicon/quantity-equivalent-hedges.txt: "(roughly $640)", "(or $12)". */
const EQUIVALENT_HEDGES = readWordSet('quantity-equivalent-hedges.txt');
/** "($8.53)", "(about US$1,500)": an opening bracket at token `k`, a hedge word or two, then a currency sign and digits. */
function bracketedAmount(toks: readonly QTok[], k: number): boolean {
  if (toks[k]?.text !== '(' || toks[k - 1] === undefined || toks[k]!.sent !== toks[k - 1]!.sent) return false;
  let j = k + 1;
  while (j <= k + 2 && EQUIVALENT_HEDGES.has(toks[j]?.lower ?? '')) j++;
  const cur = toks[j] ? CURRENCY_PREFIX.match(toks, j, true, true) : undefined;
  return cur !== undefined && toks[cur.end + 1]?.kind === 'num' && !TIGHT_CURRENCY_LETTERS_SET.has(toks[j]!.text);
}
const TIGHT_CURRENCY_LETTERS_SET: ReadonlySet<string> = new Set(Object.keys(TIGHT_CURRENCY_LETTERS));
const SCALED_ONLY = new Set(SCALED_ONLY_CURRENCY_LETTERS);
const MARKED_ONLY = new Set(MARKED_ONLY_CURRENCY_LETTERS);
const SPACED = new Set(SPACED_CURRENCY_LETTERS);

const DENOMINATORS: Readonly<Record<string, number>> = {
  half: 0.5, halves: 0.5, quarter: 0.25, quarters: 0.25, third: 1 / 3, thirds: 1 / 3, fifth: 0.2, fifths: 0.2, tenth: 0.1, tenths: 0.1,
};
/** "half a", "a quarter of a", "three-quarters of a", "two thirds of an": the share of one unit, and its first token. */
function fractionBefore(toks: readonly QTok[], a: number): { value: number; from: number } | undefined {
  if (toks[a - 1]?.lower === 'half') return { value: 0.5, from: a - 1 };
  if (toks[a - 1]?.lower !== 'of') return undefined;
  const d = own(DENOMINATORS, toks[a - 2]?.lower ?? '');
  if (d === undefined) return undefined;
  let k = a - 3;
  if (toks[k] && DASHES.has(toks[k].text) && !toks[k].space) k--;
  const w = toks[k]?.lower ?? '';
  const n = w === 'a' || w === 'one' ? 1 : own(NUMBER_WORDS, w);
  if (n === undefined || n <= 0) return { value: d, from: a - 2 };
  return { value: n * d, from: k };
}

/** The token before `k` ends an amount: a number, a scale ("bn", "million") or a percent sign. */
function afterAmount(toks: readonly QTok[], k: number): boolean {
  const p = toks[k - 1];
  if (!p) return false;
  // ("30,000 leones a gallon", "85 cents a litre": a currency word ends the amount too)
  return p.kind === 'num' || p.text === '%' || own(SCALE_WORDS, p.lower) !== undefined || own(SCALE_ABBREV, p.lower) !== undefined ||
    own(CURRENCY_WORDS, p.lower) !== undefined || own(CURRENCY_SUBUNITS, p.lower) !== undefined;
}

/** Scales named by a word before or after the number: "magnitude 6.1", "7.8-magnitude", "force 9", "category 5". */
function scaleUnit(toks: readonly QTok[], startTok: number, end: number): { unit: string; end: number; from?: number } | undefined {
  const before = toks[startTok - 1];
  const b = before && before.kind === 'word' ? own(NAMED_SCALES, before.lower) : undefined;
  // "magnitude 6.8": the scale's name is part of the quantity's text
  if (b) return { unit: b, end, from: startTok - 1 };
  // "a magnitude of 6.2"
  const b2 = before?.lower === 'of' && toks[startTok - 2]?.kind === 'word' ? own(NAMED_SCALES, toks[startTok - 2].lower) : undefined;
  if (b2) return { unit: b2, end, from: startTok - 2 };
  // "the magnitude-7.8 quake"
  const b3 = before && DASHES.has(before.text) && !before.space && !toks[startTok]?.space && toks[startTok - 2]?.kind === 'word' ? own(NAMED_SCALES, toks[startTok - 2].lower) : undefined;
  if (b3) return { unit: b3, end, from: startTok - 2 };
  let k = end + 1;
  // "measuring 5.7 on the Richter scale"
  if (toks[k]?.lower === 'on' && toks[k + 1]?.lower === 'the' && toks[k + 2] && toks[k + 3]?.lower === 'scale' && own(NAMED_SCALES, toks[k + 2].lower)) {
    return { unit: own(NAMED_SCALES, toks[k + 2].lower) as string, end: k + 3 };
  }
  if (toks[k] && DASHES.has(toks[k].text) && !toks[k].space) k++;
  const a = toks[k] && toks[k].kind === 'word' ? own(NAMED_SCALES, toks[k].lower) : undefined;
  return a ? { unit: a, end: k } : undefined;
}

/** "(-40F)", "[-5C]", "/-3C": a bracket or slash right before a minus sign. */
const OPENERS: ReadonlySet<string> = new Set(['(', '[', '/']);

const A_EXCLUDED = new Set(['foot', 'pound', 'ton', 'c', 'f', 'in', 'm', 'g', 'l']);

function build(ctx: ScanContext, startTok: number, endTok: number, value: number, unit: string, rules: string[], bound?: Bound, extra: Partial<Quantity> = {}): Quantity {
  // "4.1 million" is 4,100,000, not the 4,099,999.9999999995 that binary floating point makes of 4.1 × 10⁶
  value = cleanFloat(value);
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

/** Drops the binary noise of decimal scaling: 15 significant digits is more than any written figure has. */
export function cleanFloat(x: number): number {
  return Number.isFinite(x) && x !== 0 ? Number(x.toPrecision(15)) : x;
}

/** Applies the before-cue, the extremum cue and the after-cue; returns bound and first token of the span. */
function resolveBound(ctx: ScanContext, startTok: number, tail: Tail, num: Num): { bound?: Bound; from: number; rule: string } {
  const before = boundBefore(ctx.toks, startTok);
  let bound: Bound | undefined = before?.bound;
  let rule = before ? `bound:${before.cue}` : '';
  // "reached up to three metres" is the peak a physical magnitude reached; "waves of up to five metres", "could bring
  // up to 30 cm" and "up to 2,000 people" bound an estimate
  if (bound === 'AT_MOST' && tail.physical && before?.cue === 'up to' && PEAK_VERB_SET.has(ctx.toks[before.at - 1]?.lower ?? '')) bound = 'MAX';
  if ((!bound || bound === 'AT_MOST') && tail.physical) {
    const ext = extremumBefore(ctx.toks, before ? before.at : startTok);
    if (ext) { bound = ext; rule = `bound:extremum-${ext}`; }
  }
  if (!bound && (tail.money || tail.unit === '%')) {
    const ext = measureExtremumBefore(ctx.toks, startTok);
    if (ext) { bound = ext; rule = `bound:extremum-${ext}`; }
  }
  if (!bound && tail.after) { bound = tail.after.bound; rule = `bound:${tail.after.cue}`; }
  if (!bound && num.vague) { bound = 'MORE_THAN'; rule = 'bound:vague-plural'; }
  return { bound, from: before ? before.at : startTok, rule };
}

function emitSingle(ctx: ScanContext, startTok: number, num: Num, currency: string | undefined, given?: UnitAt): Found | undefined {
  // "two 2,000-pound bombs", "12 155mm shells": the count before a modifying measure counts the measure's noun; the
  // measure is read on its own next (the count's span is the number and its bound only: quantities never overlap)
  const item = currency === undefined && given === undefined ? measuredItemNoun(ctx, num) : undefined;
  if (item) {
    const b = resolveBound(ctx, startTok, { unit: item.unit, end: num.end, rule: 'count:measured-item' }, num);
    const q = build(ctx, b.from, num.end, num.value, item.unit, [num.rule, 'count:measured-item', b.rule], b.bound, { noun: item.noun });
    return { items: [q], last: num.end };
  }
  const tail = tailAfter(ctx, num, currency, given);
  if (!tail) return { items: [], last: num.end };
  let unit = tail.unit;
  let rule = tail.rule;
  if (num.words && !tail.money && !tail.physical && unit !== '%' && (num.value === 1 && num.rule === 'words') && !num.scaled) {
    // "one of them", "one reason", "one analyst said": not worth a quantity; "one hospital was hit" counts a hospital
    // (not an item of a list of counts, "two white women, one white man and one Asian man": the checks read such lists
    // as parts and a total, and a one-item adds nothing the list's other counts do not say)
    const prevTok = ctx.toks[startTok - 1];
    const listItem = (prevTok?.text === ',' || prevTok?.lower === 'and') && ctx.lastCount?.sent === ctx.toks[startTok]?.sent;
    // (an item of another noun than the count before it, "a dozen homes and one school", is no part of it: kept)
    const one = oneNoun(ctx.toks, num.end);
    if (!one || (listItem && (one.unit === 'person' || isSingularPersonNoun(one.unit) || ctx.lastCount?.unit === 'person' || one.unit === ctx.lastCount?.unit))) return { items: [], last: num.end };
    unit = one.unit;
    rule = 'count:one-noun';
    tail.end = one.end;
  }
  if (isYearLike(num) && currency === undefined && !tail.physical && !tail.money && unit !== '%') {
    // "in 2019", "the 2011 revolution", "the 2022 elections" are years; "2000 cars", "around 2000 people" counts
    const cue = ctx.toks[startTok - 1];
    const strongCue = cue !== undefined && YEAR_CUE_SET.has(cue.lower);
    const weakCue = cue !== undefined && WEAK_YEAR_CUE_SET.has(cue.lower);
    const plural = tail.countNoun !== undefined && tail.countNoun.rule !== 'count:singular-noun';
    // "Trump's 1995 state income tax filings": modifiers between a year and a noun
    const adjacent = tail.countNoun !== undefined && tail.countNoun.end === num.end + 1;
    // "Nearly 1800 were killed": a bound cue and a count in the sentence make it a figure, not a year
    // "killed 1500", "around 2000 were evacuated": a verb of harm before, or a plural verb after, does the same
    const nextLower = ctx.toks[num.end + 1]?.lower ?? '';
    const figure = !unit && !strongCue && contextUnit(ctx, num.start, num.end) !== undefined &&
      ((!weakCue && (boundBefore(ctx.toks, startTok) !== undefined || harmVerbBefore(ctx.toks, startTok))) || PLURAL_VERBS_AFTER.has(nextLower));
    if (!figure && (!unit || !plural || strongCue || (weakCue && unit !== 'person') || (!adjacent && unit !== 'person'))) return { items: [], last: num.end };
  }
  const scale = unit ? undefined : scaleUnit(ctx.toks, startTok, num.end);
  if (scale) {
    // "a 7.8-magnitude earthquake", "magnitude 6.1"
    unit = scale.unit;
    rule = 'scale-unit';
    tail.end = Math.max(tail.end, scale.end);
  }
  if (!unit && isAge(ctx, startTok, num, true)) {
    // "Abe, 67, was …", "children aged 12", "children under 5", "who turns 20": an age, counted in years
    unit = 'year';
    rule = 'count:age';
  }
  if (!unit) {
    // "shooting two of the hostages", "just over 100 of France's 577 constituencies": what the whole counts
    const part = partOf(ctx, num);
    // ("one in five adults" is a share; "87 of 97 seats" counts seats: the whole's figure is its own quantity)
    if (part && (!isRatio(ctx, num) || ctx.toks[num.end + 1]?.lower === 'of')) { unit = part; rule = 'count:part-of'; }
  }
  if (!unit && num.words && num.value > 1) {
    // "Of the 15 hospitals, only three are still working": a number word after a fronted partitive, as digits are
    const named = frontedPartitive(ctx, startTok);
    if (named) { unit = named.unit; rule = named.rule; }
  }
  if (!unit && !num.words) {
    // "Infections rose to 1,200", "Of the 300 schools, 120 were damaged", "12 were children": the count is named
    // by the subject it reaches, by a fronted partitive, or by the noun after "were"
    const rate = exchangeRate(ctx, num);
    if (rate) tail.noun = rate.noun;
    const score = rate ? undefined : cricketScore(ctx, startTok, num);
    if (score) tail.end = score.end;
    const named = rate ?? score ?? indexLevel(ctx, startTok, num) ?? numberOfNoun(ctx, startTok, num) ?? reachedBySubject(ctx, startTok) ?? colonLabel(ctx, startTok) ?? frontedPartitive(ctx, startTok) ?? copulaNoun(ctx, num);
    if (named) { unit = named.unit; rule = named.rule; }
  }
  if (!unit) {
    // "gains of eight and fourteen percent", "1,600 and 400 jobs": a bare number coordinated with a measured one shares its unit;
    // "4,300 jobs in France, 3,700 in Germany": an item of a breakdown by place counts what the first item counted
    const shared = comparedMeasure(ctx, startTok, num) ?? changedFrom(ctx, startTok, num, CHANGE) ?? sameValueCount(ctx, startTok, num) ?? coordinatedUnit(ctx, num) ?? elidedPlaceItem(ctx, startTok, num) ?? elidedTotal(ctx, startTok) ?? comparedCount(ctx, startTok, num) ?? elidedMore(ctx, startTok, num) ?? anaphoricCount(ctx, startTok, num) ?? elidedItem(ctx, startTok, num) ?? elidedConjunct(ctx, startTok, num) ?? ofListItem(ctx, startTok, num) ?? broughtTo(ctx, startTok, num) ??
      parallelTally(ctx, startTok) ?? changedTally(ctx, startTok, num) ?? gappedCount(ctx, startTok, num) ?? carriedSubject(ctx, startTok, num) ?? parallelPrep(ctx, startTok, num) ??
      listTotalAhead(ctx, startTok, num) ?? possessiveCount(ctx, startTok, num) ?? againstCount(ctx, startTok, num);
    if (shared) { unit = shared.unit; rule = shared.rule; }
  }
  if (!unit) {
    // a bare number with nothing to count ("who is 70", "The 411", "shot 41 times") is not reported
    // "killing all six aboard", "wounding seven": a number word right after a verb of harm counts people
    const harmed = num.words && num.value > 1 && harmVerbBefore(ctx.toks, startTok);
    // ("dozens were injured": a bare vague plural subject takes its unit from the context as digits do)
    // ("one hundred were evacuated": a number word as the subject of a plural verb, as digits are)
    const subject = num.words && num.value > 1 && PLURAL_VERBS_AFTER.has(ctx.toks[num.end + 1]?.lower ?? '');
    if ((num.words && !harmed && !subject && num.rule !== 'vague-plural-bare' && !figureReaches(ctx.toks, startTok, num.end)) || ctx.toks[tail.end + 1]?.lower === 'times' || isAge(ctx, startTok, num) || isRatio(ctx, num)) return { items: [], last: num.end };
    // "At 10, five children …": a clock time or an age opening the sentence
    if (atOpener(ctx, startTok, num.end, num.value)) return { items: [], last: num.end };
    // "a crew of 22", "a delegation of 40": the size of a body of people
    // ("a city of about 1.2 million": past a bound cue)
    const ofAt = indexBeforeBound(ctx.toks, startTok);
    // (not inside a name: "The Group of 20 met")
    const bodyTok = ctx.toks[ofAt - 1];
    const body = ctx.toks[ofAt]?.lower === 'of' && !!bodyTok && PEOPLE_BODY_SET.has(bodyTok.lower) && bodyTok.sent === ctx.toks[startTok]!.sent && (bodyTok.text === bodyTok.lower || !!bodyTok.first);
    const ctxUnit = body ? 'person' : contextUnit(ctx, num.start, num.end);
    if (!ctxUnit) return { items: [], last: num.end };
    unit = ctxUnit;
    rule = body ? 'count:people-body' : 'count:person-context';
  }
  const b = resolveBound(ctx, startTok, tail, num);
  if (scale?.from !== undefined && !boundBefore(ctx.toks, startTok)) {
    b.from = scale.from;
    // "up to magnitude 7", "at least magnitude 6": the bound stands before the scale's name
    const sb = boundBefore(ctx.toks, scale.from);
    if (sb && !b.bound) { b.bound = sb.bound; b.rule = `bound:${sb.cue}`; b.from = sb.at; }
  }
  const extra: Partial<Quantity> = {};
  if (tail.noun) extra.noun = tail.noun;
  let end = tail.end;
  // "152mm shells": a calibre or measure used as a modifier keeps its noun
  if (tail.physical && tail.unit === 'mm') {
    const n = countedNoun(ctx.toks, tail.end + 1, 2);
    if (n && ctx.toks[tail.end + 1].space) extra.noun = n.unit;
  }
  let value = num.value;
  if (tail.subunit) value /= tail.subunit;
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
    // "more than a quarter of a million people", "nearly a third of a million": the bound cue stands before the fraction
    const fb = b.bound ? undefined : boundBefore(ctx.toks, from);
    if (fb) { b.bound = fb.bound; b.rule = `bound:${fb.cue}`; from = fb.at; }
  }
  const q = build(ctx, from, Math.max(end, num.end), value, unit, [num.rule, fracRule, rule, b.rule], b.bound, extra);
  return { items: [q], last: Math.max(end, num.end) };
}

function inTime(ctx: ScanContext, start: number, end: number): boolean {
  for (const tm of ctx.times) if (tm.start < end && start < tm.end) return true;
  return false;
}

const PLURAL_VERBS_AFTER = new Set(['were', 'have', 'had', 'died', 'fled', 'remain', 'remained', 'are']);
const HARM_VERBS = new Set(['killing', 'killed', 'kill', 'kills', 'wounding', 'wounded', 'injuring', 'injured', 'leaving', 'left', 'rescued', 'evacuated', 'arrested', 'detained']);
/** "killing all six", "wounding seven": a verb of harm, maybe with "all"/"another", right before the number. */
function harmVerbBefore(toks: readonly QTok[], at: number): boolean {
  let k = at - 1;
  if (toks[k]?.lower === 'all' || toks[k]?.lower === 'another' || toks[k]?.lower === 'the') k--;
  return toks[k] !== undefined && toks[k].sent === toks[at].sent && HARM_VERBS.has(toks[k].lower);
}

const FIGURE_NOUNS = new Set(FIGURE_WORDS);
const REACH_WORDS = new Set(['to', 'at', 'reached', 'reaches', 'passed', 'passes', 'hit', 'hits', 'topped', 'tops', 'exceeded', 'exceeds']);
/**
 * "the death toll has risen to nine", "the number of dead stood at four", "the toll passed twelve": a number word
 * that a count noun moves to or stands at (within the six words before, same sentence) is that count's new value.
 * Not "one of …" ("rose to one of the highest").
 */
function figureReaches(toks: readonly QTok[], at: number, end: number): boolean {
  const cue = toks[at - 1];
  if (!cue || !REACH_WORDS.has(cue.lower) || toks[end + 1]?.lower === 'of') return false;
  for (let k = at - 2; k >= 0 && k >= at - 7 && toks[k]!.sent === toks[at]!.sent; k--) if (FIGURE_NOUNS.has(toks[k]!.lower)) return true;
  return false;
}

const REACH_VERB_SET = new Set([...REACH_VERBS, 'total']);
const REACH_FILLER_SET = new Set(REACH_FILLERS);
const MEASURE_SUBJECT_SET = new Set(MEASURE_SUBJECTS);
const MOTION = new Set(['went', 'moved', 'changed', 'up', 'down']);
/**
 * "Infections rose to 1,200", "Arrests reached 3,000", "Votes counted so far stood at 1.2 million": a bare figure after
 * a verb of change or reach ("to"/"at" after a change verb, or the verb itself) counts the plural noun that is the
 * verb's subject, right before it (auxiliaries, adverbs and one participle between). Not measures ("Prices rose to 212").
 */
function reachedBySubject(ctx: ScanContext, startTok: number): { unit: string; rule: string } | undefined {
  // "members exceeded 600,000": the cue word may be the verb itself; "its members numbered about 3,000": past a bound cue
  const b = boundBefore(ctx.toks, startTok);
  return reachedFrom(ctx, startTok, startTok - 1) ?? (b ? reachedFrom(ctx, startTok, b.at - 1) : undefined);
}

function reachedFrom(ctx: ScanContext, startTok: number, cueAt: number): { unit: string; rule: string } | undefined {
  const { toks } = ctx;
  const sent = toks[startTok].sent;
  let v = cueAt;
  const cue = toks[v];
  if (!cue || cue.sent !== sent) return undefined;
  // "Cases have climbed past 5,000", "Applications fell by 40": "past" and "by" after a verb of change as "to"
  if (cue.lower === 'to' || cue.lower === 'at' || ((cue.lower === 'past' || cue.lower === 'by') && CHANGE.has(toks[v - 1]?.lower ?? ''))) {
    v--;
    // ("went to 212 Main Street", "moved to 40": verbs of motion are no change of a count)
    if (!toks[v] || toks[v].sent !== sent || MOTION.has(toks[v].lower) || !(CHANGE.has(toks[v].lower) || REACH_VERB_SET.has(toks[v].lower))) return undefined;
  } else if (!REACH_VERB_SET.has(cue.lower)) return undefined;
  return subjectOfVerb(ctx, v);
}

/** The plural count noun that is the subject of the verb at token `v` ("Infections rose", "new cases in the region rose"). */
function subjectOfVerb(ctx: ScanContext, v: number): { unit: string; rule: string } | undefined {
  const { toks } = ctx;
  const sent = toks[v]!.sent;
  let k = v - 1;
  let participle = false;
  for (; k >= 0 && toks[k].sent === sent; k--) {
    const w = toks[k].lower;
    if (REACH_FILLER_SET.has(w)) continue;
    // "Votes counted so far": one participle after the subject
    if (!participle && /ed$/.test(w) && toks[k].kind === 'word' && !isPlural(w)) { participle = true; continue; }
    break;
  }
  const head = subjectNounAt(toks, k, sent);
  if (head) return head;
  // "Cases in the region rose to 4,000", "Arrests this year total 45": a short phrase of place or time (a preposition
  // or "this"/"last", then at most three words) between the plural subject and its verb
  for (let j = k; j >= 1 && j >= k - 3 && toks[j]!.sent === sent && toks[j]!.kind === 'word'; j--) {
    if (SUBJECT_PP_OPENERS.has(toks[j]!.lower)) return subjectNounAt(toks, j - 1, sent);
  }
  return undefined;
}
/** "Confirmed cases: 1,234", "Deaths: 301": a figure after a colon that a plural count noun labels. */
function colonLabel(ctx: ScanContext, startTok: number): { unit: string; rule: string } | undefined {
  const { toks } = ctx;
  const c = toks[startTok - 1];
  if (c?.text !== ':' || c.sent !== toks[startTok]!.sent) return undefined;
  const n = subjectNounAt(toks, startTok - 2, c.sent);
  return n ? { unit: n.unit, rule: 'count:colon-label' } : undefined;
}

const SUBJECT_PP_OPENERS = new Set(['in', 'at', 'on', 'across', 'from', 'among', 'this', 'last']);

/** A plural count noun ending at token `k` as a verb's subject ("new infections", "Infections"); not a measure. */
function subjectNounAt(toks: readonly QTok[], k: number, sent: number): { unit: string; rule: string } | undefined {
  const t = toks[k];
  if (!t || t.sent !== sent || t.kind !== 'word' || MEASURE_SUBJECT_SET.has(t.lower)) return undefined;
  // the subject itself: a plural noun that ends here ("new infections", "Infections")
  // (a capital that only opens the sentence makes no nationality: "Infections rose to 1,200")
  const view = toks.slice(k, k + 2).map((x, i) => (i === 0 && x.first ? { ...x, text: x.lower } : x));
  const n = countedNoun(view, 0, 2);
  if (!n || n.end !== 0 || n.rule === 'count:singular-noun' || !isPlural(t.lower)) return undefined;
  return { unit: n.unit, rule: 'count:reached-by-subject' };
}

/** "12 were children", "40 are schools": a bare figure, "were"/"are", then a plural noun names what it counts. */
function copulaNoun(ctx: ScanContext, num: Num): { unit: string; rule: string } | undefined {
  const { toks } = ctx;
  const be = toks[num.end + 1];
  if (!be || (be.lower !== 'were' && be.lower !== 'are') || be.sent !== toks[num.end].sent) return undefined;
  const n = toks[num.end + 2]?.space ? countedNoun(toks, num.end + 2, num.value) : undefined;
  if (!n || n.rule === 'count:singular-noun' || n.rule === 'count:person-participle' || n.end > num.end + 4) return undefined;
  return { unit: n.unit, rule: 'count:copula-noun' };
}

/**
 * "The number of Syrians in camps rose to 139,200", "the number of refugees hit a peak of 40,000", "bringing to 58 the
 * number of countries that …": a bare figure in a clause whose "number of" names a plural noun counts that noun (not
 * the noun of a prepositional phrase nearer the verb). No other figure between the two, no semicolon.
 */
function numberOfNoun(ctx: ScanContext, startTok: number, num: Num): { unit: string; rule: string } | undefined {
  const { toks } = ctx;
  const sent = toks[startTok]!.sent;
  const nounAfter = (k: number): string | undefined => {
    const n = toks[k]?.space ? countedNoun(toks, k, 2) : undefined;
    return n && n.rule !== 'count:singular-noun' && isPlural(n.noun.split(' ').pop() ?? '') ? n.unit : undefined;
  };
  // "bringing to 58 the number of countries"
  let j = num.end + 1;
  if (toks[j]?.lower === 'the' && toks[j + 1]?.lower === 'number' && toks[j + 2]?.lower === 'of' && toks[j + 2]!.sent === sent) {
    const u = nounAfter(j + 3);
    if (u) return { unit: u, rule: 'count:number-of' };
  }
  for (j = startTok - 1; j >= 1 && j >= startTok - 25 && toks[j]!.sent === sent; j--) {
    const t = toks[j]!;
    if (t.text === ';' || t.kind === 'num') return undefined;
    if (t.lower === 'of' && toks[j - 1]!.lower === 'number' && toks[j - 1]!.sent === sent) {
      if (ctx.lastQuantity && ctx.lastQuantity.sent === sent && ctx.lastQuantity.end > j) return undefined;
      const u = nounAfter(j + 1);
      return u ? { unit: u, rule: 'count:number-of' } : undefined;
    }
  }
  return undefined;
}

const RATE_BASES: Readonly<Record<string, string>> = { dollar: 'USD', euro: 'EUR', pound: 'GBP', yen: 'JPY' };
/**
 * "the yen traded around 150.3 to the dollar", "the peso weakened to about 17.7 per U.S. dollar", "the rupee hit a
 * record low of nearly 190 to the dollar": a bare figure priced in one unit of a base currency is an amount of the
 * currency the sentence (or the one before) names last before it (a currency word, "Turkish lira", not the base).
 */
function exchangeRate(ctx: ScanContext, num: Num): { unit: string; rule: string; noun?: string } | undefined {
  const { toks } = ctx;
  const sent = toks[num.end]!.sent;
  let k = num.end + 1;
  const p = toks[k]?.lower;
  if (p !== 'to' && p !== 'per' && p !== 'against') return undefined;
  k++;
  if (toks[k]?.lower === 'the' || toks[k]?.lower === 'one' || toks[k]?.lower === 'a') k++;
  // "U.S.", "US", "American"
  while (toks[k] && toks[k]!.sent === sent && /^(?:u|s|\.|u\.s\.?|us|american)$/.test(toks[k]!.lower)) k++;
  const base = toks[k] && toks[k]!.sent === sent ? own(RATE_BASES, toks[k]!.lower) : undefined;
  if (!base) return undefined;
  for (let j = num.start - 1; j >= 0 && toks[j]!.sent >= sent - 1 && j >= num.start - 60; j--) {
    const w = toks[j]!.lower;
    const two = j > 0 ? own(CURRENCY_ADJECTIVES, `${toks[j - 1]!.lower} ${w}`) : undefined;
    const code = two ?? own(CURRENCY_WORDS, w);
    if (code && code !== base && toks[j]!.kind === 'word') return { unit: code, rule: 'money:exchange-rate', noun: w };
  }
  return undefined;
}

const COMPARE_BEFORE = new Set(['against', 'versus', 'vs', 'vs.']);
/**
 * "fell to 4.9% from 5.1", "inflation of 3.2% in May, compared with 2.9 a year ago", "$5.2 billion, up from 4.9
 * billion": a bare figure compared with the money, percentage or measure told just before in its sentence is in that
 * measure's unit. The two figures are of one size (a tenth to ten times each other).
 */
function comparedMeasure(ctx: ScanContext, startTok: number, num: Num): { unit: string; rule: string } | undefined {
  const { toks } = ctx;
  const last = ctx.lastQuantity;
  const sent = toks[startTok]!.sent;
  if (!last || last.sent !== sent || last.end >= startTok || startTok - last.end > 12) return undefined;
  const u = last.q.unit;
  const measure = u === '%' || u === POINTS_UNIT || u === 'bp' || /^[A-Z]{3}$/.test(u) || last.q.si !== undefined;
  if (!measure || !(last.q.value > 0) || num.value / last.q.value > 10 || num.value / last.q.value < 0.1) return undefined;
  const k = indexBeforeBound(toks, startTok);
  const p1 = toks[k]?.lower ?? '';
  const p2 = toks[k - 1]?.lower ?? '';
  let cue = COMPARE_BEFORE.has(p1) || ((p1 === 'with' || p1 === 'to') && p2 === 'compared');
  // "$5 billion in 2022 and 7 billion in 2023", "12% last year and 9 this year": an item of a breakdown by time
  if (!cue && (p1 === 'and' || p1 === ',') && k === startTok - 1) cue = timeItemAfter(toks, num.end, sent);
  if (!cue && p1 === 'from') {
    // "up from", "down from", or a verb of change before the first figure ("fell to 4.9% from 5.1")
    if (p2 === 'up' || p2 === 'down') cue = true;
    else for (let j = last.end; j >= 0 && j >= last.end - 10 && toks[j]!.sent === sent && !cue; j--) cue = CHANGE.has(toks[j]!.lower);
  }
  return cue ? { unit: u, rule: 'compared-measure' } : undefined;
}

const SAME_VALUE_DETERMINERS = new Set(['the', 'all', 'those', 'these']);
const SAME_VALUE_PUNCT = new Set([',', '.', ';', ':', ')', '!', '?', '–', '—']);
const SAME_VALUE_NEXT = new Set(['were', 'are', 'was', 'is', 'had', 'have', 'has', 'who', 'remain', 'remained', 'remains', 'will', 'would',
  'could', 'can', 'may', 'might', 'did', 'do', 'also', 'still', 'all', 'of', 'include', 'included', 'including', 'in', 'at', 'on', 'from', 'and']);
/**
 * "arrested 24 colleagues … The 24, including seven women, were questioned", "destroyed 400 homes. All 400 were …": a
 * bare figure after a determiner repeats a count told before with the same value (within five sentences) and counts
 * the same thing.
 */
function sameValueCount(ctx: ScanContext, startTok: number, num: Num): { unit: string; rule: string } | undefined {
  const { toks } = ctx;
  const sent = toks[startTok]!.sent;
  if (num.value < 2 || !SAME_VALUE_DETERMINERS.has(toks[startTok - 1]?.lower ?? '')) return undefined;
  // the figure stands alone ("The 24, including …", "All 400 were …"), not before a name or a noun of its own
  const next = toks[num.end + 1];
  // ("the three-Test series", "the two-way trade": a hyphen makes the figure a modifier)
  if (next && DASHES.has(next.text) && !next.space) return undefined;
  // (the figure ends a clause or a phrase: not before a quoted or bracketed noun, "the four “loopholes”")
  if (next && next.sent === sent && next.kind !== 'word' && !SAME_VALUE_PUNCT.has(next.text)) return undefined;
  if (next && next.sent === sent && next.kind === 'word' && !(next.text === next.lower && (SAME_VALUE_NEXT.has(next.lower) || /^[a-z]{3,}ed$/.test(next.lower)))) return undefined;
  const counts = ctx.counts ?? [];
  for (let c = counts.length - 1; c >= 0; c--) {
    const x = counts[c]!;
    if (x.sent < sent - 5) break;
    if (x.value === num.value && x.unit !== '') return { unit: x.unit, rule: 'count:same-value' };
  }
  return undefined;
}

const COORD_WORDS = new Set(['and', 'or']);
/** "eight and fourteen percent", "166.5 and 93.3%", "1,600 and 400 jobs": the unit of the coordinated number right after. */
function coordinatedUnit(ctx: ScanContext, num: Num): { unit: string; rule: string } | undefined {
  const { toks } = ctx;
  const c = toks[num.end + 1];
  if (!c || !COORD_WORDS.has(c.lower) || c.sent !== toks[num.end].sent) return undefined;
  const k = num.end + 2;
  const t = toks[k];
  if (!t || t.sent !== c.sent || (t.kind !== 'num' && !isNumberWord(t.lower))) return undefined;
  // "between 10 and 15" is a range, read elsewhere; a year is no measure ("2008 and 2010 figures")
  if (toks[num.start - 1]?.lower === 'between' || isYearLike(num)) return undefined;
  const second = parseNumber(ctx, k, false);
  if (!second) return undefined;
  const tail = tailAfter(ctx, second, undefined);
  if (!tail || !tail.unit || tail.rule === 'bare' || tail.rule.includes('people-size') || tail.rule.includes('hyphen-noun')) return undefined;
  if (tail.money && tail.rule !== 'money:word') return undefined;
  return { unit: tail.unit, rule: `coordinated-${tail.rule}` };
}

/**
 * "2,310 votes out of 4,000", "passed by 220 votes to 212", "12 of 40": a bare number right after a count and "out
 * of" / "of" / "to" is the same kind of thing — the total or the other side of a tally.
 */
function elidedTotal(ctx: ScanContext, startTok: number): { unit: string; rule: string } | undefined {
  const { toks } = ctx;
  const last = ctx.lastCount;
  if (!last || last.unit === '' || last.sent !== toks[startTok]?.sent) return undefined;
  const p1 = toks[startTok - 1]?.lower;
  const p2 = toks[startTok - 2]?.lower;
  const link = p1 === 'of' && p2 === 'out' ? 2 : p1 === 'of' || p1 === 'to' || p1 === 'against' ? 1 : 0;
  if (!link || last.end !== startTok - 1 - link) return undefined;
  return { unit: last.unit, rule: 'count:elided-total' };
}

/** "grounded 3,000 flights and delayed 10,000 more": a bare number before "more" counts what the sentence counted last. */
function elidedMore(ctx: ScanContext, startTok: number, num: Num): { unit: string; rule: string } | undefined {
  const { toks } = ctx;
  const last = ctx.lastCount;
  const sent = toks[startTok]?.sent;
  if (!last || last.unit === '' || sent === undefined || last.end >= startTok) return undefined;
  const after = toks[num.end + 1];
  // "six workers were killed and four others remain missing": "others" right after the figure, in the count's sentence
  // (not the object of a verb only people undergo when the count before is of things: "Police seized 40 rifles and
  // arrested 12 others" arrested no rifles; the context tells the unit then)
  if (after?.lower === 'others' && after.sent === sent && last.sent === sent) {
    const verb = wordBeforeBound(toks, startTok);
    if (last.unit !== 'person' && verb && verb.sent === sent && PERSON_PARTICIPLE_SET.has(verb.lower)) return undefined;
    return { unit: last.unit, rule: 'count:elided-others' };
  }
  // "78 workers, 17 of them Japanese and the other 61 …", "Police held 20 men. The other 17 were released": the rest of
  // the count of this sentence or the one before
  if (toks[startTok - 1]?.lower === 'other' && toks[startTok - 2]?.lower === 'the' && toks[startTok - 2]!.sent === sent && last.sent >= sent - 1 &&
      !(toks[num.end + 1]?.kind === 'word' && UNIT_TRIE.match(toks, num.end + 1))) {
    return { unit: last.unit, rule: 'count:the-other' };
  }
  if (after?.lower !== 'more' || after.sent !== last.sent) return undefined;
  return { unit: last.unit, rule: 'count:elided-more' };
}

const OF_PRONOUNS = new Set(['them', 'those', 'these', 'which', 'whom']);
const FURTHER = new Set(['another', 'further', 'additional', 'more']);
const SINCE_PREPS = new Set(['from', 'with', 'to']);
const CLAUSE_VERBS = new Set(['were', 'are', 'was', 'have', 'had', 'remain', 'remained']);
const CLAUSE_ADVERBS = readWordSet('quantity-clause-adverbs.txt');
const PERSON_PREDICATES = readWordSet('quantity-person-predicates.txt');
const PREDICATE_AUX = new Set(['were', 'are', 'have', 'had', 'been', 'being', 'later', 'also', 'since', 'reportedly', 'all', 'both']);
/**
 * "Three were injured", "Two have since been charged": the figure's predicate (past auxiliaries and an adverb) is a
 * participle of data/lexicon/quantity-person-predicates.txt, which only people take.
 */
function personOnlyPredicate(toks: readonly QTok[], num: Num): boolean {
  const sent = toks[num.end]?.sent;
  for (let k = num.end + 1; k <= num.end + 5; k++) {
    const t = toks[k];
    if (!t || t.sent !== sent || t.kind !== 'word') return false;
    if (PERSON_PREDICATES.has(t.lower)) return true;
    if (!PREDICATE_AUX.has(t.lower) && !CLAUSE_ADVERBS.has(t.lower)) return false;
  }
  return false;
}
/**
 * A bare figure that counts what the report counted just before, named by the wording around it:
 * "30 helicopters. Two of them crashed", "300 schools … Another 120 are planned", "45 stores, up from 30",
 * "2,300 damaged homes; 800 were destroyed". The count before is in the sentence, or the one before for "of them"
 * and "another".
 */
function anaphoricCount(ctx: ScanContext, startTok: number, num: Num): { unit: string; rule: string } | undefined {
  const { toks } = ctx;
  const last = ctx.lastCount;
  const sent = toks[startTok]?.sent;
  if (!last || last.unit === '' || sent === undefined || last.end >= startTok) return undefined;
  const sameSent = last.sent === sent;
  // ("and 22 formally applied": an adverb of data/lexicon/quantity-clause-adverbs.txt between the figure and its verb)
  const adverb = toks[num.end + 1]?.kind === 'word' && CLAUSE_ADVERBS.has(toks[num.end + 1]!.text) && toks[num.end + 2]?.kind === 'word' ? 1 : 0;
  const after1 = toks[num.end + 1 + adverb];
  const after2 = toks[num.end + 2 + adverb];
  // ("compared with about 350", "up from nearly 30": the words before a bound cue)
  const from = indexBeforeBound(toks, startTok);
  const before1 = toks[from];
  const before2 = toks[from - 1];
  // "two of them", "six of which", "20 of those"
  if (after1?.lower === 'of' && after2 && OF_PRONOUNS.has(after2.lower) && after2.sent === sent && last.sent >= sent - 1) {
    return { unit: last.unit, rule: 'count:of-them' };
  }
  // "another 120", "a further 40", "an additional 300"
  if (before1 && FURTHER.has(before1.lower) && before1.sent === sent && last.sent >= sent - 1 && (before1.lower === 'another' || /^an?$/.test(before2?.lower ?? ''))) {
    return { unit: last.unit, rule: 'count:another' };
  }
  // "45 stores in Kenya, up from 30", "compared with 30"; "… 3,400 cases. That is up from 2,100 a week earlier": the
  // sentence before, when no other figure comes first in this one
  const upFrom = before1 !== undefined && SINCE_PREPS.has(before1.lower) && before2 !== undefined && /^(?:up|down|compared)$/.test(before2.lower);
  if (upFrom && (sameSent || (last.sent === sent - 1 && ctx.lastQuantity?.sent !== sent))) return { unit: last.unit, rule: 'count:up-from' };
  // "Police freed 12 boys on Friday. Two were kept in hospital": a figure opening its sentence as the subject of a plural
  // verb counts what the count of the sentence before counted, when no other figure came between ("500 tanks. It is
  // large. About 200 are …" is too far: elided-counts.test.ts), and not a count of things when only people take the
  // predicate ("The fire destroyed 40 homes. Three were injured")
  if (!sameSent && last.sent === sent - 1 && toks[from]?.sent !== sent && CLAUSE_VERBS.has(after1?.lower ?? '') && after1!.lower !== 'was' &&
      after1!.sent === sent && ctx.lastQuantity?.end === last.end && !(after2?.kind === 'word' && UNIT_TRIE.match(toks, num.end + 2 + adverb)) &&
      (last.unit === 'person' || !personOnlyPredicate(toks, num))) {
    return { unit: last.unit, rule: 'count:opening-subject' };
  }
  if (!sameSent) return undefined;
  // "2,300 damaged homes; 800 were destroyed", "14 protesters, and 9 were later released", "40 countries signed, and
  // 12 ratified it": a verb in the past ("were", "remained", a form in -ed) right after the figure
  const pastVerb = after1 !== undefined && (CLAUSE_VERBS.has(after1.lower) || (after1.kind === 'word' && after1.text === after1.lower && /^[a-z]{3,}ed$/.test(after1.lower)));
  if (pastVerb && after1.sent === sent && !num.words && before1 && (before1.text === ';' || before1.lower === 'and' || before1.lower === 'while' || before1.lower === 'but') &&
      (last.unit === 'person' || !personVerbNear(toks, startTok, num))) {
    return { unit: last.unit, rule: 'count:clause-subject' };
  }
  return undefined;
}

// "on": the items of a breakdown by day ("1,200 flights on Monday and 900 on Tuesday")
const PLACE_PREPS = new Set(['in', 'at', 'from', 'on']);
/** "4,300 jobs in France, 3,700 in Germany and 400 in Spain": a number then "in" and a name, after a count of the sentence. */
function elidedPlaceItem(ctx: ScanContext, startTok: number, num: Num): { unit: string; rule: string } | undefined {
  const { toks } = ctx;
  // "eight from Uttar Pradesh, five each from Bihar and Odisha": "each" between the figure and its place
  const each = toks[num.end + 1]?.lower === 'each' && toks[num.end + 1]!.sent === toks[num.end]!.sent ? 1 : 0;
  const p = toks[num.end + 1 + each];
  const name = toks[num.end + 2 + each];
  // "and nearly 900 on Tuesday": past a bound cue
  const before = wordBeforeBound(toks, startTok);
  if (!p || !PLACE_PREPS.has(p.lower) || !name || name.kind !== 'word' || !/^\p{Lu}/u.test(name.text)) return undefined;
  if (!before || (before.text !== ',' && before.lower !== 'and')) return undefined;
  // "200mm in Derna and 150 in Benghazi", "45C in Baghdad, 43 in Basra": the item of a breakdown of a measure (not
  // of a scaled amount of money with an unscaled item: "$5bn in France and 3 in Germany")
  const lq = ctx.lastQuantity;
  if (lq && lq.sent === toks[num.start].sent && lq.end < startTok && (lq.q.si !== undefined || lq.q.unit === '%' || (/^[A-Z]{3}$/.test(lq.q.unit) && (lq.q.value < 1e6 || num.scaled)))) {
    if (!ctx.lastCount || ctx.lastCount.end < lq.end) return { unit: lq.q.unit, rule: 'elided-place-item' };
  }
  const last = ctx.lastCount;
  if (!last || last.sent !== toks[num.start].sent || last.unit === '') return undefined;
  return { unit: last.unit, rule: 'count:elided-place-item' };
}

/** The largest whole that a bare "N of M" states as a share ("3 of 4 voters", "9 of 20 children"). */
const SHARE_WHOLE_MAX = 20;
const COUNT_VERB_SET = new Set(COUNT_VERBS);
const ID_SET = new Set(ID_WORDS);
const DETERMINERS = new Set(['the', 'its', 'their', 'these', 'those', 'his', 'her', 'our', 'my', 'your']);
/** "two of the hostages" → person, "100 of France's 577 constituencies" → constituency; "one of" is not worth it. */
function partOf(ctx: ScanContext, num: Num): string | undefined {
  const { toks } = ctx;
  if (num.value <= 1 || toks[num.end + 1]?.lower !== 'of') return undefined;
  let k = num.end + 2;
  const d = toks[k];
  if (!d || d.sent !== toks[num.end].sent) return undefined;
  // "42 of the city's 300 schools": a possessive after the determiner
  if (DETERMINERS.has(d.lower)) k += toks[k + 2]?.lower === "'s" || toks[k + 2]?.lower === '’s' ? 3 : 1;
  else if (d.kind === 'word' && /^\p{Lu}/u.test(d.text) && (toks[k + 1]?.lower === "'s" || toks[k + 1]?.lower === '’s')) k += 2;
  // "87 of 97 seats", "eight of 44 proposed changes": the whole's figure with no determiner, larger than the part
  else if (d.kind === 'num') {
    const whole = parseNumber(ctx, k, false);
    // (a whole in words, "eight of twelve jurors", is left to the share reading: "two of three" is how shares are
    // said; a year is no whole: "Rule 7 of 2019 guidelines")
    if (!whole || whole.words || whole.end !== k || whole.value <= num.value || isYearLike(whole)) return undefined;
    // ("Polls show 3 of 4 voters", "nine of 100": a small whole, or one of ten or a hundred, states a share, not a count,
    // unless a verb of counting takes the part: "won 3 of 5 seats")
    if ((whole.value <= SHARE_WHOLE_MAX || /^10+$/.test(String(whole.value))) && !COUNT_VERB_SET.has(toks[(boundBefore(toks, num.start)?.at ?? num.start) - 1]?.lower ?? '')) return undefined;
    // ("Article 4 of 2020 rules", "Section 3 of 12 sections": an identifier's number is no part)
    if (ID_SET.has(toks[num.start - 1]?.lower ?? '')) return undefined;
  } else return undefined;
  // "of the 16 people": skip the whole's own number
  if (toks[k]?.kind === 'num') k++;
  const n = toks[k] && toks[k].space ? countedNoun(toks, k, 2) : undefined;
  return n && n.rule !== 'count:singular-noun' ? n.unit : undefined;
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
  // "rose from 10 to 15", "enlarge the assembly from 395 to 450 members" is a change, not a range
  let change = false;
  let changeVerb = -1;
  if (sep.lower === 'to' && prevWord === 'from') {
    for (let k = startTok - 2; k >= 0 && k >= startTok - 7 && toks[k].sent === toks[startTok].sent; k--) {
      if (CHANGE.has(toks[k].lower)) { change = true; changeVerb = k; break; }
    }
  }
  // the first figure of a change keeps its own unit when it has one ("from 10 people to 15 families")
  if (change && tailAfter(ctx, first, currency)?.unit) return undefined;
  let k = first.end + 2;
  const k0 = k;
  let cur2 = currency;
  const c = CURRENCY_PREFIX.match(toks, k, true, true);
  if (c && toks[c.end + 1]?.kind === 'num') { cur2 = c.value; k = c.end + 1; }
  // "5,000-6,000", "ten to twelve"; mixed only with words ("from ten to 32 pages")
  if (!toks[k] || ((toks[k].kind === 'num') === first.words && !(first.words && isTo && toks[k].kind === 'num'))) return undefined;
  const second = parseNumber(ctx, k, cur2 !== undefined, cur2);
  if (!second) return undefined;
  if (isYearLike(first) && isYearLike(second)) return { items: [], last: second.end };
  // "in the space of 10 or 14 days": when the second number belongs to a time, so does the first
  if (inTime(ctx, toks[second.start].start, toks[second.end].end)) return { items: [], last: second.end };
  if (skipNumber(ctx, k, second, cur2, true)) return undefined;
  let v1 = first.value;
  // "5-6 million", "$5-6bn": the scale of the second applies to the first
  if (!first.scaled && second.scaled && !second.words) {
    const scale = second.value / (second.unscaled ?? parseDigits(second.digits ?? '') ?? second.value);
    if (Number.isFinite(scale) && scale > 1) v1 *= scale;
  } else if (!first.scaled && second.scaled && second.words) {
    // "between two and three million people"
    let scale = 1;
    for (let t = second.start; t <= second.end; t++) scale = Math.max(scale, own(SCALE_WORDS, toks[t].lower) ?? 1);
    if (scale > 1 && v1 * scale < second.value) v1 *= scale;
  }
  // "3-1" is a score; "or" ranges need the second above the first as well
  if (!(second.value > v1)) return isDash ? { items: [], last: second.end } : undefined;
  const tail = tailAfter(ctx, second, cur2);
  if (!tail) return { items: [], last: second.end };
  let unit = tail.unit;
  let rule = tail.rule;
  if (!unit) {
    if (second.words) return undefined;
    if (isAge(ctx, startTok, first, true)) {
      // "aged 11 to 16", "between the ages of 17 and 20": the youngest and the oldest of a group, in years
      if (!Number.isInteger(v1) || !Number.isInteger(second.value) || second.value >= 130) return { items: [], last: second.end };
      const from = between ? startTok - 1 : startTok;
      const q1 = build(ctx, from, first.end, v1, 'year', [first.rule, 'count:age', 'range-low'], 'MIN');
      const q2 = build(ctx, k0, second.end, second.value, 'year', [second.rule, 'count:age', 'range-high'], 'MAX');
      return { items: [q1, q2], last: second.end };
    }
    // "Shipments rose from 3,000 to 5,000": the plural subject of the verb of change right before "from" counts both
    const subject = change && changeVerb === startTok - 2 ? subjectOfVerb(ctx, changeVerb) : undefined;
    const ctxUnit = subject?.unit ?? contextUnit(ctx, second.start, second.end);
    if (!ctxUnit) return { items: [], last: second.end };
    unit = ctxUnit;
    rule = subject ? 'count:changed-subject' : 'count:person-context';
  }
  if (isYearLike(first) && !tail.physical && !tail.money && unit !== 'person' && unit !== '%') return { items: [], last: tail.end };
  const before = boundBefore(toks, startTok);
  const from = between ? startTok - 1 : before ? before.at : startTok;
  if (change) {
    // "rose from 10 to 15 percent": two values of one measure, neither a bound
    const q1 = build(ctx, startTok, first.end, v1, unit, [first.rule, rule, 'change-from']);
    const q2 = build(ctx, k0, Math.max(tail.end, second.end), second.value, unit, [second.rule, rule, 'change-to']);
    return { items: [q1, q2], last: Math.max(tail.end, second.end) };
  }
  if (sep.lower === 'or') {
    // "10 or 15 people": two alternatives rather than a range
    const q1 = build(ctx, from, first.end, v1, unit, [first.rule, rule, 'alternative']);
    const q2 = build(ctx, k0, Math.max(tail.end, second.end), second.value, unit, [second.rule, rule, 'alternative']);
    return { items: [q1, q2], last: Math.max(tail.end, second.end) };
  }
  // "50-60 pence": both ends in the main unit
  const sub = tail.subunit ?? 1;
  const [low, high] = rangeOfLimits(toks, startTok) ? LIMITS : rangeBounds(unit, Boolean(tail.physical || tail.money));
  // "about $2-3bn": an approximating adverb before the range is the first end's bound; "an estimated $2-3bn" estimates
  // the whole range, whose ends stay as they are
  const lowBound = before?.bound === 'APPROX' && !/estimated/.test(before.cue) ? 'APPROX' : low;
  const q1 = build(ctx, from, first.end, v1 / sub, unit, [first.rule, rule, 'range-low', lowBound === 'APPROX' ? `bound:${before?.cue}` : ''], lowBound);
  const q2 = build(ctx, k0, Math.max(tail.end, second.end), second.value / sub, unit, [second.rule, rule, 'range-high'], high);
  return { items: [q1, q2], last: Math.max(tail.end, second.end) };
}


const LIMITS: [Bound, Bound] = ['AT_LEAST', 'AT_MOST'];
/**
 * "raised its rate to a range of between 5.25 per cent and 5.5 per cent", "a range of zero to 0.1 percent": a range
 * named so sets the limits a value may take, at least the first and at most the second, whatever it measures.
 */
const RANGE_LIMIT_CUES = readWordSet('quantity-range-limit-cues.txt');
function rangeOfLimits(toks: readonly QTok[], first: number): boolean {
  let k = first - 1;
  if (toks[k]?.lower === 'between') k--;
  if (!(toks[k]?.lower === 'of' && /^ranges?$/.test(toks[k - 1]?.lower ?? '') && toks[k - 1]!.sent === toks[first]!.sent)) return false;
  // only a range of policy or target limits (data/lexicon/quantity-range-limit-cues.txt)
  const sent = toks[first]!.sent;
  for (let j = k - 2; j >= 0 && j >= k - 14 && toks[j]!.sent === sent; j--) if (RANGE_LIMIT_CUES.has(toks[j]!.lower)) return true;
  return false;
}

/**
 * The bounds of a range's two ends. A range of a measure — money, a percentage, points, a physical magnitude ("$2–$4",
 * "5-6%", "between 10 and 15 km") — spans the values the measure takes: its ends are the MIN and the MAX. A range of
 * a count ("5,000 to 6,000 people were missing") brackets one unknown number: at least the first, at most the second.
 */
export function rangeBounds(unit: string, measure: boolean): [Bound, Bound] {
  return measure || unit === '%' || unit === POINTS_UNIT || unit === 'bp' ? ['MIN', 'MAX'] : ['AT_LEAST', 'AT_MOST'];
}

/**
 * "5% to 7%", "5%-7%", "between 20C and 25C", "from $2bn to $3bn a year": a range whose two ends each carry the unit
 * is read as two figures first; when nothing but a dash or "to" ("and" after "between") parts them, they share a
 * unit and no bound, and the second is the larger, they are the range's ends (bounds as rangeBounds gives them).
 * Not a change ("rose from 5% to 7%", "fell 40p to 5,600p", "raised by 0.25% to 5%").
 */
function pairRange(ctx: ScanContext, prev: { q: Quantity; first: number; last: number }, at: number, q2: Quantity): void {
  const { toks } = ctx;
  const q1 = prev.q;
  if (at !== prev.last + 2 || q1.bound || q2.bound || q1.unit !== q2.unit || !(q2.value > q1.value)) return;
  if (/range|change|alternative/.test(`${q1.rule ?? ''} ${q2.rule ?? ''}`)) return;
  const sep = toks[prev.last + 1]!;
  if (sep.sent !== toks[prev.first]!.sent || sep.sent !== toks[at]!.sent) return;
  const lead = toks[prev.first - 1]?.lower ?? '';
  const isDash = DASHES.has(sep.text);
  if (!isDash && !(sep.lower === 'to' || (sep.lower === 'and' && lead === 'between'))) return;
  if (lead === 'by') return;
  // "fell 40p to 5,600p", "rose from 5% to 7%": a verb of change before the first figure
  for (let k = prev.first - 1; k >= 0 && k >= prev.first - 7 && toks[k]!.sent === toks[prev.first]!.sent; k--) if (CHANGE.has(toks[k]!.lower)) return;
  const [low, high] = rangeOfLimits(toks, prev.first) ? LIMITS : rangeBounds(q1.unit, q1.si !== undefined || /^[A-Z]{3}$/.test(q1.unit));
  q1.bound = low; q2.bound = high;
  q1.rule = `${q1.rule ?? 'quantity:'}+range-low`;
  q2.rule = `${q2.rule ?? 'quantity:'}+range-high`;
  if (lead === 'between') {
    q1.start = toks[prev.first - 1]!.start;
    q1.text = ctx.text.slice(q1.start, q1.end);
  }
}
