import { boundBefore, indexBeforeBound } from './bounds.js';
import type { Num, ScanContext } from './candidate.js';
import { CHANGE_VERBS, COUNT_VERBS, FIGURE_WORDS, PERSON_CONTEXT_CUES } from './lexicon.js';
import { singular } from './nouns.js';
import type { QTok } from './tokens.js';
import { readWordSet } from '../../core/word-lists.js';

// Bare figures in a clause built like the one before: the count is named once, the parallel clause drops the noun.
//   "The party won 312 seats, while the Congress won 52"      a verb of counting before both figures
//   "Labour took 412 seats. The Conservatives won 121"         … also across a sentence
//   "… won 121 and the Liberal Democrats 72"                   the verb itself elided (gapping)

const COUNT_VERB_SET = new Set(COUNT_VERBS);
const CHANGE = new Set(CHANGE_VERBS);
/** Verbs in -ed whose figure is an age, a rank or a measure, not a count of things. */
const NOT_COUNTING = new Set(['turned', 'aged', 'ranked', 'rated', 'placed', 'finished', 'numbered', 'totalled', 'totaled', 'priced', 'valued', 'dated', 'timed', 'aimed', 'called', 'named', 'needed']);
const PARTICLES = new Set(['down', 'up', 'off', 'out']);
const PERSON_CUES = new Set(PERSON_CONTEXT_CUES);
const AUXILIARIES = new Set(['were', 'was', 'are', 'is', 'have', 'had', 'has', 'been', 'later', 'also', 'reportedly']);

/**
 * "destroyed 300 homes and killed 12", "… 300 homes, and 12 were injured": a verb of harm or flight next to the figure
 * makes it a count of people whatever was counted before; the carried noun gives way to that reading.
 */
export function personVerbNear(toks: readonly QTok[], startTok: number, num: Num): boolean {
  if (PERSON_CUES.has(wordBefore(toks, startTok)?.lower ?? '')) return true;
  for (let k = num.end + 1; k <= num.end + 3; k++) {
    const w = toks[k]?.lower ?? '';
    if (PERSON_CUES.has(w)) return true;
    if (!AUXILIARIES.has(w)) return false;
  }
  return false;
}

/** A verb whose object may be a count: one of COUNT_VERBS, or any other past form in -ed that is no verb of change. */
function countingVerb(t: QTok | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  const w = t.lower;
  if (COUNT_VERB_SET.has(w)) return true;
  return t.text === w && /^[a-z]{3,}ed$/.test(w) && !CHANGE.has(w) && !NOT_COUNTING.has(w);
}
/** Verbs of change that also mean a move or a switch: "moved to 40" may be an address or a new value of anything. */
const MOVES = new Set(['went', 'moved', 'changed', 'up', 'down']);
const SUBJECT_AUX = new Set(['had', 'has', 'have', 'was', 'were', 'is', 'are', 'been', 'then', 'later', 'also', 'since']);
const SUBJECT_STAND_INS = new Set(['it', 'they', 'that', 'this', 'which']);
const FIGURE_WORD_SET = new Set(FIGURE_WORDS);
const COORDINATORS = new Set(['and', 'while', 'but', 'whereas', 'with', ';', ',']);
const FIGURE_TAIL_PREPS = new Set(['on', 'in', 'at', 'by', 'since', 'during', 'over', 'last', 'this', 'so']);
const CLAUSE_ENDS = new Set([',', '.', ';', ':', ')', 'and', 'while', 'but', 'respectively']);

/** The token right before a figure, past a bound cue and a particle ("won nearly 300" → "won", "shot down 38" → "shot"). */
function wordBefore(toks: readonly QTok[], at: number): QTok | undefined {
  const k = indexBeforeBound(toks, at);
  return PARTICLES.has(toks[k]?.lower ?? '') && toks[k - 1]?.sent === toks[k]!.sent ? toks[k - 1] : toks[k];
}

