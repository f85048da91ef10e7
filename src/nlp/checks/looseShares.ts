import type { Check, Quantity } from '../../core/types.js';
import { fmt, roundingUnit } from './format.js';
import { countValue, isApposedFigure, isCount, isMoney, NUM_WORD_SRC } from './numbers.js';
import { type CheckRef, ruled } from './rule.js';
import { sentenceIndex, type SentenceSpans } from './sentences.js';
import { CHANGE_BEFORE_RE } from './changeWords.js';
import { POINTS_UNIT } from '../quantity/units.js';
import { allMatches } from '../../core/regex.js';
import { lowerBound } from '../../core/lower-bound.js';

// COUNT checks read loosely from one sentence, for the figures the tighter rules (shares.ts, tallies.ts, changes.ts)
// do not pair by their wording:
//  - a percentage and a part and whole it is the share of, in any order: "Turnout was 62%, with 3.1 million of the
//    5 million voters casting ballots", "30 percent of the 200-member parliament, or 60 seats";
//  - two percentages and the points between them: "rose from 20% in 2015 to 35% in 2023, up 15 percentage points";
//  - a ratio word between two figures of one kind: "8%, double the 4% of last year", "$3bn, a third of the $9bn".
// The pairing is loose (the sentence may hold other shares), so each is reported only when the arithmetic agrees.

