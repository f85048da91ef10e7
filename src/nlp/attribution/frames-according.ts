// "according to X [citing Y]" and "by/in X's estimate/account".
import type { AttributionLink } from '../../core/types.js';
import type { Tok } from '../claims/text.js';
import { NOUNISH, DET, ACCOUNT, INTRO_PREP, ACCORDING_STOP, FINITE, IRR_PAST, MONTHS_DAYS } from './words.js';
import { isCloseQuote, isPunct, isComma, spanText, pushFrame, type Ctx, type SentCtx } from './frame.js';
import { rightNP } from './np.js';
import { namedLink, resolvePronoun, citedReason } from './source-link.js';
import { clauseStart, clauseEnd, postContent, inlineQuoteOpen } from './clause.js';
import { predicateAt } from './split-subject.js';
import { attributionWords } from './data-words.js';

const DOC_PARTICIPLE = /^(released|published|issued|seen|obtained|compiled|posted|prepared|commissioned|conducted|circulated|shared|presented|submitted|filed|leaked|updated)$/;

/**
 * The predicate found at k is a participle describing the source ("…, published on Monday by the ministry",
 * "…, released by the statistics office"): a document participle, or, after a clause that has its verb already,
 * an -ed form followed by "by" or a date ("The talks, according to diplomats, stalled on Monday" keeps its predicate).
 */
function sourceParticiple(toks: Tok[], k: number, clauseBefore: boolean): boolean {
  const v = FINITE.has(toks[k]!.l) || /ed$/.test(toks[k]!.l) ? k : k + 1;
  const t = toks[v];
  if (!t || FINITE.has(t.l)) return false;
  if (DOC_PARTICIPLE.test(t.l)) return true;
  if (!/ed$/.test(t.l) || !clauseBefore) return false;
  const n = toks[v + 1], n2 = toks[v + 2];
  if (!n?.w) return false;
  return n.l === 'by' || MONTHS_DAYS.has(n.l) || (/^(on|in|last|this|earlier|late|early)$/.test(n.l) && !!n2?.w && (MONTHS_DAYS.has(n2.l) || /^\d/.test(n2.l)));
}

/** Words opening a clause of its own after ", according to X," (data/lexicon/attribution-words.json). */
const OWN_CLAUSE = attributionWords('ownClauseOpeners');

