// Attribution: finds reporting frames (source + cue + content) over tokens, then cuts each sentence into
// claims and gives every claim the chain of frames whose content holds it, outermost first.
import type { Claim } from '../../core/types.js';
import type { NlpDoc } from '../doc.js';
import { cacheDocTokens, findQuotes, sentencesOf, tokenize, type Tok } from '../claims/text.js';
import { indexMentions, isOutletKind } from '../claims/sources.js';
import * as entitiesModule from '../entities/index.js';
import { qindex, type Frame, type Ctx, type SentCtx } from './frame.js';
import { findFrames } from './find.js';
import { sentenceBoundaries, trimPiece, contentOf, truncateAtCoordination, firstTokenAt, type Piece } from './pieces.js';
import { chainFor, chainFrames } from './chain.js';
import { joinSplitSubjects } from './split-subject.js';
import { attachOrphanQuotes } from './orphan-quotes.js';
import { namesOutlet } from './own-outlet.js';
import { isComma, isPunct } from './frame.js';
import { withheldSaying } from './active.js';
import { WH_CLAUSE, IRR_PAST, SPEECH, NPOBJ, DET, PRON, FINITE } from './words.js';
import { CONTENT_NOUNS } from '../certainty/lexicon.js';
import { attributionWords } from './data-words.js';
import { lowerBound } from '../../core/lower-bound.js';

const RELATIVE = /^(who|which|whose)$/;

/** Subordinators whose clause is a proposition of its own ("because the dam could burst", ", where fighting may resume"). */
const SUB_OPENERS = new Set(['because', 'where', 'which', 'who', 'although', 'though', 'whereas', 'while', 'as', 'unless']);
/** Words opening a non-restrictive relative clause after a comma; quantifiers before "of whom"/"of which". */
const RELATIVE_WORDS = new Set(['which', 'who', 'whose', 'where']);
const RELATIVE_QUANT = new Set(['most', 'many', 'some', 'all', 'none', 'several', 'half', 'both', 'each', 'one', 'two', 'three', 'few', 'majority']);
/** Modal and hedge words that make such a clause's certainty differ from its main clause's. */
const CLAUSE_HEDGES = new Set(['may', 'might', 'could', 'possibly', 'perhaps', 'probably', 'likely', 'unlikely']);
/**
 * Modals of the future that make a relative clause's status differ from its main clause's ("…, which will run until
 * May", "an expansion that would turn the bloc into …"). "would" only where nothing before it in the piece is hedged:
 * a conditional takes its certainty from a hedged clause around it ("the samples could contain old rock, which would
 * differ from …" is as possible as the samples' rock); see hedgedBefore.
 */
const CLAUSE_FUTURE = new Set(['will', "'ll", 'shall', 'would']);
/** Modals that, right after a relative "that", open a clause of its own ("a step that could ease the crisis"). */
const THAT_MODALS = new Set([...CLAUSE_HEDGES, ...CLAUSE_FUTURE].filter((w) => !/ly$|^perhaps$/.test(w)));
/** A hedge word among the piece's tokens before `i`: a "would" after it is conditional on that hedge. */
const hedgedBefore = (toks: Tok[], p: Piece, i: number): boolean => {
  for (let j = firstTokenAt(toks, p.s); j >= 0 && j < i; j++) if (toks[j]!.w && CLAUSE_HEDGES.has(toks[j]!.l)) return true;
  return false;
};
/** Prepositions before a bare noun phrase ("with add-ons that could …"). */
const NP_PREPS = new Set(['with', 'without', 'in', 'on', 'at', 'for', 'from', 'of', 'into', 'beneath', 'under', 'over', 'about', 'against', 'among', 'between', 'through', 'across']);
/** Nouns whose "that" clause is their content, not a relative ("fears that it could spread"): left to the certainty stage. */
const CONTENT_NOUN = new Set(CONTENT_NOUNS);

/**
 * The start of the noun phrase before a relative "that" at `i` followed by a modal ("…, a step that could ease",
 * "beneath a hot-air balloon that will rise", "with add-ons that could raise"): the phrase runs back over lower-case
 * words to its determiner, or to a comma or preposition before it, at most five words. Undefined when a word on the
 * way is a verb, a name or a cue, or the phrase has neither a determiner nor a comma or preposition before it, so
 * that a verb's complement ("warned that prices could rise", "said that it would") is never taken for one.
 */
