import { join } from 'node:path';
import { projectRoot } from '../../core/shared.js';
import { readDataRows } from '../../core/data-rows.js';
import { readWordSet } from '../../core/word-lists.js';
import { alternation, phrasePattern } from '../../core/regex.js';
import type { Check, Quantity, TimeExpr } from '../../core/types.js';
import { COUNT_SRC, countValue, isCount } from './numbers.js';
import { type CheckRef, ruled } from './rule.js';
import { sentenceIndex, type SentenceSpans } from './sentences.js';
import { anchorYear } from './anchorDate.js';

// COUNT: a toll broken down by place in a list of three or more parts, held against the whole it breaks down.
//   "Of the 3,726 dead, 1,209 were in Kathmandu Valley, 1,176 in Sindhupalchok, … and 518 in other districts."
//   "The toll has risen to 48. … 24 people had died in Wajima, 15 in Suzu, five in Nanao and five more in three other towns."
//   "Sindh has suffered the most, with 402 deaths, followed by Khyber Pakhtunkhwa with 264, … and Islamabad with one."
// Places do not overlap, so the parts may not exceed the whole; a list closed by the rest ("in other districts",
// "elsewhere") names all of it, so its parts must add up to it. The whole is the "Of the N …," the list opens with, or
// a count of the same unit in one of the two sentences before it or in the lead, told by the same outcome (dead, injured,
// missing …: data/lexicon/checks-outcome-classes.tsv). A looser whole is reported when the parts add up to it, or, when
// it is the only such count of the nearest sentence that has one and is written exactly, when they cannot fit it.
// ("Twelve people died: seven in Derna and five in Benghazi", the total right before the list, is breakdowns.ts's.)

// "the city of Ostrava": administrative nouns before a place (data/lexicon/checks-place-split-admin-nouns.txt)
const ADMIN_NOUNS = readWordSet('checks-place-split-admin-nouns.txt');
const PLACE_SRC = String.raw`(?:the\s+(?:${alternation(ADMIN_NOUNS, phrasePattern)})\s+of\s+)?(?:the\s+)?(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’.-]*(?:\s+(?:and\s+|of\s+|al-)?\p{Lu}[\p{L}'’.-]*){0,3}`;
const REMAINDERS = readWordSet('checks-place-split-remainders.txt');
const REMAINDERS_ALT = alternation(REMAINDERS, phrasePattern);
const REMAINDER_SRC = String.raw`(?:(?:${COUNT_SRC})\s+)?(?:${REMAINDERS_ALT})\b(?:\s+[a-z]+)?`;
// a part whose place is the rest ("five more in three other towns", "518 in other districts"): the same lexicon
const REST_RE = new RegExp(String.raw`^(?:(?:${COUNT_SRC})\s+)?(?:${REMAINDERS_ALT})\b`, 'i');
// "24 people had died in Wajima", "15 in Suzu", "five more in three other towns", "518 in other districts"
const ITEM_IN_RE = new RegExp(String.raw`(?<![\p{L}\p{N},.])(${COUNT_SRC})((?:\s+[a-z]+){0,3}?)\s+(?:in|at)\s+(${REMAINDER_SRC}|${PLACE_SRC})`, 'gu');
// "Khyber Pakhtunkhwa with 264"
const ITEM_WITH_RE = new RegExp(String.raw`(${PLACE_SRC})\s+with\s+(${COUNT_SRC})(?![\d]|[,.]\d|\s*(?:%|per\s*cent|percent))`, 'gu');
// what joins two parts: a comma, "and", or both
const GLUE_RE = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)$/;
// a part's words that make it no count of people or things: a length, a share
// (data/lexicon/checks-place-split-not-part-words.txt)
const NOT_PART_WORDS_RE = new RegExp(String.raw`^\s+(?:${alternation(readWordSet('checks-place-split-not-part-words.txt'), phrasePattern)})\b`, 'i');
// "…, with 402 deaths, followed by" before a list of "PLACE with N": the leader's figure is the first part
const LEAD_WITH_RE = new RegExp(String.raw`\bwith\s+(${COUNT_SRC})(\s+[a-z]+)?\s*,?\s+followed\s+by\s+$`);
// "Of the 3,726 dead, " right before the list
const OF_THE_RE = new RegExp(String.raw`\b[Oo]f\s+(?:the|its|their|these|those)\s+(${COUNT_SRC})((?:\s+[a-z]+){1,2})\s*,\s*$`);
// a round or bounded part ("about 20 in …"): data/lexicon/checks-place-split-hedges.txt
const HEDGE_BEFORE_RE = new RegExp(String.raw`\b(?:${alternation(readWordSet('checks-place-split-hedges.txt'), phrasePattern)})\s+$`, 'i');

