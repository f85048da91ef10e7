// Frames (source + cue + content) and the per-document / per-sentence context the frame finders share; token predicates.
import type { AttributionLink, Entity, Sentence, SourceKind } from '../../core/types.js';
import type { NlpDoc } from '../doc.js';
import type { Tok } from '../claims/text.js';
import type { MentionIndex } from '../claims/sources.js';

export interface Frame {
  sent: number;
  links: AttributionLink[];
  /** Char ranges of the attributed content. */
  content: Array<[number, number]>;
  /** Char range of the frame's own words (source, cue, connectors), never a claim of its own. */
  material: [number, number];
  /** When the first content piece's claim should begin earlier (to keep "X said" with it). */
  claimStart?: number;
  rule: string;
  /** Token index of the cue in its sentence. */
  cue: number;
  /** Participial tail (", saying …") or coordinated clause: takes the governing frame's links. */
  inherit?: boolean;
  /** Unnamed-source hedge that only marks its own clause (reportedly, is said to). */
  local?: boolean;
}

export interface Ctx {
  doc: NlpDoc;
  text: string;
  sents: Sentence[];
  mix: MentionIndex;
  lastPerson?: AttributionLink;
  lastPersonAt?: number;
  lastOrg?: AttributionLink;
  lastPlural?: AttributionLink;
  resolver?: (doc: NlpDoc, offset: number) => unknown;
}

export const link = (ctx: Ctx, source: string, kind: SourceKind, cue: string, span: [number, number] | undefined,
  cueSpan: [number, number] | undefined, rule: string, ent?: Entity): AttributionLink => {
  const l: AttributionLink = { source, kind, cue, rule };
  if (ent) l.entity = ent.id;
  if (span) l.span = { start: span[0], end: span[1] };
  if (cueSpan) l.cueSpan = { start: cueSpan[0], end: cueSpan[1] };
  void ctx;
  return l;
};

export const unnamed = (cue: Tok | Tok[], rule: string, source = 'unnamed'): AttributionLink => {
  const a = Array.isArray(cue) ? cue : [cue];
  return { source, kind: 'UNNAMED', cue: a.map((t) => t.t).join(' '), cueSpan: { start: a[0]!.s, end: a[a.length - 1]!.e }, rule };
};

export function isPunct(t: Tok | undefined, ch: string): boolean { return !!t && !t.w && t.t === ch; }

export function isComma(t: Tok | undefined): boolean { return !!t && !t.w && t.t === ','; }

export function isHard(t: Tok | undefined): boolean { return !!t && !t.w && (t.t === ';' || t.t === ':' || t.t === '—' || t.t === '–' || t.t === '(' || t.t === ')'); }

export function isCloseQuote(t: Tok | undefined, quotes: QIndex): boolean {
  if (!t || !(t.q || t.t === '’' || t.t === "'")) return false;
  if (t.q && !quotes.byClose.has(t.e) && (t.t === '"' || t.t === "''")) return true;
  return quotes.byClose.has(t.e);
}

export function isOpenQuote(t: Tok | undefined, quotes: QIndex): boolean {
  if (!t || !t.q) return false;
  return quotes.byOpen.has(t.s);
}

export function spanText(ctx: Ctx, toks: Tok[], a: number, b: number): string { return ctx.text.slice(toks[a]!.s, toks[b]!.e); }

export function insideQuote(sc: SentCtx, off: number): boolean {
  for (const [a, b] of sc.quotes.list) { if (a > off) break; if (off < b) return true; }
  return false;
}

export function firstWord(toks: Tok[]): number { let i = 0; while (i < toks.length && !toks[i]!.w) i++; return i; }

/** The quotation that closes just before `off` (only spaces between). */
export function quoteEndingBefore(text: string, quotes: QIndex, off: number): [number, number] | undefined {
  let e = off;
  while (e > 0 && /\s/.test(text[e - 1]!)) e--;
  return quotes.byClose.get(e);
}

export interface SentCtx { si: number; toks: Tok[]; frames: Frame[]; quotes: QIndex }

export interface QIndex { list: Array<[number, number]>; byOpen: Map<number, [number, number]>; byClose: Map<number, [number, number]> }

export function qindex(list: Array<[number, number]>): QIndex {
  return { list, byOpen: new Map(list.map((q) => [q[0], q])), byClose: new Map(list.map((q) => [q[1], q])) };
}

export function pushFrame(sc: SentCtx, f: Frame): void { sc.frames.push(f); }