/** A coordinator between two token positions of one sentence. */
function coordinated(toks: readonly QTok[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (COORDINATORS.has(toks[k]!.lower)) return true;
  return false;
}

/**
 * A bare figure right after a verb of counting ("won 52", "hit 12", "identified 52") counts what such a verb counted
 * just before: in the same sentence past a coordinator, or in the sentence before.
 */
export function parallelTally(ctx: ScanContext, startTok: number): { unit: string; rule: string } | undefined {
  const { toks } = ctx;
  const last = ctx.lastCount;
  const sent = toks[startTok]?.sent;
  if (!last || last.unit === '' || last.first === undefined || sent === undefined || last.end >= startTok || last.sent < sent - 1) return undefined;
  const v = wordBefore(toks, startTok);
  const lv = wordBefore(toks, last.first);
  if (!v || v.sent !== sent || !countingVerb(v)) return undefined;
  // the count before follows a counting verb too ("won 312 seats … won 52"); or the figure ends its clause right after
  // the verb ("The army has 500 tanks. Rebels destroyed 40.", "recorded 300 cases on Monday and 250 on Tuesday")
  const ends = CLAUSE_ENDS.has(toks[startTok + 1]?.lower ?? '.') || toks[startTok + 1]?.sent !== sent || FIGURE_TAIL_PREPS.has(toks[startTok + 1]!.lower);
  // (without a counting verb before the count, a count of people is not carried: "employs 3,000 and produced 40,000")
  if (!(lv && lv.sent === last.sent && countingVerb(lv)) && (!ends || last.unit === 'person')) return undefined;
  if (last.sent === sent && !coordinated(toks, last.end + 1, startTok)) return undefined;
  if (last.unit !== 'person' && personVerbNear(toks, startTok, { end: startTok } as Num)) return undefined;
  return { unit: last.unit, rule: 'count:parallel-tally' };
}

/**
 * "… in second place with 25 seats. The VVD slumped to 24": a bare figure after a verb of change and "to" that ends its
 * clause counts what the same or the sentence before counted last (not people: a toll is read from its own cues), when
 * the earlier count is in the sentence before or past a coordinator in the same one.
 */
export function changedTally(ctx: ScanContext, startTok: number, num: Num): { unit: string; rule: string } | undefined {
  const { toks } = ctx;
  const last = ctx.lastCount;
  const sent = toks[startTok]?.sent;
  if (!last || last.unit === '' || last.unit === 'person' || sent === undefined || last.end >= startTok || last.sent < sent - 1 || num.words) return undefined;
  const k = indexBeforeBound(toks, startTok);
  const to = toks[k], verb = toks[k - 1];
  if (to?.lower !== 'to' || to.sent !== sent || !verb || verb.sent !== sent || !CHANGE.has(verb.lower) || MOVES.has(verb.lower)) return undefined;
  const after = toks[num.end + 1];
  if (after && after.sent === sent && !CLAUSE_ENDS.has(after.lower)) return undefined;
  if (last.sent === sent && !coordinated(toks, last.end + 1, startTok)) return undefined;
  if (personVerbNear(toks, startTok, num)) return undefined;
  // the verb's subject is a name, a pronoun, a word for the figure ("that number") or the noun counted before; another
  // noun has a value of its own ("its shares fell to 24", "its rank fell to 24")
  let j = k - 2;
  while (j >= 0 && toks[j]!.sent === sent && (SUBJECT_AUX.has(toks[j]!.lower) || /^[a-z]+ly$/.test(toks[j]!.text))) j--;
  const subj = toks[j];
  if (!subj || subj.sent !== sent) return undefined;
  // "the VVD of the outgoing premier, Mark Rutte, slumped to 24": an appositive name between commas closes the subject
  // (code review r1, finding 6: only when the head of the subject before the name holds the tally — not "Sales at its
  // flagship, Harrods, fell to 250", "Turnout in the capital, Amsterdam, fell to 55")
  if (subj.text === ',') {
    const open = appositiveName(toks, j);
    return open >= 0 && tallyHead(toks, open, last.unit) ? { unit: last.unit, rule: 'count:changed-tally' } : undefined;
  }
  if (subj.kind !== 'word') return undefined;
  const named = subj.text !== subj.lower && !subj.first;
  if (!named && !SUBJECT_STAND_INS.has(subj.lower) && !FIGURE_WORD_SET.has(subj.lower) && singular(subj.lower) !== last.unit) return undefined;
  return { unit: last.unit, rule: 'count:changed-tally' };
}

/**
 * The comma at `j` closes an appositive name: one to four capitalised words, none opening the sentence, after a comma.
 * The index of that opening comma, or -1.
 */
function appositiveName(toks: readonly QTok[], j: number): number {
  const sent = toks[j]!.sent;
  let k = j - 1;
  while (k >= 0 && j - k <= 4 && toks[k]!.sent === sent && toks[k]!.kind === 'word' && /^\p{Lu}/u.test(toks[k]!.text) && !toks[k]!.first) k--;
  return k < j - 1 && toks[k]?.text === ',' && toks[k]!.sent === sent ? k : -1;
}

/** data/lexicon/quantity-tally-value-heads.txt: subject heads that name a value of their own ("sales", "turnout"). */
const VALUE_HEADS = readWordSet('quantity-tally-value-heads.txt');
const HEAD_PREPS = new Set(['of', 'in', 'at', 'on', 'for', 'from', 'across', 'among']);
const DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'a', 'an', 'this', 'that', 'these', 'those']);
/**
 * The subject phrase before the appositive opened by the comma at `open` holds the tally counted in `unit`: its head
 * (the word before its first preposition: "party" in "The liberal party of the outgoing premier") is named, a
 * stand-in, a word for the figure or the counted noun, or — no word for a value of its own ("sales", "turnout",
 * "share") — a noun after a determiner ("Its rival, Kwikmart, fell to 250").
 */
