import { join } from 'node:path';
import type { Check, Quantity } from '../../core/types.js';
import { projectRoot } from '../../core/shared.js';
import { readDataRows } from '../../core/data-rows.js';
import { alt } from './lexicon.js';
import { fmt } from './format.js';
import { COUNT_SRC, countValue, isCount } from './numbers.js';
import { ruled } from './rule.js';
import type { SentenceSpans } from './sentences.js';
import { allMatches } from '../../core/regex.js';
import { lexicon } from '../entities/lexicon.js';

// COUNT UNVERIFIABLE: a change told by its factor ("doubled", "tripled", "halved", "rose by a third") with no base
// figure in its sentence: "Applications have doubled since 2020", "Prices tripled to 90 cents". The factor is a claim
// about two figures and the report gives at most one, so no arithmetic can be done; the detail says which is missing.
// A sentence with a base ("from 40", "up from 40") or two figures or more is left to the rules that compute the
// factor (count:factor). Idioms are no change of a figure: "doubled down", "doubled over", "doubled as".
// A factor sentence that gives only the new figure may find its base in the one or two sentences before it, a figure
// of the same kind the factor takes to the new one ("Last year 600 people applied. This year the number doubled to
// 1,200"): then the factor is checked, CONSISTENT only (count:factor-earlier-base); a base that does not fit may be
// another figure of the report, so it says nothing, and the change stays UNVERIFIABLE.

// The words of a factor change, one table (data/lexicon/checks-change-factors.tsv): the pattern that finds the change,
// the factor it names and the hedge that loosens it are all built from it.
const FACTOR_ROWS = readDataRows(join(projectRoot, 'data', 'lexicon', 'checks-change-factors.tsv'))
  .map(([w, kind, value]) => ({ word: w!.toLowerCase(), kind: kind ?? '', value: value ?? '' }));
const factorWords = (kind: string): string[] => FACTOR_ROWS.filter((r) => r.kind === kind).map((r) => r.word);
const hedges = (where: string): string[] => FACTOR_ROWS.filter((r) => r.kind === 'hedge' && r.value.split(/\s+/).includes(where)).map((r) => r.word);
const fraction = (v: string): number => { const [n, d] = v.split('/'); return Number(n) / (d === undefined ? 1 : Number(d)); };
/** A key of the table from the words as written ("A  third" → "a third"). */
const key = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ');
const TIMES = new Map(FACTOR_ROWS.filter((r) => r.kind === 'times').map((r) => [r.word, fraction(r.value)]));
const SHARES = new Map(FACTOR_ROWS.filter((r) => r.kind === 'share').map((r) => [r.word, fraction(r.value)]));
const DOWN = new Set(factorWords('down'));
const FACTOR_SRC = String.raw`\b(?:(?:${alt(hedges('times'))})\s+)?(${alt(factorWords('times'))})\b(?!\s+(?:down|over|up|as|back|in\s+(?:pain|size\s+as)))` +
  String.raw`|\b(${alt([...factorWords('up'), ...factorWords('down')])})\s+by\s+(?:(?:${alt(hedges('share'))})\s+)?(${alt(factorWords('share'))})\b`;
