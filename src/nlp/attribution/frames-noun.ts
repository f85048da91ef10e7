// Nominal cues: a noun of saying or believing with its possessor and a "that" clause ("rejected his claim that C",
// "repeated the senator's warning that C"): the possessor is the source of C.
import type { AttributionLink } from '../../core/types.js';
import type { Tok } from '../claims/text.js';
import { S, DET, NPOBJ, SPEECH } from './words.js';
import * as L from '../claims/lexicon.js';
import { pushFrame, type Ctx, type SentCtx } from './frame.js';
import { leftNP } from './np.js';
import { namedLink, resolvePronoun } from './source-link.js';
import { clauseStart, clauseEnd } from './clause.js';

export const CLAIM_NOUN = S(L.CLAIM_NOUNS);
const POSS_PRON: Record<string, string> = { his: 'he', her: 'she', their: 'they', its: 'it' };

/** True when a frame was added for the claim noun at token j (toks[j + 1] is "that"). */
export function possessedClaim(ctx: Ctx, sc: SentCtx, j: number): boolean {
  const { toks } = sc;
  const n = toks.length;
  if (toks[j + 1]?.l !== 'that' || j < 2) return false;
  const p = toks[j - 1]!;
  const cs = clauseStart(toks, j);
  let src: AttributionLink | undefined;
  let srcStart: number;
  const cue = [toks[j]!];
  if (p.w && POSS_PRON[p.l]) {
    const r = resolvePronoun(ctx, { ...p, l: POSS_PRON[p.l]! } as Tok);
    if (!r) return false;
    src = { ...r, cue: toks[j]!.t, cueSpan: { start: toks[j]!.s, end: toks[j]!.e }, span: { start: p.s, end: p.e }, rule: 'attr.claim-noun+pronoun' };
    srcStart = j - 1;
  } else {
    // "the senator's claim", "the protesters’ claim"
    let e = j - 1;
    let trimmed: Tok[] = toks;
    if (p.w && /'s$/.test(p.l)) {
      trimmed = toks.slice(0);
      trimmed[e] = { ...p, t: p.t.slice(0, -2), e: p.e - 2, l: p.l.slice(0, -2) };
    } else if (!p.w && (p.t === '’' || p.t === "'") && /s$/.test(toks[j - 2]!.l)) e = j - 2;
    else return false;
    const np = leftNP(trimmed, e, cs);
    if (!np) return false;
    // the possessor's own phrase: from its determiner, or after the verb the scan ran into ("rejected the senator's")
    for (let i = e - 1; i >= np[0]; i--) {
      const x = toks[i]!;
      if (DET.has(x.l)) { np[0] = i; break; }
      if (!x.cap && (/ed$/.test(x.l) || NPOBJ.has(x.l) || SPEECH.has(x.l))) { np[0] = i + 1; break; }
    }
    src = namedLink(ctx, trimmed, np[0], e, cue, 'attr.claim-noun');
    srcStart = np[0];
  }
  // the possessed noun must be an object ("rejected his claim that …"), not the subject, whose that-clause ends
  // somewhere before the sentence's own verb
  let a = srcStart;
  while (a > cs && toks[a - 1]!.w && /^(the|a|an|this|that|repeated|earlier|latest|own|new|false|baseless|unfounded|main)$/.test(toks[a - 1]!.l)) a--;
  if (a <= cs || !toks[a - 1]!.w) return false;
  const c0 = j + 2;
  const ce = clauseEnd(toks, c0);
  if (ce <= c0 + 1) return false;
  pushFrame(sc, { sent: sc.si, links: [src], content: [[toks[c0]!.s, toks[ce - 1]!.e]], material: [toks[srcStart]!.s, toks[j + 1]!.e], rule: 'attr.claim-noun', cue: j });
  return true;
}