const OUTCOMES: ReadonlyArray<[string, RegExp]> = (() => {
  const byClass = new Map<string, string[]>();
  for (const [cls, word] of readDataRows(join(projectRoot, 'data', 'lexicon', 'checks-outcome-classes.tsv'))) {
    if (!cls || !word) continue;
    const list = byClass.get(cls) ?? [];
    list.push(word.toLowerCase());
    byClass.set(cls, list);
  }
  return [...byClass].map(([cls, words]) => [cls, new RegExp(String.raw`\b(?:${alternation(words, phrasePattern)})\b`, 'i')]);
})();
const outcomesOf = (s: string): Set<string> => new Set(OUTCOMES.filter(([, re]) => re.test(s)).map(([c]) => c));

// the kinds of incident a sentence tells (quake, flood, fire …: data/lexicon/checks-incident-classes.tsv)
const classRes = (file: string): ReadonlyArray<[string, RegExp]> => {
  const byClass = new Map<string, string[]>();
  for (const [cls, word] of readDataRows(join(projectRoot, 'data', 'lexicon', file))) {
    if (!cls || !word) continue;
    byClass.set(cls, [...(byClass.get(cls) ?? []), word.toLowerCase()]);
  }
  return [...byClass].map(([cls, words]) => [cls, new RegExp(String.raw`\b(?:${alternation(words, phrasePattern)})\b`, 'i')]);
};
const INCIDENTS = classRes('checks-incident-classes.tsv');
const incidentsOf = (s: string): Set<string> => new Set(INCIDENTS.filter(([, re]) => re.test(s)).map(([c]) => c));

/** The calendar dates (YYYY, YYYY-MM, YYYY-MM-DD) of the times within [from, to). */
const datesIn = (times: readonly TimeExpr[], from: number, to: number): string[] =>
  times.filter((t) => t.type === 'DATE' && t.start >= from && t.end <= to && !t.range && /^\d{4}(?:-\d{2}){0,2}$/.test(t.value)).map((t) => t.value);
const overlaps = (a: string, b: string): boolean => a.startsWith(b) || b.startsWith(a);

/**
 * Whether an earlier sentence's toll can be the whole of a list: not when the two sentences tell incidents of different
 * kinds, nor when the list's sentence is dated to a day, month or year the whole's sentence is not (or, with the whole
 * undated, to a year other than the publication's): "Floods killed 100 people on Monday. Last year, 50 died in Assam, …".
 */
function sameEventAndPeriod(text: string, times: readonly TimeExpr[], whole: [number, number], list: [number, number], anchorDate: string | undefined): boolean {
  const a = incidentsOf(text.slice(whole[0], whole[1]));
  const b = incidentsOf(text.slice(list[0], list[1]));
  if (a.size && b.size && ![...b].some((c) => a.has(c))) return false;
  const listDates = datesIn(times, list[0], list[1]);
  if (!listDates.length) return true;
  const wholeDates = datesIn(times, whole[0], whole[1]);
  if (wholeDates.length) return listDates.every((d) => wholeDates.some((w) => overlaps(d, w)));
  const year = anchorYear(anchorDate);
  return year === undefined || listDates.every((d) => d.startsWith(String(year)));
}

