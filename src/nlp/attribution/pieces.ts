// Cutting sentences into claim pieces: clause boundaries, trimming, coordination limits.
import type { Tok } from '../claims/text.js';
import { S, CONJ } from './words.js';
import { coordinatedVerbPhrase } from './vp-split.js';
import { isPunct, isComma, type Frame, type SentCtx } from './frame.js';

/** A claim piece; `probe` (a joined piece: split-subject.ts) is the range its chain is read from. */
export interface Piece { s: number; e: number; probe?: { s: number; e: number } }


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
  let i = 0;
  while (i < toks.length && toks[i]!.e <= s) i++;
  let j = toks.length - 1;
  while (j >= 0 && toks[j]!.s >= e) j--;
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
  let lo = 0, hi = toks.length;
  while (lo < hi) { const m = (lo + hi) >> 1; if (toks[m]!.s < at) lo = m + 1; else hi = m; }
  return lo < toks.length ? lo : -1;
}
export function truncateAtCoordination(sc: SentCtx): void {
  const { toks, frames } = sc;
  for (const f of frames) {
    if (f.local) continue;
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
      const gs = g.inherit ? g.material[0] : g.material[0];
      const c = f.content[0]!;
      if (gs <= c[0] || gs >= c[1]) continue;
      // boundary: the token before g's material is a comma+conjunction, or g is a participial tail
      const ti = firstTokenAt(toks, gs);
      const prev = toks[ti - 1];
      const prev2 = toks[ti - 2];
      const conj = g.inherit || (prev && CONJ.has(prev.l) && isComma(prev2)) || (prev && isPunct(prev, ';'));
      if (conj) c[1] = Math.max(c[0], (prev && !g.inherit ? (prev2 ?? prev).s : gs));
    }
  }
}
