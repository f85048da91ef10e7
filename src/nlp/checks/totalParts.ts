import type { Check, Quantity } from '../../core/types.js';
import { MONTHS, WEEKDAYS } from '../time/lexicon.js';
import { COUNT_SRC, countValue, isCount } from './numbers.js';
import { ruled } from './rule.js';
import { APPROX_SRC, listGapRe, LOOSE_SRC } from './approx.js';
import type { SentenceSpans } from './sentences.js';
import { allMatches } from '../../core/regex.js';

// COUNT: a total and, after a clause break in its sentence, the parts it splits into, coordinated by "and":
// "About 90 divers took part, 40 of them Thai and 50 from abroad", "rotating teams of seven pacemakers - five in a V
// formation ahead of him and two behind -", "1,102 of them in Dhaka and 1,446 elsewhere" (after "Another 2,548
// patients"), "about 46,000 megawatts …, roughly 30,000 MW of it from gas … and about 16,000 MW from wind". The parts
// are the figures of the last stretch after the break; a total of a measure takes parts of its unit only. Parts that
// do not add up may split something else, so only agreement is reported. After a comma the parts must show what
// splits the total ("of them", "of whom", "from", "in", "at"; a colon or a dash needs none); a part counting another
// plural noun ("500 troops to the border, 200 tanks and 300 trucks") or a total and parts each with a time of their
// own ("15 suspects on Monday, 10 on Tuesday and 5 on Wednesday") is a series, not a split.

const BREAK_RE = /(?:,|:|\s[-–—]\s)\s*/g;
const FIGURE_RE = new RegExp(String.raw`(?<![\d.,$£€¥₹#])\b(${COUNT_SRC})\b(?!\.\d|\s*(?:%|per\s?cent|percent|a\.m\.|p\.m\.|am\b|pm\b|GMT|years?\s+old|-year-old))`, 'gi');
/** Between two parts: a few words, then "and" or a comma (a last part must follow "and"). */
const GAP_RE = listGapRe({ colon: true, lead: `${APPROX_SRC}|another` });
/** Before a part: it is loose ("roughly 30,000", "more than 40"). */
const LOOSE_BEFORE_RE = new RegExp(String.raw`\b(?:${LOOSE_SRC})\s+$`, 'i');
/** Before a total: its modifier ("about 90 divers", "another 2,548 patients"). */
const TOTAL_MOD_RE = new RegExp(String.raw`^(?:${APPROX_SRC}|at\s+least|another)\s+`, 'i');
const LEADING_COUNT_RE = new RegExp(`^${COUNT_SRC}`, 'i');
/** After a part: what splits the total ("25 of them local", "1,102 of them in Dhaka", "17 at Ain al-Asad"). */
const SPLIT_CUE_RE = /^\s+(?:more\s+)?(?:of\s+(?:them|whom|which|it|those|these)|from|in|at)\b/i;
/** After a figure (and its noun): a time of its own ("on Monday", "in March", "in 2019", "on the first day"). */
const TIME_ADV_RE = new RegExp(String.raw`^(?:\s+[\p{L}-]+)?\s+(?:on|in|at|during|by)\s+(?:the\s+)?(?:${[...WEEKDAYS, ...MONTHS].map(([w]) => w).filter((w) => w.length > 3).join('|')}|(?:1[89]|20)\d\d\b|today|yesterday|(?:first|second|third|last|next|same)\s+day)`, 'iu');
/** After a part: a plural noun of its own ("200 tanks"). */
const PLURAL_AFTER_RE = /^\s+(\p{Ll}{2,}[^su\s]s|\p{Ll}+ies|\p{Ll}+men)\b/u;
const YEAR_LIKE = (s: string) => /^(?:1[89]|20)\d\d$/.test(s);

interface Part { value: number; start: number; end: number; text: string; approx: boolean }

