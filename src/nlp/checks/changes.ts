import type { Check, Quantity } from '../../core/types.js';
import { fmt, roundingUnit } from './format.js';
import { alt, CHANGE_DOWN, CHANGE_NOUNS, CHANGE_UP, MAJORITY_CUES, PER_UNIT_CUES } from './lexicon.js';
import { NUMBER_WORDS, own } from '../quantity/lexicon.js';
import { isApposedFigure, isBareNotCount } from './numbers.js';
import { type CheckRef, ruled } from './rule.js';
import type { SentenceSpans } from './sentences.js';
import { join } from 'node:path';
import { projectRoot } from '../../core/shared.js';
import { readDataRows } from '../../core/data-rows.js';
import { LOOSE_SRC } from './approx.js';

// COUNT checks on figures that change or differ, read from the text of one sentence:
//  - a change between two stated values and its size: "exports rose 12% to $5.6 billion from $5 billion", "the toll
//    rose by 12 to 52, up from 40", "turnout was 64%, down from 71%, a drop of seven percentage points";
//  - a difference stated between two values: "closed at 3,200, some 400 points below its peak of 3,600";
//  - a majority threshold against the size of the body: "the 272 needed for a majority in the 543-seat chamber";
//  - a total, a count and the price of each: "sold 2,000 tickets for $100,000, or $50 each".
// Every figure is taken as precise as it is written (a trailing zero may be rounding, up to 5% of the value).

type Kind = '%' | 'pp' | 'plain' | string; // a currency is its symbol or code
interface Val { idx: number; start: number; end: number; text: string; value: number; unit: Kind; approx: boolean; lo: number; hi: number }

