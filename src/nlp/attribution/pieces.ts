// Cutting sentences into claim pieces: clause boundaries, trimming, coordination limits.
import type { Tok } from '../claims/text.js';
import { S, CONJ, SPEECH, FINITE, IRR_PAST, DET, CUE_ADV } from './words.js';
import { coordinatedVerbPhrase } from './vp-split.js';
import { isPunct, isComma, type Frame, type SentCtx } from './frame.js';
import { lowerBound } from '../../core/lower-bound.js';

/** A claim piece; `probe` (a joined piece: split-subject.ts) is the range its chain is read from. */
export interface Piece { s: number; e: number; probe?: { s: number; e: number }; background?: boolean }


export function sentenceBoundaries(toks: Tok[], quotes: ReadonlyArray<readonly [number, number]> = []): number[] {
  // char offsets where a new clause-level piece starts
  const out: number[] = [];
  for (let i = 1; i < toks.length; i++) {
    const p = toks[i - 1]!;
    const t = toks[i]!;
    if (isPunct(p, ';')) out.push(t.s);
    else if (isComma(p) && CONJ.has(t.l) && t.l !== 'as' && !(t.l === 'so' && /^(far|much|many|long|that|as)$/.test(toks[i + 1]?.l ?? ''))) {
      // ", and" only when a clause follows (not the last item of a list)
      // (inside a quotation the list ends at its closing mark: 'said he was "stunned, outraged, and saddened," adding …')
      const q = quotes.find(([a, b]) => a < t.s && t.e < b);
      const rest = q ? toks.filter((x, k) => k >= i && x.e < q[1] && x.w).length + 1 : toks.length - i;
      if (t.l === 'and' && rest < 5) continue;
      if (t.l === 'and' && toks[i + 1] && (toks[i + 1]!.l === 'that')) { out.push(t.s); continue; }
      out.push(t.s);
    } else if (t.l === 'that' && (p.l === 'and' || p.l === 'but') && !isComma(toks[i - 2])) out.push(p.s);
    else if (t.l === 'that' && (p.l === 'and' || p.l === 'but')) out.push(p.s);
    else if ((isPunct(p, '—') || isPunct(p, '–')) && t.w) out.push(t.s);
    // "was arrested in 2021 and remains in prison": a second verb phrase in another tense is its own proposition
    else if (coordinatedVerbPhrase(toks, i)) out.push(t.s);
  }
  return out;
}

// ("since", "before" and "though" end clauses as adverbs: "has not been upgraded since")
const DANGLING = S(['as', 'after', 'when', 'while', 'because', 'until', 'and', 'but', 'whereas', 'although']);

export function trimPiece(text: string, toks: Tok[], s: number, e: number): Piece | null {
  // shrink to whole tokens with words at both ends (quotes kept when paired inside)
  // (the first token ending after s and the last starting before e, by binary search over tokens in text order:
  // a scan from the sentence's ends for each piece was quadratic in a long sentence of many pieces)
  let i = lowerBound(toks.length, (m) => toks[m]!.e <= s);
  let j = lowerBound(toks.length, (m) => toks[m]!.s < e) - 1;
  while (i <= j && (!toks[i]!.w || CONJ.has(toks[i]!.l) && toks[i]!.l !== 'with' || toks[i]!.l === 'that' && !toks[i]!.cap)) i++;
  while (j >= i && !toks[j]!.w && toks[j]!.t !== '%' && toks[j]!.t !== ')') j--;
  // a subordinator left dangling before a cut ("The ruling came as | the government said …")
  while (j > i && toks[j]!.w && DANGLING.has(toks[j]!.l)) { j--; while (j >= i && !toks[j]!.w && toks[j]!.t !== '%' && toks[j]!.t !== ')') j--; }
  if (j < i) return null;
  let words = 0;
  for (let k = i; k <= j; k++) if (toks[k]!.w) words++;
  if (words < 2) return null;
  return wholeQuotation(text, toks, i, j) ?? { s: toks[i]!.s, e: closingQuoteEnd(text, toks, s, j) };
}

