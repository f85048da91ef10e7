// "was arrested in 2021 and remains in prison", "the dam was damaged and could collapse": a second verb phrase
// coordinated by and/but is its own proposition. Guarded so that a name or a month after "and" ("between March and
// May this year", "Juncker and May") and a verb phrase inside a subject followed by the clause's own verb ("Families
// who lost their homes and may need shelter were moved …") are not cut.
import type { Tok } from '../claims/text.js';
import { S, FINITE, IRR_PAST, DET, PRON, MONTHS_DAYS } from './words.js';
import { isComma, isHard, isPunct } from './frame.js';

export const VP_START = S(['remains', 'remain', 'is', 'are', 'will', 'would', 'could', 'may', 'might', 'continues', 'continue', 'has', 'have', 'faces', 'face', 'plans', 'expects']);
const MODAL = S(['will', 'would', 'could', 'may', 'might']);
/** Words after a modal that are no verb: time words, determiners ("May this year", "May last week"). */
const NOT_BASE = S(['this', 'next', 'last', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'said', 'says']);

/** The word after a modal opens a verb phrase: a lower-case base verb, "not", "be", "have" or an adverb before one. */
function baseVerbAt(toks: Tok[], k: number): boolean {
  const t = toks[k];
  if (!t?.w || t.cap || /^\p{N}/u.test(t.l)) return false;
  if (t.l === 'not' || t.l === 'be' || t.l === 'have' || t.l === "n't") return true;
  if (MONTHS_DAYS.has(t.l) || DET.has(t.l) || PRON.has(t.l) || NOT_BASE.has(t.l) || FINITE.has(t.l)) return false;
  if (/ly$/.test(t.l) || t.l === 'also' || t.l === 'still' || t.l === 'soon' || t.l === 'now') return baseVerbAt(toks, k + 1);
  // (a past form is no base verb: "… and May ended without a deal")
  return !/ed$/.test(t.l) && !IRR_PAST.has(t.l) || /eed$/.test(t.l);
}

const clauseStop = (t: Tok | undefined): boolean => !t || isComma(t) || isHard(t) || isPunct(t, '.') || isPunct(t, ';') || isPunct(t, '?') || isPunct(t, '!');

/** Another finite verb after the modal phrase before the clause ends: the modal phrase sat in a subject. */
function finiteFollows(toks: Tok[], i: number): boolean {
  for (let k = i + 3; k < toks.length && !clauseStop(toks[k]); k++) {
    const t = toks[k]!;
    if (t.w && !t.cap && /^(is|are|was|were|has|had)$/.test(t.l) && !/^(be|been|have|not)$/.test(toks[k - 1]!.l)) return true;
  }
  return false;
}

/** Token i ("and"/"but", no comma before it) opens a coordinated verb phrase that is its own piece. */
export function coordinatedVerbPhrase(toks: Tok[], i: number): boolean {
  const t = toks[i]!;
  const v = toks[i + 1];
  if ((t.l !== 'and' && t.l !== 'but') || i <= 2 || isComma(toks[i - 1]) || !v?.w || toks.length - i <= 3) return false;
  // (as written: "and May", "and Will" are names or months)
  // (in a title-case line, where "And" is capitalised too, the capital says nothing)
  if (!VP_START.has(v.l) || (v.cap && !t.cap)) return false;
  if (MODAL.has(v.l) && !baseVerbAt(toks, i + 2)) return false;
  return !finiteFollows(toks, i);
}