interface Part { n: number; start: number; end: number; text: string; hedged: boolean; rest: boolean }

/** The lists of parts a sentence holds, each of two parts or more, parts in text order. */
function chains(text: string, from: number, to: number): Part[][] {
  const st = text.slice(from, to);
  const out: Part[][] = [];
  const collect = (re: RegExp, numGroup: number, restGroup: number | undefined): void => {
    let cur: Part[] = [];
    let lastEnd = -1;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(st)) !== null) {
      const num = m[numGroup]!;
      const n = countValue(num);
      const numAt = m.index + m[0].indexOf(num, numGroup === 1 ? 0 : m[1]!.length);
      const ok = n !== undefined && !(numGroup === 1 && NOT_PART_WORDS_RE.test(m[2]!));
      const part: Part | undefined = ok ? {
        n: n!, start: from + numAt, end: from + numAt + num.length, text: m[0],
        hedged: HEDGE_BEFORE_RE.test(st.slice(Math.max(0, numAt - 20), numAt)),
        rest: restGroup !== undefined && REST_RE.test(m[restGroup]!),
      } : undefined;
      const joined = lastEnd >= 0 && GLUE_RE.test(st.slice(lastEnd, m.index));
      if (!part || !joined) { if (cur.length >= 2) out.push(cur); cur = []; }
      if (part) cur.push(part);
      lastEnd = part ? m.index + m[0].length : -1;
    }
    if (cur.length >= 2) out.push(cur);
  };
  collect(ITEM_IN_RE, 1, 3);
  // "PLACE with N": the leader before "followed by" opens the list
  ITEM_WITH_RE.lastIndex = 0;
  const withChains: Part[][] = [];
  {
    let cur: Part[] = [];
    let lastEnd = -1;
    let m: RegExpExecArray | null;
    while ((m = ITEM_WITH_RE.exec(st)) !== null) {
      const num = m[2]!;
      const n = countValue(num);
      const numAt = m.index + m[0].lastIndexOf(num);
      const joined = lastEnd >= 0 && GLUE_RE.test(st.slice(lastEnd, m.index));
      if (n === undefined || !joined) { if (cur.length >= 2) withChains.push(cur); cur = []; }
      if (n !== undefined) {
        if (!cur.length) {
          const lead = LEAD_WITH_RE.exec(st.slice(0, m.index));
          const ln = lead ? countValue(lead[1]!) : undefined;
          if (lead && ln !== undefined) {
            const at = lead.index + lead[0].indexOf(lead[1]!);
            cur.push({ n: ln, start: from + at, end: from + at + lead[1]!.length, text: lead[0].replace(/\s*,?\s+followed\s+by\s+$/, ''), hedged: HEDGE_BEFORE_RE.test(st.slice(Math.max(0, at - 20), at)), rest: false });
          }
        }
        cur.push({ n, start: from + numAt, end: from + numAt + num.length, text: m[0], hedged: HEDGE_BEFORE_RE.test(st.slice(Math.max(0, numAt - 20), numAt)), rest: false });
        lastEnd = m.index + m[0].length;
      } else lastEnd = -1;
    }
    if (cur.length >= 2) withChains.push(cur);
  }
  out.push(...withChains);
  return out;
}

