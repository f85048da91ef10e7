// Unnamed-source frames: "reportedly", "is said to", "it is believed that", reduced "rumoured to".
import type { Tok } from '../claims/text.js';
import { CUE_ADV, DET, PRON, CONJ, BE, UNPASS } from './words.js';
import { unnamed, isComma, isHard, isPunct, pushFrame, type Ctx, type SentCtx } from './frame.js';
import { clauseEnd, localClause } from './clause.js';

const RELATIVE = new Set(['who', 'which', 'whose', 'whom', 'where']);
const AUX = new Set([...BE, 'has', 'have', 'had', 'will', 'would', 'may', 'might', 'could', 'can', 'should', 'must']);

export function unnamedClause(ctx: Ctx, sc: SentCtx, j: number, cue: Tok[], rule: string, fromRelative = false): void {
  const [a, b] = localClause(sc.toks, j);
  if (b < a) return;
  let s = a;
  // ("whose record is the best and who was widely seen as the favourite": the hedge holds its own relative clause,
  // not the one coordinated before it)
  // (and "in what is often described as the largest": a relative subject right before the auxiliaries opens it)
  if (fromRelative) {
    let k = j - 1;
    while (k > a && AUX.has(sc.toks[k]!.l)) k--;
    if (k >= a && k < j - 1 && (RELATIVE.has(sc.toks[k]!.l) || sc.toks[k]!.l === 'what')) s = k;
    else for (k = j - 1; k > a; k--) if (RELATIVE.has(sc.toks[k]!.l) && CONJ.has(sc.toks[k - 1]?.l ?? '')) { s = k; break; }
  }
  while (s < b && (CONJ.has(sc.toks[s]!.l) || !sc.toks[s]!.w)) s++;
  void ctx;
  pushFrame(sc, { sent: sc.si, links: [unnamed(cue, rule)], content: [[sc.toks[s]!.s, sc.toks[b]!.e]], material: [cue[0]!.s, cue[0]!.s], rule, cue: j, local: true });
}

export function unnamedPassive(ctx: Ctx, sc: SentCtx, j: number): boolean {
  const { toks } = sc;
  const t = toks[j]!;
  const prev = toks[j - 1];
  // "it is believed that C"
  if (toks[j + 1]?.l === 'that') {
    const ce = clauseEnd(toks, j + 2);
    if (ce <= j + 2) return false;
    pushFrame(sc, { sent: sc.si, links: [unnamed([toks[j - 2]!, prev!, t], 'attr.it-is-said')], content: [[toks[j + 2]!.s, toks[ce - 1]!.e]], material: [toks[j - 2]!.s, toks[j + 1]!.e], rule: 'attr.it-is-said', cue: j });
    return true;
  }
  if (prev && (BE.has(prev.l) || (CUE_ADV.has(prev.l) && toks[j - 2] && BE.has(toks[j - 2]!.l)))) {
    unnamedClause(ctx, sc, j, [t], 'attr.passive-unnamed');
    return true;
  }
  // reduced relative: "an armored train rumoured to include …", ", believed to be …"
  if (t.l === 'said' || t.l === 'estimated' || t.l === 'considered' || t.l === 'suspected') {
    if (!(isComma(prev) || (prev && prev.w && !prev.cap && !DET.has(prev.l) && !PRON.has(prev.l)))) return false;
    // "said to reporters" reports; "said to be" is the unnamed passive
    if (!/^(be|have|own|control|hold|include|contain|possess|number|cost|weigh|lead|run|live|work|plan|want|favour|favor|owe|keep)$/.test(toks[j + 2]?.l ?? '')) return false;
  }
  const n = toks.length;
  let b = j + 1;
  while (b + 1 < n && !isComma(toks[b + 1]) && !isHard(toks[b + 1]) && !toks[b + 1]!.q) b++;
  while (b > j && !toks[b]!.w) b--;
  pushFrame(sc, { sent: sc.si, links: [unnamed([t], 'attr.reduced-unnamed')], content: [[t.s, toks[b]!.e]], material: [t.s, t.s], claimStart: t.s, rule: 'attr.reduced-unnamed', cue: j, local: true });
  return true;
}

/**
 * "it is (also) understood C" without "that" (the caller has checked the frame and the clause): pushes the frame and
 * returns one past the last token of C, or -1. C ends at ";", the sentence end, or before a second such frame joined
 * by a comma, "and" or "but" ("It is understood the rebels fled and it is believed the hostages were freed": two
 * frames, not one holding the other). One forward scan from C: a run of frames stays linear.
 */
export function unnamedBare(ctx: Ctx, sc: SentCtx, j: number): number {
  void ctx;
  const { toks } = sc;
  const c = j + 1;
  const ce = bareClauseEnd(toks, c);
  if (ce <= c) return -1;
  // "it is also understood": the adverb stays inside the cue
  let it = j - 1;
  while (it > j - 4 && it > 0 && toks[it]!.l !== 'it' && !IT_S.has(toks[it]!.l)) it--;
  pushFrame(sc, { sent: sc.si, links: [unnamed(toks.slice(it, j + 1).filter((x) => x.w), 'attr.it-is-said')], content: [[toks[c]!.s, toks[ce - 1]!.e]], material: [toks[it]!.s, toks[c - 1]!.e], rule: 'attr.it-is-said', cue: j });
  return ce;
}

const IT_S = new Set(["it's", 'it’s']);
/** One past the last token of a bare "it is understood" clause opening at c (see unnamedBare). */
function bareClauseEnd(toks: Tok[], c: number): number {
  const n = toks.length;
  let e = n;
  for (let i = c + 1; i < n; i++) {
    const x = toks[i]!;
    if (isPunct(x, ';')) { e = i; break; }
    if ((isComma(x) || x.l === 'and' || x.l === 'but') && itPassiveAt(toks, i + 1)) {
      // ", and it is believed": the comma goes with the conjunction
      e = isComma(toks[i - 1]) && i - 1 > c ? i - 1 : i;
      break;
    }
  }
  while (e > c && !toks[e - 1]!.w && !toks[e - 1]!.q && toks[e - 1]!.t !== ')' && toks[e - 1]!.t !== '%' && toks[e - 1]!.t !== '$') e--;
  return e;
}
/** "it is/was (also) believed", "it's understood" opening at token a. */
function itPassiveAt(toks: Tok[], a: number): boolean {
  let k = a;
  if (IT_S.has(toks[k]?.l ?? '')) k++;
  else if (toks[k]?.l === 'it' && /^(is|was|'s|’s)$/.test(toks[k + 1]?.l ?? '')) k += 2;
  else return false;
  if (toks[k] && CUE_ADV.has(toks[k]!.l) && !BE.has(toks[k]!.l)) k++;
  return UNPASS.has(toks[k]?.l ?? '');
}