function relativeThatHead(toks: Tok[], i: number): number | undefined {
  const next = toks[i + 1];
  if (toks[i]!.l !== 'that' || !next?.w || !THAT_MODALS.has(next.l) || i < 2 || CONTENT_NOUN.has(toks[i - 1]!.l)) return undefined;
  for (let j = i - 1; j >= 0 && j >= i - 5; j--) {
    const x = toks[j]!;
    if (!x.w) return j < i - 1 && isComma(x) ? j + 1 : undefined;
    if (DET.has(x.l)) return j < i - 1 ? j : undefined;
    if (NP_PREPS.has(x.l)) return j < i - 1 ? j + 1 : undefined;
    if (x.cap || SPEECH.has(x.l) || FINITE.has(x.l) || PRON.has(x.l) || IRR_PAST.has(x.l) || /(ed|ing)$/.test(x.l) || /^(so|such|now|given|except)$/.test(x.l)) return undefined;
  }
  return undefined;
}

/**
 * "Officials evacuated the town because the dam could burst", "troops were sent to the border, where fighting may
 * resume": a subordinate clause holding a modal hedge is a proposition of its own, nested in its piece, so that its
 * possibility is read as its own and the main clause's certainty as the main clause's (a claim's own words exclude
 * the claims nested in it). The clause runs from the word after the subordinator to the next comma, semicolon or
 * the piece's end; "which"/"who" only after a comma (a non-restrictive clause), "as" only before a subject.
 */
function hedgedSubClauses(text: string, toks: Tok[], pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    // (only the piece's own tokens, from the first starting after its start: every token of the sentence for every
    // piece was quadratic in a sentence of many pieces)
    const i0 = firstTokenAt(toks, p.s + 1);
    for (let i = i0; i0 >= 0 && i < toks.length && toks[i]!.s < p.e; i++) {
      const t = toks[i]!;
      if (t.s <= p.s || t.e > p.e || !t.w) continue;
      // "He did not say when they would be published": the open question after a saying withheld is a proposition
      // of its own (its "would" is its own, not the outlet's main clause's)
      const asked = WH_CLAUSE.has(t.l) && i >= 2 && withheldSaying(toks, i - 1, i - 1);
      // "a step that could ease the crisis": a relative "that" with a modal, from the start of its noun phrase
      const head = relativeThatHead(toks, i);
      // "…, which ended three years ago", "…, whose dormitory was struck", "…, most of whom fled": a non-restrictive
      // relative clause with a verb of its own is background of its own tense (its status is not the main clause's)
      const ofWhom = (t.l === 'whom' || t.l === 'which') && toks[i - 1]?.l === 'of' && !!toks[i - 2]?.w && isComma(toks[i - 3]) && RELATIVE_QUANT.has(toks[i - 2]!.l);
      const nonRestr = (RELATIVE_WORDS.has(t.l) && isComma(toks[i - 1])) || ofWhom;
      if (!SUB_OPENERS.has(t.l) && !asked && head === undefined && !nonRestr) continue;
      if ((t.l === 'which' || t.l === 'who') && !isComma(toks[i - 1])) continue;
      const n = toks[i + 1];
      if (t.l === 'as' && !(n?.w && (/^(the|a|an|its|their|his|her|this|these|those|it|they|he|she|we|more|many|some)$/.test(n.l) || n.cap))) continue;
      // a non-restrictive relative clause ("…, which will run until May", "…, where talks will resume") or a relative
      // "that" differs from its main clause also by a future modal: its status is its own
      const relative = t.l === 'which' || t.l === 'who' || t.l === 'where' || head !== undefined;
      const conditional = hedgedBefore(toks, p, i);
      let k = i + 1;
      let hedged = false;
      let verb = false;
      while (k < toks.length && toks[k]!.e <= p.e && !isComma(toks[k]) && !isPunct(toks[k], ';') && !isPunct(toks[k], '.')) {
        if (toks[k]!.w && (CLAUSE_HEDGES.has(toks[k]!.l) || (relative && CLAUSE_FUTURE.has(toks[k]!.l) && !(conditional && toks[k]!.l === 'would')))) hedged = true;
        if (toks[k]!.w && !toks[k]!.cap && (FINITE.has(toks[k]!.l) || IRR_PAST.has(toks[k]!.l) || /ed$/.test(toks[k]!.l))) verb = true;
        k++;
      }
      // (not after a hedge in the piece: "could contain old rock, which would differ from …" stays as possible as it)
      const tensed = nonRestr && verb && !hedged && !conditional;
      if ((!hedged && !asked && !tensed) || k - i < 4) continue;
      const a = tensed ? toks[ofWhom ? i - 2 : i]!.s : head !== undefined ? toks[head]!.s : (t.l === 'which' || t.l === 'who' || asked) ? t.s : toks[i + 1]!.s;
      const q = trimPiece(text, toks, a, toks[k - 1]!.e);
      if (q && q.s > p.s && q.e <= p.e && !pieces.some((x) => x.s === q.s && x.e === q.e)) out.push(tensed ? { ...q, background: true } : q);
      i = k - 1;
    }
  }
  return out;
}

