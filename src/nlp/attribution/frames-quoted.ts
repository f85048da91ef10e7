// "X was quoted by Y", "Y quoted X as saying", "as reported by X".
import type { AttributionLink } from '../../core/types.js';
import type { Tok } from '../claims/text.js';
import { S, SPEECH, CUE_ADV, SPEAKING, BE, DET, PRON, FINITE, finitePastForm } from './words.js';
import { pushFrame, isOpenQuote, isPunct, type Ctx, type SentCtx } from './frame.js';
import { leftNP, rightNP } from './np.js';
import { namedLink, mediumAfter } from './source-link.js';
import { clauseStart, clauseEnd, postContent, skipAfterCue } from './clause.js';
import { predicateAt } from './split-subject.js';
import { attributionWords } from './data-words.js';

export function quotedBy(ctx: Ctx, sc: SentCtx, j: number): void {
  const { toks } = sc;
  const n = toks.length;
  const y = rightNP(toks, j + 2, n, S(['as', 'that', 'saying', 'on', 'in']));
  if (!y) return;
  let k = y[1] + 1;
  if (toks[k]?.l === 'as' && toks[k + 1] && SPEECH.has(toks[k + 1]!.l)) k += 2;
  if (toks[k]?.l === 'that') k++;
  let i = j - 1;
  while (i >= 0 && (BE.has(toks[i]!.l) || CUE_ADV.has(toks[i]!.l))) i--;
  const cs = clauseStart(toks, j);
  const x = leftNP(toks, i, cs);
  if (!x) return;
  const ce = clauseEnd(toks, k);
  if (ce <= k) return;
  const links = [namedLink(ctx, toks, y[0], y[1], [toks[j]!, toks[j + 1]!], 'attr.quoted-by'), namedLink(ctx, toks, x[0], x[1], [toks[j]!], 'attr.quoted-by')];
  pushFrame(sc, { sent: sc.si, links, content: [[toks[k]!.s, toks[ce - 1]!.e]], material: [toks[x[0]]!.s, toks[k - 1]!.e], rule: 'attr.quoted-by', cue: j });
}

/** "Y quoted X as saying (that) C" and '"C," Y quoted X as saying': chain [Y, X]. */
export function quotedAs(ctx: Ctx, sc: SentCtx, j: number): boolean {
  const { toks } = sc;
  const n = toks.length;
  const x = rightNP(toks, j + 1, n, S(['as', 'that', 'saying', 'on', 'in']));
  if (!x || toks[x[1] + 1]?.l !== 'as' || !/^(saying|telling|stating|writing|describing)$/.test(toks[x[1] + 2]?.l ?? '')) return false;
  let k = j - 1;
  while (k >= 0 && toks[k]!.w && CUE_ADV.has(toks[k]!.l)) k--;
  const cs = clauseStart(toks, j);
  const y = k >= 0 && toks[k]!.w ? leftNP(toks, k, cs) : null;
  if (!y) return false;
  const cueEnd = x[1] + 2;
  let c0 = cueEnd + 1;
  if (toks[c0]?.l === 'that') c0++;
  const ce = clauseEnd(toks, Math.min(c0, n - 1));
  let content: [number, number] | null = null;
  let material: [number, number];
  if (c0 < n && ce > c0) { content = [toks[c0]!.s, toks[ce - 1]!.e]; material = [toks[y[0]]!.s, toks[c0 - 1]!.e]; }
  else { content = postContent(ctx, sc, y[0]); material = [toks[Math.max(0, y[0] - 1)]!.s, toks[cueEnd]!.e]; }
  if (!content) return false;
  const links = [namedLink(ctx, toks, y[0], y[1], [toks[j]!], 'attr.quoted-as'), namedLink(ctx, toks, x[0], x[1], [toks[x[1] + 2]!], 'attr.quoted-as')];
  pushFrame(sc, { sent: sc.si, links, content: [content], material, rule: 'attr.quoted-as', cue: j });
  return true;
}

/** "…, as indicated by X [speaking to Y]". */
export function asByFrame(ctx: Ctx, sc: SentCtx, j: number): void {
  const { toks } = sc;
  const n = toks.length;
  const x = rightNP(toks, j + 2, n, S(['speaking', 'talking', 'citing', 'that', 'who', 'which', 'on', 'in']));
  if (!x) return;
  const links: AttributionLink[] = [];
  const xl = namedLink(ctx, toks, x[0], x[1], [toks[j]!], 'attr.as-by');
  let z = x[1];
  const sp = toks[z + 1];
  if (sp && SPEAKING.has(sp.l) && toks[z + 2]?.l === 'to') {
    const y = mediumAfter(ctx, sc, z + 3, [sp, toks[z + 2]!]);
    if (y) { links.push(y.link); z = y.end; }
  }
  links.push(xl);
  const pc = postContent(ctx, sc, j - 1);
  if (!pc) return;
  pushFrame(sc, { sent: sc.si, links, content: [pc], material: [toks[j - 2]!.s, toks[Math.min(n - 1, z)]!.e], rule: 'attr.as-by', cue: j });
}

