import { boundBefore, wordBeforeBound } from './bounds.js';
import { readWordSet } from '../../core/word-lists.js';
import { DASHES, type Num, type ScanContext } from './candidate.js';
import { countedNoun } from './nouns.js';
import { parseNumber } from './numberAt.js';

// Bare figures of a tally whose noun is said once (election seats, votes, medals): the figure compared with the
// sentence's count ("won 240 seats, 32 short of the 272 needed for a majority and 63 fewer than the 303 it won"),
// the figure after the same preposition as the count before ("TDP with 16 seats and JD(U) with 12"), and the items
// of a list whose noun closes it ("Labour 411, the Conservatives 121, … out of 650 seats").

/** The latest count of the sentence before `startTok` that is no hyphenated modifier ("the 342-member house"). */
function sentenceCount(ctx: ScanContext, startTok: number): { unit: string; first?: number; end?: number } | undefined {
  const { toks } = ctx;
  const sent = toks[startTok]!.sent;
  const counts = ctx.counts ?? [];
  for (let c = counts.length - 1; c >= 0; c--) {
    const x = counts[c]!;
    if (x.sent !== sent || x.end === undefined || x.end >= startTok) { if (x.sent < sent) break; continue; }
    if (x.unit === '' || x.unit === 'year') continue;
    const e = x.end;
    if (e > 0 && DASHES.has(toks[e - 1]!.text) && !toks[e - 1]!.space && !toks[e]!.space) continue;
    return x;
  }
  return undefined;
}

const COMPARATIVES = readWordSet('quantity-tally-comparatives.txt');
const NEEDED = readWordSet('quantity-tally-needed.txt');
const THAN_FRAMES = readWordSet('quantity-tally-than-frames.txt');
/**
 * "32 short of …", "63 fewer than …", "two more than …": a bare figure before a comparative and "than"/"of";
 * "the 272 needed for a majority", "than the 303 it won": a figure after "the" that a need or a comparison frames.
 */
export function comparedCount(ctx: ScanContext, startTok: number, num: Num): { unit: string; rule: string } | undefined {
  const { toks } = ctx;
  const sent = toks[startTok]!.sent;
  const n1 = toks[num.end + 1], n2 = toks[num.end + 2];
  const cmp = n1 && n1.sent === sent && COMPARATIVES.has(n1.lower) && (n2?.lower === 'than' || n2?.lower === 'of') && n2.sent === sent;
  const b1 = toks[startTok - 1], b2 = toks[startTok - 2];
  const needed = b1?.lower === 'the' && n1 !== undefined && n1.sent === sent && NEEDED.has(n1.lower);
  const framed = b1?.lower === 'the' && b2 !== undefined && b2.sent === sent && THAN_FRAMES.has(b2.lower) && (toks[startTok - 3]?.lower === 'short' || COMPARATIVES.has(toks[startTok - 3]?.lower ?? '') || b2.lower === 'than');
  if (!cmp && !needed && !framed) return undefined;
  const c = sentenceCount(ctx, startTok);
  return c ? { unit: c.unit, rule: 'count:compared-count' } : undefined;
}

const PARALLEL_PREPS = readWordSet('quantity-tally-parallel-preps.txt');
const ITEM_ENDS = readWordSet('quantity-tally-item-ends.txt');
/** "TDP with 16 seats and JD(U) with 12": a bare figure after the preposition the sentence's count came after. */
export function parallelPrep(ctx: ScanContext, startTok: number, num: Num): { unit: string; rule: string } | undefined {
  const { toks } = ctx;
  const sent = toks[startTok]!.sent;
  const p = wordBeforeBound(toks, startTok);
  if (!p || p.sent !== sent || !PARALLEL_PREPS.has(p.lower)) return undefined;
  const after = toks[num.end + 1];
  if (after && after.sent === sent && !ITEM_ENDS.has(after.lower)) return undefined;
  const c = sentenceCount(ctx, startTok);
  if (!c || c.first === undefined) return undefined;
  const cp = wordBeforeBound(toks, c.first);
  return cp?.lower === p.lower ? { unit: c.unit, rule: 'count:parallel-prep' } : undefined;
}

/**
 * "Labour 411, the Conservatives 121, … and independents 37, out of 650 seats": a figure right after a name or a
 * plural noun, ending its item at a comma, in a sentence that closes the list with "out of" and a count.
 */
export function listTotalAhead(ctx: ScanContext, startTok: number, num: Num): { unit: string; rule: string } | undefined {
  const { toks } = ctx;
  const sent = toks[startTok]!.sent;
  const b1 = toks[startTok - 1];
  if (!b1 || b1.sent !== sent || b1.kind !== 'word' || !(/^\p{Lu}/u.test(b1.text) || /[a-z]s$/.test(b1.text))) return undefined;
  if (toks[num.end + 1]?.text !== ',') return undefined;
  for (let k = num.end + 1; k < toks.length - 2 && toks[k]!.sent === sent && k <= num.end + 40; k++) {
    if (toks[k]!.lower !== 'out' || toks[k + 1]?.lower !== 'of' || toks[k + 2]?.kind !== 'num') continue;
    const total = parseNumber(ctx, k + 2, false);
    if (!total) return undefined;
    const n = toks[total.end + 1]?.space ? countedNoun(toks, total.end + 1, total.value) : undefined;
    return n && n.rule !== 'count:singular-noun' ? { unit: n.unit, rule: 'count:list-total-ahead' } : undefined;
  }
  return undefined;
}

/** Words that may follow a possessive's figure besides an item end: a time or a place ("Japan's 12 in the match"). */
const POSSESSIVE_ITEM_NEXT = readWordSet('quantity-tally-possessive-next.txt');
/**
 * "his rival's 58.2 million", "26 shots to Japan's 12": a bare figure right after a possessive counts what the
 * sentence counted before (a count with a noun of its own, not a hyphenated modifier).
 */
export function possessiveCount(ctx: ScanContext, startTok: number, num: Num): { unit: string; rule: string } | undefined {
  const { toks } = ctx;
  const sent = toks[startTok]!.sent;
  const p = toks[startTok - 1];
  if (!p || p.sent !== sent || (p.lower !== "'s" && p.lower !== '’s')) return undefined;
  const after = toks[num.end + 1];
  if (after && after.sent === sent && !ITEM_ENDS.has(after.lower) && !POSSESSIVE_ITEM_NEXT.has(after.lower)) return undefined;
  const c = sentenceCount(ctx, startTok);
  return c ? { unit: c.unit, rule: 'count:possessive-count' } : undefined;
}

const FOR_SIDE = readWordSet('quantity-tally-for-side.txt');
/** "101 votes in favour, six against and 10 abstentions": the figure against counts what the one in favour counted. */
export function againstCount(ctx: ScanContext, startTok: number, num: Num): { unit: string; rule: string } | undefined {
  const { toks } = ctx;
  const sent = toks[startTok]!.sent;
  const a = toks[num.end + 1];
  if (!a || a.sent !== sent || a.lower !== 'against') return undefined;
  const n = toks[num.end + 2];
  if (n && n.sent === sent && !ITEM_ENDS.has(n.lower)) return undefined;
  const c = sentenceCount(ctx, startTok);
  if (!c || c.end === undefined) return undefined;
  const f1 = toks[c.end + 1], f2 = toks[c.end + 2];
  const favour = (f1?.lower === 'in' && FOR_SIDE.has(f2?.lower ?? '')) || f1?.lower === 'for';
  return favour ? { unit: c.unit, rule: 'count:against-count' } : undefined;
}