const FACTOR_WORD_RE = new RegExp(FACTOR_SRC, 'gi');
/** The same pattern, one match at a time: read again on a change's own words to name its factor. */
const FACTOR_ONE_RE = new RegExp(FACTOR_SRC, 'i');
/** A figure of the sentence: digits or a number word, not a year and not a day of a date. */
const FIGURE_RE = new RegExp(String.raw`(?<![\w.,])(${COUNT_SRC})(?![\w])(?!\s*(?:a\.m\.|p\.m\.))`, 'gi');
const YEAR_RE = /^(?:1[89]|20)\d\d$/;
const MONTH_BEFORE_RE = /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+$/;
const MONTH_AFTER_RE = /^\s+(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b/;
/** Before a figure: it is the base ("from 40", "up from 40", "compared with 40"). */
const BASE_BEFORE_RE = /\b(?:from|compared\s+(?:with|to)|against|versus|than)\s+(?:about\s+|around\s+|some\s+|nearly\s+|just\s+)?[$£€¥₹]?\s*$/i;
/** Number words that are no figure here ("one of", "a third" inside the factor itself). */
const NOT_FIGURE = new Set(['a', 'an', 'one']);

/** The factor a change word names: "doubled" ×2, "halved" ×0.5, "rose by a third" ×4/3, "fell by a quarter" ×0.75. */
function factorOf(factorText: string): number | undefined {
  const m = FACTOR_ONE_RE.exec(factorText);
  if (!m) return undefined;
  if (m[1]) return TIMES.get(key(m[1]));
  const share = SHARES.get(key(m[3]!));
  if (share === undefined) return undefined;
  return DOWN.has(key(m[2]!)) ? 1 - share : 1 + share;
}
/** A hedge on the factor ("nearly doubled", "more than tripled"): the ratio may be off by more. */
const HEDGED_FACTOR_RE = new RegExp(String.raw`\b(?:${alt([...new Set([...hedges('times'), ...hedges('share')])])})\b`, 'i');

/**
 * The base of a factor sentence's one figure in the one or two sentences before it: a count of the same unit (or a
 * plain count beside a counted one), money of the same currency, that the factor takes to the new figure within 5%
 * (15% when the factor is hedged); only when exactly one figure there fits.
 */
function earlierBase(qs: readonly Quantity[], sentences: SentenceSpans, si: number, fAt: number, factorText: string, figure: { text: string; start: number }): [Quantity, Quantity] | undefined {
  const factor = factorOf(factorText);
  if (!factor || figure.start < fAt) return undefined;
  const [from, to] = sentences[si]!;
  const inSentence = qs.filter((q) => q.start >= from && q.end <= to && q.unit !== '%');
  if (inSentence.length > 1 || (inSentence.length === 1 && (inSentence[0]!.start > figure.start || inSentence[0]!.end < figure.start))) return undefined;
  // the figure as the quantity stage read it, else as a plain count ("tripled to 1,800")
  const plain = countValue(figure.text);
  const now: Quantity | undefined = inSentence[0] ?? (plain === undefined ? undefined :
    { start: figure.start, end: figure.start + figure.text.length, text: figure.text, value: plain, unit: 'plain' } as Quantity);
  if (!now) return undefined;
  if (now.bound || !(now.value > 0) || (now.rule ?? '').includes('vague')) return undefined;
  const kin = (q: Quantity) => q.unit === now.unit || (isCount(q) && isCount(now) && (q.unit === 'plain' || now.unit === 'plain'));
  const start = sentences[Math.max(0, si - 2)]![0];
  const tol = HEDGED_FACTOR_RE.test(factorText) ? 0.15 : 0.05;
  const fits = qs.filter((q) => q.start >= start && q.end <= from && q.unit !== '%' && (!q.bound || q.bound === 'APPROX') && q.value > 0 && kin(q) &&
    !(q.rule ?? '').includes('vague') && Math.abs(now.value / q.value / factor - 1) <= tol);
  return fits.length === 1 ? [fits[0]!, now] : undefined;
}

/**
 * The figures of a sentence (digits or number words; not a year, not the day of a date, not "a"/"one"), leaving out
 * those within [skipFrom, skipTo) (the factor's own words); the offset in the text of the last one is from + figureAt;
 * `base` when one is told as a base ("from 40", "compared with 40").
 */
function figuresOf(s: string, skipFrom: number, skipTo: number): { figures: string[]; figureAt: number; base: boolean } {
  const figures: string[] = [];
  let figureAt = -1;
  let base = false;
  for (const m of allMatches(FIGURE_RE, s)) {
    const at = m.index!;
    const w = m[1]!;
    if (NOT_FIGURE.has(w.toLowerCase()) || YEAR_RE.test(w)) continue;
    if (at >= skipFrom && at < skipTo) continue;
    // a day of a date ("March 3", "3 March")
    if (/^\d{1,2}$/.test(w) && (MONTH_BEFORE_RE.test(s.slice(Math.max(0, at - 12), at)) || MONTH_AFTER_RE.test(s.slice(at + w.length, at + w.length + 12)))) continue;
    figures.push(w);
    figureAt = at;
    if (BASE_BEFORE_RE.test(s.slice(Math.max(0, at - 25), at))) base = true;
  }
  return { figures, figureAt, base };
}

export function changeBaseChecks(text: string, sentences: SentenceSpans, qs: readonly Quantity[] = []): Check[] {
  const out: Check[] = [];
  for (let si = 0; si < sentences.length; si++) {
    const [from, to] = sentences[si]!;
    const s = text.slice(from, to);
    FACTOR_WORD_RE.lastIndex = 0;
    const f = FACTOR_WORD_RE.exec(s);
    if (!f) continue;
    const factorText = f[0];
    const fAt = from + f.index;
    const { figures, figureAt, base } = figuresOf(s, f.index, f.index + factorText.length);
    if (base || figures.length >= 2) continue;
    const pair = figures.length === 1 ? earlierBase(qs, sentences, si, fAt, factorText, { text: figures[0]!, start: from + figureAt }) : undefined;
    if (pair) {
      const [was, now] = pair;
      out.push(ruled({
        kind: 'COUNT', status: 'CONSISTENT', refs: [{ start: was.start, end: was.end, text: was.text }, { start: now.start, end: now.end, text: now.text }],
        detail: `${was.text} to ${now.text} is ×${fmt(now.value / was.value)}; stated "${factorText}" (×${fmt(factorOf(factorText)!)}), the base told a sentence before`,
      }, 'count:factor-earlier-base'));
      continue;
    }
    out.push(ruled({
      kind: 'COUNT', status: 'UNVERIFIABLE', refs: [{ start: fAt, end: fAt + factorText.length, text: factorText }],
      detail: `"${factorText}" claims a change by a factor, but ${figures.length ? `only one figure (${figures[0]}) is given` : 'no figure is given'}: no base to check it against`,
    }, 'count:change-no-base'));
  }
  return out;
}

// A comparison told by its factor, with no figure beside it: "twice as fast as the old line", "three times the size of
// Wales", "several times higher than in 2019", "a tenfold rise" (data/lexicon/checks-compare-factors.tsv). The factor
// relates two amounts the report does not give, so it cannot be checked: COUNT UNVERIFIABLE. A sentence with any
// figure (other than a year or a date's day) is left alone: one of its figures may be one of the two amounts. A vague
// factor ("several times", "many times": kind "vague" of the table) is read before "as … as", "the NOUN" or a
// comparative other than "more"/"less" ("hit several times more" counts occasions, no factor). A factor before "as"
// and a role or person noun ends the sentence or clause ("served twice as president", "won twice as captain"): the
// factor counts terms or occasions, no amounts, so nothing is told (the nouns are the entity stage's, entities.json).
const COMPARE_ROWS = readDataRows(join(projectRoot, 'data', 'lexicon', 'checks-compare-factors.tsv')).map(([w, kind]) => ({ word: w!.toLowerCase(), kind: kind ?? '' }));
const compareWords = (kind: string): string[] => COMPARE_ROWS.filter((r) => r.kind === kind).map((r) => r.word);
const VAGUE_FACTORS = new Set(compareWords('vague'));
const COMPARE_FACTOR_SRC = String.raw`(?:${alt([...compareWords('factor'), ...VAGUE_FACTORS])}|${COUNT_SRC}\s+times)`;
/** "as president" at a clause's end: the bare "as WORD" of the pattern, WORD a role or person noun. */
const AS_ROLE_RE = /\bas\s+([a-z]{3,})$/i;
const isRoleNoun = (w: string): boolean => { const L = lexicon(); return L.roleNouns.has(w) || L.personNouns.has(w); };
const COMPARE_RE = new RegExp(String.raw`\b(${COMPARE_FACTOR_SRC})\s+(?:as\s+(?:many|much|likely)\b|as\s+[a-z]+\s+as\b|as\s+[a-z]{3,}\b(?=\s*[.,;:)]|\s*$)|(${alt(compareWords('than'))})\b|(?:the|its|their)\s+(?:${alt(compareWords('noun'))})\b)` +
  String.raw`|\b(?:${alt(compareWords('fold'))}|${COUNT_SRC}-fold)\b`, 'gi');

export function compareNoFigureChecks(text: string, sentences: SentenceSpans): Check[] {
  const out: Check[] = [];
  for (const [from, to] of sentences) {
    const s = text.slice(from, to);
    for (const m of allMatches(COMPARE_RE, s)) {
      const factor = m[1];
      const than = m[2]?.toLowerCase();
      if (factor && VAGUE_FACTORS.has(factor.toLowerCase().replace(/\s+/g, ' ')) && (than === 'more' || than === 'less')) continue;
      const role = AS_ROLE_RE.exec(m[0]);
      if (role && isRoleNoun(role[1]!.toLowerCase())) continue;
      // "arrested twice more this year", "stabbed three times more": with no "than"/"as" after it, "more"/"less" counts
      // occasions, whatever the factor ("three times more likely than" is a comparison)
      if ((than === 'more' || than === 'less') && !/^\s+(?:[a-z]+\s+){0,3}?(?:than|as)\b/i.test(s.slice(m.index! + m[0].length))) continue;
      // "double"/"triple" are a factor only before "the NOUN" ("double the number"), else a verb or an adjective
      if (factor && /^(?:double|triple)$/i.test(factor) && !/\s(?:the|its|their)\s/i.test(m[0])) continue;
      const { figures } = figuresOf(s, m.index!, m.index! + m[0].length);
      if (figures.length) continue;
      const at = from + m.index!;
      out.push(ruled({
        kind: 'COUNT', status: 'UNVERIFIABLE', refs: [{ start: at, end: at + m[0].length, text: m[0] }],
        detail: `"${m[0]}" compares two amounts by a factor, but the sentence gives neither figure: nothing to check it against`,
      }, 'count:compare-no-figure'));
      break;
    }
  }
  return out;
}