const SAID_FIRST = S(['said', 'says', 'added', 'adds', 'wrote', 'writes', 'asked', 'asks', 'recalled', 'recalls', 'explained', 'noted', 'continued']);
/**
 * 'Said Ana Ruiz, who grew up nearby, "We were proud."' and 'Added the mayor: C': a sentence opening with its cue,
 * the speaker right after it, the content a quotation or the words after a colon.
 */
export function saidFirst(ctx: Ctx, sc: SentCtx, j: number): boolean {
  const { toks, quotes } = sc;
  const n = toks.length;
  if (!SAID_FIRST.has(toks[j]!.l) || !toks[j]!.cap) return false;
  const y = rightNP(toks, j + 1, n, S(['who', 'whom', 'which', 'whose', 'that', 'as', 'in', 'at', 'on', 'after', 'before', 'when', 'while']));
  if (!y || !(toks[y[0]]!.cap || DET.has(toks[y[0]]!.l))) return false;
  // an appositive or relative may sit between the speaker and the quotation or colon
  let m = y[1] + 1;
  while (m < n && m - y[1] < 25 && !isOpenQuote(toks[m], quotes) && !isPunct(toks[m], ':')) m++;
  if (m >= n) return false;
  const c0 = isPunct(toks[m], ':') ? m + 1 : m;
  if (c0 >= n) return false;
  const q = isOpenQuote(toks[c0], quotes) ? quotes.byOpen.get(toks[c0]!.s) : undefined;
  const end = q ? q[1] : toks[n - 1]!.e;
  const l = namedLink(ctx, toks, y[0], y[1], [toks[j]!], 'attr.said-first');
  pushFrame(sc, { sent: sc.si, links: [l], content: [[toks[c0]!.s, end]], material: [toks[j]!.s, toks[c0 - 1]!.e], rule: 'attr.said-first', cue: j });
  return true;
}

/**
 * The agent of a passive verb of saying is the source: "It was reported by Reuters that C", "Reporters were told by
 * the mayor that C", "It has been confirmed by the ministry that C". Only with "by" right after the participle and
 * "that" right after the agent (not "was told by a friend to leave", "was reported by several outlets" with no
 * clause); the subject and the verb are the frame's words, the clause after "that" its content.
 * A passive has room for a reported clause only with an expletive "it" subject or a hearer as subject ("were told",
 * "was warned"), and that clause has its own subject: "The rumour was denied by the company that owns the website",
 * "It was claimed by the group that calls itself Islamic State" have a relative "that" and report nothing (review
 * finding 2); past such a relative a second "that" may still open the clause ("by the paper that first broke the
 * story that C").
 */
export function passiveAgent(ctx: Ctx, sc: SentCtx, j: number): boolean {
  const { toks } = sc;
  const n = toks.length;
  if (toks[j + 1]?.l !== 'by' || !/(ed|told|said|written|made)$/.test(toks[j]!.l)) return false;
  let i = j - 1;
  while (i >= 0 && toks[i]!.w && CUE_ADV.has(toks[i]!.l) && !BE.has(toks[i]!.l)) i--;
  if (!(i >= 0 && BE.has(toks[i]!.l))) return false;
  // the subject: the word before the auxiliaries ("It has also been confirmed")
  let s = i - 1;
  while (s >= 0 && toks[s]!.w && (CUE_ADV.has(toks[s]!.l) || FINITE.has(toks[s]!.l) || BE.has(toks[s]!.l))) s--;
  if (!(toks[s]?.l === 'it' || HEARER().has(toks[j]!.l))) return false;
  const y = rightNP(toks, j + 2, n, S(['that', 'to', 'as', 'on', 'in']));
  if (!y || toks[y[1] + 1]?.l !== 'that') return false;
  let k = y[1] + 2;
  const ce = clauseEnd(toks, k);
  if (relativeVerbAt(toks, k)) {
    // past the relative clause, within a few words of it, another "that" opening a clause with a subject
    let m = k + 1;
    while (m < ce && m - k < 12 && toks[m]!.w && !(toks[m]!.l === 'that' && !toks[m]!.cap)) m++;
    if (!(m < ce && toks[m]!.l === 'that' && !relativeVerbAt(toks, m + 1))) return false;
    k = m + 1;
  }
  if (ce <= k || !toks[k]?.w) return false;
  const cs = clauseStart(toks, j);
  const l = namedLink(ctx, toks, y[0], y[1], [toks[j]!], 'attr.passive-by');
  pushFrame(sc, { sent: sc.si, links: [l], content: [[toks[k]!.s, toks[ce - 1]!.e]], material: [toks[Math.min(cs, i)]!.s, toks[k - 1]!.e], rule: 'attr.passive-by', cue: j });
  return true;
}