function partsAfter(text: string, at: number, to: number, total: Quantity, qs: readonly Quantity[]): Part[] | undefined {
  // qs: the quantities from the total on, in text order; only those before `to` are read
  const seg = text.slice(at, to);
  const measure = !isCount(total);
  const near: Quantity[] = [];
  for (const q of qs) { if (q.start >= to) break; near.push(q); }
  let parts: Part[];
  if (measure) {
    parts = near.filter((q) => q.start >= at && q.end <= to && q.unit === total.unit)
      .map((q) => ({ value: q.value, start: q.start, end: q.end, text: q.text, approx: !!q.bound }));
  } else {
    parts = allMatches(FIGURE_RE, seg).filter((m) => !YEAR_LIKE(m[1]!)).map((m) => {
      const start = at + m.index!;
      const before = text.slice(Math.max(at, start - 12), start);
      return { value: countValue(m[1]!) ?? NaN, start, end: start + m[1]!.length, text: m[1]!, approx: LOOSE_BEFORE_RE.test(before) };
    }).filter((p) => Number.isFinite(p.value) && p.value > 0);
    // a figure of a measure ("30 km") is no part of a count
    parts = parts.filter((p) => !near.some((q) => q.start <= p.start && p.end <= q.end && !isCount(q)));
  }
  if (parts.length < 2) return undefined;
  if (!measure) {
    // a part that counts something else than the total: "500 troops …, 200 tanks and 300 trucks"
    const noun = total.text.replace(/^.*?\d[\d,.]*\s*|^.*?\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\p{L}+teen|\p{L}+ty)\s+/iu, '').trim().split(/\s+/).pop()?.toLowerCase() ?? '';
    if (parts.some((p) => { const w = PLURAL_AFTER_RE.exec(text.slice(p.end, p.end + 30))?.[1]?.toLowerCase(); return !!w && w !== noun; })) return undefined;
    // each with a time of its own, the total too: a series ("15 suspects on Monday, 10 on Tuesday and 5 on Wednesday")
    if (TIME_ADV_RE.test(text.slice(total.end, total.end + 40)) && parts.some((p) => TIME_ADV_RE.test(text.slice(p.end, p.end + 40)))) return undefined;
  }
  // "two each from Uttarakhand and Assam": a part that counts several times
  if (parts.some((p) => /^\s+(?:each|apiece|a\s+piece|times)\b/i.test(text.slice(p.end, p.end + 12)))) return undefined;
  // the parts run from the first figure to the last, each joined to the one before by a comma or "and", the last by "and"
  for (let k = 1; k < parts.length; k++) {
    const gap = text.slice(parts[k - 1]!.end, parts[k]!.start);
    const g = GAP_RE.exec(gap.replace(/\([^()]*\)/g, ''));
    if (!g) return undefined;
    if (k === parts.length - 1 && !/\band\b/i.test(g[1]!)) return undefined;
  }
  return parts;
}

export function totalPartChecks(text: string, qs: readonly Quantity[], sentences: SentenceSpans): Check[] {
  const out: Check[] = [];
  const sorted = qs.map((q, i) => ({ q, i })).sort((a, b) => a.q.start - b.q.start);
  let at = 0;
  for (const [from, to] of sentences) {
    while (at < sorted.length && sorted[at]!.q.start < from) at++;
    const inS: typeof sorted = [];
    for (let j = at; j < sorted.length && sorted[j]!.q.start < to; j++) if (sorted[j]!.q.end <= to) inS.push(sorted[j]!);
    inS.forEach(({ q: total, i: ti }, k) => {
      if (!Number.isFinite(total.value) || total.value < 3 || total.unit === '%' || total.unit === 'year') return;
      if (total.bound === 'LESS_THAN' || total.bound === 'MORE_THAN') return;
      // a total names what it counts ("seven pacemakers", "46,000 megawatts"): a bare figure may be a part of a list
      // itself ("… eight from Uttar Pradesh, three from West Bengal, two each from …")
      if (!/\p{L}{2,}/u.test(total.text.replace(TOTAL_MOD_RE, '').replace(LEADING_COUNT_RE, ''))) return;
      // a total followed at once by a comma is an item of a list ("six black women, two white women, …")
      if (/^\s*,/.test(text.slice(total.end, total.end + 3))) return;
      // the parts follow a clause break after the total (the first three are tried, within a few hundred characters),
      // up to the end of the sentence or the next dash
      let parts: Part[] | undefined;
      const reach = Math.min(to, total.end + 400);
      const after: Quantity[] = [];
      for (let j = k + 1; j < inS.length && inS[j]!.q.start < reach; j++) after.push(inS[j]!.q);
      BREAK_RE.lastIndex = total.end;
      const head = text.slice(0, reach);
      for (let tries = 0; tries < 3 && !parts; tries++) {
        const br = BREAK_RE.exec(head);
        if (!br) break;
        // no other figure of the total's kind between the total and the break (the parts would split that one)
        if (after.some((q) => q.start < br.index && q.unit === total.unit)) break;
        const segFrom = br.index + br[0].length;
        const dash = text.slice(segFrom, reach).search(/\s[-–—]\s|;/);
        parts = partsAfter(text, segFrom, dash < 0 ? reach : segFrom + dash, total, after);
        // after a comma, the parts show what splits the total; a colon or a dash tells it by itself
        if (parts && br[0].trim() === ',' && !parts.some((p) => SPLIT_CUE_RE.test(text.slice(p.end, p.end + 20)))) parts = undefined;
      }
      if (!parts) return;
      const sum = parts.reduce((a, p) => a + p.value, 0);
      const loose = !!total.bound || parts.some((p) => p.approx);
      const ok = loose ? Math.abs(sum - total.value) <= total.value * 0.05 : sum === total.value;
      if (!ok) return;
      out.push(ruled({
        kind: 'COUNT', status: 'CONSISTENT',
        refs: [ti, ...parts.map((p) => ({ start: p.start, end: p.end, text: p.text }))],
        detail: `${parts.map((p) => p.text).join(' + ')} = ${sum}${loose ? ', about' : ','} the total "${total.text}"`,
      }, 'count:total-then-parts'));
    });
  }
  return out;
}
