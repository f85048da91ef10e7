import type { Check, Quantity } from '../../core/types.js';
import { fmt, roundingUnit } from './format.js';
import { alt, REST_CUES } from './lexicon.js';
import { COUNT_SRC, countValue, isApposedFigure, isBareNotCount, isCount, isMoney } from './numbers.js';
import { type CheckRef, ruled } from './rule.js';
import type { SentenceSpans } from './sentences.js';
import { CHANGE_BEFORE_RE } from './changeWords.js';
import { APPROX_SRC, LIMIT_SRC } from './approx.js';
import { MONTH_NAME_RE } from './datedTime.js';
import { allMatches } from '../../core/regex.js';

// COUNT: what is left of a whole once a part is taken, the three figures in one sentence:
//  - "The company cut 1,200 jobs, leaving 8,800, down from 10,000"; "Of the 400 workers, 300 went on strike; the other
//    100 stayed at work": a part and the rest add up to the whole;
//  - "About 80% of the 2,000 homes were destroyed, leaving only 400 standing": the rest is the whole less the share.
// The figure after the cue ("leaving", "the other", "the remaining") is the rest; the part and the whole are any two
// other figures of the sentence of its kind (a count, or money of one currency). The pairing is loose (the rest may be
// of a third category, "the other 15 are missing" when five died too), so only agreement is reported.

