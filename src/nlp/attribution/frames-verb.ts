// Verb frames other than active speech: stance adjectives, passives with an agent, ", saying …" tails.
import type { AttributionLink } from '../../core/types.js';
import { S, FINITE, CUE_ADV, DET, PRON, BE } from './words.js';
import type { Tok } from '../claims/text.js';
import { insideQuote, isComma, pushFrame, type Ctx, type SentCtx } from './frame.js';
import { leftNP, srcOk, rightNP, introChunk, isNameChunk } from './np.js';
import { namedLink } from './source-link.js';
import { clauseStart, clauseEnd, firstVerbish, leftChunks } from './clause.js';
import * as L from '../claims/lexicon.js';

const WHERE_PREP = S(L.PARTICIPLE_WHERE_PREPS);
const THAT_ONLY = S(L.PARTICIPLE_CUES_BEFORE_THAT);
const WHAT_NAMING = S(L.WHAT_NAMING_CUES);
const WHAT_PREP = S(L.PARTICIPLE_WHERE_PREPS.concat(L.WHAT_NAMING_PREPS));

/**
 * "fighting what the agency has called the worst drought in a century", "what officials described as a massacre":
 * the name after a naming verb in a free relative is its subject's words. The subject is a short noun phrase right
 * after "what" (an auxiliary allowed before the verb); the content runs from the name (after "as") to the clause end.
 * Returns whether a frame was pushed.
 */
