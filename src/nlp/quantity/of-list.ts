import type { Num, ScanContext } from './candidate.js';
import { indexBeforeBound } from './bounds.js';
import { readWordSet } from '../../core/word-lists.js';
import { isYearLike } from './filters.js';
import { contextUnit } from './tail.js';
import { parseNumber } from './numberAt.js';

// Two shapes where a bare figure counts the noun a count earlier in its sentence named:
// - an item of a list of "N NOUNs of X": "three counts of fraud, three of money laundering and two of abuse of power"
//   — each later item is "N of Y" after a comma or "and". Only counts: a list of measures ("50 tonnes of rice and 20
//   of flour") is not read here (ctx.counts holds no physical units), and its bare item stays unreported;
// - a running total after a verb of bringing: "bought another 200 coins, bringing its holdings to 400".

/** Words after "N of" that make it a part of a whole or an anaphor ("two of them", "three of the"), read elsewhere. */
const NOT_KIND = readWordSet('quantity-of-list-not-kinds.txt');

/**
 * "…, three of money laundering and two of abuse of power": a bare figure after a comma or "and", followed by "of"
 * and a lower-case word that names a kind (no article, pronoun, quantifier or figure, digits or words), in a sentence whose count just before it
 * (at most 16 tokens back) is itself followed by "of" ("three counts of breach of trust", or an earlier item).
 */
export function ofListItem(ctx: ScanContext, startTok: number, num: Num): { unit: string; rule: string } | undefined {
  const { toks } = ctx;
  const sent = toks[startTok]!.sent;
  const b1 = toks[startTok - 1];
  if (!b1 || b1.sent !== sent || (b1.text !== ',' && b1.lower !== 'and') || isYearLike(num)) return undefined;
  const of = toks[num.end + 1];
  const kind = toks[num.end + 2];
  if (of?.lower !== 'of' || of.sent !== sent || !kind || kind.sent !== sent || kind.kind !== 'word' || kind.text !== kind.lower || NOT_KIND.has(kind.lower)) return undefined;
  // "two of five co-defendants", "three of seven judges": a figure after "of" is the whole of a share, no kind
  if (parseNumber(ctx, num.end + 2, false)) return undefined;
  const counts = ctx.counts ?? [];
  const c = counts[counts.length - 1];
  if (!c || c.sent !== sent || c.unit === '' || c.end === undefined || c.end >= startTok || startTok - c.end > 16) return undefined;
  if (toks[c.end + 1]?.lower !== 'of') return undefined;
  return { unit: c.unit, rule: 'count:of-list-item' };
}

const BROUGHT = readWordSet('quantity-brought-to-verbs.txt');
const TOTALS = readWordSet('quantity-brought-to-totals.txt');

/**
 * "bought another 200 coins, bringing its holdings to 400": a bare figure after "to" (a bound cue may come between),
 * with a verb of data/lexicon/quantity-brought-to-verbs.txt at most five words before "to", no comma or figure between
 * them, a count of the sentence before the verb, and a figure no smaller than that count (a total grows). The noun
 * before "to" names the total: a word of data/lexicon/quantity-brought-to-totals.txt ("holdings", "total", "tally") or
 * the counted noun itself ("12 stores, … the number of stores to 150"); any other noun ("taking the fleet to 60" after
 * "5 routes", "pushing its revenue to 400", "taking them to 12") has a measure or a kind of its own. And not
 * where the sentence names people for the figure (contextUnit: "destroyed 30 homes, bringing the death toll to 45" counts
 * the dead, not homes — the person reading the rules after the shared chain would give).
 */
export function broughtTo(ctx: ScanContext, startTok: number, num: Num): { unit: string; rule: string } | undefined {
  const { toks } = ctx;
  const sent = toks[startTok]!.sent;
  const to = indexBeforeBound(toks, startTok);
  if (toks[to]?.lower !== 'to' || toks[to]!.sent !== sent || isYearLike(num)) return undefined;
  let verb = -1;
  for (let k = to - 1; k >= 0 && k >= to - 5 && toks[k]!.sent === sent; k--) {
    const t = toks[k]!;
    if (t.text === ',' || t.text === ';' || t.kind === 'num') return undefined;
    if (BROUGHT.has(t.lower)) { verb = k; break; }
  }
  if (verb < 0 || verb === to - 1) return undefined;
  const counts = ctx.counts ?? [];
  const c = counts[counts.length - 1];
  if (!c || c.sent !== sent || c.unit === '' || c.end === undefined || c.end >= verb || !(num.value >= c.value)) return undefined;
  const head = toks[to - 1]!.lower;
  if (!TOTALS.has(head) && head !== toks[c.end]!.lower) return undefined;
  if (contextUnit(ctx, num.start, num.end)) return undefined;
  return { unit: c.unit, rule: 'count:brought-to' };
}
