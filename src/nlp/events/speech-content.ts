// A statement typed by what it says: "said the verdict was 'political'" is also a CRITICIZE, "said the ruling showed
// that no one was above the law" a PRAISE, "said the two countries would have to 'prepare to pay'" a THREATEN, "said it
// could not support mass returns" a REJECT. The phrases are data (data/lexicon/events-speech-content.tsv); this step
// reads them in the reported words of a STATEMENT whose verb is a plain saying (events-words.tsv "content-saying"):
// the claims the statement's cue carries, less the speaker and the cue (so both "X said Y" and '"Y," X said'), or, with
// no claim, the clause after the verb. A phrase negated just before it says nothing ("said the ruling was not
// political"); a predicate needs its "be" ("was 'political'"; not "a political crisis"); a verdict word of the
// "actsubj" rows needs an act or a decision as its subject ("the verdict was political"; not "the motive was
// political"); a failure of the "agentsubj" rows needs an actor as its subject ("the government had lost control"; not
// "the driver lost control of the car"). Sorrow and shock ("said it was a tragedy") are no verdict and are not listed.
// The copy keeps the statement's arguments; a named party the praise or blame is about is its patient.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../core/shared.js';
import { dataRows as rows } from '../../core/data-rows.js';
import { type Ctx, type Draft, addArg, tokensStartAt } from './context.js';
import { eventWords } from './lexicon.js';
import { COPULA, NAMED_PARTY, gapAdverb } from './words.js';

type Slot = ReadonlySet<string> | '*';
interface Phrase {
  type: string;
  slots: Slot[];
  pred: boolean;
  actor: boolean;
  actsubj: boolean;
  agentsubj: boolean;
  /** With actsubj: a pointing subject ("this", "it"; events-words.tsv content-deictic-subjects) will do as well. */
  deictic: boolean;
  nocharge: boolean;
  /** The phrase holds its own negation ("no one * above the law", "could not support"). */
  negates: boolean;
}

const NEG = new Set(['not', "n't", 'no', 'never', 'nothing', 'without', 'whether', 'if', 'neither', 'nor', 'hardly']);
/** Words between "be" and a predicate ("was simply 'unaffordable'", "is a very dangerous"). */
const PRED_GAP = new Set(['so', 'very', 'too', 'quite', 'a', 'an', 'deeply', 'simply', 'totally', 'utterly', 'completely', 'entirely',
  'clearly', 'purely', 'highly', 'extremely', 'rather', 'really', 'just', 'also', 'still', 'now']);
/** Words before a fault noun that make it a charge named, not a verdict passed ("charged with negligence", "accused of"). */
const CHARGE_PREPS = new Set(['of', 'with', 'for', 'into', 'over']);
/** Words that end the subject of a reported clause going left ("said that", "said,", a quotation's opening). */
const CLAUSE_OPEN = new Set(['that', ',', ';', ':', 'and', 'but', 'because', 'as', 'while', 'when']);