/**
 * '"We lost the house, but we are alive," she said': a quotation cut into clauses at a comma and a conjunction (or a
 * semicolon or dash) is also cited whole, as written: the whole quotation is a claim of its own, with its clauses
 * nested in it (each keeps its own certainty; the whole one is what a reader quotes). Only where no frame's words or
 * content edge fall inside the quotation (a quotation holding its own reporting frame stays cut) and the quotation
 * has four words or more.
 */
function splitQuotations(text: string, toks: Tok[], quotes: Array<[number, number]>, rel: Frame[], pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  if (!toks.length) return out;
  const s0 = toks[0]!.s, s1 = toks[toks.length - 1]!.e;
  for (const [a, b] of quotes) {
    if (a < s0 || b > s1) continue;
    const inner = toks.filter((t) => t.w && t.s > a && t.e < b);
    if (inner.length < 4) continue;
    const fs = inner[0]!.s, le = inner[inner.length - 1]!.e;
    const inside = (c: number): boolean => c > fs && c < le;
    // a piece edge inside the quotation: it was cut
    if (!pieces.some((p) => (inside(p.s) || inside(p.e)) && p.s < b && p.e > a)) continue;
    if (pieces.some((p) => p.s <= fs && p.e >= le)) continue;
    if (rel.some((f) => inside(f.material[0]) || inside(f.material[1]) || f.content.some(([x, y]) => inside(x) || inside(y)))) continue;
    const q = trimPiece(text, toks, a, b);
    if (q && !pieces.some((p) => p.s === q.s && p.e === q.e)) out.push(q);
  }
  return out;
}

/**
 * Claims cut out as a non-restrictive relative clause of their own tense ("…, which ended three years ago"): their
 * status is their own, their certainty the clause's around them (the certainty stage copies it: "…, which carries an
 * estimated $400 million a day", "…, which is set to resume next month" are told as fact, as the sentence is).
 */
export const BACKGROUND_CLAUSES = new WeakSet<Claim>();

