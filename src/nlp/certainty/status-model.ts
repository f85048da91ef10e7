// A trained check on the hand rules' claim status (PAST | ONGOING | FUTURE against publication): a multiclass averaged
// perceptron over the cues the rules read (tense and aspect of the content's verbs, the rules' own answer, the claim's
// times placed against publication, the frame: reported speech, quotation, headline) and a few lexical ones (first verb,
// modal, cue verb). The weights are data (data/models/status-model.json, written by scripts/train-status.ts with its
// provenance and cross-validation figures); with no weights file the rules' answer stands unchanged.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Status } from '../../core/types.js';
import { projectRoot } from '../../core/shared.js';
import * as L from '../claims/lexicon.js';
import type { Tok } from '../claims/text.js';
import { irregularPast } from './irregular.js';
import { ONGOING_MARK } from './status-times.js';
import { placeAgainst } from './timex-range.js';

export const STATUSES: readonly Status[] = ['PAST', 'ONGOING', 'FUTURE'];
export const MODEL_FILE = join('data', 'models', 'status-model.json');

/** What readClaims knows of a claim when its rules have decided the status. */
export interface StatusCues {
  /** the content's tokens the rules read the tense from */
  toks: readonly Tok[];
  /** the rules' status from the words alone, then after the claim's times */
  grammar: Status;
  rule: Status;
  /** the status came from a verb form; the past form it was read from */
  fromVerb?: boolean;
  /** the status came from a finite present verb the rules are sure of (kept out of the features: see decide) */
  presentVerb?: boolean;
  pastWord?: string;
  reported: boolean;
  quoted: boolean;
  headline: boolean;
  pastPlan: boolean;
  /** the innermost attribution cue ("said", "told reporters"), when there is one */
  cue?: string;
  /** the claim's own times the rules kept (those they set aside as a noun's or a bound's date are left out): resolved
   * value and modifier */
  times: ReadonlyArray<{ value: string; type: string; mod?: string; text: string }>;
  /** the rules set aside one of the claim's times as not its own ("after the storm on March 3") */
  discounted?: boolean;
  /** publication date (YYYY-MM-DD…) */
  anchor?: string;
}

const S = (a: readonly string[]): Set<string> => new Set(a);
const FUT_MODAL = S(L.FUTURE_MODALS);
const WEAK = S(L.WEAK_MODALS);
const BEP = S(L.BE_PRESENT);
const BEPAST = S(L.BE_PAST);
const HAVEP = S(L.HAVE_PRESENT);
const FUT_BE = S(L.FUTURE_AFTER_BE);
const FUT_VERB = S(L.FUTURE_VERBS);
const PRESENT = S(L.PRESENT_VERBS);
const STATES = S(L.ONGOING_STATES);
const STATIVE = S(L.STATIVE_PAST);
const IRR = S(irregularPast());
/** Closed-class temporal words (general English, not taken from any example). */
const TEMPORAL = S(['now', 'still', 'currently', 'yet', 'already', 'ago', 'yesterday', 'today', 'tonight', 'tomorrow', 'next', 'last',
  'soon', 'later', 'earlier', 'since', 'until', 'upcoming', 'ongoing', 'previously', 'recently', 'once', 'former', 'formerly', 'again',
  'continue', 'continues', 'continuing', 'remain', 'remains', 'remained', 'so', 'far']);

/** Coarse verb class of a word, or undefined when it reads as no verb form (no POS tagger here). */
export function verbClass(t: Tok): string | undefined {
  if (!t.w || /^\d/.test(t.l)) return undefined;
  const w = t.l;
  if (FUT_MODAL.has(w)) return 'fmodal';
  if (WEAK.has(w)) return 'wmodal';
  if (BEP.has(w)) return 'bepres';
  if (BEPAST.has(w)) return 'bepast';
  if (w === 'be' || w === 'been' || w === 'being') return w;
  if (HAVEP.has(w)) return 'havepres';
  if (w === 'had') return 'had';
  if (w === 'do' || w === 'does') return 'dopres';
  if (w === 'did') return 'did';
  if (t.cap) return undefined;
  if (IRR.has(w)) return 'irr';
  if (/[^e]ed$/.test(w) && w.length > 4) return 'ed';
  if (/ing$/.test(w) && w.length > 5) return 'ing';
  if (PRESENT.has(w)) return /s$/.test(w) ? 'pres3' : 'pres';
  return undefined;
}