function tallyHead(toks: readonly QTok[], open: number, unit: string): boolean {
  const sent = toks[open]!.sent;
  let s = open - 1;
  while (s > 0 && toks[s - 1]!.sent === sent && toks[s - 1]!.text !== ',' && toks[s - 1]!.text !== ';') s--;
  let h = open - 1;
  for (let k = s; k < open; k++) if (HEAD_PREPS.has(toks[k]!.lower) && k > s) { h = k - 1; break; }
  const head = toks[h];
  if (!head || head.kind !== 'word' || h < s) return false;
  if (head.text !== head.lower && !head.first) return true;
  if (SUBJECT_STAND_INS.has(head.lower) || FIGURE_WORD_SET.has(head.lower) || singular(head.lower) === unit) return true;
  return !VALUE_HEADS.has(head.lower) && h > s && DETERMINERS.has(toks[s]!.lower);
}

/** data/lexicon/quantity-gap-subject-suffixes.txt: endings of a lone lower-case noun that is a gapped clause's subject. */
const GAP_SUBJECT_SUFFIXES = [...readWordSet('quantity-gap-subject-suffixes.txt')];
function nounEnding(w: string): boolean {
  return /^[a-z]+$/.test(w) && GAP_SUBJECT_SUFFIXES.some((e) => w.length >= e.length + 3 && w.endsWith(e));
}

/**
 * "won 121 and the Liberal Democrats 72", "412 seats, the Conservatives 121": right after the sentence's count, a
 * coordinator, a short subject (a name or a noun, up to four words) and a figure that ends its clause.
 */