export function whatNamingFrame(ctx: Ctx, sc: SentCtx, j: number): boolean {
  const { toks } = sc;
  if (!WHAT_NAMING.has(toks[j]!.l)) return false;
  let k = j - 1;
  if (/^(has|have|had)$/.test(toks[k]?.l ?? '')) k--;
  let w = k;
  while (w >= 0 && w > k - 6 && toks[w]!.w && toks[w]!.l !== 'what') w--;
  if (w < 0 || toks[w]!.l !== 'what' || w === k) return false;
  const src = leftNP(toks, k, w + 1);
  if (!src || src[0] !== w + 1 || !srcOk(toks, src, toks[j]!.l)) return false;
  let c0 = j + 1;
  if (toks[c0]?.l === 'as') c0++;
  else if (toks[j]!.l === 'described') return false;
  if (!toks[c0]?.w && !toks[c0]?.q) return false;
  // (the name ends at a comma: "…, as rivers ran dry" is the outlet's again)
  let ce = clauseEnd(toks, c0);
  // (or inside a quotation it closes: 'what the army called a "clean-up," a campaign …')
  for (let m = c0 + 1; m < ce; m++) {
    if (isComma(toks[m]) && (!insideQuote(sc, toks[m]!.s) || /^["”’]$/.test(toks[m + 1]?.t ?? ''))) { ce = m; break; }
  }
  if (ce <= c0) return false;
  const l = namedLink(ctx, toks, src[0], src[1], [toks[j]!], 'attr.what-named');
  // the claim keeps the free relative with its preposition ("in what officials called the largest attack"), as cited
  const open = w > 0 && toks[w - 1]!.w && !toks[w - 1]!.cap && WHAT_PREP.has(toks[w - 1]!.l) ? w - 1 : w;
  pushFrame(sc, { sent: sc.si, links: [l], content: [[toks[c0]!.s, toks[ce - 1]!.e]], material: [toks[open]!.s, toks[c0 - 1]!.e], claimStart: toks[open]!.s, rule: 'attr.what-named', cue: j });
  return true;
}

/** "Protesters were frustrated that C": the subject holds C. */
export function stanceFrame(ctx: Ctx, sc: SentCtx, j: number, skip = 2): void {
  const { toks } = sc;
  const n = toks.length;
  let k = j - 1;
  while (k >= 0 && (BE.has(toks[k]!.l) || CUE_ADV.has(toks[k]!.l))) k--;
  // "Haddad, however, is convinced …": a short aside between commas before the verb
  if (isComma(toks[k])) {
    let m = k - 1;
    while (m >= 0 && toks[m]!.w && k - m <= 4) m--;
    if (m > 0 && isComma(toks[m])) k = m - 1;
  }
  const cs = clauseStart(toks, j);
  const src = k >= 0 ? leftNP(toks, k, cs) : null;
  if (!src || !srcOk(toks, src, toks[j]!.l)) return;
  if (src[0] === src[1] && PRON.has(toks[src[0]]!.l) && insideQuote(sc, toks[j]!.s)) return;
  const c0 = j + skip;
  const ce = clauseEnd(toks, c0);
  if (ce <= c0) return;
  const l = namedLink(ctx, toks, src[0], src[1], [toks[j]!], 'attr.stance');
  pushFrame(sc, { sent: sc.si, links: [l], content: [[toks[c0]!.s, toks[ce - 1]!.e]], material: [toks[src[0]]!.s, toks[c0 - 1]!.e], claimStart: toks[src[0]]!.s, rule: 'attr.stance', cue: j });
}

/** "C was first reported by X": X is the source of the clause. */
export function passiveBy(ctx: Ctx, sc: SentCtx, j: number, be: number): void {
  const { toks } = sc;
  const n = toks.length;
  const x = rightNP(toks, j + 2, n, S(['that', 'who', 'which', 'on', 'in', 'as', 'and', 'but', 'after', 'before', 'when', 'while', 'last', 'earlier']));
  if (!x) return;
  const first = toks[x[0]]!;
  if (!(first.cap || DET.has(first.l) || /^\d/.test(first.l) || /s$/.test(toks[x[1]]!.l))) return;
  const cs = clauseStart(toks, be);
  if (be - cs < 1) return;
  const l = namedLink(ctx, toks, x[0], x[1], [toks[j]!, toks[j + 1]!], 'attr.passive-by');
  const ce = clauseEnd(toks, x[1] + 1);
  pushFrame(sc, { sent: sc.si, links: [l], content: [[toks[cs]!.s, toks[Math.max(ce - 1, x[1])]!.e]], material: [toks[j + 1]!.s, toks[x[1]]!.e], rule: 'attr.passive-by', cue: j });
}

export function participle(ctx: Ctx, sc: SentCtx, j: number, own = false, adv = 0): void {
  const { toks } = sc;
  const ce = clauseEnd(toks, j + 1);
  let c0 = j + 1;
  let where = false;
  // "saying in a statement that …", "writing on X that …": a short phrase of where the words were said before "that"
  if (WHERE_PREP.has(toks[c0]?.l ?? '')) {
    for (let m = c0 + 1; m < Math.min(ce, c0 + 7); m++) {
      const x = toks[m]!;
      if (!x.w || FINITE.has(x.l)) break;
      if (x.l === 'that') { c0 = m; where = true; break; }
    }
  }
  // ("writing letters", "posting photos" are acts: these cue only a clause after "that" or a quotation)
  if (THAT_ONLY.has(toks[j]!.l) && toks[c0]?.l !== 'that' && !toks[c0]?.q && !(isComma(toks[c0]) && toks[c0 + 1]?.q)) return;
  if (toks[c0]?.l === 'that') c0++;
  // "while chanting, "Hands up"": a comma before the quotation
  else if (isComma(toks[c0]) && toks[c0 + 1]?.q) c0++;
  if (ce <= c0) return;
  // the governing source: the last frame in this sentence, else the clause subject; "by/while saying" after a
  // clause that is itself reported content is left alone (its subject is not the frame's source)
  const gov = [...sc.frames].reverse().find((f) => !f.local && f.links.length);
  if (own && gov && gov.content.some(([a, b]) => a <= toks[j]!.s && toks[j]!.e <= b)) return;
  // "by declaring a state of emergency" is an act; "by saying (that) the bridge would reopen" reports a clause
  if (own && !clauseFollows(toks, c0)) return;
  let links: AttributionLink[] | null = gov && !own ? gov.links.map((x) => ({ ...x })) : null;
  if (!links) {
    const x = subjectBefore(toks, j - adv);
    if (!x || !srcOk(toks, x, toks[j]!.l)) return;
    links = [namedLink(ctx, toks, x[0], x[1], [toks[j]!], 'attr.participle')];
  } else {
    const last = links[links.length - 1]!;
    last.cue = toks[j]!.t; last.cueSpan = { start: toks[j]!.s, end: toks[j]!.e }; last.rule = 'attr.participle';
  }
  pushFrame(sc, { sent: sc.si, links, content: [[toks[c0]!.s, toks[ce - 1]!.e]], material: [toks[j - 1 - adv]!.s, toks[where ? c0 - 1 : j]!.e], claimStart: toks[j - adv]!.s, rule: 'attr.participle', cue: j, inherit: true });
}

/** The sentence subject left of token j: the noun phrase before the first verb, or the first non-introductory
 * comma chunk when an apposition sits between ("The other candidate, a former senator, drew …"). */
export function subjectBefore(toks: Tok[], j: number): [number, number] | null {
  // "The driver, a retired teacher, drew applause, saying …": a subject with an apposition after it
  const chunks = leftChunks(toks, j - 2, 0).filter(([a]) => !introChunk(toks, a));
  if (chunks.length >= 3) {
    const [first, second] = [chunks[0]!, chunks[1]!];
    if (DET.has(toks[second[0]]!.l) || isNameChunk(toks, second[0], second[1])) return leftNP(toks, first[1], first[0]);
  }
  const fv = firstVerbish(toks);
  if (fv < 1 || fv >= j) return null;
  if (toks[fv - 1]!.w) return leftNP(toks, fv - 1, 0);
  if (!isComma(toks[fv - 1])) return null;
  const chunk = leftChunks(toks, fv - 2, 0).find(([a]) => !introChunk(toks, a));
  return chunk ? leftNP(toks, chunk[1], chunk[0]) : null;
}

/** A finite clause starts at token a: "that", a quotation, a pronoun subject, or a finite verb within a few words. */
function clauseFollows(toks: Tok[], a: number): boolean {
  const t = toks[a];
  if (!t) return false;
  if (t.l === 'that' || t.q || PRON.has(t.l)) return true;
  for (let m = a + 1; m < toks.length && m < a + 8; m++) { if (!toks[m]!.w) return false; if (FINITE.has(toks[m]!.l)) return true; }
  return false;
}