/** Placement of a claim time against publication: BEFORE | OVERLAPS | AFTER, or the reference kind. */
function place(t: { value: string; type: string }, anchor?: string): string | undefined {
  if (/_REF$/.test(t.value)) return t.value;
  if (!anchor || !/^\d{4}/.test(t.value) || (t.type !== 'DATE' && t.type !== 'TIME')) return undefined;
  return placeAgainst(t.value, anchor);
}

/** The features of a claim's status (strings; each present once). */
export function statusFeatures(c: StatusCues): string[] {
  const f = new Set<string>(['bias']);
  f.add(`rule=${c.rule}`);
  f.add(`gram=${c.grammar}`);
  if (c.grammar !== c.rule) f.add(`gram>rule=${c.grammar}>${c.rule}`);
  if (c.fromVerb) f.add(`fromVerb&rule=${c.rule}`);
  else f.add(`noVerb&rule=${c.rule}`);
  if (c.pastWord) f.add(`pastWord=${c.pastWord}`);
  const frame = `${c.reported ? 'rep' : ''}${c.quoted ? 'quo' : ''}${c.headline ? 'head' : ''}` || 'plain';
  f.add(`frame=${frame}`);
  f.add(`frame&rule=${frame}&${c.rule}`);
  if (c.pastPlan) f.add('pastPlan');
  const cw = (c.cue ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const cueVerb = cw.find((w) => /ed$|^(said|told|says|tells|say|added|adds|warned|warns)$/.test(w)) ?? cw[0];
  if (cueVerb) {
    f.add(`cue=${cueVerb}`);
    f.add(`cueTense=${/s$/.test(cueVerb) && !/ss$/.test(cueVerb) ? 'pres' : IRR.has(cueVerb) || /ed$/.test(cueVerb) ? 'past' : 'other'}`);
  } else f.add('cue=none');
  // verbs in order: the first two verb forms and their classes, the chain pattern
  const vs: Array<[string, string]> = [];
  for (const t of c.toks) {
    const k = verbClass(t);
    if (k) vs.push([k, t.l]);
    if (vs.length >= 4) break;
  }
  const v1 = vs[0], v2 = vs[1];
  f.add(`v1c=${v1?.[0] ?? 'none'}`);
  if (v1) f.add(`v1=${v1[1]}`);
  f.add(`v12c=${v1?.[0] ?? 'none'}_${v2?.[0] ?? 'none'}`);
  if (v2) f.add(`v2=${v2[1]}`);
  f.add(`v1c&rule=${v1?.[0] ?? 'none'}&${c.rule}`);
  let modal = '', hasTo = false, next = '';
  for (let i = 0; i < c.toks.length; i++) {
    const t = c.toks[i]!;
    if (!modal && (FUT_MODAL.has(t.l) || WEAK.has(t.l))) modal = t.l;
    if (t.l === 'to' && c.toks[i + 1]?.w && !/^\d/.test(c.toks[i + 1]!.l)) hasTo = true;
    if (TEMPORAL.has(t.l)) f.add(`tw=${t.l}`);
    if (STATES.has(t.l)) f.add('state');
    if (ONGOING_MARK.has(t.l)) f.add('ongoingMark');
    if (FUT_VERB.has(t.l) && !t.cap) f.add('futVerb');
    if (STATIVE.has(t.l) && !t.cap) f.add('stative');
    if ((BEP.has(t.l) || BEPAST.has(t.l)) && FUT_BE.has(c.toks[i + 1]?.l ?? '')) { next = c.toks[i + 1]!.l; f.add(`beFuture=${next}`); }
    if (t.l === 'been' || t.l === 'being') f.add(t.l);
    if (t.l === 'not' || t.l === "n't" || t.l === 'never' || t.l === 'no') f.add('neg');
  }
  if (modal) f.add(`modal=${modal}`);
  if (hasTo) f.add('to');
  // times
  const places = new Set<string>();
  for (const t of c.times) {
    const p = place(t, c.anchor);
    if (!p) continue;
    const k = t.mod ? `${p}/${t.mod}` : p;
    places.add(k);
  }
  if (c.discounted) f.add('timeDiscounted');
  if (!places.size) f.add('time=none');
  for (const p of places) { f.add(`time=${p}`); f.add(`time&rule=${p}&${c.rule}`); }
  const n = c.toks.filter((t) => t.w).length;
  f.add(`len=${n < 6 ? 's' : n < 15 ? 'm' : 'l'}`);
  return [...f];
}

/** Averaged-perceptron weights: one score per status for each feature. */
export interface StatusWeights { [feature: string]: [number, number, number] }
export interface StatusModelFile {
  kind: 'status-perceptron';
  /** how the model is combined with the rules (see decide) */
  policy: { mode: 'model' | 'margin' | 'noverb'; margin: number; keepTimes?: boolean };
  provenance: Record<string, unknown>;
  weights: StatusWeights;
}

export function scores(w: StatusWeights, feats: readonly string[]): [number, number, number] {
  const s: [number, number, number] = [0, 0, 0];
  for (const x of feats) { const v = w[x]; if (v) { s[0] += v[0]; s[1] += v[1]; s[2] += v[2]; } }
  return s;
}

/** The model's best status and its margin over the rules' answer. Ties keep the rules' answer. */
export function predict(w: StatusWeights, feats: readonly string[], rule: Status): { status: Status; margin: number } {
  const s = scores(w, feats);
  const ri = STATUSES.indexOf(rule);
  let best = ri;
  for (let k = 0; k < 3; k++) if (s[k]! > s[best]!) best = k;
  return { status: STATUSES[best]!, margin: s[best]! - s[ri]! };
}

/**
 * Combines the rules' answer with the model's by the model file's policy. "noverb": the rules' answer read from a verb
 * form (`fromVerb`: a past, a modal, a present the rules are sure of) stands — the model only decides the claims the
 * rules dated by default; `keepTimes`: an answer the claim's own dates moved (placed against publication) stands too.
 */
export function decide(m: Pick<StatusModelFile, 'policy' | 'weights'>, feats: readonly string[], rule: Status, fromVerb: boolean): Status {
  if (m.policy.mode === 'noverb' && fromVerb) return rule;
  if (m.policy.keepTimes && feats.some((f) => f.startsWith('gram>rule='))) return rule;
  const p = predict(m.weights, feats, rule);
  if (p.status === rule) return rule;
  return p.margin > m.policy.margin ? p.status : rule;
}

let loaded: StatusModelFile | null | undefined;
/** Reads a weights file (the committed one by default). */
export function loadStatusModel(path = join(projectRoot, MODEL_FILE)): StatusModelFile {
  return JSON.parse(readFileSync(path, 'utf8')) as StatusModelFile;
}
/**
 * The model the pipeline applies, or null (the rules' answer stands). On by default since stop 35 (README's stop 35):
 * the committed weights under their committed policy (noverb, margin 3, keepTimes: the rules' verb readings and
 * date-moved answers stand, the model decides only claims the rules dated by default). NEWSGRAPH_STATUS_MODEL=off
 * turns it off (the rules alone), "on" or unset uses the committed weights, any other value is the path of another
 * weights file. Why it was switched on, with figures: data/models/status-model.md.
 */
export function statusModel(): StatusModelFile | null {
  if (loaded !== undefined) return loaded;
  const env = process.env.NEWSGRAPH_STATUS_MODEL;
  const path = env === 'off' ? undefined : !env || env === 'on' ? join(projectRoot, MODEL_FILE) : env;
  if (env && path && !existsSync(path)) {
    // a mistyped path must not pass silently as "the model was applied": say once that the rules alone decide
    process.stderr.write(`newsgraph: NEWSGRAPH_STATUS_MODEL names no file (${path}); claim status comes from the rules alone\n`);
  }
  loaded = path && existsSync(path) ? loadStatusModel(path) : null;
  return loaded;
}
/** For tests and training: replace the loaded model (null: rules only; undefined: load the file again). */
export function setStatusModel(m: StatusModelFile | null | undefined): void { loaded = m; }

type Capture = (claim: object, feats: string[], rule: Status, fromVerb: boolean) => void;
let capture: Capture | undefined;
/** Training hook: called for every claim with its features and the rules' answer. */
export function setStatusCapture(f: Capture | undefined): void { capture = f; }

/** The status of a claim: the rules' answer, corrected by the model where its policy lets it. */
export function modelStatus(claim: object, cues: StatusCues): Status {
  const m = statusModel();
  if (!m && !capture) return cues.rule;
  const feats = statusFeatures(cues);
  // (the policy's verb guard counts a sure present as read from a verb; the features keep fromVerb as trained)
  const verb = !!cues.fromVerb || !!cues.presentVerb;
  capture?.(claim, feats, cues.rule, verb);
  return m ? decide(m, feats, cues.rule, verb) : cues.rule;
}
