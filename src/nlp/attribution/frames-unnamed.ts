// Unnamed-source frames: "reportedly", "is said to", "it is believed that", reduced "rumoured to".
import type { Tok } from '../claims/text.js';
import { CUE_ADV, DET, PRON, CONJ, BE } from './words.js';
import { unnamed, isComma, isHard, pushFrame, type Ctx, type SentCtx } from './frame.js';
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

export function unnamedPassive(ctx: Ctx, sc: SentCtx, j: number, bare = false): boolean {
  const { toks } = sc;
  const t = toks[j]!;
  const prev = toks[j - 1];
  // "it is believed that C"; bare: "it is (also) understood C" (the caller has checked the frame and the clause)
  if (toks[j + 1]?.l === 'that' || bare) {
    const c = bare ? j + 1 : j + 2;
    const ce = clauseEnd(toks, c);
    if (ce <= c) return false;
    // "it is also understood": the adverb stays inside the cue
    let it = j - 1;
    while (it > j - 4 && it > 0 && toks[it]!.l !== 'it' && toks[it]!.l !== "it's") it--;
    if (!bare) it = j - 2;
    pushFrame(sc, { sent: sc.si, links: [unnamed(toks.slice(it, j + 1).filter((x) => x.w), 'attr.it-is-said')], content: [[toks[c]!.s, toks[ce - 1]!.e]], material: [toks[it]!.s, toks[c - 1]!.e], rule: 'attr.it-is-said', cue: j });
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
