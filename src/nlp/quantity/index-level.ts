import { wordBeforeBound } from './bounds.js';
import type { Num, ScanContext } from './candidate.js';
import type { QTok } from './tokens.js';
import { readWordSet } from '../../core/word-lists.js';

// "The BSE Sensex ended 1,307 points lower at 55,669", "The broader Topix rose 1.3% to 2,660.70", "the index could
// reach 40,000": a bare figure at the level a stock index reaches is counted in points. The index heads the clause
// of the figure: "The Nasdaq gained 1% and Apple rose to 212" and "the Nasdaq was closed and the death toll reached
// 150" hold no level (code review of stop 24, finding 1).

const INDEX_NAMES = readWordSet('quantity-stock-indices.txt');
const INDEX_GENERIC = readWordSet('quantity-index-generic.txt');
/** Words right before a figure that make it a level reached or held (past a bound cue: "at around 12.4"). */
const LEVEL_CUES = readWordSet('quantity-index-level-cues.txt');
/** Words that may follow a level: a time, a clause going on ("55,669, according to", "40,000 as early as next month"). */
const LEVEL_NEXT = readWordSet('quantity-index-level-next.txt');
/** Words of the clause that name what its figure counts ("the death toll reached 150"). */
const GIVE_WAY = readWordSet('quantity-index-give-way.txt');
/** Words that open a new subject after "and", "but" or a comma ("…, and the student posted …"). */
const SUBJECT_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'it', 'he', 'she', 'they', 'we', 'this', 'these', 'those']);
const DETERMINERS = new Set(['the', 'its', 'this', 'that']);
/** How far back the clause head is looked for: a long sentence costs no more per figure (finding 7). */
const WINDOW = 30;

/** Token `k` names an index ("Nikkei", the "P" of "S&P"). */
function named(toks: readonly QTok[], k: number): boolean {
  const t = toks[k]!;
  if (INDEX_NAMES.has(t.lower)) return true;
  return t.lower === 'p' && toks[k - 1]?.text === '&' && toks[k - 2]?.lower === 's' && INDEX_NAMES.has('s&p');
}

/** A generic "index"/"benchmark" at `k` stands for an index: one named beside it, or a determiner before it. */
function genericIndex(toks: readonly QTok[], k: number): boolean {
  const sent = toks[k]!.sent;
  for (let j = Math.max(0, k - 3); j <= k + 3 && j < toks.length; j++) if (j !== k && toks[j]!.sent === sent && named(toks, j)) return true;
  const p1 = toks[k - 1], p2 = toks[k - 2];
  if (p1 && p1.sent === sent && DETERMINERS.has(p1.lower)) return true;
  return !!p1 && !!p2 && p2.sent === sent && p1.kind === 'word' && p1.text === p1.lower && DETERMINERS.has(p2.lower);
}

/** A new subject opens at token `j`: a determiner or pronoun, or a capitalised word. */
function newSubject(toks: readonly QTok[], j: number): boolean {
  const t = toks[j];
  return !!t && t.kind === 'word' && (SUBJECT_OPENERS.has(t.lower) || t.text !== t.lower);
}

export function indexLevel(ctx: ScanContext, startTok: number, num: Num): { unit: string; rule: string } | undefined {
  const { toks } = ctx;
  if (num.words || num.scaled || num.value < 100) return undefined;
  const next = toks[num.end + 1];
  const sent = toks[startTok]!.sent;
  // the figure stands alone: not before a noun or a hyphen of its own ("at 500 companies", "the 225-stock index")
  if (next && next.sent === sent && (next.kind === 'num' || !next.space && next.kind === 'word' || (next.kind === 'word' && next.text === next.lower && !LEVEL_NEXT.has(next.lower)))) return undefined;
  const cue = wordBeforeBound(toks, startTok);
  if (!cue || cue.sent !== sent || !LEVEL_CUES.has(cue.lower)) return undefined;
  // an index heading the clause, or points counted in it ("down 4,390 points … to settle at 21,884"); the clause
  // ends at a semicolon, or at "and", "but" or a comma before a new subject
  for (let k = startTok - 1; k >= 0 && k >= startTok - WINDOW && toks[k]!.sent === sent; k--) {
    const t = toks[k]!;
    if (GIVE_WAY.has(t.lower)) return undefined;
    if (named(toks, k) || t.lower === 'points' || (INDEX_GENERIC.has(t.lower) && genericIndex(toks, k))) return { unit: 'point', rule: 'count:index-level' };
    if (t.text === ';') return undefined;
    if ((t.text === ',' || t.lower === 'and' || t.lower === 'but') && newSubject(toks, k + 1)) return undefined;
  }
  return undefined;
}
