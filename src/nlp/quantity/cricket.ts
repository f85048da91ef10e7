import { join } from 'node:path';
import { readDataRows } from '../../core/data-rows.js';
import { projectRoot } from '../../core/shared.js';
import type { Num, ScanContext } from './candidate.js';
import { NUMBER_WORDS, own } from './lexicon.js';

// Cricket scores: "Defending 176 for seven", "slipped to 34 for three in the fifth over" (runs for wickets) and
// "smashed 52 off 27 balls" (runs off balls), in a sentence that, or whose predecessor, tells an innings.

const CUES: ReadonlySet<string> = new Set(
  readDataRows(join(projectRoot, 'data', 'lexicon', 'quantity-cricket-cues.txt')).map((r) => r[0]!.toLowerCase()).filter(Boolean),
);
const BALLS = new Set(['balls', 'deliveries']);
/** Words that may follow a score: the clause goes on ("147 for four after 15 overs", "169 for eight."). */
const SCORE_END = new Set([',', '.', ';', ')', ':', '–', '—', 'in', 'after', 'at', 'when', 'with', 'and', 'but', 'before', 'off', 'from', 'by', 'on']);

function inningsNear(ctx: ScanContext, at: number): boolean {
  const { toks } = ctx;
  const sent = toks[at]!.sent;
  for (let k = at - 1; k >= 0 && toks[k]!.sent >= sent - 1; k--) if (CUES.has(toks[k]!.lower)) return true;
  for (let k = at + 1; k < toks.length && toks[k]!.sent === sent; k++) if (CUES.has(toks[k]!.lower)) return true;
  return false;
}

/** A wicket count: a number word or digits from 0 to 10. */
function wickets(t: { kind: string; text: string; lower: string } | undefined): boolean {
  if (!t) return false;
  if (t.kind === 'num') return /^(?:[0-9]|10)$/.test(t.text);
  const v = own(NUMBER_WORDS, t.lower);
  return v !== undefined && v <= 10;
}

export function cricketScore(ctx: ScanContext, startTok: number, num: Num): { unit: string; rule: string; end: number } | undefined {
  const { toks } = ctx;
  if (num.words || num.scaled || !Number.isInteger(num.value) || num.value > 999) return undefined;
  const sent = toks[startTok]!.sent;
  const p = toks[num.end + 1], w = toks[num.end + 2], after = toks[num.end + 3];
  if (!p || !w || p.sent !== sent || w.sent !== sent) return undefined;
  // "176 for seven", "34 for 3"
  if (p.lower === 'for' && wickets(w) && (!after || after.sent !== sent || SCORE_END.has(after.lower)) && inningsNear(ctx, startTok)) {
    return { unit: 'run', rule: 'count:cricket-score', end: num.end + 2 };
  }
  // "52 off 27 balls": the runs (the balls are read on their own)
  if (p.lower === 'off' && w.kind === 'num' && after && BALLS.has(after.lower) && after.sent === sent) {
    return { unit: 'run', rule: 'count:cricket-runs-off', end: num.end };
  }
  return undefined;
}