/** Counts (no measure, no money, no percentage): any counted noun, since the whole may count seats and the part members. */
/** A percentage that is a change, not a share: "rose 3%", "up 2%", "by 5%", "a 5% rise". */
const CHANGE_AFTER_RE = /^\s*(?:rise|fall|increase|decrease|drop|decline|jump|gain|loss|growth|cut|higher|lower|more|less|up|down)\b/i;
// a bare figure the quantity layer left without a unit: "98 in all", "the coalition holds 140"
const BARE_RE = /(?<![\d.,$£€¥%-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(million|billion))?(?![\d%-]|\.\d|\s*(?:%|per\s?cent|percent))/g;
const YEAR_RE = /^(?:1[89]|20)\d\d$/;
const SCALE: Record<string, number> = { million: 1e6, billion: 1e9 };
const RATIO_WORDS: ReadonlyArray<[RegExp, number]> = [
  [/\b(?:double|twice)\b/i, 2], [/\b(?:triple|three times)\b/i, 3], [/\b(?:quadruple|four times)\b/i, 4], [/\bfive times\b/i, 5],
  [/\b(?:half)\b/i, 0.5], [/\ba third\b|\bone third\b/i, 1 / 3], [/\ba quarter\b|\bone quarter\b/i, 0.25],
];

/** A lead, gap or margin between two shares. */
const LEAD_CUE_RE = /\b(?:lead|leads|leading|led|gap|gaps|trail|trails|trailing|trailed|ahead|behind|margin|advantage|edge|clear)\b/i;
const POINTS_RE = new RegExp(String.raw`\b(\d{1,2}(?:\.\d+)?|${NUM_WORD_SRC})[\s-]+(?:percentage[\s-]+)?points?\b`, 'g');

interface Fig { start: number; end: number; text: string; value: number; ref: CheckRef; money?: string; approx: boolean }

/** Counts of the sentence: the quantity layer's, then bare figures it left (never years). */
function countFigures(text: string, qs: readonly Quantity[], idx: number[], from: number, to: number): Fig[] {
  const out: Fig[] = [];
  for (const i of idx) {
    const q = qs[i]!;
    if (isCount(q) || isMoney(q)) out.push({ start: q.start, end: q.end, text: q.text, value: q.value, ref: i, money: isMoney(q) ? q.unit : undefined, approx: !!q.bound });
  }
  const sentence = text.slice(from, to);
  // the sentence's quantities are in text order: one pointer walks them beside the bare figures (linear, not n × m)
  let k = 0;
  for (const m of allMatches(BARE_RE, sentence)) {
    const start = from + m.index!, end = start + m[0].length;
    while (k < idx.length && qs[idx[k]!]!.end <= start) k++;
    if (YEAR_RE.test(m[1]!) || (k < idx.length && qs[idx[k]!]!.start < end) || isApposedFigure(text, start, end)) continue;
    // a clock time, a date or an ordinal is no count
    const around = text.slice(Math.max(0, start - 1), end + 3);
    if (/\d[:/]\d|\d(?:st|nd|rd|th)\b/.test(around)) continue;
    const value = Number(m[1]!.replace(/,/g, '')) * (m[2] ? SCALE[m[2].toLowerCase()]! : 1);
    out.push({ start, end, text: m[0], value, ref: { start, end, text: m[0] }, approx: false });
  }
  return out;
}

/** How many figures either side of a percentage may be its part and whole, and how far away they may stand. */
const NEAR_FIGURES = 8;
const NEAR_CHARS = 400;

/** The figures (sorted by start, with their starts) nearest a point: at most NEAR_FIGURES each side, within NEAR_CHARS. */
function nearFigures<T extends { start: number }>(figs: readonly T[], starts: readonly number[], at: number): T[] {
  const lo = lowerBound(starts.length, (m) => starts[m]! < at);
  return figs.slice(Math.max(0, lo - NEAR_FIGURES), lo + NEAR_FIGURES).filter((f) => Math.abs(f.start - at) <= NEAR_CHARS);
}

/** The unit a percentage or points figure was written to; "20%" is taken as written to the unit, not to ten. */
const pctRounding = (p: Quantity) => Math.min(roundingUnit(p.text, p.value), 1);

/** Half the unit a percentage was written to, and more when a figure is approximate. */
function pctTolerance(p: Quantity, approx: boolean): number {
  return pctRounding(p) / 2 + 0.05 + (approx ? Math.max(1, p.value * 0.05) : 0) + 1e-9;
}

export function looseShareChecks(text: string, qs: readonly Quantity[], sentences: SentenceSpans): Check[] {
  const out: Check[] = [];
  const bySentence = new Map<number, number[]>();
  if (qs.some((q) => q.unit === '%' || q.unit === POINTS_UNIT)) qs.forEach((q, i) => {
    const s = sentenceIndex(sentences, q.start);
    if (s < 0) return;
    const list = bySentence.get(s) ?? [];
    list.push(i);
    bySentence.set(s, list);
  });
  for (const [s, idx] of bySentence) {
    const pcts = idx.filter((i) => qs[i]!.unit === '%');
    if (!pcts.length) continue;
    const [from, to] = sentences[s]!;
    const isChange = (i: number) => {
      const p = qs[i]!;
      return CHANGE_BEFORE_RE.test(text.slice(Math.max(from, p.start - 40), p.start)) || CHANGE_AFTER_RE.test(text.slice(p.end, p.end + 20));
    };
    const shares = pcts.filter((i) => qs[i]!.value > 0 && qs[i]!.value < 100 && !isChange(i));
    // a share and a part and whole of one kind
    if (shares.length) {
      const figs = countFigures(text, qs, idx, from, to).sort((x, y) => x.start - y.start);
      const starts = figs.map((f) => f.start);
      for (const pi of shares) {
        const p = qs[pi]!;
        // the part and whole of a share stand near it: the nearest few figures either side, so a sentence of
        // thousands of figures costs shares × a constant, not shares × figures²
        const near = nearFigures(figs, starts, p.start);
        const tolExact = pctTolerance(p, !!p.bound), tolApprox = pctTolerance(p, true);
        let done = false;
        for (const a of near) {
          for (const b of near) {
            if (done || a === b || !(a.value > 0) || a.value >= b.value || a.money !== b.money) continue;
            const ratio = (a.value / b.value) * 100;
            if (Math.abs(ratio - p.value) > (a.approx || b.approx ? tolApprox : tolExact)) continue;
            out.push(ruled({
              kind: 'COUNT', status: 'CONSISTENT', refs: [pi, a.ref, b.ref],
              detail: `${a.text} of ${b.text} = ${fmt(ratio)}%, given as ${p.text}`,
            }, 'count:loose-share'));
            done = true;
          }
        }
      }
    }
    // two percentages and the points between them
    const points = idx.filter((i) => qs[i]!.unit === POINTS_UNIT);
    for (const di of points) {
      const d = qs[di]!;
      const tol = pctRounding(d) / 2 + 0.05 + 1e-9;
      const near = nearFigures(pcts.map((i) => ({ i, start: qs[i]!.start })), pcts.map((i) => qs[i]!.start), d.start).map((f) => f.i);
      const pair = near.flatMap((x, k) => near.slice(k + 1).map((y) => [x, y] as const))
        .find(([x, y]) => Math.abs(Math.abs(qs[x]!.value - qs[y]!.value) - d.value) <= tol + Math.max(pctRounding(qs[x]!), pctRounding(qs[y]!)) / 2);
      if (!pair) continue;
      const [x, y] = pair;
      out.push(ruled({
        kind: 'COUNT', status: 'CONSISTENT', refs: [di, x, y],
        detail: `${qs[x]!.text} to ${qs[y]!.text} = ${fmt(Math.abs(qs[y]!.value - qs[x]!.value))} points, given as ${d.text}`,
      }, 'count:loose-points'));
    }
  }
  // a lead or gap in points and the two shares it lies between: "trail Labour by 20 points, at 24% to 44%", "the gap
  // narrowed to 4 points, with Harris at 48% and Trump at 44%" (points the quantity layer did not read as such)
  for (const [s, idx] of bySentence) {
    const pcts = idx.filter((i) => qs[i]!.unit === '%' && !(qs[i]!.rule ?? '').startsWith('quantity:share-'));
    if (pcts.length < 2) continue;
    const [from, to] = sentences[s]!;
    const st = text.slice(from, to);
    if (!LEAD_CUE_RE.test(st)) continue;
    const pctFigs = pcts.map((i) => ({ i, start: qs[i]!.start, end: qs[i]!.end }));
    const pctStarts = pctFigs.map((f) => f.start);
    const allPcts = idx.filter((i) => qs[i]!.unit === '%').map((i) => ({ start: qs[i]!.start, end: qs[i]!.end }));
    const allPctStarts = allPcts.map((f) => f.start);
    for (const m of allMatches(POINTS_RE, st)) {
      const start = from + m.index!, end = start + m[0].length;
      if (nearFigures(allPcts, allPctStarts, start).some((f) => f.start < end && start < f.end)) continue;
      const near = nearFigures(pctFigs, pctStarts, start);
      const n = /^\d/.test(m[1]!) ? Number(m[1]) : countValue(m[1]!);
      if (n === undefined || !(n > 0)) continue;
      const tol = (m[1]!.includes('.') ? 0.05 : 0.5) + 1e-9;
      const nearIdx = near.map((f) => f.i);
      const pair = nearIdx.flatMap((x, k) => nearIdx.slice(k + 1).map((y) => [x, y] as const))
        .find(([x, y]) => Math.abs(Math.abs(qs[x]!.value - qs[y]!.value) - n) <= tol + Math.max(pctRounding(qs[x]!), pctRounding(qs[y]!)) / 2);
      if (!pair) continue;
      const [x, y] = pair;
      out.push(ruled({
        kind: 'COUNT', status: 'CONSISTENT', refs: [{ start, end, text: m[0] }, x, y],
        detail: `${qs[x]!.text} and ${qs[y]!.text} are ${fmt(Math.abs(qs[x]!.value - qs[y]!.value))} points apart, given as ${m[0]}`,
      }, 'count:lead-points'));
      break;
    }
  }
  // a ratio word between two figures of one kind, the word right after the first: "8%, double the 4%"
  // (the multiple itself, "three times" with unit "times", stands between the two figures it relates, not as one of them)
  const related = qs.map((_, j) => j).filter((j) => qs[j]!.unit !== 'times');
  for (let r = 0; r + 1 < related.length; r++) {
    const i = related[r]!, i2 = related[r + 1]!;
    const a = qs[i]!, b = qs[i2]!;
    if (a.unit !== b.unit || !(b.value > 0)) continue;
    const gap = text.slice(a.end, b.start);
    // ("30%, three times the national rate of 10%": the second figure's own noun phrase may stand between)
    if (gap.length > 50 || /[.;!?]/.test(gap)) continue;
    const hit = RATIO_WORDS.find(([re]) => re.test(gap));
    if (!hit || !/^\s*,?\s*(?:(?:is|was|are|were|or)\s+)?(?:about\s+|nearly\s+|almost\s+|roughly\s+|more than\s+)?(?:double|twice|triple|three|four|five|quadruple|half|a third|one third|a quarter|one quarter)\b/i.test(gap)) continue;
    const k = hit[1];
    const approx = !!a.bound || !!b.bound || /about|nearly|almost|roughly|more than/i.test(gap);
    // the writer compares the figures as written: the first's rounding only
    const slack = Math.min(roundingUnit(a.text, a.value), Math.abs(a.value) * 0.05) / 2 + Math.abs(a.value) * (approx ? 0.1 : 0.02);
    if (Math.abs(a.value - k * b.value) > slack) continue;
    out.push(ruled({
      kind: 'COUNT', status: 'CONSISTENT', refs: [i, i2],
      detail: `${b.text} × ${fmt(k)} = ${fmt(k * b.value)}, given as ${a.text}`,
    }, 'count:ratio-word'));
  }
  return out;
}
