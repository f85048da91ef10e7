import { boundBefore, indexBeforeBound } from './bounds.js';
import type { ScanContext } from './candidate.js';
import { AT_FIGURE_NOUNS, DEGREE_ADVERBS } from './lexicon.js';

// "Of the 300 schools in the district, 120 were damaged", "Out of 120 schools, 45 were closed", "Of the 15 hospitals,
// only three are still working": a sentence that opens with "Of" (or "Out of") and a count, then a comma and a bare
// figure: the figure counts what the opening counted. A bound cue ("about", "at least") or an adverb of degree
// ("only", "just") may stand between the comma and the figure.

/** Adverbs of degree that may stand between the comma and the figure of a fronted partitive. */
const DEGREE = new Set(DEGREE_ADVERBS);

export function frontedPartitive(ctx: ScanContext, startTok: number): { unit: string; rule: string } | undefined {
  const { toks } = ctx;
  const sent = toks[startTok]!.sent;
  const b = boundBefore(toks, startTok);
  let comma = b ? b.at - 1 : startTok - 1;
  if (!b && DEGREE.has(toks[comma]?.lower ?? '') && toks[comma]!.sent === sent) comma--;
  if (toks[comma]?.text !== ',' || toks[comma]!.sent !== sent) return undefined;
  const first = sentenceFirst(ctx, comma);
  const open = toks[first]!.lower === 'out' && toks[first + 1]?.lower === 'of' ? first + 1 : first;
  if (toks[open]!.lower !== 'of' || open >= comma - 2) return undefined;
  const last = ctx.lastCount;
  if (!last || last.sent !== sent || last.end >= comma || last.end <= open || last.unit === '') return undefined;
  // the opening is one phrase: no other comma between its count and the figure's comma
  for (let k = last.end + 1; k < comma; k++) if (toks[k]!.text === ',') return undefined;
  return { unit: last.unit, rule: 'count:fronted-partitive' };
}

/**
 * "At 10, five children were rescued", "At 16, she left school": a bare figure after an "At" that opens the sentence
 * and a comma right after it is a clock time or an age, not a count: only a figure a clock or an age can be (at most
 * 110, no thousands separator: "At 3,000, the crowd was smaller" is a count), and not when the clause after it names
 * a count ("At 12, the number of dead is still rising").
 */
export function atOpener(ctx: ScanContext, startTok: number, end: number, value: number): boolean {
  const { toks } = ctx;
  const at = toks[startTok - 1];
  if (!at || at.lower !== 'at' || toks[end + 1]?.text !== ',' || toks[end + 1]!.sent !== at.sent) return false;
  const before = toks[startTok - 2];
  if (before && before.sent === at.sent) return false;
  if (!(value <= 110)) return false;
  for (let k = startTok; k <= end; k++) if (/\d,\d/.test(toks[k]!.text)) return false;
  for (let k = end + 2; k < toks.length && k <= end + 8 && toks[k]!.sent === at.sent && toks[k]!.text !== ','; k++) {
    if (AT_FIGURE_SET.has(toks[k]!.lower)) return false;
  }
  return true;
}
const AT_FIGURE_SET = new Set(AT_FIGURE_NOUNS);

/**
 * "Shipments rose to 5,000 from 3,000 a year earlier", "The number of flights fell to 1,200 from 2,000": a bare figure
 * after "from" (a bound cue may come between), in a clause whose verb of change came before the count just told, is
 * the earlier value of that count. The count ends at most six tokens before "from"; the two are of one size (a tenth
 * to ten times each other).
 */
const FROM_CLAUSE_OPENERS = new Set(['when', 'as', 'while', 'after', 'before', 'because', 'since', 'which', 'who', 'where', 'that', 'and', 'but', 'until', 'once', 'if']);

export function changedFrom(ctx: ScanContext, startTok: number, num: { value: number }, change: ReadonlySet<string>): { unit: string; rule: string } | undefined {
  const { toks } = ctx;
  const sent = toks[startTok]!.sent;
  const from = indexBeforeBound(toks, startTok);
  const last = ctx.lastCount;
  if (toks[from]?.lower !== 'from' || !last || last.unit === '' || last.sent !== sent || last.end >= from || from - last.end > 7) return undefined;
  // "up from 25 in 2019 when it moved from 12": a clause opener, a comma or another verb between the count and
  // "from" starts another clause, whose "from" is not the count's earlier value
  for (let k = last.end + 1; k < from; k++) {
    const w = toks[k]!;
    if (w.text === ',' || w.text === ';' || FROM_CLAUSE_OPENERS.has(w.lower) || (w.kind !== 'num' && /^[a-z]{3,}ed$/.test(w.text))) return undefined;
  }
  const value = ctx.counts?.[ctx.counts.length - 1]?.value;
  if (value === undefined || !(value > 0) || num.value / value > 10 || num.value / value < 0.1) return undefined;
  const first = last.first ?? last.end;
  for (let k = first - 1; k >= 0 && k >= first - 8 && toks[k]!.sent === sent; k--) {
    if (change.has(toks[k]!.lower)) return { unit: last.unit, rule: 'count:changed-from' };
  }
  return undefined;
}

/** The first token of the sentence holding token `tok`, found once per sentence (kept on the context). */
function sentenceFirst(ctx: ScanContext, tok: number): number {
  const { toks } = ctx;
  const sent = toks[tok]!.sent;
  const cache = (ctx.sentFirst ??= new Map());
  let first = cache.get(sent);
  if (first === undefined) {
    first = tok;
    while (first > 0 && toks[first - 1]!.sent === sent) first--;
    cache.set(sent, first);
  }
  return first;
}
