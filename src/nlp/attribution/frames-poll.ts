// "in <poll>": a finding reported in a poll or survey is the poll's ("Clinton leads in the latest CNN poll",
// "In a Gallup survey last month, 38 percent of voters said …"). The poll is the outer source of whatever its
// clause says, including a nested "N percent said" frame.
import * as L from '../claims/lexicon.js';
import { S, INTRO_PREP } from './words.js';
import { isComma, pushFrame, type Ctx, type SentCtx } from './frame.js';
import { rightNP } from './np.js';
import { namedLink } from './source-link.js';
import { clauseStart, clauseEnd } from './clause.js';

const POLL_HEADS = S(L.POLL_NOUNS);
// the poll phrase may hold "of" ("the average of New Hampshire polls") but ends at a clause word or a date
const POLL_STOP = S(['that', 'who', 'whom', 'which', 'whose', 'as', 'said', 'says', 'when', 'while', 'because', 'if', 'on', 'last',
  'this', 'earlier', 'in', 'at', 'to', 'was', 'were', 'is', 'are', 'had', 'has', 'have', 'would', 'will', 'by', 'and', 'but', 'released',
  'published', 'taken', 'conducted', 'since', 'after', 'before', 'during', 'with', 'for']);

/** A frame for "in <NP headed by poll/survey>"; false when the phrase after "in" is not a poll. */
export function inPoll(ctx: Ctx, sc: SentCtx, j: number): boolean {
  const { toks } = sc;
  const r = rightNP(toks, j + 1, toks.length, POLL_STOP);
  if (!r) return false;
  // one named poll ("the latest CNN poll", "a Gallup survey"); "in the polls" at large is no source
  let head = -1;
  for (let k = r[0]; k <= r[1]; k++) if (POLL_HEADS.has(toks[k]!.l)) head = k;
  // a named poll, or one singled out by a demonstrative or "latest/new/previous": "in this poll", "in the latest survey"
  const singled = head >= 0 && toks[head]!.l === L.POLL_NOUNS.find((w) => w === toks[head]!.l) && (/^(this|that)$/.test(toks[r[0]]!.l)
    || toks.slice(r[0], head).some((t) => /^(latest|new|newest|previous|recent|same)$/.test(t.l)));
  if (head < 0 || !(singled || toks.slice(r[0], head).some((t) => t.cap && t.w))) return false;
  const e = r[1];
  const link = namedLink(ctx, toks, r[0], e, [toks[j]!], 'attr.in-poll');
  // a poll is a document: a medium's poll stays MEDIA, any other is an organisation's ("a Gallup survey")
  if (link.kind !== 'MEDIA' && link.kind !== 'AGENCY') link.kind = 'ORG';
  const cs = clauseStart(toks, j);
  const initial = !toks.slice(cs, j).some((t) => t.w && !INTRO_PREP.has(t.l));
  if (initial) {
    // "In a poll last month, C": the content follows the phrase's comma
    let c0 = e + 1;
    while (c0 < toks.length && !isComma(toks[c0]) && c0 - e < 8) c0++;
    if (!isComma(toks[c0])) return false;
    c0++;
    const ce = clauseEnd(toks, c0);
    if (ce <= c0 + 1) return false;
    pushFrame(sc, { sent: sc.si, links: [link], content: [[toks[c0]!.s, toks[ce - 1]!.e]], material: [toks[cs]!.s, toks[c0 - 1]!.e], rule: 'attr.in-poll', cue: j });
    return true;
  }
  // "C in the latest poll": the clause around the phrase, kept whole (no material cut out of it)
  const ce = clauseEnd(toks, j);
  if (j - cs < 2) return false;
  pushFrame(sc, { sent: sc.si, links: [link], content: [[toks[cs]!.s, toks[ce - 1]!.e]], material: [toks[j]!.s, toks[j]!.s], rule: 'attr.in-poll', cue: j, local: true });
  return true;
}