/**
 * '"We lost everything," said Ana': a piece that is a whole quotation keeps its marks (and the punctuation inside the
 * closing one), as a quotation is written and cited. Only double marks right before the first word and right after
 * the last (one mark of punctuation between allowed), with no other mark between them.
 */
function wholeQuotation(text: string, toks: Tok[], i: number, j: number): Piece | undefined {
  const o = toks[i - 1];
  if (!o || o.e !== toks[i]!.s || (o.t !== '"' && o.t !== '“')) return undefined;
  let k = j + 1;
  if (toks[k] && toks[k]!.s === toks[j]!.e && /^[,.!?]$/.test(toks[k]!.t)) k++;
  const c = toks[k];
  if (!c || c.s !== toks[k - 1]!.e || (o.t === '"' ? c.t !== '"' : c.t !== '”')) return undefined;
  if (/["“”]/.test(text.slice(o.e, c.s))) return undefined;
  return { s: o.s, e: c.e };
}

/**
 * 'the talks had been "constructive" and …': a quotation opened inside the piece keeps its closing mark, which
 * the trimming of trailing punctuation would otherwise cut ("constructive). Only a mark right after the last word
 * (even where the quotation's own frame cut the sentence just before it) that closes a quotation opened within the
 * piece's bounds ('said that "the situation is under control" and'), with one mark of punctuation inside it
 * ('called it "helpful."', as the quotation is written); a quote opened before the piece is not its own.
 */
function closingQuoteEnd(text: string, toks: Tok[], s: number, j: number): number {
  const end = toks[j]!.e;
  // one mark of punctuation may stand inside the closing mark: 'called it "a victory for freedom."'
  const p = toks[j + 1];
  const punct = !!p && p.s === end && /^[,.!?]$/.test(p.t);
  const k = toks[j + (punct ? 2 : 1)];
  if (!k || k.s !== (punct ? p!.e : end) || (k.t !== '"' && k.t !== '”' && k.t !== '’')) return end;
  const inner = text.slice(s, k.s);
  const count = (re: RegExp): number => inner.match(re)?.length ?? 0;
  const open = k.t === '"' ? count(/"/g) % 2 === 1
    : k.t === '”' ? count(/“/g) > count(/”/g)
      : count(/(?:^|[\s(])‘/g) > count(/’(?=$|[\s,.;:!?)])/g);
  return open ? k.e : end;
}

/** The part of a piece that is content (a piece extended back over "X said" is judged by its content). */
export function contentOf(frames: Frame[], p: Piece): Piece {
  for (const f of frames) {
    if (f.claimStart === p.s) {
      const c0 = f.content[0]![0];
      if (c0 > p.s && c0 < p.e) return { s: c0, e: p.e };
    }
  }
  return p;
}

/** A pre-posed frame's content stops where a coordinated clause with its own frame begins. */
const CONTRAST = new Set(['though', 'although', 'but', 'whereas', 'yet', 'while']);

/**
 * The index of the first token starting at or after offset `at` (-1 when none, as findIndex gives), by binary search:
 * the tokens of a sentence are in text order. (A scan for each pair of frames made a long sentence of nested reports,
 * "He has said that" 2,000 times, cost frames² × tokens: 8 s; now frames² × log tokens.)
 */
export function firstTokenAt(toks: readonly Tok[], at: number): number {
  const lo = lowerBound(toks.length, (m) => toks[m]!.s < at);
  return lo < toks.length ? lo : -1;
}
export function truncateAtCoordination(sc: SentCtx): void {
  if (sc.frames.length > COORDINATION_SCAN_MAX) truncateAtCoordinationIndexed(sc);
  else truncateAtCoordinationScan(sc);
}
/** Up to this many frames in a sentence, every pair is looked at (cheap); beyond it, the indexed cut below. */
const COORDINATION_SCAN_MAX = 24;

/** The reference cut: every frame's content against every other frame, in frame order. frames² steps. */
export function truncateAtCoordinationScan(sc: SentCtx): void {
  for (const f of sc.frames) if (!f.local) cutOneScan(sc, f);
}
function cutOneScan(sc: SentCtx, f: Frame): void {
  const { toks, frames } = sc;
  for (const g of frames) {
    if (g === f) continue;
    if (g.local) {
      // "X says A, though B is believed to …": a contrast clause with its own hedge source is not X's
      const c = f.content[0]!;
      const gs = g.content[0]![0];
      if (gs <= c[0] || gs >= c[1]) continue;
      const ti = firstTokenAt(toks, gs);
      const prev = toks[ti - 1], prev2 = toks[ti - 2];
      if (prev && CONTRAST.has(prev.l) && isComma(prev2) && prev2!.s > c[0]) c[1] = prev2!.s;
      continue;
    }
    const gs = g.material[0];
    const c = f.content[0]!;
    if (gs <= c[0] || gs >= c[1]) continue;
    // boundary: the token before g's material is a comma+conjunction, or g is a participial tail
    const ti = firstTokenAt(toks, gs);
    const prev = toks[ti - 1];
    const prev2 = toks[ti - 2];
    const conj = g.inherit || (prev && CONJ.has(prev.l) && isComma(prev2)) || (prev && isPunct(prev, ';'));
    if (conj) c[1] = Math.max(c[0], (prev && !g.inherit ? (prev2 ?? prev).s : gs));
    else if (bareConjReport(toks, g, ti) && verbBetween(toks, c[0], prev!.s)) c[1] = Math.max(c[0], prev!.s);
  }
}

const SUBJECT_PRON = S(['he', 'she', 'they', 'we', 'i', 'it']);
/** Subjects of at most this many words between a bare "and"/"but" and a speech verb ("and the governor said"). */
const BARE_SUBJECT_MAX = 6;
/**
 * "The mayor said the bridge was closed and the governor said the road would reopen": a second report joined by a
 * bare "and"/"but" (no comma) — its own subject right after the conjunction, then a verb of saying — is a report
 * coordinated with the first, not one nested in it: the first report's content ends before the conjunction (the
 * second claim was [mayor, governor], which no reading gives). Only a plain speech-verb frame (attr.pre) with a
 * short subject of words; a pronoun subject counts too ("… and she said …").
 */
/**
 * A verb (a finite or past form) among the words in [from, to): the first report's content before the conjunction is
 * a clause of its own ("said the bridge was closed and …"), not the first half of a coordinated subject ("said that
 * the police and the army said nothing", where the second frame's subject is "the police and the army").
 */
export function verbBetween(toks: Tok[], from: number, to: number): boolean {
  for (let k = firstTokenAt(toks, from); k >= 0 && k < toks.length && toks[k]!.e <= to; k++) {
    const t = toks[k]!;
    if (t.w && !t.cap && (FINITE.has(t.l) || IRR_PAST.has(t.l) || /ed$/.test(t.l))) return true;
  }
  return false;
}

export function bareConjReport(toks: Tok[], g: Frame, ti: number): boolean {
  if (g.local || g.inherit || !/^attr\.pre\b/.test(g.rule)) return false;
  const prev = toks[ti - 1], prev2 = toks[ti - 2];
  if (!prev || !/^(and|but)$/.test(prev.l) || !prev2?.w) return false;
  const cue = toks[g.cue];
  if (!cue || !SPEECH.has(cue.l) || /ing$/.test(cue.l) || g.cue <= ti || g.cue - ti > BARE_SUBJECT_MAX) return false;
  for (let k = ti; k < g.cue; k++) if (!toks[k]!.w) return false;
  // the words open a subject (a name, a determiner, a subject pronoun), not a coordinated verb phrase of the first
  // subject's ("The UN has revised the toll and now says …": one subject, no second report)
  const first = toks[ti]!;
  return (first.cap && !CUE_ADV.has(first.l)) || DET.has(first.l) || SUBJECT_PRON.has(first.l);
}

/**
 * The same cut as truncateAtCoordinationScan, without looking at every pair: only frames that can cut (a local hedge
 * after ", though", a frame after a comma and conjunction or a semicolon, a participial tail) are kept, sorted by
 * where they start. Each cut moves the content's end to before the cutting frame's start, so after the first cut
 * (the earliest frame, in frame order, starting inside the content) only frames starting inside the shortened
 * content can cut again, and all of them come later in frame order: the next cut is again the earliest frame
 * inside, a range-minimum query. (A sentence of 2,000 nested reports, "X said that Y said that …", looked at
 * frames² pairs.) A local hedge whose comma lies before the content's start cuts nothing; where the earliest frame
 * is one, the frame falls back to the scan.
 */
export function truncateAtCoordinationIndexed(sc: SentCtx): void {
  const { toks, frames } = sc;
  type Cand = { gs: number; fi: number; local: boolean; prev?: Tok; prev2?: Tok; inherit: boolean; bare?: boolean };
  const cands: Cand[] = [];
  for (let fi = 0; fi < frames.length; fi++) {
    const g = frames[fi]!;
    const gs = g.local ? g.content[0]![0] : g.material[0];
    const ti = firstTokenAt(toks, gs);
    const prev = toks[ti - 1], prev2 = toks[ti - 2];
    const can = g.local ? !!prev && CONTRAST.has(prev.l) && isComma(prev2)
      : !!(g.inherit || (prev && CONJ.has(prev.l) && isComma(prev2)) || (prev && isPunct(prev, ';')));
    const bare = !can && bareConjReport(toks, g, ti);
    if (can || bare) cands.push({ gs, fi, local: !!g.local, prev, prev2, inherit: !!g.inherit, ...(bare ? { bare } : {}) });
  }
  if (!cands.length) return;
  cands.sort((a, b) => a.gs - b.gs || a.fi - b.fi);
  const m = cands.length;
  const posOf = new Map<number, number>();
  cands.forEach((c, p) => posOf.set(c.fi, p));
  // sparse table of the smallest frame index over ranges of the sorted candidates
  const levels: Int32Array[] = [Int32Array.from(cands, (c) => c.fi)];
  for (let w = 1; 2 * w <= m; w *= 2) {
    const below = levels[levels.length - 1]!;
    const row = new Int32Array(m - 2 * w + 1);
    for (let i = 0; i < row.length; i++) row[i] = Math.min(below[i]!, below[i + w]!);
    levels.push(row);
  }
  const minIn = (lo: number, hi: number): number => { // smallest frame index among cands[lo, hi), or -1
    if (hi <= lo) return -1;
    const lv = 31 - Math.clz32(hi - lo);
    const row = levels[lv]!;
    return Math.min(row[lo]!, row[hi - (1 << lv)]!);
  };
  const firstAbove = (x: number, strict: boolean): number => { // first position with gs > x (strict) or gs >= x
    return lowerBound(m, (md) => strict ? cands[md]!.gs <= x : cands[md]!.gs < x);
  };
  for (let fi = 0; fi < frames.length; fi++) {
    const f = frames[fi]!;
    if (f.local) continue;
    const c = f.content[0]!;
    const c1 = c[1];
    const own = posOf.get(fi) ?? -1;
    for (;;) {
      const lo = firstAbove(c[0], true), hi = firstAbove(c[1], false);
      let best: number;
      if (own >= lo && own < hi) {
        const a = minIn(lo, own), b = minIn(own + 1, hi);
        best = a < 0 ? b : b < 0 ? a : Math.min(a, b);
      } else best = minIn(lo, hi);
      if (best < 0) break;
      const g = cands[posOf.get(best)!]!;
      if (g.local) {
        if (!(g.prev2!.s > c[0])) { c[1] = c1; cutOneScan(sc, f); break; }
        c[1] = g.prev2!.s;
      } else if (g.bare) {
        // (no verb before the conjunction: no cut by this frame; the scan decides for this content)
        if (!verbBetween(toks, c[0], g.prev!.s)) { c[1] = c1; cutOneScan(sc, f); break; }
        c[1] = Math.max(c[0], g.prev!.s);
      }
      else c[1] = Math.max(c[0], (g.prev && !g.inherit ? (g.prev2 ?? g.prev).s : g.gs));
    }
  }
}