const REST_RE = new RegExp(String.raw`\b(?:${alt(REST_CUES)})\s+(?:(?:${LIMIT_SRC}|${APPROX_SRC})\s+)?`, 'gi');
/** A hedge right before the rest's figure: the rest is rounded. */
const HEDGED_RE = new RegExp(String.raw`\b(?:${APPROX_SRC})\s+$`, 'i');
const REST_FIGURE_RE = new RegExp(String.raw`^(?:[$£€¥]\s?)?(${COUNT_SRC})(?:\s+(million|billion))?\b(?!\s*(?:%|per\s?cent|percent|percentage|points?|years?|months?|weeks?|days?|hours?|minutes?)\b)`, 'i');
const BARE_RE = /(?<![\d.,$£€¥%:/-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(million|billion))?(?![\d%:/]|\.\d|-\w|\s*(?:%|per\s?cent|percent))/g;
const YEAR_RE = /^(?:1[89]|20)\d\d$/;
const SCALE: Record<string, number> = { million: 1e6, billion: 1e9 };
/** A percentage that is a change, not a share of the whole. */


interface Fig { start: number; end: number; text: string; value: number; ref: CheckRef; kind: string; approx: boolean; noun?: string }

/** What a count counts, as the quantity stage names it; jobs are counted as the people who hold them. */
const nounOf = (q: Quantity) => (q.unit === 'job' || q.unit === 'worker' || q.unit === 'employee' ? 'person' : q.unit);
/** Two figures may be the part and whole of one thing: money of one currency, or counts of one noun (a bare figure fits any). */
const sameThing = (a: Fig, b: Fig) => a.kind === b.kind && (!a.noun || !b.noun || a.noun === b.noun);

function figures(text: string, qs: readonly Quantity[], from: number, to: number): Fig[] {
  const out: Fig[] = [];
  // an age ("Tanaka, 45,"), how often or a multiple: no bare count either
  const notCounts: Array<[number, number]> = [];
  qs.forEach((q, i) => {
    if (q.start < from || q.end > to) return;
    if (isBareNotCount(q)) notCounts.push([q.start, q.end]);
    if ((q.rule ?? '').includes('vague')) return;
    if (isCount(q) || isMoney(q)) out.push({ start: q.start, end: q.end, text: q.text, value: q.value, ref: i, kind: isMoney(q) ? q.unit : 'count', approx: !!q.bound, noun: isMoney(q) || !q.unit ? undefined : nounOf(q) });
  });
  const sentence = text.slice(from, to);
  for (const m of allMatches(BARE_RE, sentence)) {
    const start = from + m.index!, end = start + m[0].length;
    if (YEAR_RE.test(m[1]!) || out.some((f) => f.start < end && start < f.end) || notCounts.some(([a, e]) => a < end && start < e) || isApposedFigure(text, start, end)) continue;
    // a clock time, a date or an ordinal is no count
    if (/\d[:/]\d|\d(?:st|nd|rd|th)\b/.test(text.slice(Math.max(0, start - 1), end + 3))) continue;
    // "on 25 March", "March 25": a day of a month
    if (MONTH_NAME_RE.test(text.slice(end, end + 10).split(/[,;.]/)[0]!) || /\b[A-Z][a-z]{2,8}\.?\s+$/.test(text.slice(Math.max(0, start - 11), start)) && MONTH_NAME_RE.test(text.slice(Math.max(0, start - 11), start))) continue;
    const value = Number(m[1]!.replace(/,/g, '')) * (m[2] ? SCALE[m[2].toLowerCase()]! : 1);
    out.push({ start, end, text: m[0], value, ref: { start, end, text: m[0] }, kind: 'count', approx: false });
  }
  return out.sort((a, b) => a.start - b.start);
}

export function restChecks(text: string, qs: readonly Quantity[], sentences: SentenceSpans): Check[] {
  const out: Check[] = [];
  for (const [from, to] of sentences) {
    const st = text.slice(from, to);
    REST_RE.lastIndex = 0;
    if (!REST_RE.test(st)) continue;
    REST_RE.lastIndex = 0;
    let figs: Fig[] | undefined;
    for (const c of allMatches(REST_RE, st)) {
      const at = from + c.index! + c[0].length;
      const rm = REST_FIGURE_RE.exec(text.slice(at, to));
      if (!rm) continue;
      const rValue = countValue(rm[1]!);
      if (rValue === undefined || YEAR_RE.test(rm[1]!)) continue;
      figs ??= figures(text, qs, from, to);
      // the rest: the figure standing where the cue's number is
      const rest = figs.find((f) => f.start <= at + rm[0].length && at < f.end) ?? {
        start: at, end: at + rm[0].length, text: rm[0], value: rValue * (rm[2] ? SCALE[rm[2].toLowerCase()]! : 1),
        ref: { start: at, end: at + rm[0].length, text: rm[0] }, kind: 'count', approx: false,
      };
      if (!(rest.value > 0)) continue;
      const hedged = HEDGED_RE.test(c[0]);
      const others = figs.filter((f) => f !== rest && sameThing(f, rest) && !(f.start < rest.end && rest.start < f.end));
      let found: Check | undefined;
      // a part and the rest make the whole
      for (const w of others) {
        if (found || w.value <= rest.value) continue;
        for (const p of others) {
          if (p === w || !(p.value > 0) || p.value >= w.value || !sameThing(p, w)) continue;
          const approx = hedged || w.approx || p.approx || rest.approx;
          const tol = approx ? Math.max(w.value * 0.02, roundingUnit(w.text, w.value) / 2) : 1e-9;
          if (Math.abs(p.value + rest.value - w.value) > tol) continue;
          found = ruled({
            kind: 'COUNT', status: 'CONSISTENT', refs: [rest.ref, p.ref, w.ref],
            detail: `${p.text} + ${rest.text} (${c[0].trim()}) = ${fmt(p.value + rest.value)}${approx ? ', about' : ','} the whole ${w.text}`,
          }, 'count:rest-of-whole');
          break;
        }
      }
      // a share taken from the whole, the rest left
      if (!found) {
        const pcts = qs.map((q, i) => [q, i] as const).filter(([q]) => q.unit === '%' && q.start >= from && q.end <= at && q.value > 0 && q.value < 100 &&
          !(q.rule ?? '').startsWith('quantity:share-') && !CHANGE_BEFORE_RE.test(text.slice(Math.max(from, q.start - 40), q.start)));
        for (const [p, pi] of pcts) {
          if (found) break;
          for (const w of others) {
            if (w.value <= rest.value) continue;
            const left = w.value * (1 - p.value / 100);
            const tol = w.value * (Math.min(roundingUnit(p.text, p.value), 1) / 2 + 0.05 + (hedged || p.bound || w.approx ? Math.max(1, p.value * 0.05) : 0)) / 100;
            if (Math.abs(left - rest.value) > tol) continue;
            found = ruled({
              kind: 'COUNT', status: 'CONSISTENT', refs: [rest.ref, pi, w.ref],
              detail: `${w.text} less ${p.text} = ${fmt(left)}, given as ${rest.text} (${c[0].trim()})`,
            }, 'count:rest-of-whole');
            break;
          }
        }
      }
      if (found) { out.push(found); break; }
    }
  }
  return out;
}