export function placeSplitChecks(text: string, qs: readonly Quantity[], sentences: SentenceSpans, times: readonly TimeExpr[] = [], anchorDate?: string): Check[] {
  const out: Check[] = [];
  sentences.forEach(([sFrom, sTo], s) => {
    for (const parts of chains(text, sFrom, sTo)) {
      if (parts.length < 3) continue;
      // the unit the quantity stage gave the parts: a count of people or things, the same for all that it read
      const units = new Set(parts.map((p) => qs.find((q) => q.start <= p.start && p.start < q.end)).filter((q): q is Quantity => !!q).map((q) => (isCount(q) ? q.unit : '')));
      if (units.size !== 1) continue;
      const unit = [...units][0]!;
      if (!unit) continue;
      const sum = parts.reduce((a, p) => a + p.n, 0);
      const hedged = parts.some((p) => p.hedged);
      const closed = parts[parts.length - 1]!.rest;
      const arith = parts.map((p) => p.n).join(' + ');
      const partRefs: CheckRef[] = parts.map((p) => ({ start: p.start, end: p.end, text: text.slice(p.start, p.end) }));
      const push = (status: Check['status'], whole: CheckRef, wholeText: string, value: number, rule: string): void => {
        const rel = sum === value ? '=' : sum < value ? '<' : '>';
        const why = status === 'INCONSISTENT'
          ? (sum > value ? `: places do not overlap, so the parts cannot exceed the whole (by ${sum - value})` : `: the list ends with the rest, so it names all of the whole (${value - sum} unaccounted for)`)
          : sum < value ? ' (the rest not stated)' : '';
        out.push(ruled({ kind: 'COUNT', status, refs: [whole, ...partRefs], detail: `parts by place ${arith} = ${sum} ${rel} the whole "${wholeText}"${why}` }, rule));
      };
      // "Of the 3,726 dead, 1,209 were in …": the whole the list opens with
      const first = parts[0]!;
      const of = OF_THE_RE.exec(text.slice(sFrom, first.start));
      if (of) {
        const v = countValue(of[1]!);
        if (v === undefined || v < 2) continue;
        const at = sFrom + of.index;
        const wholeText = of[0].replace(/\s*,\s*$/, '');
        const status: Check['status'] = sum === v ? 'CONSISTENT' : sum > v || closed ? (hedged ? 'UNVERIFIABLE' : 'INCONSISTENT') : 'CONSISTENT';
        push(status, { start: at, end: at + wholeText.length, text: wholeText }, wholeText, v, 'count:place-split-of-the');
        continue;
      }
      // a whole in the sentence before the list is breakdowns.ts's; here a whole in one of the two sentences before, or the lead
      if (qs.some((q) => q.start >= sFrom && q.end <= first.start && isCount(q) && q.unit === unit && q.value > sum / 2)) continue;
      const listOutcomes = outcomesOf(text.slice(sFrom, parts[parts.length - 1]!.end));
      if (!listOutcomes.size) continue;
      const maxPart = Math.max(...parts.map((p) => p.n));
      const earlier = [s - 1, s - 2, 0].filter((i, k, a) => i >= 0 && i < s && a.indexOf(i) === k);
      const candidates = (i: number): Quantity[] => {
        const [from, to] = sentences[i]!;
        const sentence = text.slice(from, to);
        const shared = [...outcomesOf(sentence)].some((c) => listOutcomes.has(c));
        if (!shared || !sameEventAndPeriod(text, times, [from, to], [sFrom, sTo], anchorDate)) return [];
        return qs.filter((q) => q.start >= from && q.end <= to && isCount(q) && q.unit === unit && q.value > maxPart
          && q.equivalentOf === undefined && !(q.rule ?? '').includes('vague'));
      };
      const fits = (q: Quantity): boolean => q.bound === 'APPROX' ? Math.abs(sum - q.value) <= q.value * 0.05 : !q.bound && sum === q.value;
      const agreeing = earlier.flatMap(candidates).find(fits);
      if (agreeing) {
        push('CONSISTENT', qs.indexOf(agreeing), agreeing.text, agreeing.value, 'count:place-split-earlier');
        continue;
      }
      if (hedged) continue;
      // the nearest earlier sentence with a whole of the unit: one figure, written exactly, which the parts cannot fit
      const nearest = earlier.filter((i) => i !== 0 || s <= 2).map(candidates).find((c) => c.length > 0);
      if (!nearest || new Set(nearest.map((q) => q.value)).size !== 1) continue;
      const w = nearest[0]!;
      if (w.bound) continue;
      if (sum > w.value || (closed && sum < w.value)) push('INCONSISTENT', qs.indexOf(w), w.text, w.value, 'count:place-split-earlier');
    }
  });
  return out;
}
