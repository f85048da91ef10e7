import type { Num, ScanContext } from './candidate.js';
import { NUMBER_WORDS, own } from './lexicon.js';
import type { QTok } from './tokens.js';
import { readWordSet } from '../../core/word-lists.js';

// Cricket scores: "Defending 176 for seven", "slipped to 34 for three in the fifth over" (runs for wickets) and
// "smashed 52 off 27 balls" (runs off balls), in a sentence that, or whose predecessor, tells an innings and that
// tells no vote ("Shareholders voted 300 for 8").

const CUES = readWordSet('quantity-cricket-cues.txt');
const OVER_BEFORE = readWordSet('quantity-cricket-over-before.txt');
const VOTE_WORDS = readWordSet('quantity-cricket-vote-words.txt');
const BALLS = readWordSet('quantity-cricket-balls.txt');
/** Tokens that may follow a score: the clause goes on ("147 for four after 15 overs", "169 for eight."). */
const SCORE_END = readWordSet('quantity-cricket-score-end.txt');

/** Token `k` tells cricket: a cue word, or "over" as a noun ("in the fifth over", "the 15th over"). */
function cricketWord(toks: readonly QTok[], k: number): boolean {
  const t = toks[k]!;
  if (CUES.has(t.lower)) return true;
  if (t.lower !== 'over') return false;
  const p = toks[k - 1];
  if (!p || p.sent !== t.sent) return false;
  if (p.kind === 'num' || OVER_BEFORE.has(p.lower)) return true;
  return /^(?:st|nd|rd|th)$/.test(p.lower) && !p.space && toks[k - 2]?.kind === 'num';
}

/** Per sentence, once (a long sentence costs no more per figure: finding 7): does it tell cricket, does it tell a vote. */
function sentenceFlags(ctx: ScanContext, sent: number, at: number): { cricket: boolean; vote: boolean } {
  const cache = (ctx.cricketSents ??= new Map());
  const hit = cache.get(sent);
  if (hit) return hit;
  const { toks } = ctx;
  let a = at, z = at;
  while (a > 0 && toks[a - 1]!.sent === sent) a--;
  while (z + 1 < toks.length && toks[z + 1]!.sent === sent) z++;
  const flags = { cricket: false, vote: false };
  for (let k = a; k <= z; k++) {
    if (!flags.cricket && cricketWord(toks, k)) flags.cricket = true;
    if (!flags.vote && VOTE_WORDS.has(toks[k]!.lower)) flags.vote = true;
  }
  cache.set(sent, flags);
  // the sentence before, when asked about, starts where this one does
  if (a > 0 && !cache.has(sent - 1)) sentenceFlags(ctx, sent - 1, a - 1);
  return flags;
}

/** The sentence of token `at`, or the one before it, tells an innings; the sentence tells no vote ("voted 9 for 3"). */
function inningsNear(ctx: ScanContext, at: number): boolean {
  const sent = ctx.toks[at]!.sent;
  const own = sentenceFlags(ctx, sent, at);
  if (own.vote) return false;
  return own.cricket || (ctx.cricketSents?.get(sent - 1)?.cricket ?? false);
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