export function accordingTo(ctx: Ctx, sc: SentCtx, a: number, cueEnd: number, np: number): void {
  const { toks } = sc;
  const n = toks.length;
  const r = rightNP(toks, np, n, ACCORDING_STOP);
  if (!r) return;
  let [s, e] = r;
  // "according to a White House pool report": a trailing document noun belongs to the source
  // (also before a participle describing it: "according to a UN report released on Monday")
  while (toks[e + 1] && !toks[e + 1]!.cap && NOUNISH.has(toks[e + 1]!.l) && (!toks[e + 2] || !toks[e + 2]!.w || DOC_PARTICIPLE.test(toks[e + 2]!.l))) e++;
  const cue = toks.slice(a, cueEnd + 1);
  const links: AttributionLink[] = [];
  // strip a trailing possessive "estimates" noun: "according to scientists' estimates"
  // "citing Y" inside
  let z = e;
  let y: [number, number] | null = null;
  let citeTok: Tok | undefined;
  if (toks[e + 1]?.l === 'citing') { citeTok = toks[e + 1]; y = rightNP(toks, e + 2, n, ACCORDING_STOP); if (y) z = y[1]; }
  else {
    for (let k = s; k <= e; k++) if (toks[k]!.l === 'citing' || toks[k]!.l === 'quoting') { citeTok = toks[k]; y = [k + 1, e]; e = k - 1; break; }
  }
  let appos = '';
  let zEnd = z;
  // appositive after the source: "according to Wam, the state news agency, …"
  if (isComma(toks[z + 1]) && toks[z + 2] && DET.has(toks[z + 2]!.l)) {
    let k = z + 2;
    while (k < n && !isComma(toks[k]) && k - z < 9) k++;
    if (isComma(toks[k]) && clauseEnd(toks, k) - k > 3) { appos = spanText(ctx, toks, z + 2, k - 1); zEnd = k - 1; }
  }
  if (e < s) return;
  // "a UN report released on Monday, …": the participle phrase describing the document is frame words, not content
  if (zEnd === e && DOC_PARTICIPLE.test(toks[e + 1]?.l ?? '') && NOUNISH.has(toks[e]!.l)) {
    let m = e + 1;
    while (m + 1 < n && toks[m + 1]!.w && m - e < 10) m++;
    if (isComma(toks[m + 1])) { z = m; zEnd = m; }
  }
  links.push(namedLink(ctx, toks, s, e, cue, 'attr.according-to', y ? '' : appos));
  if (y && citeTok && !citedReason(toks, y[0], y[1])) links.push(namedLink(ctx, toks, y[0], y[1], [citeTok], 'attr.citing', appos));
  // position: initial ("According to X, C") or final ("C, according to X")
  let cs = clauseStart(toks, a);
  // a dash before "according to" ends a content clause ("… — or wrong — according to X")
  if (cs === a && a > 0 && (isPunct(toks[a - 1], '—') || isPunct(toks[a - 1], '–'))) cs = clauseStart(toks, a - 1);
  // right after a closing quote the phrase is final ('“We will rebuild,” according to the mayor')
  const afterQuote = isCloseQuote(toks[a - 1], sc.quotes) || (isComma(toks[a - 1]) && isCloseQuote(toks[a - 2], sc.quotes));
  // (scans from the clause's start stop at the first word that answers: no copy of the clause for each cue)
  const initial = !afterQuote && !someTok(toks, cs, a, (t) => t.w && !INTRO_PREP.has(t.l));
  if (initial) {
    const ce = clauseEnd(toks, zEnd + 1);
    let c0 = zEnd + 1;
    while (c0 < ce && !toks[c0]!.w && !toks[c0]!.q) c0++;
    if (ce <= c0) return;
    pushFrame(sc, { sent: sc.si, links, content: [[toks[c0]!.s, toks[ce - 1]!.e]], material: [toks[cs]!.s, toks[zEnd]!.e], rule: 'attr.according-to.initial', cue: a });
  } else {
    // '"…," O'Malley said at a press conference, according to the Las Vegas Sun': the speech frame whose words end
    // at the comma is itself reported by Y; Y's content spans the speaker's (a little wider, so Y comes first)
    const spoken = isComma(toks[a - 1]) && a >= 2 ? [...sc.frames].reverse().find((f) => !f.local && f.material[1] === toks[a - 2]!.e) : undefined;
    if (spoken) {
      const from = Math.min(...spoken.content.map(([x]) => x));
      pushFrame(sc, { sent: sc.si, links, content: [[from, toks[zEnd]!.e]], material: [toks[a - 1]!.s, toks[zEnd]!.e], rule: 'attr.according-to.frame', cue: a });
      return;
    }
    // '… compared it to a “root canal,” according to Y': a quoted phrase inside the clause; Y holds the whole clause
    const inline = a >= 1 && isCloseQuote(toks[a - 1], sc.quotes) && inlineQuoteOpen(toks, a - 1) >= 0;
    const pc = inline && a - 1 > cs ? [toks[cs]!.s, toks[a - 1]!.e] as [number, number] : postContent(ctx, sc, a);
    // "The storm, according to forecasters, will hit the coast": a predicate after the phrase makes it mid-clause
    // (not a participle describing the source: "according to a survey, published on Monday by the ministry")
    const clauseBefore = someTok(toks, cs, a, (t) => t.w && !t.cap && (FINITE.has(t.l) || IRR_PAST.has(t.l) || /ed$/.test(t.l)));
    const predicateAfter = isComma(toks[zEnd + 1]) && predicateAt(toks, zEnd + 2) && !sourceParticiple(toks, zEnd + 2, clauseBefore);
    if (!pc || predicateAfter) {
      // mid-clause "X, according to Y, did Z": content is the whole clause minus the frame
      const ce = clauseEnd(toks, a);
      if (ce - 1 <= zEnd) return;
      pushFrame(sc, { sent: sc.si, links, content: [[toks[cs]!.s, toks[ce - 1]!.e]], material: [toks[a]!.s, toks[zEnd]!.e], rule: 'attr.according-to.mid', cue: a });
      return;
    }
    const ce = clauseEnd(toks, zEnd + 1);
    // "…, according to media reports, although ISRO has not confirmed the figure": a clause of the outlet's own after
    // the source phrase is no frame material
    const own = isComma(toks[zEnd + 1]) && OWN_CLAUSE.has(toks[zEnd + 2]?.l ?? '') && toks.slice(zEnd + 3, Math.min(ce, zEnd + 11)).some((t) => t.w && !t.cap && (FINITE.has(t.l) || IRR_PAST.has(t.l) || /ed$/.test(t.l)));
    pushFrame(sc, { sent: sc.si, links, content: [pc], material: [toks[a - 1]!.s, toks[own ? zEnd : Math.max(zEnd, ce - 1)]!.e], rule: 'attr.according-to.final', cue: a });
  }
}