/** Passive verbs whose subject is the hearer (data/lexicon/attribution-words.json passiveHearerVerbs). */
const HEARER = (): ReadonlySet<string> => attributionWords('passiveHearerVerbs');
/** Words opening the object of a present verb (data/lexicon/attribution-words.json relativeObjectWords). */
const REL_OBJECT = (): ReadonlySet<string> => attributionWords('relativeObjectWords');

/**
 * A verb right after "that" (after at most one adverb), so "that" is a relative pronoun with no subject of its own:
 * "that had seen smoke", "that first broke the story", "that owns the website", "that calls itself …". A present
 * "-s" form counts only before its object (a determiner, pronoun, number, name, -ly adverb, "nearby") and with no
 * verb a few words on: "that prices rose", "that talks had stalled", "that costs this year rose" have a plural subject.
 */
export function relativeVerbAt(toks: Tok[], k: number): boolean {
  if (predicateAt(toks, k)) return true;
  let m = k;
  const t0 = toks[m];
  if (t0?.w && !t0.cap && ((CUE_ADV.has(t0.l) && !FINITE.has(t0.l) && !BE.has(t0.l)) || (/ly$/.test(t0.l) && t0.l.length > 4))) m++;
  if (m > k && predicateAt(toks, m)) return true;
  const t = toks[m];
  if (!t?.w || t.cap || !/[^su]s$/.test(t.l) || t.l.length <= 3 || DET.has(t.l) || PRON.has(t.l)) return false;
  const o = toks[m + 1];
  if (!o?.w || !(o.cap || DET.has(o.l) || REL_OBJECT().has(o.l) || /^\d/.test(o.l) || (/ly$/.test(o.l) && o.l.length > 4))) return false;
  for (let v = m + 1; v < toks.length && v <= m + 4 && toks[v]!.w; v++) if (finitePastForm(toks[v])) return false;
  return true;
}

/** "The mayor was quoted as saying (that) C": the subject of the passive "quoted" is the speaker (the outlet quoting goes unnamed). */
export function quotedAsSaying(ctx: Ctx, sc: SentCtx, j: number): boolean {
  const { toks } = sc;
  const n = toks.length;
  if (toks[j + 1]?.l !== 'as' || !/^(saying|telling|stating|writing)$/.test(toks[j + 2]?.l ?? '')) return false;
  let i = j - 1;
  while (i >= 0 && toks[i]!.w && CUE_ADV.has(toks[i]!.l) && !BE.has(toks[i]!.l)) i--;
  if (!(i > 0 && BE.has(toks[i]!.l))) return false;
  // ("has been quoted", "had been widely quoted", "will be quoted": the auxiliaries before it)
  while (i > 0 && (BE.has(toks[i - 1]!.l) || /^(has|have|had|will|would|may|might)$/.test(toks[i - 1]!.l))) i--;
  const x = leftNP(toks, i - 1, clauseStart(toks, i));
  if (!x) return false;
  // "quoted as saying in an interview that C", "… on Friday that C": the phrase of where or when the words were said
  // before "that" is the frame's, as after an active "said" (review finding 5)
  const k = skipAfterCue(toks, j + 3, n);
  const ce = clauseEnd(toks, k);
  // (a clause of three words at least: not "was quoted as saying in 2019")
  if (ce <= k || !toks[k] || toks.slice(k, ce).filter((t) => t.w).length < 3) return false;
  const l = namedLink(ctx, toks, x[0], x[1], [toks[j]!, toks[j + 1]!, toks[j + 2]!], 'attr.quoted-as-saying');
  pushFrame(sc, { sent: sc.si, links: [l], content: [[toks[k]!.s, toks[ce - 1]!.e]], material: [toks[x[0]]!.s, toks[k - 1]!.e], rule: 'attr.quoted-as-saying', cue: j });
  return true;
}
