// "Most of the victims, police said, were women and children", '"The economy," he said, "will recover."', "Shares,
// according to analysts, could fall further": a frame set inside a clause between its subject and its predicate.
// The subject alone (no verb) asserts nothing, so the two halves are one claim: one piece from the subject to the
// predicate's end, the frame words inside it, its chain read from the predicate's half.
import type { Tok } from '../claims/text.js';
import { FINITE, INTRO_PREP, SPEECH, finitePastForm } from './words.js';
import { isComma, isHard, isPunct, type Frame } from './frame.js';
import type { Piece } from './pieces.js';
import { lowerBound } from '../../core/lower-bound.js';

/** The longest subject joined: a noun phrase, not a clause. */
const MAX_SUBJECT_WORDS = 8;
const PREDICATE_ADVERB = /^(also|still|now|already|not|never|only|even|often|largely|mostly|probably|likely)$/;

const finiteOrPast = (t: Tok | undefined): boolean => finitePastForm(t) && !(/ed$/.test(t!.l) && t!.l.length <= 4 && !FINITE.has(t!.l));

/** A word that could be a verb of the subject's own clause (then the subject half is already a clause). */
const verbish = (t: Tok): boolean => finiteOrPast(t) || (!t.cap && SPEECH.has(t.l)) || (!t.cap && /ing$/.test(t.l) && t.l.length > 4);
/** "The wounded", "the injured": a participle after a determiner is the subject's head, not its verb. */
const HEAD_DET = /^(the|those|these|many|some|most|all|several)$/;
const subjectVerb = (subj: Tok[], n: number): boolean =>
  verbish(subj[n]!) && !(n > 0 && HEAD_DET.test(subj[n - 1]!.l) && /ed$/.test(subj[n]!.l) && !FINITE.has(subj[n]!.l));

/** A present -s form after a singular subject ("The company, analysts said, faces a large fine"). */
const presentS = (t: Tok | undefined, next: Tok | undefined): boolean =>
  !!t && t.w && !t.cap && /[^su]s$/.test(t.l) && t.l.length > 3 && !!next?.w && !/^(and|or|of)$/.test(next.l);

/** The predicate opens at token k: a finite verb or a past form, after at most one adverb ("were also", "also said"). */
export function predicateAt(toks: Tok[], k: number): boolean {
  if (finiteOrPast(toks[k])) return true;
  const t = toks[k];
  return !!t && t.w && !t.cap && (PREDICATE_ADVERB.test(t.l) || (/ly$/.test(t.l) && t.l.length > 4)) && finiteOrPast(toks[k + 1]);
}

/** Index of the first token starting at or after `off` (toks.length when none), by binary search over tokens in
 * text order (a scan per frame was quadratic in a sentence of thousands of frames). */
const tokAt = (toks: Tok[], off: number): number => lowerBound(toks.length, (m) => toks[m]!.s < off);

/**
 * Joins the pieces around every frame of sentence `si` that sits between a verbless subject opening the sentence and
 * a predicate. Returns the new piece list; a joined piece carries `probe`, the range its chain is read from.
 */
export function joinSplitSubjects(toks: Tok[], frames: Frame[], si: number, pieces: Piece[]): Piece[] {
  let out = [...pieces];
  // how many tokens open the sentence as quote marks only (a subject may start no later: counted once, not per frame)
  let lead = 0;
  while (lead < toks.length && !toks[lead]!.w && toks[lead]!.q) lead++;
  for (const f of frames) {
    if (f.sent !== si || f.local || f.inherit) continue;
    const [m0, m1] = f.material;
    const i0 = tokAt(toks, m0);
    // the subject: every token before the frame (opening quotes and the closing comma aside) a word, no verb
    let b = i0 - 1, comma = false;
    while (b >= 0 && !toks[b]!.w) { if (isComma(toks[b])) comma = true; if (isHard(toks[b]) || isPunct(toks[b], '.')) break; b--; }
    if (isComma(toks[i0])) comma = true;
    if (!comma || b < 0 || !toks[b]!.w) continue;
    let a = b;
    while (a > 0 && toks[a - 1]!.w) a--;
    // (only quote marks may stand before it: the subject opens the sentence)
    if (a > lead) continue;
    const subj = toks.slice(a, b + 1);
    if (subj.length > MAX_SUBJECT_WORDS || subj.some((_, n) => subjectVerb(subj, n)) || INTRO_PREP.has(subj[0]!.l)) continue;
    // ("Yesterday, he said, …", "Meanwhile, …": a lone adverb is no subject)
    if (subj.length === 1 && !subj[0]!.cap && !/s$/.test(subj[0]!.l)) continue;
    if (subj.length > 1 && subj[subj.length - 1]!.l === 'of') continue;
    // the predicate right after the frame (a comma and an opening quote between)
    let k = tokAt(toks, m1);
    while (k < toks.length && !toks[k]!.w && (isComma(toks[k]) || toks[k]!.q)) k++;
    // (a present -s form only after a singular head: "The company, analysts said, faces …")
    if (!predicateAt(toks, k) && !(presentS(toks[k], toks[k + 1]) && !/s$/.test(toks[b]!.l))) continue;
    const v = toks[k]!;
    // the predicate's piece starts at the verb or at the quote mark before it
    const p2 = out.filter((p) => p.s >= m1 && p.s <= v.s && p.e > v.s).sort((x, y) => y.e - x.e)[0];
    if (!p2) continue;
    const start = toks[a - 1]?.q && toks[a - 1]!.e === toks[a]!.s ? toks[a - 1]!.s : toks[a]!.s;
    // (the chain is the frame's: read from the predicate's half when the frame's content holds it, else from the
    // subject's, as after a short predicate the frame's content may stop at the subject: "The talks, he said, ended.")
    const covers = (x: number, y: number): boolean => f.content.some(([c0, c1]) => c0 <= x && y <= c1);
    const sub = f.content.find(([c0, c1]) => c0 <= toks[a]!.s && toks[b]!.e <= c1);
    const probe = covers(p2.s, p2.e) ? { s: p2.s, e: p2.e } : sub ? { s: toks[a]!.s, e: toks[b]!.e } : undefined;
    if (!probe) continue;
    const joined: Piece = { s: start, e: p2.e, probe };
    out = out.filter((p) => p !== p2 && !(p.s >= start && p.e <= m0 + 1));
    out.push(joined);
  }
  return out.sort((p, q) => p.s - q.s);
}