export function buildClaims(doc: NlpDoc): Claim[] {
  const text = doc.text;
  const sents = sentencesOf(doc);
  const quotes = findQuotes(text);
  const qx = qindex(quotes);
  const ctx: Ctx = { doc, text, sents, mix: indexMentions(doc) };
  const r = (entitiesModule as Record<string, unknown>).resolvePronoun;
  if (typeof r === 'function' && doc.entities.length) ctx.resolver = r as Ctx['resolver'];
  const sentToks: Tok[][] = [];
  // (the certainty stage reads the tokens as written: the split below is the frame finder's alone)
  const plainToks: Tok[][] = [];
  const frames: Frame[] = [];
  for (let si = 0; si < sents.length; si++) {
    const s = sents[si]!;
    const plain = tokenize(text, s.start, s.end);
    plainToks.push(plain);
    const toks = splitContractions(plain);
    sentToks.push(toks);
    const sc: SentCtx = { si, toks, frames: [], quotes: qx };
    findFrames(ctx, sc);
    truncateAtCoordination(sc);
    frames.push(...sc.frames);
  }
  cacheDocTokens(doc, text, plainToks);
  // quotes with no frame: carry the previous quote's speaker (same or next paragraph)
  const quoteFrames = attachOrphanQuotes(frames, quotes, sents, text);
  frames.push(...quoteFrames);
  const claims: Claim[] = [];
  // frames touching each sentence (content overlap or material inside), found by binary search
  const perSent: Frame[][] = sents.map(() => []);
  const sentAt = (off: number): number => {
    // the last sentence starting at or before off, the first when none does
    return Math.max(0, lowerBound(sents.length, (m) => sents[m]!.start <= off) - 1);
  };
  for (const f of frames) {
    const hit = new Set<number>();
    for (const [a, b] of f.content) for (let k = sentAt(a); k < sents.length && sents[k]!.start < b; k++) if (sents[k]!.end > a) hit.add(k);
    const m = sentAt(f.material[0]);
    if (sents[m] && f.material[0] >= sents[m]!.start && f.material[1] <= sents[m]!.end) hit.add(m);
    for (const k of hit) perSent[k]!.push(f);
  }
  for (let si = 0; si < sents.length; si++) {
    const s = sents[si]!;
    if (s.kind === 'BYLINE' || s.kind === 'DATELINE') continue;
    const toks = sentToks[si]!;
    if (!toks.length) continue;
    const rel = perSent[si]!.sort((a, b) => a.content[0]![0] - b.content[0]![0]);
    const cuts = new Set<number>(sentenceBoundaries(toks, quotes));
    const blocked: Array<{ m: [number, number]; f: Frame }> = [];
    for (const f of rel) {
      for (const [a, b] of f.content) { if (a > s.start && a < s.end) cuts.add(a); if (b > s.start && b < s.end) cuts.add(b); }
      if (f.material[1] > f.material[0] && f.material[0] >= s.start && f.material[0] < s.end) {
        cuts.add(f.material[0]); cuts.add(f.material[1]);
        blocked.push({ m: f.material, f });
      }
    }
    const pts = [s.start, ...[...cuts].filter((c) => c > s.start && c < s.end).sort((a, b) => a - b), s.end];
    const pieces: Piece[] = [];
    // the frames' words sorted by start, with the furthest end so far: the words holding a piece are found by walking
    // back from the last start at or before it while some end still reaches it (not every frame's words per piece)
    const byStart = blocked.slice().sort((u, v) => u.m[0] - v.m[0]);
    const reach: number[] = [];
    for (let i = 0; i < byStart.length; i++) reach.push(Math.max(i ? reach[i - 1]! : -Infinity, byStart[i]!.m[1]));
    // (another frame's content inside the words and around the piece: the contents sorted by start, only those
    // starting in (x, a] looked at, not every frame's)
    const inner: Array<{ p: number; q: number; g: Frame }> = [];
    for (const g of rel) for (const [p, q] of g.content) inner.push({ p, q, g });
    inner.sort((u, v) => u.p - v.p);
    const holds = ({ m: [x, y], f }: { m: [number, number]; f: Frame }, a: number, b: number): boolean => {
      if (!(a >= x && b <= y)) return false;
      const lo = lowerBound(inner.length, (m) => inner[m]!.p <= x);
      for (let i = lo; i < inner.length && inner[i]!.p <= a; i++) {
        const { p, q, g } = inner[i]!;
        if (g !== f && p > x && q <= y && p <= a && b <= q) return false;
      }
      return true;
    };
    const inFrameWords = (a: number, b: number): boolean => {
      const lo = lowerBound(byStart.length, (m) => byStart[m]!.m[0] <= a);
      for (let i = lo - 1; i >= 0 && reach[i]! >= b; i--) if (holds(byStart[i]!, a, b)) return true;
      return false;
    };
    for (let i = 0; i + 1 < pts.length; i++) {
      const a = pts[i]!, b = pts[i + 1]!;
      // frame words are no claim, unless another frame's content inside them holds the piece ("Cruz, who says C, said …")
      if (inFrameWords(a, b)) continue;
      const p = trimPiece(text, toks, a, b);
      if (p) pieces.push(p);
    }
    // a non-restrictive relative clause among a frame's words is the outlet's background, a claim of its own: "The
    // airline, which operates 300 flights a day, said …", '"…," said Ana Ruiz, who has led the agency since 2019.'
    // (the contents sorted by start, with the furthest end so far: whether a clause overlaps any frame's content is
    // one binary search, not a look at every frame's, for every clause of every frame's words)
    const innerReach: number[] = [];
    for (let i = 0; i < inner.length; i++) innerReach.push(Math.max(i ? innerReach[i - 1]! : -Infinity, inner[i]!.q));
    const overlapsContent = (a: number, b: number): boolean => {
      const n = lowerBound(inner.length, (m) => inner[m]!.p < b);
      return n > 0 && innerReach[n - 1]! > a;
    };
    // (a token once read whole, its clause ending inside the words and no frame's cue in it, reads alike for every
    // frame whose words hold it: it is skipped for the frames after, so nested frames' words, each running on to the
    // sentence's end, are read once in all, not once per frame. Only the last relative word in a frame's words can
    // have its clause cut by their end, and that one is read again for each frame it was skipped for.)
    const next = Array.from({ length: toks.length + 1 }, (_, i) => i);
    const open = (i: number): number => { let r = i; while (next[r] !== r) r = next[r]!; while (next[i] !== r) { const n = next[i]!; next[i] = r; i = n; } return r; };
    // (each relative word with the index of the stop ending its clause when nothing cuts it)
    const relatives: number[] = [], stops: number[] = [];
    for (let i = toks.length - 1, stop = toks.length; i >= 1; i--) {
      if (RELATIVE.test(toks[i]!.l) && isComma(toks[i - 1])) { relatives.push(i); stops.push(stop); }
      if (isComma(toks[i]) || isPunct(toks[i], '.') || isPunct(toks[i], ';')) stop = i;
    }
    relatives.reverse(); stops.reverse();
    /** The background clause opened by the relative word at i inside words ending at y; true when it reads alike for every frame. */
    const relativeClause = (i: number, y: number, f: Frame): boolean => {
      let k = i + 1;
      while (k < toks.length && toks[k]!.e <= y && !isComma(toks[k]) && !isPunct(toks[k], '.') && !isPunct(toks[k], ';')) k++;
      // the frame's own cue inside the clause ("Jones, who told reporters …") makes it the frame, not background
      if (f.sent === si && f.cue >= i && f.cue < k) return false;
      const whole = k === toks.length || toks[k]!.e <= y;
      const a = toks[i]!.s, b = toks[k - 1]!.e;
      if (overlapsContent(a, b)) return whole;
      const p = trimPiece(text, toks, a, b);
      if (p && toks.slice(i, k).filter((z) => z.w).length >= 3) pieces.push(p);
      return whole;
    };
    for (const { m: [x, y], f } of blocked) {
      // (only the tokens inside the frame's words: tokens are in text order, so they start at the first token at x
      // and end before the first ending after y)
      const i0 = firstTokenAt(toks, x);
      if (i0 < 0) continue;
      const from = Math.max(1, i0);
      for (let i = open(from); i < toks.length && toks[i]!.e <= y; i = open(i + 1)) {
        if (!RELATIVE.test(toks[i]!.l) || !isComma(toks[i - 1])) next[i] = i + 1;
        else if (relativeClause(i, y, f)) next[i] = i + 1;
      }
      const r = lowerBound(relatives.length, (m) => toks[relatives[m]!]!.e <= y) - 1;
      const last = relatives[r];
      if (last !== undefined && last >= from && next[last] !== last && toks[stops[r]! - 1]!.e > y) relativeClause(last, y, f);
    }
    pieces.sort((p, q) => p.s - q.s);
    pieces.push(...hedgedSubClauses(text, toks, pieces));
    pieces.sort((p, q) => p.s - q.s);
    // "Most of the victims, police said, were women": the subject and its predicate around the frame are one claim
    const joined = joinSplitSubjects(toks, rel, si, pieces);
    pieces.length = 0;
    pieces.push(...joined);
    // extend the first piece of a frame's content back to its claimStart (keeps "AAA said" with its claim)
    for (const f of rel) {
      if (f.claimStart === undefined || f.sent !== si) continue;
      const c0 = f.content[0]![0];
      const p = pieces.find((x) => x.s >= c0 && x.s < c0 + 4 || (x.s <= c0 && x.e > c0));
      if (p && f.claimStart < p.s) p.s = f.claimStart;
      else if (!p) {
        const q = pieces.find((x) => x.s >= f.claimStart! && x.s <= c0);
        if (q) q.s = f.claimStart;
        // a one-word answer ("the candidate said no"): the claim keeps its frame words
        else {
          const c1 = f.content[0]![1];
          if (c1 <= s.end && c1 > c0 && /^(yes|no|so|not)$/i.test(text.slice(c0, c1).trim()) && !pieces.some((x) => x.s < c1 && f.claimStart! < x.e)) {
            pieces.push({ s: f.claimStart, e: c1 });
            pieces.sort((x, y) => x.s - y.s);
          }
        }
      }
    }
    pieces.push(...splitQuotations(text, toks, quotes, rel, pieces));
    pieces.sort((p, q) => p.s - q.s);
    // merge around an embedded local frame: "X, believed to be Y, did Z" → keep Z's clause whole
    const seen = new Set<string>();
    const chained = chainFrames(rel);
    // (the frames whose claim starts at each offset, in rel's order: contentOf reads only those)
    const byClaimStart = new Map<number, Frame[]>();
    for (const f of rel) if (f.claimStart !== undefined) { const l = byClaimStart.get(f.claimStart); if (l) l.push(f); else byClaimStart.set(f.claimStart, [f]); }
    for (const p of pieces) {
      const key = `${p.s}:${p.e}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const content = p.probe ?? contentOf(byClaimStart.get(p.s) ?? [], p);
      // (a closing mark kept with the punctuation inside it, 'called him a "liar,"', is no content beyond the frame's)
      const tail = /[,.!?]?["”’]$/.exec(text.slice(content.s, content.e));
      const found = chainFor(chained, content.s, tail ? content.e - tail[0].length : content.e, text);
      // the outlet reporting its own interview or story is its own voice, no link: "he told the BBC" in a BBC report
      // and "we" outside a quotation is the outlet too ("Here is what we know:")
      const links = found.links.filter((l) => !(isOutletKind(l.kind) && namesOutlet(l.source, doc.info.outlet))
        && !(!!l.span && /^(we|us|i)$/i.test(text.slice(l.span.start, l.span.end)) && !quotes.some(([a, b]) => a <= l.span!.start && l.span!.end <= b)));
      const rule = found.rule;
      const claim: Claim = {
        id: '', start: p.s, end: p.e, text: text.slice(p.s, p.e), attribution: links,
        certainty: 'CERTAIN', polarity: 'POSITIVE', status: 'PAST', hedges: [], events: [], times: [], quantities: [], rule,
      };
      if (p.background) BACKGROUND_CLAUSES.add(claim);
      claims.push(claim);
    }
  }
  claims.sort((a, b) => a.start - b.start || b.end - a.end);
  claims.forEach((c, i) => { c.id = `c${i + 1}`; });
  return claims;
}

const CONTRACTED_SUBJECT = attributionWords('contractedSubjectPronouns');
/** "'re" → "are": each fused auxiliary and the word it stands for. */
const CONTRACTED_AUX = new Map([...attributionWords('contractedAuxiliaries')].map((w) => w.split(':') as [string, string]));
/**
 * A subject pronoun fused with its auxiliary ("He's said that …", "They've warned …", "She'd argued …", "He’s
 * insisting …") as two tokens, the pronoun and the auxiliary, so the frame finders see the pronoun as the cue's
 * subject ("He's" was a name-like word: no frame, or a source "He'd" of kind ORG). The auxiliary keeps its text and
 * offsets and is read (`l`) as the word it stands for: "'s" is "has" before a past form of a cue ("He's said",
 * "she's warned": not the passive "is said"), else "is" ("he's insisting", "she's confident"); "'d" is "had" before
 * a past form, else "would". The list is returned as is when no token splits.
 */
export function splitContractions(toks: Tok[]): Tok[] {
  let out: Tok[] | undefined;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const q = t.w ? t.l.indexOf("'") : -1;
    const aux = q > 0 && CONTRACTED_SUBJECT.has(t.l.slice(0, q)) ? CONTRACTED_AUX.get(t.l.slice(q)) : undefined;
    if (!aux) { out?.push(t); continue; }
    out ??= toks.slice(0, i);
    const at = t.s + q;
    const nx = toks[i + 1];
    const past = !!nx && nx.w && !nx.cap && (IRR_PAST.has(nx.l) || /ed$/.test(nx.l));
    const l = aux === 'is' && past && (SPEECH.has(nx.l) || NPOBJ.has(nx.l) || nx.l === 'been') && !/^(to|by)$/.test(toks[i + 2]?.l ?? '') ? 'has'
      : aux === 'would' && past ? 'had' : aux;
    out.push({ ...t, e: at, t: t.t.slice(0, q), l: t.l.slice(0, q) });
    out.push({ s: at, e: t.e, t: t.t.slice(q), l, cap: false, w: true, q: false });
  }
  return out ?? toks;
}