export function gappedCount(ctx: ScanContext, startTok: number, num: Num): { unit: string; rule: string } | undefined {
  const { toks } = ctx;
  const last = ctx.lastCount;
  const sent = toks[startTok]?.sent;
  if (!last || last.unit === '' || sent === undefined || last.sent !== sent || last.end >= startTok) return undefined;
  const c = toks[last.end + 1];
  if (!c || (c.lower !== 'and' && c.lower !== ',' && c.lower !== ';' && c.lower !== 'while')) return undefined;
  let k = last.end + 2;
  const the = toks[k]?.lower === 'the';
  if (the) k++;
  const words = startTok - k;
  if (words < 1 || words > 4) return undefined;
  for (let j = k; j < startTok; j++) if (toks[j]!.kind !== 'word' || COUNT_VERB_SET.has(toks[j]!.lower)) return undefined;
  // the subject opens with a name or a plural noun, not a verb or preposition; or it is a noun phrase after "the"
  // ("and the navy 12"), or one noun with the ending of a noun ("and approval 4.86 million")
  const head = toks[startTok - 1]!.lower;
  if (!/^\p{Lu}/u.test(toks[k]!.text) && !/s$/.test(head) && !the && !(words === 1 && nounEnding(head))) return undefined;
  const after = toks[num.end + 1];
  if (after && after.sent === sent && !CLAUSE_ENDS.has(after.lower)) return undefined;
  return { unit: last.unit, rule: 'count:gapped' };
}

const OF_RELATIVES = new Set(['those', 'these', 'them', 'whom', 'which']);
const SUBJECT_VERBS = new Set(['were', 'are', 'was', 'is', 'have', 'had', 'has', 'remain', 'remained', 'remains', 'died', 'fled', 'survived', 'lived', 'live']);
/**
 * A bare figure that opens a clause about what the sentence before counted: "The army has 500 tanks. About 200 are in
 * storage", "… 40 buses. By evening, 25 had reached the border", "300 new cases. Of those, 40 were in the capital",
 * "3,000 volunteers, of whom 1,500 received a placebo". The figure is the subject: a verb follows it.
 */
export function carriedSubject(ctx: ScanContext, startTok: number, num: Num): { unit: string; rule: string } | undefined {
  const { toks } = ctx;
  const last = ctx.lastCount;
  const sent = toks[startTok]?.sent;
  if (!last || last.unit === '' || sent === undefined || last.end >= startTok || last.sent < sent - 1 || num.words) return undefined;
  const v = toks[num.end + 1];
  if (!v || v.sent !== sent || v.kind !== 'word' || !(SUBJECT_VERBS.has(v.lower) || (v.text === v.lower && /^[a-z]{3,}ed$/.test(v.lower) && !NOT_COUNTING.has(v.lower)))) return undefined;
  if (last.unit !== 'person' && personVerbNear(toks, startTok, num)) return undefined;
  let k = indexBeforeBound(toks, startTok);
  // "only 4 are operational"
  if (toks[k]?.lower === 'only' || toks[k]?.lower === 'just') k--;
  const p = toks[k];
  // "…, of whom 1,500 received", "Of those, 40 were"
  // ("of whom" counts people, whatever the count before)
  if (p && OF_RELATIVES.has(p.lower) && toks[k - 1]?.lower === 'of' && p.sent === sent) return { unit: p.lower === 'whom' ? 'person' : last.unit, rule: 'count:of-relative' };
  if (p?.text === ',' && OF_RELATIVES.has(toks[k - 1]?.lower ?? '') && toks[k - 2]?.lower === 'of' && toks[k - 1]!.sent === sent) return { unit: toks[k - 1]!.lower === 'whom' ? 'person' : last.unit, rule: 'count:of-relative' };
  if (last.sent !== sent - 1) return undefined;
  // the figure opens its sentence, maybe after a short time phrase and a comma ("By evening, 25 had …")
  const first = !p || p.sent !== sent;
  let opener = false;
  if (p?.text === ',') {
    let j = k - 1;
    while (j >= 0 && toks[j]!.sent === sent && toks[j]!.kind === 'word' && j > k - 5) j--;
    opener = j < 0 || toks[j]!.sent !== sent;
  }
  return first || opener ? { unit: last.unit, rule: 'count:carried-subject' } : undefined;
}