let phrases: Map<string, Phrase[]> | undefined;
function load(): Map<string, Phrase[]> {
  if (phrases) return phrases;
  phrases = new Map();
  for (const [type, pattern, flagText] of rows(readFileSync(join(projectRoot, 'data', 'lexicon', 'events-speech-content.tsv'), 'utf8'))) {
    if (!type || !pattern) continue;
    const flags = new Set((flagText ?? '-').split(',').map((f) => f.trim()));
    for (const alt of pattern.split(';')) {
      const slots: Slot[] = alt.trim().split(/\s+/).map((w) => (w === '*' ? '*' : new Set(w.split('|'))));
      if (!slots.length || slots[0] === '*') continue;
      const p: Phrase = {
        type, slots, pred: flags.has('pred'), actor: flags.has('actor'), actsubj: flags.has('actsubj'), agentsubj: flags.has('agentsubj'),
        deictic: flags.has('deictic'), nocharge: flags.has('nocharge'), negates: slots.some((s) => s !== '*' && [...s].some((w) => NEG.has(w) || w === 'cannot' || /n't$/.test(w) || w === 'nobody' || w === 'no-one')),
      };
      for (const w of slots[0] as ReadonlySet<string>) {
        const list = phrases.get(w) ?? [];
        list.push(p);
        phrases.set(w, list);
      }
    }
  }
  return phrases;
}

/** The end (exclusive) of a match of `slots` from token k inside [k, hi), or -1. A gap holds up to three words. */
function matchAt(ctx: Ctx, slots: Slot[], i: number, k: number, hi: number): number {
  if (i === slots.length) return k;
  const s = slots[i]!;
  if (s === '*') {
    for (let g = 0; g <= 3 && k + g <= hi; g++) {
      if (g > 0) { const w = ctx.low[k + g - 1]!; if (w === '.' || w === ';' || w === ',' || w === ':') break; }
      const end = matchAt(ctx, slots, i + 1, k + g, hi);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (k >= hi || !s.has(ctx.low[k]!)) return -1;
  return matchAt(ctx, slots, i + 1, k + 1, hi);
}

const isQuote = (ctx: Ctx, k: number): boolean => ctx.toks[k]?.kind === 'QUOTE' || /^["“”'‘’]$/.test(ctx.low[k] ?? '');

/** A form of "be" before the predicate at k, gap words and quotation marks between, none negating; and before that
 * "be", past its auxiliaries ("have", "to", "been"; events-words.tsv content-be-aux) and adverbs, no modal, hedge
 * (content-hedges: "likely to be", "going to be") or negation: "would have been political", "won't be" (tokenized "wo"
 * "n't") and "was likely to be political" are a forecast or a guess, no verdict passed. */
function predicate(ctx: Ctx, k: number, lo: number): boolean {
  for (let j = k - 1, n = 0; j >= lo && n < 5; j--, n++) {
    const w = ctx.low[j]!;
    if (COPULA.has(w)) return !forecast(ctx, j, lo);
    if (NEG.has(w)) return false;
    if (!(PRED_GAP.has(w) || gapAdverb(w) || isQuote(ctx, j) || eventWords('content-pred-degree').has(w))) return false;
  }
  return false;
}

/** Whether the "be" at j is governed by a modal, a hedge or a negation, walking back over auxiliaries and adverbs. */
function forecast(ctx: Ctx, j: number, lo: number): boolean {
  const aux = eventWords('content-be-aux');
  const hedges = eventWords('content-hedges');
  for (let i = j - 1, n = 0; i >= lo && n < 6; i--, n++) {
    const w = ctx.low[i]!;
    // "must be a victory for all", "would be a mistake": a wish or a forecast, no verdict passed
    if (MODALS.has(w) || hedges.has(w) || NEG.has(w) || /n't$/.test(w)) return true;
    if (aux.has(w) || gapAdverb(w)) continue;
    return false;
  }
  return false;
}

/** The first token of the reported clause holding token k: back to "that", a comma, a quotation's start or `lo`. */
function clauseStart(ctx: Ctx, k: number, lo: number): number {
  let j = k - 1;
  for (let n = 0; j >= lo && n < 10; j--, n++) if (CLAUSE_OPEN.has(ctx.low[j]!) || (isQuote(ctx, j) && j === lo)) break;
  return Math.max(lo, j + 1);
}

/** Words that end a subject's head going right: prepositions, "be", modals, auxiliaries. */
const HEAD_ENDS = new Set(['of', 'for', 'in', 'on', 'to', 'over', 'against', 'by', 'with', 'at', 'from', 'about', 'which', 'that', 'who',
  ',', 'has', 'have', 'had', 'must', 'should', 'would', 'will', 'could', 'might', 'may', 'can']);
/** The token heading the subject that opens at cs, before the predicate at k: the word before the first of HEAD_ENDS or
 * of a form of "be". */
function subjectHead(ctx: Ctx, cs: number, k: number): number {
  let j = cs;
  while (j < k && !HEAD_ENDS.has(ctx.low[j]!) && !(COPULA.has(ctx.low[j]!) && !possessiveS(ctx, j, cs))) j++;
  j--;
  while (j >= cs && isQuote(ctx, j)) j--;
  return j;
}
/** An "'s" after a noun is a possessive ("the government's decision was"); after a pronoun it is "is" ("it's a mistake"). */
function possessiveS(ctx: Ctx, j: number, cs: number): boolean {
  return /^['’]s$/.test(ctx.low[j]!) && j > cs && !eventWords('content-deictic-subjects').has(ctx.low[j - 1]!) && !S_IS.has(ctx.low[j - 1]!);
}
const S_IS = eventWords('content-s-is-pronouns');
const MODALS = new Set(['must', 'should', 'would', 'will', 'wo', 'could', 'might', 'may', "'ll", 'shall', 'can', 'ca']);

/** The named parties in tokens [a, b) other than the speakers. */
function partiesIn(ctx: Ctx, a: number, b: number, speakers: readonly string[], named: boolean): string[] {
  const out: string[] = [];
  for (let k = a; k < b; k++) {
    const mi = ctx.ments.at[k]!;
    if (mi < 0) continue;
    const m = ctx.ments.list[mi]!;
    k = Math.max(k, m.t1);
    if (!NAMED_PARTY.has(m.type) || (named && m.pseudo)) continue;
    for (const id of m.ids) if (!speakers.includes(id) && !out.includes(id)) out.push(id);
  }
  return out;
}

/** For each token, the claims (by their index in doc.claims) whose attribution cue covers it: built once per call of
 * speechContent, so a statement looks up its own cue instead of scanning every claim. */
function claimsByCueToken(ctx: Ctx): Map<number, number[]> {
  const at = new Map<number, number[]>();
  (ctx.doc.claims ?? []).forEach((c, ci) => {
    for (const x of c.attribution ?? []) {
      if (!x.cueSpan) continue;
      for (let k = tokensStartAt(ctx.toks, x.cueSpan.start); k < ctx.toks.length && ctx.toks[k]!.start < x.cueSpan.end; k++) {
        const list = at.get(k) ?? [];
        if (list[list.length - 1] !== ci) list.push(ci);
        at.set(k, list);
      }
    }
  });
  return at;
}

/** Token ranges of what statement d reports: its claims less the speaker and the cue, else the clause after the verb. */
function reportedRanges(ctx: Ctx, d: Draft, byCue: Map<number, number[]>): Array<[number, number, Set<number>]> {
  const a = ctx.toks[d.t0]!.start, b = ctx.toks[d.t1]!.end;
  const out: Array<[number, number, Set<number>]> = [];
  const found = new Set<number>();
  for (let k = d.t0; k <= d.t1; k++) for (const ci of byCue.get(k) ?? []) found.add(ci);
  const claims = ctx.doc.claims ?? [];
  for (const ci of [...found].sort((x, y) => x - y)) {
    const c = claims[ci]!;
    const l = (c.attribution ?? []).find((x) => x.cueSpan && x.cueSpan.start < b && x.cueSpan.end > a);
    if (!l) continue;
    const t0 = tokensStartAt(ctx.toks, c.start);
    let t1 = t0;
    // a claim longer than 90 tokens is no reported clause to read: stop counting once it is past that
    while (t1 < ctx.toks.length && t1 - t0 <= 90 && ctx.toks[t1]!.end <= c.end) t1++;
    if (t1 - t0 > 90) continue;
    const skip = new Set<number>();
    for (const sp of [l.cueSpan, l.span]) {
      if (!sp) continue;
      for (let k = tokensStartAt(ctx.toks, sp.start); k < t1 && ctx.toks[k]!.start < sp.end; k++) skip.add(k);
    }
    out.push([t0, t1, skip]);
  }
  if (out.length) return out;
  const s1 = ctx.sentRange[d.sentence]?.[1] ?? d.t1 + 1;
  let e = d.t1 + 1;
  while (e < s1 && e < d.t1 + 40 && ctx.low[e] !== ';') e++;
  return [[d.t1 + 1, e, new Set()]];
}

/** Whether the statement's sentence or its reported words [lo, hi) hold a weather word. */
function weatherIn(ctx: Ctx, d: Draft, lo: number, hi: number, weather: ReadonlySet<string>): boolean {
  const [s0, s1] = ctx.sentRange[d.sentence] ?? [d.t0, d.t1 + 1];
  for (let k = Math.min(s0, lo); k < Math.max(s1, hi); k++) if (weather.has(ctx.low[k] ?? '')) return true;
  return false;
}

/** Speech-act copies of the plain statements in `drafts` whose reported words pass a verdict, threaten or refuse. */
export function speechContent(ctx: Ctx, drafts: Draft[]): Draft[] {
  const saying = eventWords('content-saying');
  const acts = eventWords('content-acts');
  const deictic = eventWords('content-deictic-subjects');
  const itExtraposed = eventWords('content-it-extraposed-next');
  const weather = eventWords('content-weather-words');
  const sides = eventWords('own-side-nouns');
  const index = load();
  let byCue: Map<number, number[]> | undefined;
  const out: Draft[] = [];
  // the types each sentence already holds, once per call ("type|sentence"), not a scan of every draft per phrase tried
  const held = new Set<string>();
  for (const x of drafts) held.add(x.type + '|' + x.sentence);
  for (const d of drafts) {
    out.push(d);
    if (d.type !== 'STATEMENT' || d.noun || d.t0 !== d.t1 || !saying.has(ctx.low[d.t0]!)) continue;
    const speakers = d.args.get('agent') ?? [];
    if (!speakers.length) continue;
    const have = (type: string): boolean => held.has(type + '|' + d.sentence);
    const made = new Set<string>();
    for (const [lo, hi, skip] of reportedRanges(ctx, d, (byCue ??= claimsByCueToken(ctx)))) {
      for (let k = lo; k < hi; k++) {
        if (skip.has(k)) continue;
        const list = index.get(ctx.low[k]!);
        if (!list) continue;
        for (const p of list) {
          if (made.has(p.type) || have(p.type)) continue;
          const end = matchAt(ctx, p.slots, 0, k, hi);
          if (end < 0) continue;
          let span = false;
          for (let j = k; j < end; j++) if (skip.has(j)) span = true;
          // another speaker's verb between this statement's verb and the phrase: the words are that speaker's ("X said
          // the deal was historic, while Y said it could not support it")
          for (let j = Math.min(k, d.t0); j < Math.max(end, d.t1 + 1) && !span; j++) if (ctx.stmt[j] && (j < d.t0 || j > d.t1)) span = true;
          if (span) continue;
          const cs = clauseStart(ctx, k, lo);
          // a negation anywhere in the phrase's clause before it ("was not going to be political", "did not think it
          // was political"), not only in the three words before it
          if (!p.negates) {
            let neg = false;
            for (let j = Math.min(cs, k - 3); j < k && !neg; j++) if (j >= lo && (NEG.has(ctx.low[j]!) || /n't$/.test(ctx.low[j]!))) neg = true;
            if (neg) continue;
          }
          if (p.nocharge && (CHARGE_PREPS.has(ctx.low[k - 1] ?? '') || CHARGE_PREPS.has(ctx.low[k - 2] ?? ''))) continue;
          if (p.pred && !predicate(ctx, k, lo)) continue;
          // the subject's head: the word before its first preposition or its verb ("the motive for the attack was": motive)
          // the reported clause opens after the speaker and the cue when the claim holds them
          let ss = cs;
          for (let j = cs; j < k; j++) if (skip.has(j)) ss = j + 1;
          if (p.actsubj) {
            const head = ctx.low[subjectHead(ctx, ss, k)] ?? '';
            if (!acts.has(head) && !(p.deictic && deictic.has(head))) continue;
            if (!acts.has(head)) {
              // "it was a failure of the pumps that flooded the tunnel", "it is unacceptable to …": a cleft's or an
              // extraposed clause's "it" points at nothing
              if (head === 'it' && itExtraposed.has(ctx.low[end] ?? '')) continue;
              // a pointing subject where the weather is spoken of points at the weather ("'It was appalling,' she said,
              // describing the storm"; "it was a welcome rain")
              if (weatherIn(ctx, d, lo, hi, weather)) continue;
            }
          }
          let subj: string[] = [];
          if (p.agentsubj) {
            // the subject is the reported clause's own: it starts after the speaker and the cue when the claim holds
            // them ("John Doe said the weather was brilliant": the weather, not John Doe), and a speaker is no subject
            subj = partiesIn(ctx, ss, k, speakers, true);
            let ok = partiesIn(ctx, ss, k, speakers, false).length > 0;
            for (let j = ss; j < k && !ok; j++) if (sides.has(ctx.low[j]!) || ctx.low[j] === 'we' || ctx.low[j] === 'they') ok = true;
            if (!ok) continue;
          }
          const about = p.actor ? partiesIn(ctx, end, Math.min(hi, end + 8), speakers, true) : [];
          if (p.actor && !about.length) continue;
          const args = new Map<string, string[]>();
          for (const [role, ids] of d.args) args.set(role, [...ids]);
          const copy: Draft = { ...d, type: p.type, args, rule: [...d.rule, 'speech-content:' + ctx.low[k]!], nestedAt: undefined };
          // the party praised or blamed: named after the phrase, else the reported clause's named subject ("said Messi
          // was brilliant")
          // ... else the first named party of the phrase's clause ("said OPEC's decision was short-sighted", "said the
          // ruling against Acme was unjust"): what the verdict is passed on belongs to someone
          let whom = about.length ? about : subj;
          if (!whom.length) whom = partiesIn(ctx, ss, Math.min(hi, end + 8), speakers, true).filter((id) => ![...skip].some((j) => ctx.ments.at[j]! >= 0 && ctx.ments.list[ctx.ments.at[j]!]!.ids.includes(id)));
          if (whom.length && (p.type === 'PRAISE' || p.type === 'CRITICIZE')) addArg(copy, 'patient', whom.slice(0, 1));
          out.push(copy);
          made.add(p.type);
        }
      }
    }
  }
  return out;
}
