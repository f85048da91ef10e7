// A named company, index, exchange or commodity whose value moved by a figure: "Tokyo Electron jumped 4.4%", "The
// benchmark Nifty 50 fell 1.6%", "the Mexican Stock Exchange's main index fell about 6%", "Brent crude futures rose
// $1.57". The trigger lexicon reads such verbs as a market move only near a market word ("shares", "index", "Nikkei"),
// so a move told with the name alone was no event, or one with no agent. Here a verb of change (events-words.tsv
// market-move-verbs) is a MARKET_CHANGE, and a PRICE_CHANGE too unless the thing is an index — a head of
// market-move-index-heads after it or a word of market-move-index-name-words in its name, not any OTHER entity ("Gold
// jumped 3%" is a price) — (the lexicon's "shares … also:PRICE_CHANGE" and "index fell" readings), when
//   - its subject, right before it (auxiliaries and -ly adverbs between), is a named organisation or other named thing
//     (an index, a commodity), not possessive ("Apple's sales rose 5%" is no price), or such a name followed by a head
//     of market-move-heads ("Brent crude futures", "Adani group shares"), or a possessive name and a head, modifiers
//     of market-move-head-mods between ("the exchange's main index");
//   - a figure of change follows it in its clause (a number and %, percent, points; a currency sign and a number),
//     only market-move-fillers between ("fell about 6%", "rose by as much as 4%"); points only for an index or in a
//     sentence with a word of market-move-point-words ("Liverpool dropped 2 points at home" is no price);
//   - its sentence holds none of market-move-not-words ("Labour rose 5 points in the polls").
// A trigger the lexicon already found at the verb keeps its reading and roles; a price move there is a market move too,
// and the named thing, when it has no role yet, is the agent (the patient for a company naming securities, "Nissan
// shares rose 3%", as the lexicon's readings have it).
import { type Ctx, type Draft } from './context.js';
import { type Pending } from './triggers.js';
import { AUX, BE } from './words.js';
import { eventWords } from './lexicon.js';

const VERBS = eventWords('market-move-verbs');
/** Heads that name securities (the company is their patient), heads of an index, and words of an index's own name. */
const SECURITIES = eventWords('market-move-securities');
const INDEX_HEADS = eventWords('market-move-index-heads');
const INDEX_NAME_WORDS = eventWords('market-move-index-name-words');
const HEADS = new Set([...eventWords('market-move-heads'), ...SECURITIES, ...INDEX_HEADS]);
const HEAD_MODS = eventWords('market-move-head-mods');
const FIGURES = eventWords('market-move-figures');
const FILLERS = eventWords('market-move-fillers');
const NOT_WORDS = eventWords('market-move-not-words');
const POINT_FIGURES = eventWords('market-move-point-figures');
const POINT_WORDS = eventWords('market-move-point-words');
const SUBJECT_TYPES = new Set(['ORG', 'OTHER']);
const MOVE_TYPES = new Set(['MARKET_CHANGE', 'PRICE_CHANGE']);

/** The named thing whose value moved: its ids, its role (the company naming its securities, "Nissan shares", is their
 * patient as the lexicon's "shares of" reading has it; a thing that moved itself is the agent), and whether it is an
 * index (a market move only, no price). */
export interface Moved { ids: string[]; role: 'agent' | 'patient'; index: boolean }

/** The named thing whose value the verb at k tells moved, or undefined. */
function movedSubject(ctx: Ctx, k: number, s0: number): Moved | undefined {
  let j = k - 1;
  while (j >= s0 && ctx.ments.at[j]! < 0 && (AUX.has(ctx.low[j]!) || BE.has(ctx.low[j]!) || /^[a-z]{3,}ly$/.test(ctx.low[j]!))) j--;
  // "A, B and C each tumbled about 20%": a floating quantifier after a coordinated subject
  if (j >= s0 && ctx.ments.at[j]! < 0 && (ctx.low[j] === 'each' || ctx.low[j] === 'both' || ctx.low[j] === 'all')) j--;
  if (j < s0) return undefined;
  // "Brent crude futures", "the exchange's main index": a head (and its modifiers) after the name
  let heads = 0;
  const head = ctx.low[j] ?? '';
  while (j >= s0 && ctx.ments.at[j]! < 0 && HEADS.has(ctx.low[j]!) && heads < 2) { j--; heads++; }
  let mods = 0;
  while (heads && j >= s0 && ctx.ments.at[j]! < 0 && HEAD_MODS.has(ctx.low[j]!) && mods < 2) { j--; mods++; }
  if (heads && j >= s0 && (ctx.low[j] === "'s" || ctx.low[j] === "'")) j--;
  const mi = j >= s0 ? ctx.ments.at[j]! : -1;
  if (mi < 0) return undefined;
  const m = ctx.ments.list[mi]!;
  if (m.t1 !== j && !(m.possessive && m.t1 === j + 1)) return undefined;
  if (m.pseudo || !SUBJECT_TYPES.has(m.type)) return undefined;
  // a possessive name moves only through a head of its own ("the exchange's main index", not "Apple's sales")
  if (m.possessive && !heads) return undefined;
  const ids = [...m.ids];
  // "Adani Total Gas, Adani Green Energy and Adani Transmission each tumbled": the named things coordinated before it
  if (!heads) {
    let b = m.t0 - 1;
    while (b > s0 && (ctx.low[b] === ',' || ctx.low[b] === 'and')) {
      let c = b;
      if (ctx.low[c] === 'and' && ctx.low[c - 1] === ',') c--;
      const pi = ctx.ments.at[c - 1] ?? -1;
      const p = pi >= 0 ? ctx.ments.list[pi]! : undefined;
      if (!p || p.t1 !== c - 1 || p.possessive || p.pseudo || !SUBJECT_TYPES.has(p.type)) break;
      ids.unshift(...p.ids.filter((id) => !ids.includes(id)));
      b = p.t0 - 1;
    }
  }
  const index = heads ? INDEX_HEADS.has(head) : indexName(ctx, m.t0, m.t1);
  return { ids, role: heads && SECURITIES.has(head) ? 'patient' : 'agent', index };
}