/** Some token in [from, to) passes `test` (toks.slice(from, to).some(test), without the copy). */
function someTok(toks: Tok[], from: number, to: number, test: (t: Tok) => boolean): boolean {
  for (let i = from; i < to; i++) if (test(toks[i]!)) return true;
  return false;
}

/** "by its estimate", "in the officials' account", "by X's count". */
export function accountOf(ctx: Ctx, sc: SentCtx, j: number): void {
  const { toks } = sc;
  const n = toks.length;
  let k = j + 1;
  let poss = -1;
  while (k < n && k - j < 9 && toks[k]!.w || (k < n && (toks[k]!.t === '’' || toks[k]!.t === "'"))) {
    const t = toks[k]!;
    if (/'s$/.test(t.l) || t.l === 'its' || t.l === 'his' || t.l === 'her' || t.l === 'their' || ((t.t === '’' || t.t === "'") && /s$/.test(toks[k - 1]!.l))) poss = k;
    if (ACCOUNT.has(t.l) && poss >= 0 && poss === k - 1) break;
    k++;
  }
  if (k >= n || !ACCOUNT.has(toks[k]!.l) || poss !== k - 1) return;
  const cs = clauseStart(toks, j);
  const a = j + 1;
  let srcEnd = poss;
  if (!toks[poss]!.w) srcEnd = poss - 1;
  let src: AttributionLink;
  const cue = [toks[j]!, toks[k]!];
  if (srcEnd === a && (toks[a]!.l === 'its' || toks[a]!.l === 'his' || toks[a]!.l === 'her' || toks[a]!.l === 'their')) {
    const pr: Tok = { ...toks[a]!, l: toks[a]!.l === 'its' ? 'it' : toks[a]!.l === 'their' ? 'they' : toks[a]!.l === 'his' ? 'he' : 'she' };
    const r = resolvePronoun(ctx, pr);
    if (!r) return;
    src = { ...r, cue: cue.map((t) => t.t).join(' '), cueSpan: { start: toks[j]!.s, end: toks[k]!.e }, span: { start: toks[a]!.s, end: toks[a]!.e }, rule: 'attr.account-of+pronoun' };
  } else {
    let s = a;
    while (s < srcEnd && DET.has(toks[s]!.l) && toks[s]!.l !== 'most') s++;
    const tmp = toks.slice(0);
    const last = tmp[srcEnd]!;
    if (/'s$/.test(last.l)) tmp[srcEnd] = { ...last, t: last.t.slice(0, -2), e: last.e - 2, l: last.l.slice(0, -2) };
    src = namedLink(ctx, tmp, s, srcEnd, cue, 'attr.account-of');
  }
  if (j - cs <= 0 || !toks.slice(cs, j).some((t) => t.w && !INTRO_PREP.has(t.l))) {
    let c0 = k + 1;
    while (c0 < n && !toks[c0]!.w) c0++;
    const ce = clauseEnd(toks, c0);
    if (ce <= c0) return;
    pushFrame(sc, { sent: sc.si, links: [src], content: [[toks[c0]!.s, toks[ce - 1]!.e]], material: [toks[cs]!.s, toks[k]!.e], rule: 'attr.account-of', cue: j });
  } else {
    const pc = postContent(ctx, sc, j);
    if (!pc) return;
    pushFrame(sc, { sent: sc.si, links: [src], content: [pc], material: [toks[j - 1]!.s, toks[k]!.e], rule: 'attr.account-of.final', cue: j });
  }
}
