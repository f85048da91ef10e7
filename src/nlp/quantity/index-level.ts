import { join } from 'node:path';
import { readDataRows } from '../../core/data-rows.js';
import { projectRoot } from '../../core/shared.js';
import { boundBefore } from './bounds.js';
import type { Num, ScanContext } from './candidate.js';

// "The BSE Sensex ended 1,307 points lower at 55,669", "The broader Topix rose 1.3% to 2,660.70", "the index could
// reach 40,000": a bare figure at the level a stock index reaches is counted in points.

const INDEX_WORDS: ReadonlySet<string> = new Set(
  readDataRows(join(projectRoot, 'data', 'lexicon', 'quantity-stock-indices.txt')).map((r) => r[0]!.toLowerCase()).filter(Boolean),
);
/** Words right before a figure that make it a level reached or held (past a bound cue: "at around 12.4"). */
const LEVEL_CUES = new Set(['at', 'to', 'of', 'reach', 'reached', 'reaches', 'hit', 'hits', 'above', 'below', 'past', 'near', 'topped', 'tops',
  'crossed', 'crosses', 'breached', 'surpassed', 'from']);

export function indexLevel(ctx: ScanContext, startTok: number, num: Num): { unit: string; rule: string } | undefined {
  const { toks } = ctx;
  if (num.words || num.scaled || num.value < 100) return undefined;
  const next = toks[num.end + 1];
  const sent = toks[startTok]!.sent;
  // the figure stands alone: not before a noun or a hyphen of its own ("at 500 companies", "the 225-stock index")
  if (next && next.sent === sent && (next.kind === 'num' || !next.space && next.kind === 'word' || (next.kind === 'word' && next.text === next.lower && !LEVEL_NEXT.has(next.lower)))) return undefined;
  const b = boundBefore(toks, startTok);
  const cue = toks[(b ? b.at : startTok) - 1];
  if (!cue || cue.sent !== sent || !LEVEL_CUES.has(cue.lower)) return undefined;
  // an index named in the sentence, or points counted in it ("down 4,390 points … to settle at 21,884")
  for (let k = startTok - 1; k >= 0 && toks[k]!.sent === sent; k--) if (INDEX_WORDS.has(toks[k]!.lower) || toks[k]!.lower === 'points') return { unit: 'point', rule: 'count:index-level' };
  return undefined;
}
/** Words that may follow a level: a time, a clause going on ("55,669, according to", "40,000 as early as next month"). */
const LEVEL_NEXT = new Set(['on', 'in', 'as', 'by', 'but', 'and', 'after', 'before', 'while', 'when', 'from', 'since', 'for', 'at', 'this', 'last', 'early', 'late', 'points', 'reached', 'set', 'according']);