const CUR_BEFORE = String.raw`(?:US\$|A\$|C\$|HK\$|S\$|NZ\$|R\$|\$|€|£|¥|₹|Rs\.?\s?|EUR\s|USD\s|GBP\s)`;
const NUM = String.raw`(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
const SCALE = String.raw`(?:\s*(?:thousand|million|billion|trillion|bn|mn|m|k)\b)`;
const CUR_AFTER = String.raw`(?:\s+(?:dollars|euros|pounds|yen|yuan|rupees|francs|rubles|roubles|won|pesos|naira|rand))`;
const PCT = String.raw`(?:\s*%|\s*(?:per\s*cent|percent|pct)\b|\s+percentage[\s-]points?\b|\s+basis\s+points\b|\s+points?\b|-(?:percentage-)?points?\b)`;
const WORD_NUM = Object.keys(NUMBER_WORDS).filter((w) => w !== 'dozen' && w !== 'zero' && w !== 'a' && w !== 'an' && w !== 'one').join('|');
const APPROX_RE = /(?:about|around|roughly|nearly|almost|some|approximately|an estimated|more than|over|less than|under|just over|just under|close to|upwards of)\s+$/i;
const VALUE_RE = new RegExp(String.raw`(?<![\w$€£¥₹.,-])(${CUR_BEFORE})?(${NUM}|(?:${WORD_NUM})(?=\s+(?:percent|per\s*cent|percentage|points?|million|billion|more|fewer|less)\b|-(?:percentage-)?points?\b))(${SCALE})?(${CUR_AFTER})?(${PCT})?(?![\w-]|[.,]\d)`, 'gi');
const MONTHS = /(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s*$/;
// after a number: it is a time, a date, an age or a length, no amount that changes
const NOT_AMOUNT_AFTER = /^[\s-]*(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|a\.m\.|p\.m\.|am\b|pm\b|GMT|BST|UTC|per\s+(?:hour|day)|km\/h|mph|st|nd|rd|th|year-old|[ap]m\b)/i;
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, mn: 1e6, m: 1e6, k: 1e3 };

/** The figures of a sentence that may be amounts: money, percentages, points and plain counts (not years, dates, times). */
function values(text: string, from: number, to: number, notCounts: readonly Quantity[] = []): Val[] {
  const s = text.slice(from, to);
  const out: Val[] = [];
  VALUE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = VALUE_RE.exec(s)) !== null) {
    const [all, cur, num, scale, curAfter, pct] = m;
    const before = s.slice(Math.max(0, m.index - 40), m.index);
    const after = s.slice(m.index + all.length, m.index + all.length + 40);
    const word = own(NUMBER_WORDS, num!.toLowerCase());
    let base = word ?? Number(num!.replace(/,/g, ''));
    if (!Number.isFinite(base)) continue;
    const scaleWord = scale?.trim().toLowerCase();
    // "5 m" without a currency is five metres
    if (scaleWord && (scaleWord === 'm' || scaleWord === 'k') && !cur) continue;
    if (!cur && !pct && !scale && !curAfter) {
      if (/^(?:1[89]|20)\d\d$/.test(num!)) continue; // a year
      if (MONTHS.test(before) || /^\s*(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/.test(after)) continue;
      if (NOT_AMOUNT_AFTER.test(after) || /[:/]\s*$/.test(before) || /^[:/]\d/.test(after)) continue;
      // an age ("Tanaka, 45,"), how often or a multiple, as the quantity stage read it or set off by commas: no part of a count
      const at = from + m.index;
      if (notCounts.some((q) => q.start <= at && at < q.end) || isApposedFigure(text, at, at + all.length)) continue;
    }
    if (pct && NOT_AMOUNT_AFTER.test(after)) continue;
    const mult = scaleWord ? SCALES[scaleWord]! : 1;
    const value = base * mult;
    const p = pct?.trim().toLowerCase() ?? '';
    const unit: Kind = p === '' ? (cur ? cur.trim().replace(/\.$/, '') : curAfter ? curAfter.trim().toLowerCase() : 'plain')
      : /percentage|basis/.test(p) ? 'pp' : /point/.test(p) ? 'points' : '%';
    const scaleBasis = unit === 'pp' && /basis/.test(p) ? 0.01 : 1;
    const written = word !== undefined ? 1 * mult : roundingUnit(num! + (scale ?? ''), value);
    // a trailing zero may be rounding, but a writer's "$100" is rarely off by more than a few per cent
    const unitR = Math.min(written, Math.max(Math.abs(value) * 0.05, written < 1 ? written : 1));
    const approx = APPROX_RE.test(before);
    const v = value * scaleBasis;
    const half = (unitR / 2) * scaleBasis;
    const slack = approx ? Math.max(Math.abs(v) * 0.1, half * 2) : 0;
    base = v;
    out.push({ idx: out.length, start: from + m.index, end: from + m.index + all.length, text: all, value: v, unit, approx, lo: v - half - slack, hi: v + half + slack });
  }
  return out;
}

const UP = alt(CHANGE_UP);
const DOWN = alt(CHANGE_DOWN);
const NOUN = alt(CHANGE_NOUNS);
const APPROX_WORDS = String.raw`(?:(?:about|around|roughly|nearly|almost|some|approximately|more than|over|less than|just over|just under|close to|a further|another|an? (?:extra|additional))\s+)?`;
/** The clause before "from A": a change verb, then at most a few words (the change figure among them) */
const VERB_BEFORE_RE = new RegExp(String.raw`\b(${UP}|${DOWN})\b[^.;:!?]{0,60}$`, 'i');
const FROM_RE = /\bfrom\s+(?:a\s+(?:record\s+|revised\s+|high\s+of\s+|low\s+of\s+)?|an\s+(?:estimated\s+)?|about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+|just\s+(?:over|under)\s+)?$/i;
const TO_RE = /\bto\s+(?:a\s+(?:record\s+|new\s+|revised\s+|high\s+of\s+|low\s+of\s+)?|an\s+(?:estimated\s+)?|about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+|just\s+(?:over|under)\s+)?$/i;
/** Between B and A of "B (in April), up from A", "B, compared with A". */
const NEXT_FROM_RE = /^(?:\s+(?:in|on|at|last|this)\s+[\p{L}\d]+(?:\s+[\p{L}\d]+)?)?,\s*(?:(up|down)\s+from|compared\s+(?:with|to)|against)\s+(?:a\s+|an\s+|about\s+|around\s+|some\s+|nearly\s+)?$/iu;
// "40 people were arrested, up from 25", "320 deaths last week, compared with 280": the value's noun and a short verb
// phrase or time may stand before the comma (lower-case words only, no other figure)
const NEXT_FROM_LOOSE_RE = /^(?:\s+(?:people|persons|deaths|cases|arrests|[a-z]+s)\b)(?:\s+(?:were|was|have\s+been|had\s+been|are|is)\s+[a-z]+ed)?(?:\s+(?:in|on|at|last|this|the|a|over|during)(?:\s+[a-z]+){1,2})?,\s*(?:(up|down)\s+from|compared\s+(?:with|to)|against)\s+(?:a\s+|an\s+|about\s+|around\s+|some\s+|nearly\s+)?$/u;
const UP_WORD_RE = new RegExp(String.raw`^(?:${UP})$`, 'i');
const DOWN_WORD_RE = new RegExp(String.raw`^(?:${DOWN})$`, 'i');
const sign = (verb: string) => (UP_WORD_RE.test(verb) ? 1 : DOWN_WORD_RE.test(verb) ? -1 : 0);
const BY_VERB_RE = new RegExp(String.raw`\b(?:${UP}|${DOWN}|up|down)\s+(?:by\s+)?${APPROX_WORDS}$`, 'i');
/** "…, a total of 400 basis points": the size of the whole change, told after its values. */
const TOTALS = readDataRows(join(projectRoot, 'data', 'lexicon', 'checks-change-totals.tsv'));
const totals = (where: string) => alt(TOTALS.filter((r) => r[0] === where).map((r) => r[1]!));
const TOTAL_OF_RE = new RegExp(String.raw`,\s*(?:${totals('before')})\s+(?:(?:${LOOSE_SRC})\s+)?$`, 'i');
const BY_NOUN_RE = new RegExp(String.raw`\b(?:${NOUN})\s+of\s+${APPROX_WORDS}$`, 'i');
const NOUN_AFTER_RE = new RegExp(String.raw`^[\s-]*(?:${NOUN})\b`, 'i');
const ARTICLE_NOUN_RE = new RegExp(String.raw`\b(?:an?|the)\s+(?:[\p{L}-]+\s+)?(?:${NOUN})\b`, 'giu');
// (only when the verb is the whole gap: ", while the opposition, down 2 points" is another change's own verb)
const OWN_VERB_END_RE = new RegExp(String.raw`^\s*,?\s*(?:up|down)\s+(?:by\s+)?(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+)?$`, 'i');
const VERB_RE = new RegExp(String.raw`\b(?:${UP}|${DOWN})\b`, 'i');
const VERB_BY_END_RE = new RegExp(String.raw`\b(${UP}|${DOWN})\s+(?:by\s+)?(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|a\s+further\s+|another\s+)?$`, 'i');

interface Change { from: Val; to: Val; dir: number }
/** Between the change figure and the value before the change: "… increase from (the) A", "… drop on (last year's) A". */
const NOUN_FROM_RE = new RegExp(String.raw`^[\s-]*(?:${NOUN})\s+(?:from|on|over)\s+(?:the\s+|a\s+|an\s+)?$`, 'i');

/** "rose … from A to B", "rose … to B from A", "B, up from A": the two values of one change and its direction. */
function changesIn(text: string, vs: Val[]): Change[] {
  const out: Change[] = [];
  for (let i = 0; i + 1 < vs.length; i++) {
    for (let j = i + 1; j < Math.min(vs.length, i + 3); j++) {
      const a = vs[i]!;
      const b = vs[j]!;
      const gap = text.slice(a.end, b.start);
      if (/[.;!?]/.test(gap) || gap.length > 80) continue;
      const pre = text.slice(Math.max(0, a.start - 100), a.start);
      // "from A (in March) to B"
      if (FROM_RE.test(pre) && /^\s*(?:[\p{L}'’]+\s+){0,4}?(?:[\p{L}'’]+\s*,?\s+)?to\s+(?:a\s+(?:record\s+|new\s+)?|about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$/u.test(gap)) {
        const v = VERB_BEFORE_RE.exec(pre.replace(FROM_RE, ''));
        if (v) { out.push({ from: a, to: b, dir: sign(v[1]!) }); continue; }
      }
      // "to B (in 2023) from A"
      if (TO_RE.test(pre) && /^[^.;:!?]{0,50}?\bfrom\s+(?:a\s+|an\s+|about\s+|around\s+|some\s+|nearly\s+)?$/.test(gap) && !/\bto\s/.test(gap)) {
        const v = VERB_BEFORE_RE.exec(pre.replace(TO_RE, ''));
        if (v) { out.push({ from: b, to: a, dir: sign(v[1]!) }); continue; }
      }
      // "B, up from A", "B (in April), down from A", "B, compared with A"
      const m = NEXT_FROM_RE.exec(gap) ?? NEXT_FROM_LOOSE_RE.exec(gap);
      if (j === i + 1 && m) out.push({ from: b, to: a, dir: m[1] ? (m[1].toLowerCase() === 'up' ? 1 : -1) : 0 });
    }
  }
  // "B, down 0.4 percentage points from A": the middle figure is the change
  for (let i = 0; i + 2 < vs.length; i++) {
    const [b, c, a] = [vs[i]!, vs[i + 1]!, vs[i + 2]!];
    const m = /^(?:\s+(?:in|on|at|last|this)\s+[\p{L}\d]+(?:\s+[\p{L}\d]+)?)?,\s*(up|down)\s+(?:by\s+)?$/iu.exec(text.slice(b.end, c.start));
    if (m && /^\s+(?:from|on)\s+(?:a\s+|an\s+)?$/.test(text.slice(c.end, a.start))) out.push({ from: a, to: b, dir: m[1]!.toLowerCase() === 'up' ? 1 : -1 });
    // "rose to 150, a 50 percent increase from the 100 reported on Monday": the change told as a noun between the values
    else if (/^(?:\s+(?:in|on|at|last|this)\s+[\p{L}\d]+(?:\s+[\p{L}\d]+)?)?,\s*(?:a|an)\s+$/iu.test(text.slice(b.end, c.start))
      && NOUN_FROM_RE.test(text.slice(c.end, a.start)) && VERB_BEFORE_RE.test(text.slice(Math.max(0, b.start - 60), b.start))) {
      const v = VERB_BEFORE_RE.exec(text.slice(Math.max(0, b.start - 60), b.start))!;
      out.push({ from: a, to: b, dir: sign(v[1]!) });
    }
  }
  return out;
}

/** The change figure of a change: "rose 12%", "fell by 20 percent", "an increase of 30%", "a 5% drop", "down 0.4 points". */
function changeFigure(text: string, vs: Val[], ch: Change, from: number, to: number): Val | undefined {
  const cands: Array<{ v: Val; d: number }> = [];
  const lo = Math.min(ch.from.start, ch.to.start);
  const hi = Math.max(ch.from.end, ch.to.end);
  // the figure lies a few figures either side of the change's values
  const [i0, i1] = [ch.from.idx, ch.to.idx].sort((x, y) => x - y) as [number, number];
  for (const v of vs.slice(Math.max(0, i0 - 4), i1 + 5)) {
    if (v === ch.from || v === ch.to) continue;
    if (v.end < Math.min(ch.from.start, ch.to.start) - 80 || v.start > Math.max(ch.from.end, ch.to.end) + 80) continue;
    const pre = text.slice(Math.max(from, v.start - 40), v.start);
    const post = text.slice(v.end, Math.min(to, v.end + 30));
    const byVerb = BY_VERB_RE.test(pre);
    const byNoun = BY_NOUN_RE.test(pre);
    const adj = NOUN_AFTER_RE.test(post) && /\b(?:a|an|the)\s+(?:\p{L}+\s+)?$/iu.test(pre);
    const byAlone = /\bby\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+|more than\s+|over\s+)?$/i.test(pre) && v.end <= lo + 1;
    // "grew from 2 million to 2.5 million, or by 25 percent": the change restated right after its values
    // (not "or 40 percent of the region": a share of something)
    const orBy = v.start >= hi && /^\s*,\s*or\s+(?:by\s+)?(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+)?$/i.test(text.slice(hi, v.start)) && !/^\s+of\b/i.test(post);
    // (only points between two percentages: "a total of 5,000" after "from 200 to 260" may count something else)
    const totalOf = v.start >= hi && v.unit === 'pp' && ch.from.unit === '%' && ch.to.unit === '%' && TOTAL_OF_RE.test(pre);
    if (!byVerb && !byNoun && !adj && !byAlone && !orBy && !totalOf) continue;
    // the figure belongs to this change: inside its clause, not past another change's verb
    const between = v.end <= lo ? text.slice(v.end, lo) : v.start >= hi ? text.slice(hi, v.start) : '';
    if (/[.;!?]/.test(between) || between.length > 70) continue;
    // (a change noun after an article, "a drop of", is this change's own figure, not another change)
    // ("down 0.3 points": the verb that introduces this figure is its own, not another change's)
    const verbs = between.replace(ARTICLE_NOUN_RE, '').replace(OWN_VERB_END_RE, '');
    if (v.start >= hi && VERB_RE.test(verbs)) continue;
    // no other figure between ("grew by 24,400 to 3,416,000, with the labour force rising to …"), and a figure told
    // before the values is in their clause ("by more than 8 to 7 …, where volume was 1.79 billion, down from …")
    if (vs.some((x) => x !== ch.from && x !== ch.to && x !== v && (v.end <= lo ? x.start >= v.end && x.end <= lo : x.start >= hi && x.end <= v.start))) continue;
    if (v.end <= lo && /,/.test(between) && !/^\s*,\s*(?:from|to)\s+(?:about\s+|around\s+|some\s+|nearly\s+|a\s+)?$/i.test(between)) continue;
    cands.push({ v, d: v.end <= lo ? lo - v.end : v.start - hi });
  }
  cands.sort((x, y) => x.d - y.d);
  return cands[0]?.v;
}

const ref = (v: Val): CheckRef => ({ start: v.start, end: v.end, text: v.text });
const sameKind = (a: Val, b: Val) => a.unit === b.unit || (a.unit === 'plain' && b.unit !== '%' && b.unit !== 'pp') || (b.unit === 'plain' && a.unit !== '%' && a.unit !== 'pp');
/** Whether a computed range meets a stated figure; a figure may be truncated or rounded from rounded parts: a full unit either way. */
const overlaps = (lo: number, hi: number, c: Val) => {
  const w = (c.hi - c.lo) / 2;
  return lo <= c.hi + w + 1e-9 && c.lo - w <= hi + 1e-9;
};

/** The size of a change between two values: relative (%), in points, or in the values' own unit. */
function changeCheck(ch: Change, c: Val): Check | undefined {
  const { from: a, to: b } = ch;
  if (!sameKind(a, b)) return undefined;
  // the stated direction must be the values' own: else the frame was misread
  if (ch.dir !== 0 && Math.sign(b.value - a.value) !== ch.dir && b.value !== a.value) return undefined;
  const diffLo = Math.abs(b.value - a.value) - (a.hi - a.value) - (b.hi - b.value);
  const diffHi = Math.abs(b.value - a.value) + (a.hi - a.value) + (b.hi - b.value);
  const diff = Math.abs(b.value - a.value);
  const readings: Array<{ lo: number; hi: number; say: string }> = [];
  if (c.unit === '%' && a.value > 0 && a.unit !== 'points') {
    const rel = (x: number, y: number) => Math.abs(y - x) / x * 100;
    const corners = [rel(a.lo, b.lo), rel(a.lo, b.hi), rel(a.hi, b.lo), rel(a.hi, b.hi)];
    // the box of the two values may cross zero change
    const lo = Math.sign(b.lo - a.hi) !== Math.sign(b.hi - a.lo) ? 0 : Math.min(...corners);
    readings.push({ lo, hi: Math.max(...corners), say: `${fmt(a.value)} to ${fmt(b.value)} = ${fmt(diff / a.value * 100)}%` });
  }
  if ((c.unit === 'pp' || c.unit === '%' || c.unit === 'points') && a.unit === '%') {
    readings.push({ lo: Math.max(0, diffLo), hi: diffHi, say: `${fmt(a.value)}% to ${fmt(b.value)}% = ${fmt(diff)} points` });
  }
  if (c.unit !== '%' && c.unit !== 'pp' && a.unit !== '%' && (c.unit === a.unit || c.unit === b.unit || c.unit === 'plain' || (a.unit === 'plain' && b.unit === 'plain')) ) {
    readings.push({ lo: Math.max(0, diffLo), hi: diffHi, say: `${fmt(a.value)} to ${fmt(b.value)} = ${fmt(diff)}` });
  }
  if (c.unit === 'points' && a.unit === 'points') readings.push({ lo: Math.max(0, diffLo), hi: diffHi, say: `${fmt(a.value)} to ${fmt(b.value)} = ${fmt(diff)} points` });
  if (readings.length === 0) return undefined;
  const ok = readings.find((r) => overlaps(r.lo, r.hi, c));
  const r = ok ?? readings[0]!;
  return ruled({
    kind: 'COUNT', status: ok ? 'CONSISTENT' : 'INCONSISTENT', refs: [ref(a), ref(b), ref(c)],
    detail: `change ${r.say}, given as ${c.text}${ok ? '' : ': more than rounding allows'}`,
  }, 'count:change');
}

// "some 400 points below its peak of 3,600", "29 more than the 151 needed", "32 short of the 272 needed"
const DIFF_RE = /^\s*(?:[\p{L}-]+\s+)?(more|fewer|less|higher|lower|below|above|short\s+of|ahead\s+of|behind|under|over)\s+(?:than\s+)?(?:the\s+|its\s+|their\s+|his\s+|her\s+|a\s+|an\s+)?(?:[\p{L}-]+\s+){0,4}?(?:of\s+|at\s+)?$/iu;

/** A difference stated between a value before it and one after: "closed at 3,200, some 400 points below its peak of 3,600". */
function differenceChecks(text: string, vs: Val[]): Check[] {
  const out: Check[] = [];
  for (let k = 1; k + 1 < vs.length; k++) {
    const c = vs[k]!;
    const a = vs[k + 1]!;
    if (!DIFF_RE.test(text.slice(c.end, a.start))) continue;
    if (!/,\s*(?:(?:about|around|roughly|nearly|almost|some|just|only)\s+)?$/i.test(text.slice(vs[k - 1]!.end, c.start)) && !/,\s*[^,]*$/.test(text.slice(vs[k - 1]!.end, c.start))) continue;
    // the value the difference is of: the nearest amount before it of the same kind, in the same clause
    let b: Val | undefined;
    let tight = false;
    for (let i = k - 1; i >= 0; i--) {
      const v = vs[i]!;
      const gap = text.slice(v.end, c.start);
      if (/[.;!?]/.test(gap) || gap.length > 90) break;
      if (/^-/.test(text.slice(v.end, v.end + 1)) || /\bof\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, v.start - 8), v.start))) continue;
      if (!sameKind(v, a)) continue;
      b = v;
      tight = i === k - 1 && /^\s*(?:[\p{L}]+\s+){0,2}?,\s*(?:(?:about|around|roughly|nearly|almost|some|just|only)\s+)?$/u.test(gap);
      break;
    }
    // "48 percent, seven points lower than the 55 percent": points between two percentages are percentage points
    if (!b || !(c.unit === a.unit || c.unit === 'plain' || c.unit === 'points' && a.unit !== '%' || ((c.unit === 'pp' || c.unit === 'points') && a.unit === '%' && b.unit === '%'))) continue;
    const diff = Math.abs(b.value - a.value);
    const lo = Math.max(0, diff - (a.hi - a.value) - (b.hi - b.value));
    const hi = diff + (a.hi - a.value) + (b.hi - b.value);
    const ok = overlaps(lo, hi, c);
    if (!ok && !tight) continue;
    out.push(ruled({
      kind: 'COUNT', status: ok ? 'CONSISTENT' : 'INCONSISTENT', refs: [ref(b), ref(c), ref(a)],
      detail: `difference ${fmt(b.value)} and ${fmt(a.value)} = ${fmt(diff)}, given as ${c.text}${ok ? '' : ': more than rounding allows'}`,
    }, 'count:difference'));
  }
  return out;
}

const MAJORITY_RE = new RegExp(String.raw`^\s*(?:seats?\s+|votes?\s+|members?\s+|MPs\s+|lawmakers\s+|deputies\s+)?(?:${alt(MAJORITY_CUES)})\b`, 'i');
const MAJORITY_BEFORE_RE = /\b(?:majority|threshold)\s+(?:mark\s+|threshold\s+)?of\s+$/i;
// "the 543-seat chamber", "the 300-member assembly", "of the 543 seats", "in the 450-strong parliament"
const BODY_RE = /(?<![\d,.])(\d{1,3}(?:,\d{3})?|\d+)(?:-(?:seat|member|strong)\b|\s+seats\s+in\s+(?:the\s+)?(?:parliament|assembly|chamber|house|senate|legislature|congress|bundestag|council|duma|knesset|national assembly|lower house|upper house)|\s+(?:seats|members|lawmakers|MPs|deputies|senators)\s+(?:of|in)\s+(?:the\s+)?(?:parliament|assembly|chamber|house|senate|legislature|congress|council))/gi;
const OF_BODY_RE = /\b(?:of|in)\s+(?:the\s+|its\s+)?(\d{1,3}(?:,\d{3})?|\d+)(?:-seat|-member|\s+seats\b|\s+(?:members|lawmakers|MPs|deputies|senators)\b)/gi;

const QUALIFIED_SHARES: Record<string, number> = { 'two-thirds': 2 / 3, 'three-fifths': 3 / 5, 'three-quarters': 3 / 4, 'three-fourths': 3 / 4 };
const QUALIFIED_RE = /\b(two[\s-]thirds|three[\s-]fifths|three[\s-](?:quarters|fourths))\s+(?:super)?majority\b/i;
/** "the 272 (seats) needed for a majority in the 543-seat chamber": a majority is half the body plus one. */
function majorityChecks(text: string, vs: Val[], sentences: SentenceSpans, from: number, to: number, si: number): Check[] {
  const out: Check[] = [];
  for (const m of vs) {
    if (m.unit !== 'plain' || m.value < 2) continue;
    if (!MAJORITY_RE.test(text.slice(m.end, to)) && !MAJORITY_BEFORE_RE.test(text.slice(Math.max(from, m.start - 40), m.start))) continue;
    // the body: in the sentence, else the one before
    const bodies: Array<{ n: number; start: number; end: number; text: string; near: boolean }> = [];
    const win = (a: number, b: number): [number, number] => [Math.max(a, m.start - 300), Math.min(b, m.end + 300)];
    const prev = si > 0 ? win(sentences[si - 1]![0], sentences[si - 1]![1]) : undefined;
    for (const [s0, s1, near] of [[...win(from, to), true], ...(prev ? [[...prev, false]] : [])] as Array<[number, number, boolean]>) {
      for (const re of [BODY_RE, OF_BODY_RE]) {
        re.lastIndex = 0;
        const s = text.slice(s0, s1);
        let b: RegExpExecArray | null;
        while ((b = re.exec(s)) !== null) {
          const n = Number(b[1]!.replace(/,/g, ''));
          const at = s0 + b.index + b[0].indexOf(b[1]!);
          if (n > m.value && !bodies.some((x) => x.start === at)) bodies.push({ n, start: at, end: at + b[1]!.length, text: b[1]!, near });
        }
      }
      if (bodies.length) break;
    }
    if (bodies.length === 0) continue;
    // "the two-thirds majority of 300 needed in the 450-seat chamber": a qualified majority is its share of the body
    const qualified = QUALIFIED_RE.exec(text.slice(Math.max(from, m.start - 60), Math.min(to, m.end + 60)));
    if (qualified) {
      const share = QUALIFIED_SHARES[qualified[1]!.toLowerCase().replace(/\s+/g, '-')]!;
      const b = bodies.find((x) => Math.ceil(x.n * share - 1e-9) === m.value || Math.floor(x.n * share) + 1 === m.value);
      if (b) {
        out.push(ruled({
          kind: 'COUNT', status: 'CONSISTENT', refs: [{ start: m.start, end: m.end, text: m.text }, { start: b.start, end: b.end, text: b.text }],
          detail: `a ${qualified[1]} majority of ${fmt(b.n)} is ${fmt(Math.ceil(b.n * share - 1e-9))}, given as ${m.text}`,
        }, 'count:majority'));
      }
      continue;
    }
    const need = (n: number) => Math.floor(n / 2) + 1;
    // "won 214 of the 400 seats, a majority of 28": a figure below half the body is the margin over all the others
    // (twice the seats less the body), not the threshold; agreement only, since the seats may be another party's
    if (bodies.every((b) => m.value < need(b.n) / 2)) {
      const seat = vs.find((p) => p !== m && p.unit === 'plain' && p.start >= from && p.end <= to && bodies.some((b) => p.value < b.n && 2 * p.value - b.n === m.value));
      const b = seat && bodies.find((x) => 2 * seat.value - x.n === m.value);
      if (seat && b) {
        out.push(ruled({
          kind: 'COUNT', status: 'CONSISTENT', refs: [{ start: m.start, end: m.end, text: m.text }, { start: seat.start, end: seat.end, text: seat.text }, { start: b.start, end: b.end, text: b.text }],
          detail: `${fmt(seat.value)} of ${fmt(b.n)} seats is a majority of ${fmt(seat.value)} − ${fmt(b.n - seat.value)} = ${fmt(2 * seat.value - b.n)} over all the others, given as ${m.text}`,
        }, 'count:seat-majority'));
      }
      continue;
    }
    const ok = bodies.find((b) => need(b.n) === m.value);
    if (!ok && (bodies.length > 1 || !bodies[0]!.near)) continue;
    const b = ok ?? bodies[0]!;
    out.push(ruled({
      kind: 'COUNT', status: ok ? 'CONSISTENT' : 'INCONSISTENT', refs: [{ start: m.start, end: m.end, text: m.text }, { start: b.start, end: b.end, text: b.text }],
      detail: `a majority of ${fmt(b.n)} is ${fmt(need(b.n))}, given as ${m.text}`,
    }, 'count:majority'));
  }
  return out;
}

const PER_RE = new RegExp(String.raw`^\s*(?:${alt(PER_UNIT_CUES)})\b`, 'i');

/** "sold 2,000 tickets for $100,000, or $50 each": the total over the count against the price of one. */
function perUnitChecks(text: string, vs: Val[]): Check[] {
  const out: Check[] = [];
  for (let k = 0; k < vs.length; k++) {
    const p = vs[k]!;
    if (p.unit === 'plain' || p.unit === '%' || p.unit === 'pp' || p.unit === 'points' || !PER_RE.test(text.slice(p.end, p.end + 30))) continue;
    const t = vs[k - 1];
    if (!t || t.unit !== p.unit || t.value <= p.value) continue;
    const gapTP = text.slice(t.end, p.start);
    if (!/^\s*(?:,\s*or|\(|,\s*(?:or\s+)?(?:about|around|roughly|nearly|some|just over|just under)?|\s+at)\s*(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?$/i.test(gapTP)) continue;
    // the count: a plain figure before the total, in the clause, tied by "for" / "at a cost of" / "worth"
    const n = vs[k - 2];
    if (!n || n.unit !== 'plain' || n.value < 2) continue;
    const gapNT = text.slice(n.end, t.start);
    if (!/^\s+(?:[\p{L}-]+\s+){1,3}?(?:for|worth|costing|at\s+a\s+(?:total\s+)?cost\s+of|valued\s+at|totalling|totaling|for\s+a\s+total\s+of)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|more than\s+)?$/iu.test(gapNT)) continue;
    const lo = t.lo / n.hi;
    const hi = t.hi / Math.max(n.lo, 1e-9);
    const ok = overlaps(lo, hi, p);
    out.push(ruled({
      kind: 'COUNT', status: ok ? 'CONSISTENT' : 'INCONSISTENT', refs: [ref(n), ref(t), ref(p)],
      detail: `${t.text} / ${fmt(n.value)} = ${fmt(t.value / n.value)} each, given as ${p.text}${ok ? '' : ': more than rounding allows'}`,
    }, 'count:per-unit'));
  }
  return out;
}

// "fell 260.77 points, or 2.62%, to 9,694.73", "gained 155.91 points, or 1.67%, to end the day at 9505.96"
const OR_PCT_RE = /^\s*(?:,\s*or|\(|,)\s*(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+)?$/i;
const TO_LEVEL_RE = /^\s*\)?\s*,?\s*(?:to|at|closing\s+at|to\s+close\s+at|to\s+end(?:\s+the\s+day)?\s+at|to\s+finish(?:\s+the\s+day)?(?:\s+at)?|to\s+settle\s+at|ending\s+at|finishing\s+at|reaching|settling\s+at)\s+(?:a\s+level\s+of\s+|a\s+close\s+of\s+|a\s+record\s+)?$/i;

/** A change given both ways and the level it reached: the percentage is the change over the level before it. */
function changeBothWaysChecks(text: string, vs: Val[]): Check[] {
  const out: Check[] = [];
  for (let k = 0; k + 2 < vs.length; k++) {
    const [c1, c2, b] = [vs[k]!, vs[k + 1]!, vs[k + 2]!];
    if (c1.unit === '%' || c1.unit === 'pp' || c2.unit !== '%' || b.unit === '%' || b.unit === 'pp') continue;
    if (!(c1.unit === b.unit || c1.unit === 'points' && b.unit === 'plain' || c1.unit === 'plain' && b.unit === 'points')) continue;
    if (!OR_PCT_RE.test(text.slice(c1.end, c2.start)) || !TO_LEVEL_RE.test(text.slice(c2.end, b.start))) continue;
    const v = VERB_BY_END_RE.exec(text.slice(Math.max(0, c1.start - 40), c1.start));
    if (!v) continue;
    const dir = sign(v[1]!);
    if (dir === 0) continue;
    // the level before the change: the one reached, less the change
    const before = (bv: number, cv: number) => bv - dir * cv;
    const pct = (bv: number, cv: number) => cv / before(bv, cv) * 100;
    const corners = [pct(b.lo, c1.lo), pct(b.lo, c1.hi), pct(b.hi, c1.lo), pct(b.hi, c1.hi)];
    if (corners.some((x) => !Number.isFinite(x) || x < 0)) continue;
    const ok = overlaps(Math.min(...corners), Math.max(...corners), c2);
    out.push(ruled({
      kind: 'COUNT', status: ok ? 'CONSISTENT' : 'INCONSISTENT', refs: [ref(c1), ref(c2), ref(b)],
      detail: `change ${fmt(c1.value)} from ${fmt(before(b.value, c1.value))} to ${fmt(b.value)} = ${fmt(pct(b.value, c1.value))}%, given as ${c2.text}${ok ? '' : ': more than rounding allows'}`,
    }, 'count:change-both-ways'));
  }
  return out;
}

// "won 20, drawn five and lost three of their 28 games", "with 12 wins, 4 draws and 2 defeats from 18 matches"
const RESULT_SRC = String.raw`(?:won|drawn|drew|lost|tied|wins?|draws?|defeats?|losses|victories)`;
const RESULT_RE = new RegExp(String.raw`\b(?:(won|drawn|drew|lost|tied)\s+(\d{1,3}|${WORD_NUM}|one)|(\d{1,3}|${WORD_NUM}|one)\s+(wins?|draws?|defeats?|losses|victories))\b`, 'gi');
const GAMES_RE = /^\s*(?:of|from|in|out\s+of)\s+(?:their|its|his|her|the)\s+(?:(?:opening|first|last)\s+)?(\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+(?:[a-z]+\s+)?(?:games|matches|fixtures|outings|bouts|fights|races|starts)\b/i;

/** A record of results and the games it is of: the results add up to the games. */
function resultChecks(text: string, from: number, to: number): Check[] {
  const out: Check[] = [];
  const st = text.slice(from, to);
  const items: Array<{ kind: string; n: number; at: number; end: number }> = [];
  RESULT_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RESULT_RE.exec(st)) !== null) {
    const w = (m[2] ?? m[3])!;
    const n = /^\d/.test(w) ? Number(w) : own(NUMBER_WORDS, w.toLowerCase());
    if (n === undefined) continue;
    const kind = (m[1] ?? m[4])!.toLowerCase().replace(/^(?:drawn|drew|draws?)$/, 'draw').replace(/^(?:won|wins?|victories)$/, 'win').replace(/^(?:lost|defeats?|losses)$/, 'loss');
    items.push({ kind, n, at: m.index, end: m.index + m[0].length });
  }
  // one run of results: items a comma, "and" or a few words apart, each of another kind
  for (let i = 0; i < items.length; i++) {
    const run = [items[i]!];
    for (let j = i + 1; j < items.length; j++) {
      const gap = st.slice(run[run.length - 1]!.end, items[j]!.at);
      if (!/^\s*(?:,|,?\s+and|,?\s+with)?\s*$/.test(gap) || run.some((r) => r.kind === items[j]!.kind)) break;
      run.push(items[j]!);
    }
    if (run.length < 2) continue;
    i += run.length - 1;
    const g = GAMES_RE.exec(st.slice(run[run.length - 1]!.end, run[run.length - 1]!.end + 60));
    if (!g) continue;
    const total = /^\d/.test(g[1]!) ? Number(g[1]) : own(NUMBER_WORDS, g[1]!.toLowerCase());
    if (total === undefined) continue;
    const sum = run.reduce((a, r) => a + r.n, 0);
    // with all three results named they must make the whole; two of them cannot pass it
    const ok = run.length >= 3 || run.some((r) => r.kind === 'tied') ? sum === total : sum <= total;
    const start = from + run[0]!.at;
    const end = from + run[run.length - 1]!.end + g[0].length;
    out.push(ruled({
      kind: 'COUNT', status: ok ? 'CONSISTENT' : 'INCONSISTENT', refs: [{ start, end, text: text.slice(start, end) }],
      detail: `results ${run.map((r) => r.n).join(' + ')} = ${sum}, ${run.length >= 3 ? 'against' : 'within'} ${total} games${ok ? '' : ': they do not add up'}`,
    }, 'count:results'));
  }
  return out;
}

// "Of the 650 seats, Labour won 411, the Conservatives 121 and others 118"
const OF_THE_RE = /^\s*(?:Of|Out\s+of)\s+(?:the|its|their)\s+(\d{1,3}(?:,\d{3})*|\d+)\s+([a-z]+(?:\s+[a-z]+)?)\s*,/;
const REST_RE = /\b(?:others|the\s+rest|remaining|the\s+remaining|the\s+other|independents\s+and\s+others|smaller\s+parties)\s*$/i;

/** A whole named first and the named groups' shares of it after it. */
function namedPartsChecks(text: string, vs: Val[], from: number, to: number): Check[] {
  const st = text.slice(from, to);
  const head = OF_THE_RE.exec(st);
  if (!head) return [];
  const total = Number(head[1]!.replace(/,/g, ''));
  const after = from + head[0].length;
  const parts = vs.filter((v) => v.start >= after && v.unit === 'plain' && v.value < total && !v.approx);
  if (parts.length < 2) return [];
  // the parts are one list: each after a name ("Labour won", "the Conservatives"), joined by commas and a last "and"
  for (let k = 1; k < parts.length; k++) {
    const gap = text.slice(parts[k - 1]!.end, parts[k]!.start);
    if (!/^\s*(?:(?:were|are|was|is|came|come|went|go)\s+)?(?:(?:from|in|to|at|for)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’.-]*\s*){1,3})?(?:,|,?\s+and|,?\s+while)\s+(?:the\s+)?(?:(?:remaining|other|rest|last)\s+)?(?:[\p{Lu}][\p{L}'’.-]*\s+){0,4}(?:[a-z]+\s+)?(?:won|took|got|secured|had|held|claimed)?\s*$/u.test(gap)
      && !/^\s*(?:,|,?\s+and)\s+(?:others|the\s+rest|independents|smaller\s+parties|the\s+remaining(?:\s+[a-z]+)?)\s+(?:won\s+|took\s+|got\s+|had\s+)?$/i.test(gap)) return [];
  }
  if (!/^\s*(?:$|[.,;)]|(?:were|are|was|is|went|came|from|in|to|at|for|seats|votes)\b)/.test(text.slice(parts[parts.length - 1]!.end, to))) return [];
  const sum = parts.reduce((a, p) => a + p.value, 0);
  const rest = REST_RE.test(text.slice(Math.max(from, parts[parts.length - 1]!.start - 30), parts[parts.length - 1]!.start).replace(/\s+(?:won|took|got|had)\s*$/, ''));
  const ok = sum === total || (!rest && sum < total);
  if (sum < total && !rest) return [];
  return [ruled({
    kind: 'COUNT', status: ok ? 'CONSISTENT' : 'INCONSISTENT', refs: [{ start: from, end: from + head[0].length, text: head[0] }, ...parts.map(ref)],
    detail: `parts ${parts.map((p) => fmt(p.value)).join(' + ')} = ${fmt(sum)}, of the ${fmt(total)} ${head[2]}${ok ? '' : ': they do not add up'}`,
  }, 'count:named-parts')];
}

// "an aid package of $3.2 billion includes $1.1 billion for food and $2.1 billion for shelter"
const PARTS_CUE_RE = /^\s*(?:\)\s*)?(?:,\s*)?(?:(includes?|including|included|of\s+which|among\s+them)|(?:is\s+|was\s+|will\s+be\s+)?(?:split\s+(?:into|between)|divided\s+(?:into|between)|made\s+up\s+of|consisting\s+of|comprising|comprises?|broken\s+down\s+into)|:|[—–])\s*$/i;
const MONEY_PART_GAP_RE = /^\s*(?:(?:for|in|to|on|from|of|as)\s+(?:[\p{L}'’-]+\s*){1,4}?)?(?:,|,?\s+and|,?\s+plus)\s*(?:another\s+|a\s+further\s+)?$/u;

/** An amount and the amounts it is said to hold: they cannot pass it, and a split must make it up. */
function amountPartsChecks(text: string, vs: Val[]): Check[] {
  const out: Check[] = [];
  for (let k = 0; k + 2 < vs.length; k++) {
    const t = vs[k]!;
    if (t.unit === 'plain' || t.unit === '%' || t.unit === 'pp' || t.unit === 'points') continue;
    const gap0 = text.slice(t.end, vs[k + 1]!.start);
    // "$3.2 billion includes", "$900 million grant will be split between", "$2 billion in aid, including"
    const cue = PARTS_CUE_RE.exec(gap0) ?? PARTS_CUE_RE.exec(gap0.replace(/^\s+(?:in\s+)?[a-z]+\b/i, ''));
    if (!cue) continue;
    const parts = [vs[k + 1]!];
    for (let j = k + 2; j < vs.length && vs[j]!.unit === t.unit; j++) {
      if (!MONEY_PART_GAP_RE.test(text.slice(vs[j - 1]!.end, vs[j]!.start))) break;
      parts.push(vs[j]!);
    }
    if (parts.length < 2 || parts.some((p) => p.unit !== t.unit || p.value >= t.value)) continue;
    const sum = parts.reduce((a, p) => a + p.value, 0);
    const lo = parts.reduce((a, p) => a + p.lo, 0);
    const hi = parts.reduce((a, p) => a + p.hi, 0);
    const subset = cue[1] !== undefined;
    const ok = subset ? lo <= t.hi + (t.hi - t.lo) / 2 : overlaps(lo, hi, t);
    out.push(ruled({
      kind: 'COUNT', status: ok ? 'CONSISTENT' : 'INCONSISTENT', refs: [ref(t), ...parts.map(ref)],
      detail: `parts ${parts.map((p) => fmt(p.value)).join(' + ')} = ${fmt(sum)}, ${subset ? 'within' : 'making up'} ${t.text}${ok ? '' : ': they do not fit'}`,
    }, 'count:amount-parts'));
    k += parts.length;
  }
  return out;
}

// "$5 million for food and $3 million for shelter, a total of $8 million", "$2 billion on roads and $1.5 billion on
// schools, or $3.5 billion in all": amounts of one currency listed, then their total
const TOTAL_AFTER_PARTS_RE = /^\s*(?:(?:for|in|to|on|from|of|as)\s+(?:[\p{L}'’-]+\s*){1,4}?)?\s*(?:,|[—–(]|\s-)\s*(?:or\s+|for\s+|making\s+|bringing\s+the\s+total\s+to\s+)?(?:(a\s+(?:combined\s+|grand\s+)?total\s+of|totall?ing)\s+)?$/iu;
/** Between two listed amounts: the first's purpose, then a comma or "and", and the next giver's name and verb. */
const LISTED_GAP_RE = /^\s*(?:(?:for|in|to|on|from|of|as)\s+(?:[\p{L}'’-]+\s*){1,4}?)?(?:,|,?\s+and|,?\s+plus)\s*(?:another\s+|a\s+further\s+)?(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}(?:(?:gave|gives|pledged|pledges|paid|pays|sent|contributed|provided|offered|added|promised|committed)\s+)?$/u;
const TOTAL_WORD_AFTER_RE = new RegExp(String.raw`^\s*(?:${totals('after')})\b`, 'i');

function amountTotalChecks(text: string, vs: Val[]): Check[] {
  const out: Check[] = [];
  for (let k = 0; k + 2 < vs.length; k++) {
    const first = vs[k]!;
    if (first.unit === 'plain' || first.unit === '%' || first.unit === 'pp' || first.unit === 'points') continue;
    const parts = [first];
    let j = k + 1;
    for (; j < vs.length && vs[j]!.unit === first.unit && LISTED_GAP_RE.test(text.slice(vs[j - 1]!.end, vs[j]!.start)); j++) parts.push(vs[j]!);
    const t = vs[j];
    if (parts.length < 2 || !t || t.unit !== first.unit) continue;
    const gap = TOTAL_AFTER_PARTS_RE.exec(text.slice(parts[parts.length - 1]!.end, t.start));
    if (!gap || (!gap[1] && !TOTAL_WORD_AFTER_RE.test(text.slice(t.end, t.end + 20)))) continue;
    const sum = parts.reduce((a, p) => a + p.value, 0);
    const lo = parts.reduce((a, p) => a + p.lo, 0);
    const hi = parts.reduce((a, p) => a + p.hi, 0);
    const ok = overlaps(lo, hi, t);
    // parts that fall short of the total: a running total may count amounts told earlier ("for a total of $15
    // million in pledges so far"), or givers the list leaves out; say nothing (as count.ts does for running totals)
    if (!ok && hi < t.value) continue;
    out.push(ruled({
      kind: 'COUNT', status: ok ? 'CONSISTENT' : 'INCONSISTENT', refs: [ref(t), ...parts.map(ref)],
      detail: `parts ${parts.map((p) => fmt(p.value)).join(' + ')} = ${fmt(sum)} ${ok ? '=' : '≠'} the total ${t.text}${ok ? '' : ': they do not add up'}`,
    }, 'count:amount-total'));
    k = j;
  }
  return out;
}

// "the price doubled from $1 to $2", "tripled to 90 from 30", "halved from 40% to 20%"
const FACTOR_RE = /\b(doubled|tripled|trebled|quadrupled|halved)\s+(?:in\s+[\w\s]{1,20}?\s+)?$/i;
const FACTORS: Record<string, number> = { doubled: 2, tripled: 3, trebled: 3, quadrupled: 4, halved: 0.5 };

/** A change named by its factor and its two values. */
function factorChecks(text: string, vs: Val[]): Check[] {
  const out: Check[] = [];
  for (const ch of changesIn(text, vs)) {
    const lo = Math.min(ch.from.start, ch.to.start);
    const f = FACTOR_RE.exec(text.slice(Math.max(0, lo - 40), lo).replace(/\s*\b(?:from|to)\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$/i, ' '));
    if (!f || ch.from.value <= 0) continue;
    const factor = FACTORS[f[1]!.toLowerCase()]!;
    const ratio = ch.to.value / ch.from.value;
    const ok = Math.abs(ratio / factor - 1) <= 0.15;
    const off = Math.abs(ratio / factor - 1) > 0.4;
    if (!ok && !off) continue;
    out.push(ruled({
      kind: 'COUNT', status: ok ? 'CONSISTENT' : 'INCONSISTENT', refs: [ref(ch.from), ref(ch.to)],
      detail: `${fmt(ch.from.value)} to ${fmt(ch.to.value)} is ×${fmt(ratio)}; stated "${f[1]}" (×${factor})${ok ? '' : ': does not fit'}`,
    }, 'count:factor'));
  }
  return out;
}

// "cut 1,200 jobs, about 15% of its 8,000 workforce", "600 homes, or 12% of the 5,000 in the town"
const PCT_OF_RE = /^\s*(?:of\s+(?:its|their|the|his|her|a|an)\s+(?:(?:total|entire|whole|global|national|current)\s+)?)$/i;

/** A part, its percentage, and the whole after "of": the percentage must be the part over the whole. */
function partPercentChecks(text: string, vs: Val[]): Check[] {
  const out: Check[] = [];
  for (let k = 0; k + 2 < vs.length; k++) {
    const [p, c, w] = [vs[k]!, vs[k + 1]!, vs[k + 2]!];
    if (c.unit !== '%' || p.unit === '%' || p.unit === 'pp' || !(w.unit === p.unit || w.unit === 'plain' && p.unit !== 'points')) continue;
    if (!/^\s*(?:[\p{L}-]+\s*){0,3}?,\s*(?:or\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+|just\s+over\s+|just\s+under\s+|more\s+than\s+|less\s+than\s+)?$/u.test(text.slice(p.end, c.start))) continue;
    if (!PCT_OF_RE.test(text.slice(c.end, w.start))) continue;
    if (w.value <= p.value) continue;
    const lo = p.lo / w.hi * 100;
    const hi = p.hi / w.lo * 100;
    const ok = overlaps(lo, hi, c);
    out.push(ruled({
      kind: 'COUNT', status: ok ? 'CONSISTENT' : 'INCONSISTENT', refs: [ref(p), ref(c), ref(w)],
      detail: `${fmt(p.value)} of ${fmt(w.value)} = ${fmt(p.value / w.value * 100)}%, given as ${c.text}${ok ? '' : ': more than rounding allows'}`,
    }, 'count:part-percent'));
    k += 2;
  }
  return out;
}

// "The toll rose to 40. Of those, 25 were children and 15 adults."
const OF_THOSE_RE = /^\s*(?:Of|Among)\s+(?:those|them|these|the\s+dead|the\s+victims|the\s+injured|the\s+missing)\s*,\s*/;

/** A sentence opening "Of those," that splits the figure the sentence before ended on. */
function ofThoseChecks(text: string, sentences: SentenceSpans, vsBySentence: Val[][]): Check[] {
  const out: Check[] = [];
  for (let si = 1; si < sentences.length; si++) {
    const [from, to] = sentences[si]!;
    if (!OF_THOSE_RE.test(text.slice(from, Math.min(to, from + 40)))) continue;
    const prev = vsBySentence[si - 1]!.filter((v) => v.unit === 'plain');
    const total = prev[prev.length - 1];
    const parts = vsBySentence[si]!.filter((v) => v.unit === 'plain');
    if (!total || parts.length < 2 || total.approx) continue;
    for (let k = 1; k < parts.length; k++) if (!/^\s*(?:[a-z]+\s+){0,3}?(?:,|,?\s*and|,?\s*while)\s+(?:the\s+other\s+|the\s+remaining\s+|another\s+)?$/.test(text.slice(parts[k - 1]!.end, parts[k]!.start))) return out;
    const sum = parts.reduce((a, p) => a + p.value, 0);
    if (sum < total.value) continue;
    const ok = sum === total.value;
    out.push(ruled({
      kind: 'COUNT', status: ok ? 'CONSISTENT' : 'INCONSISTENT', refs: [ref(total), ...parts.map(ref)],
      detail: `parts ${parts.map((p) => fmt(p.value)).join(' + ')} = ${fmt(sum)}, of the ${fmt(total.value)} told before${ok ? '' : ': more than the whole'}`,
    }, 'count:of-those'));
  }
  return out;
}

const MAX_SENTENCE = 3000;

/** Changes, differences, majorities and prices of one, each inside one sentence. */
export function changeChecks(text: string, sentences: SentenceSpans, qs: readonly Quantity[] = []): Check[] {
  const out: Check[] = [];
  const notCounts = qs.filter(isBareNotCount);
  const vsBySentence: Val[][] = [];
  sentences.forEach(([from, to], si) => {
    vsBySentence.push([]);
    // a "sentence" of thousands of characters is a table or a dump, not prose
    if (to - from > MAX_SENTENCE) return;
    const vs = values(text, from, to, notCounts.filter((q) => q.start < to && q.end > from));
    vsBySentence[si] = vs;
    if (vs.length >= 2) {
      const used = new Set<Val>();
      for (const ch of changesIn(text, vs)) {
        if (used.has(ch.from) || used.has(ch.to)) continue;
        const c = changeFigure(text, vs, ch, from, to);
        if (!c) continue;
        const check = changeCheck(ch, c);
        if (!check) continue;
        used.add(ch.from); used.add(ch.to);
        out.push(check);
      }
      out.push(...differenceChecks(text, vs), ...perUnitChecks(text, vs), ...changeBothWaysChecks(text, vs), ...amountPartsChecks(text, vs), ...amountTotalChecks(text, vs), ...factorChecks(text, vs), ...partPercentChecks(text, vs));
    }
    out.push(...majorityChecks(text, vs, sentences, from, to, si), ...resultChecks(text, from, to), ...namedPartsChecks(text, vs, from, to));
  });
  out.push(...ofThoseChecks(text, sentences, vsBySentence));
  return out;
}