/** Whether the name on tokens t0..t1 has a word of market-move-index-name-words ("Dow Jones Industrial Average"). */
function indexName(ctx: Ctx, t0: number, t1: number): boolean {
  for (let j = t0; j <= t1; j++) if (INDEX_NAME_WORDS.has(ctx.low[j]!)) return true;
  return false;
}

/** Whether a figure of change follows the verb at k in its clause ("4.4%", "1.3 percent", "$1.57", "200 points"); a
 * figure in points only when the thing is an index or its sentence (s0..s1) has a market word ("Liverpool dropped 2
 * points at home" is a league result). */
function figureAfter(ctx: Ctx, k: number, s0: number, s1: number, index: boolean): boolean {
  for (let j = k + 1; j < s1 && j <= k + 7; j++) {
    const t = ctx.toks[j]!;
    const w = ctx.low[j]!;
    if (t.kind === 'NUMBER') {
      const next = ctx.low[j + 1] ?? '';
      if (/%$/.test(w)) return true;
      if (FIGURES.has(next)) return !POINT_FIGURES.has(next) || index || pointWords(ctx, s0, s1);
      if (j > k + 1 && t.kind === 'NUMBER' && ctx.toks[j - 1]!.kind === 'SYMBOL' && /^[$€£¥₹]$/.test(ctx.low[j - 1]!)) return true;
      return false;
    }
    if (t.kind === 'SYMBOL' && /^[$€£¥₹]$/.test(w)) continue;
    if (t.kind !== 'WORD' || !FILLERS.has(w)) return false;
  }
  return false;
}

/** Whether sentence s0..s1 holds a market word that lets a figure in points tell a price (market-move-point-words). */
export function pointWords(ctx: Ctx, s0: number, s1: number): boolean {
  for (let j = s0; j < s1; j++) if (POINT_WORDS.has(ctx.low[j]!)) return true;
  return false;
}

/** Adds the market moves of sentence s to its pending triggers (see the file's head); returns the subjects by token. */
export function marketMoves(ctx: Ctx, s: number, s0: number, s1: number, pending: Pending[]): Map<number, Moved> {
  const subjects = new Map<number, Moved>();
  let verb = false;
  for (let k = s0; k < s1 && !verb; k++) verb = VERBS.has(ctx.low[k]!);
  if (!verb) return subjects;
  for (let k = s0; k < s1; k++) if (NOT_WORDS.has(ctx.low[k]!)) return subjects;
  const paragraph = ctx.sentences[s]?.paragraph ?? s;
  for (let k = s0 + 1; k < s1; k++) {
    if (!VERBS.has(ctx.low[k]!) || ctx.ments.at[k]! >= 0 || ctx.toks[k]!.kind !== 'WORD') continue;
    const moved = movedSubject(ctx, k, s0);
    if (!moved || !figureAfter(ctx, k, s0, s1, moved.index)) continue;
    const here = pending.find((p) => p.d.t0 <= k && k <= p.d.t1);
    if (here) {
      if (!MOVE_TYPES.has(here.d.type)) continue;
      // a price move of a named thing is a market move too; the lexicon's market reading keeps its own types
      if (here.d.type === 'PRICE_CHANGE') here.also ??= 'MARKET_CHANGE';
      here.d.rule.push('market-move');
      subjects.set(here.d.t0, moved);
      continue;
    }
    const d: Draft = {
      type: 'MARKET_CHANGE', lemma: ctx.low[k]!, t0: k, t1: k, noun: false, args: new Map(), rule: ['market-move'],
      sentence: s, paragraph, definite: false,
    };
    pending.push({ d, infl: /ed$/.test(ctx.low[k]!) ? 'ED' : /ing$/.test(ctx.low[k]!) ? 'ING' : /s$/.test(ctx.low[k]!) ? 'S' : 'IRREGULAR', needObj: false, also: moved.index ? undefined : 'PRICE_CHANGE' });
    ctx.trig[k] = 1;
    subjects.set(k, moved);
  }
  pending.sort((a, b) => a.d.t0 - b.d.t0);
  return subjects;
}

/** The moved thing takes its role (Moved.role) in the move when the argument steps gave it none ("Tokyo Electron"
 * rather than a place of the sentence); a role they gave it stays. */
export function marketMoveAgent(d: Draft, subjects: Map<number, Moved>): void {
  const moved = subjects.get(d.t0);
  if (!moved || !MOVE_TYPES.has(d.type)) return;
  const missing = moved.ids.filter((id) => ![...d.args.values()].some((ids) => ids.includes(id)));
  if (!missing.length) return;
  const role = moved.role === 'agent' && d.args.get('agent')?.length ? 'patient' : moved.role;
  d.args.set(role, [...(d.args.get(role) ?? []), ...missing]);
}
