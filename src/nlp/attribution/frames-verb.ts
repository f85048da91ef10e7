// Verb frames other than active speech: stance adjectives, passives with an agent, ", saying …" tails.
import type { AttributionLink } from '../../core/types.js';
import { S, CUE_ADV, DET, PRON, BE } from './words.js';
import { insideQuote, pushFrame, type Ctx, type SentCtx } from './frame.js';
import { leftNP, srcOk, rightNP } from './np.js';
import { namedLink } from './source-link.js';
import { clauseStart, clauseEnd, firstVerbish } from './clause.js';

/** "Protesters were frustrated that C": the subject holds C. */
export function stanceFrame(ctx: Ctx, sc: SentCtx, j: number): void {
  const { toks } = sc;
  const n = toks.length;
  let k = j - 1;
  while (k >= 0 && (BE.has(toks[k]!.l) || CUE_ADV.has(toks[k]!.l))) k--;
  const cs = clauseStart(toks, j);
  const src = k >= 0 ? leftNP(toks, k, cs) : null;
  if (!src || !srcOk(toks, src, toks[j]!.l)) return;
  if (src[0] === src[1] && PRON.has(toks[src[0]]!.l) && insideQuote(sc, toks[j]!.s)) return;
  const c0 = j + 2;
  const ce = clauseEnd(toks, c0);
  if (ce <= c0) return;
  const l = namedLink(ctx, toks, src[0], src[1], [toks[j]!], 'attr.stance');
  pushFrame(sc, { sent: sc.si, links: [l], content: [[toks[c0]!.s, toks[ce - 1]!.e]], material: [toks[src[0]]!.s, toks[j + 1]!.e], claimStart: toks[src[0]]!.s, rule: 'attr.stance', cue: j });
}

/** "C was first reported by X": X is the source of the clause. */
export function passiveBy(ctx: Ctx, sc: SentCtx, j: number, be: number): void {
  const { toks } = sc;
  const n = toks.length;
  const x = rightNP(toks, j + 2, n, S(['that', 'who', 'which', 'on', 'in', 'as', 'and', 'but', 'after', 'before', 'when', 'while', 'last', 'earlier']));
  if (!x) return;
  const first = toks[x[0]]!;
  if (!(first.cap || DET.has(first.l) || /s$/.test(toks[x[1]]!.l))) return;
  const cs = clauseStart(toks, be);
  if (be - cs < 1) return;
  const l = namedLink(ctx, toks, x[0], x[1], [toks[j]!, toks[j + 1]!], 'attr.passive-by');
  const ce = clauseEnd(toks, x[1] + 1);
  pushFrame(sc, { sent: sc.si, links: [l], content: [[toks[cs]!.s, toks[Math.max(ce - 1, x[1])]!.e]], material: [toks[j + 1]!.s, toks[x[1]]!.e], rule: 'attr.passive-by', cue: j });
}

export function participle(ctx: Ctx, sc: SentCtx, j: number): void {
  const { toks } = sc;
  const ce = clauseEnd(toks, j + 1);
  let c0 = j + 1;
  if (toks[c0]?.l === 'that') c0++;
  if (ce <= c0) return;
  // the governing source: the last frame in this sentence, else the clause subject
  const gov = [...sc.frames].reverse().find((f) => !f.local && f.links.length);
  let links: AttributionLink[] | null = gov ? gov.links.map((x) => ({ ...x })) : null;
  if (!links) {
    const x = leftNP(toks, firstVerbish(toks) - 1, 0);
    if (!x) return;
    links = [namedLink(ctx, toks, x[0], x[1], [toks[j]!], 'attr.participle')];
  } else {
    const last = links[links.length - 1]!;
    last.cue = toks[j]!.t; last.cueSpan = { start: toks[j]!.s, end: toks[j]!.e }; last.rule = 'attr.participle';
  }
  pushFrame(sc, { sent: sc.si, links, content: [[toks[c0]!.s, toks[ce - 1]!.e]], material: [toks[j - 1]!.s, toks[j]!.e], claimStart: toks[j]!.s, rule: 'attr.participle', cue: j, inherit: true });
}
