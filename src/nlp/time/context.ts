// Tense of the clause around a time expression, for anchoring weekdays and bare months:
// "said on Tuesday" → the Tuesday before; "will meet on Wednesday" → the next one.
// Tense cues are found once per document (one linear pass); each query binary-searches the cues
// inside its sentence, so the cost stays linear however many times a text holds.
import type { Sentence } from '../../core/types.js';
import type { Tense } from './cand.js';
import { COMMIT_PLURAL_OBJECT_VERBS, FUTURE_CUES, IRREGULAR_PAST_CUES, PAST_CUES } from './lexicon.js';
import { headlineInfinitiveBefore, presentVerbBefore } from './present-tense.js';
import { movedToPattern } from './moved.js';
import { deadlineAhead } from './deadline.js';
import { stateUntilAhead } from './state-until.js';
import { CLOCK_AT_LEAD, CLOCK_LEAD } from './text-util.js';
import { contestDecided, datesHappening } from './happenings.js';
import { alternation, phrasePattern } from '../../core/regex.js';
import { reportingAlternation } from './reporting-verbs.js';
import { readWordSet } from '../../core/word-lists.js';
import { lowerBound } from '../../core/lower-bound.js';

const FUT = new Set(FUTURE_CUES.map((w) => w.toLowerCase()));
const PAST = new Set([...PAST_CUES, ...IRREGULAR_PAST_CUES].map((w) => w.toLowerCase()));
/** -ed words that are not past verbs. */
const NOT_PAST_ED = new Set(['need', 'weed', 'deed', 'heed', 'reed', 'creed', 'greed', 'breed', 'steed', 'embed', 'sled', 'speed', 'indeed', 'red', 'bed', 'seed', 'feed', 'hundred', 'shed', 'bred', 'led', 'fled', 'united', 'limited', 'based', 'armed', 'related', 'interested', 'concerned', 'expected']);
const WEAK_FUT = new Set(['should', 'plans to', 'plan to', 'could']);
/** Modals of possibility: only before a verb ahead, not the month "May" nor a past ability ("could not be reached", "could see smoke"). */
const MODAL_POSSIBLE = new Set(['may', 'might', 'could']);
const NOT_AHEAD_MODAL = /^\s+(?:not|only|still|barely|hardly|just|even|already|see|hear|feel|smell|be\s+(?:heard|seen|felt|smelled|smelt|spotted|observed))\b/i;
/** "could see more snow", "could see another round": a forecast, the "could" looking ahead (data/lexicon/time-could-see-ahead.txt). */
const COULD_SEE_AHEAD = new RegExp(`^\\s+see\\s+(?:${alternation(readWordSet('time-could-see-ahead.txt'), phrasePattern)})\\b`, 'i');
/** A forecast's noun within a few words of "could see more …" (data/lexicon/time-could-see-forecast-nouns.txt): "more
 * snow", "up to 20 cm of rain"; "could see more smoke", "could see up to 20 bodies" are a past ability to see. */
const FORECAST_NOUN = new RegExp(`^[^.;!?]{0,40}?\\b(?:${alternation(readWordSet('time-could-see-forecast-nouns.txt'))})\\b`, 'i');
export function couldSeeAhead(after: string): boolean {
  const m = COULD_SEE_AHEAD.exec(after);
  return !!m && FORECAST_NOUN.test(after.slice(m[0].length));
}
/** A commitment's infinitive before a noun phrase is the preposition: "agreed to a ceasefire", "pledged to the fund". */
const COMMIT_TO = new Set(['agreed to', 'promised to', 'pledged to', 'vowed to', 'threatened to']);
const TO_NOUN = /^\s+(?:(?:the|a|an|its|his|her|their|our|my|your|this|that|these|those|him|them|it|me|us)(?![A-Za-z])|[A-Z0-9$])/;
/** The word after a commitment's "to", and the one after it. */
const TO_WORDS = /^\s+([a-z]+)(?![A-Za-z'’-])(?:\s+([a-z]+)(?![A-Za-z'’-]))?/;
const LIGHT = new Set(COMMIT_PLURAL_OBJECT_VERBS);
/**
 * "agreed to meet", "vowed to return": a base-form verb follows the commitment's "to". A plural or -ing/-ed word does
 * not ("agreed to talks", "agreed to ceasefire terms"), nor a noun modifier before a plural ("agreed to peace talks"),
 * unless the first word is a verb that often takes a plural object ("agreed to hold talks").
 */
function baseVerbAfterTo(after: string): boolean {
  if (TO_NOUN.test(after)) return false;
  const m = TO_WORDS.exec(after);
  if (!m) return false;
  const w = m[1]!;
  if (/[^su]s$/.test(w) || (/ed$/.test(w) && !/eed$/.test(w)) || (/ing$/.test(w) && w.length > 5)) return false;
  if (m[2] && /[^su]s$/.test(m[2]) && !LIGHT.has(w)) return false;
  return true;
}
/** Between a modal and a time: the time dates a noun phrase, not the modal's verb ("could rise after the quake on Monday", "may be linked to a blast on Monday"). */
const MODAL_NOUN_LEAD = /(?:^|[^A-Za-z'’])(?:(?:after|since|following|amid|before)\s+[A-Za-z]|(?:to|from|of|with|by|in|at|for|over|during)\s+(?:the|a|an|its|his|her|their|this|that|these|those|[A-Za-z]+['’]s)\s)/i;
/** Between a verb and its time: "said on Tuesday", "announced in January". */
const ADJACENT = /^[ \t]+(?:(?:on|in|at|during|by|last|this|early|late|until|since)[ \t]+)?$/;
const WEAK_PAST = new Set(['has', 'have', 'says', 'since']);
/**
 * A present-tense verb right before a weekday or date schedules it: "the funeral is Friday", "voters go to the
 * polls Sunday" is not, but "talks resume Monday", "Kerry arrives Saturday" are. Only adjacent, and not after
 * "to"/"did"/"not" ("failed to meet Monday", "did not meet Tuesday"), nor after a determiner ("the vote on Friday" is a noun;
 * "the final is on Sunday", "which is on Friday" keep their "is").
 */
const PRESENT_SCHEDULE = /(?<![A-Za-z'’])(is|are|meet|meets|arrives|arrive|travels|travel|visits|visit|heads|leaves|resume|resumes|begin|begins|start|starts|open|opens|vote|votes|face|faces|host|hosts|play|plays|return|returns)[ \t]+(?:on[ \t]+)?$/i;
const NOT_PRESENT_BEFORE = /(?:\bto|\bdid|\bdoes|\bdo|n['’]t|\bnot|\bwould|\bcould|\bmay|\bmight|\bwill|\bcan|\bthat|\bwhich|\bwho|\bthe|\ba|\ban|\bits|\bhis|\bher|\btheir|\bour|\bthis|\bnext|\blast|\bfirst|\bfinal|['’]s)[ \t]+(?!(?:is|are)[ \t])\S+[ \t]+(?:on[ \t]+)?$/i;
/**
 * "50.9 percent of valid votes on Sunday", "in home games Sunday": after a preposition and a lowercase modifier a
 * named plural (votes, games, ballots) is a noun. Only those nouns, and case-sensitive: "Members of parliament vote
 * on Sunday", "The Senate of Italy votes Friday" keep their verb.
 */
const NOUN_AFTER_PREP = /\b(?:of|in|for|with|from|among)[ \t]+(?:the[ \t]+)?[a-z]+[ \t]+(?:votes|games|ballots)[ \t]+(?:on[ \t]+)?$/;
/** ", a city of 640,000," / ", the capital,": a short noun phrase apposed between commas after a name. */
const APPOSITION = /[A-Z][A-Za-z]+,\s+(?:a|an|the)\s+(?:[A-Za-z0-9-]+(?:,\d{3})*\s+){0,4}[A-Za-z0-9-]+(?:,\d{3})*,\s/;
/** ", who meet later on Saturday," / ", which opened in 2019,": a non-restrictive relative clause between commas. */
const RELATIVE_ASIDE = /,\s+(?:who|which|whose)\s+[^,;:.!?"“”]{1,80},\s/;
const WINDOW = 200;
/** A verb that moves a time, governing it through "to"/"until" ("postponed to", "pushed the deadline back until"). */
const MOVED_TO = movedToPattern('.;:!?"“”', ['to', 'until', 'till']);
/**
 * "set sentencing for March 28", "called a strike for Tuesday": a date fixed for something lies ahead, as after
 * "scheduled for" (verbs and the objects that make no schedule, "set a record for", "set aside … for", in
 * data/lexicon/time-set-for*.txt); not in a pluperfect ("had set a hearing for October 28"), nor before a noun the
 * time modifies ("for Tuesday's attack", "for the March 3 crash", time-set-for-next.txt).
 */
const SET_FOR = new RegExp(String.raw`\b(?:${alternation([...readWordSet('time-set-for.txt')])})\s+(?!(?:(?:a|an|the|new|another|its|his|her|their)\s+)*(?:${alternation([...readWordSet('time-set-for-not-objects.txt')])})\b)(?:[A-Za-z0-9'’-]+\s+){1,5}?for\s+(?:the\s+)?$`, 'i');
const HAD_BEFORE = /\bhad\s+(?:[a-z]+\s+)?$/i;
/** What crossing a semicolon adds to a cue's distance, beyond the comma cost every separator pays. */
const SEMICOLON_COST = 80;
/** After the time: "'s" or a lower-case word other than those of time-set-for-next.txt, a noun the time modifies. */
const SET_FOR_NOUN_AFTER = new RegExp(String.raw`^(?:['’]s\b|\s+(?!(?:${alternation([...readWordSet('time-set-for-next.txt')])})\b)[a-z])`);
/**
 * The time after `lead` (the text before it, a clock before the time passed over) and before `after` is a date a verb
 * fixed for something: "set sentencing for March 28", "scheduled the vote for Tuesday". Read here to put the time
 * ahead and by the status stage (certainty/status-times.ts) to keep the setting act's own status.
 */
export function setForAhead(lead: string, after: string): boolean {
  lead = lead.replace(CLOCK_LEAD, '');
  const m = SET_FOR.exec(lead);
  return m !== null && !HAD_BEFORE.test(lead.slice(0, m.index)) && !SET_FOR_NOUN_AFTER.test(after);
}

const FINITE_WORD = /\b(?:is|are|was|were|be|been|has|have|had|will|would|shall|can|could|may|might|must|do|does|did)\b/i;
/**
 * The time at `start`–`end` sits between semicolons in a short segment (six words or fewer besides the time) with no
 * cue of tense and no auxiliary: an item of a list ("; France, in June;"), no clause of its own.
 */
function verblessSegment(text: string, semi: number[], start: number, end: number, s0: number, s1: number): boolean {
  const k = firstAtOrAfter(semi, semi.length, start);
  const a = Math.max(s0, k > 0 ? semi[k - 1]! + 1 : s0);
  const b = Math.min(s1, k < semi.length ? semi[k]! : s1);
  if (a === s0 && b === s1) return false;
  const seg = text.slice(a, start) + ' ' + text.slice(end, b);
  const words = seg.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
  return words.length <= 6 && !FINITE_WORD.test(seg) && !CUE_ANY_RE.test(seg);
}

const byLen = (ws: Iterable<string>): string => alternation(ws, phrasePattern);
/**
 * One regex finds every cue in a single pass: a modal perfect ("would have", past), a passive after "be"
 * (skipped), future phrases and words, past words, and any other -ed word (weak past).
 */
const CUE_RE = new RegExp(
  `(?<![A-Za-z'’])(?:((?:would|could|should|might|must|may)\\s+have)|((?:(?:be|being|(?<!\\b(?:has|have)\\s+)been)\\s+|(?:is|are|remain|remains|stay|stays|been)\\s+(?!(?:scheduled|planned|expected|slated|set|due|forecast|projected|predicted|poised|likely|supposed|going|about|pencill?ed)\\b))(?:[A-Za-z]+ed|held|made|built|sent|paid|sold|taken|given|seen|known|shown|done|won|lost|kept|left|set|put|told|found|brought|bought|led|struck|hit|shot|cut|met|run|begun|spent|read))|(${byLen(FUT)})|(${byLen(PAST)})|([A-Za-z]{2,}ed))(?![A-Za-z])`,
  'gi');
/** CUE_RE without the g flag, for a stateless test (built once, not per segment). */
const CUE_ANY_RE = new RegExp(CUE_RE.source, 'i');
// Also a coordinated clause with its own auxiliary: "docked on Saturday and will leave on Monday".
const SEP_RE = /[,;"“”]|''|``|\b(?:and|but)\s+(?=(?:is|are|was|were|will|would|has|have|had|could|should|can|may|might|must)\b)/g;

/** kind: a modal of possibility or a commitment, whose look ahead holds only for a time after its verb. */
interface Cue { pos: number; end: number; fut: boolean; weak: boolean; kind?: 'modal' | 'commit' }
interface Cues { blocks: Map<number, Cue[]>; sep: number[]; semi: number[]; bounds?: number[] }

/** Cues are collected lazily per block of text: only the sentences holding a time are ever scanned. */
const BLOCK = 512;

function cuesOfBlock(text: string, cues: Cues, b: number): Cue[] {
  let out = cues.blocks.get(b);
  if (out) return out;
  out = [];
  const s = b * BLOCK;
  const e = Math.min(text.length, s + BLOCK);
  const from = Math.max(0, s - 40);
  const sub = text.slice(from, Math.min(text.length, e + 40));
  CUE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CUE_RE.exec(sub)) !== null) {
    const at = m.index + from;
    if (at < s) continue; // belongs to the previous block
    if (at >= e) break;
    const end = at + m[0].length;
    if (m[1]) out.push({ pos: end - 4, end, fut: false, weak: true }); // "would have emerged": looks back
    else if (m[2]) continue; // "will be completed", "is held", "remain closed": a participle, no tense of its own
    else if (m[3]) {
      const w = m[3].toLowerCase().replace(/\s+/g, ' ');
      // "next to the embassy", "due to the storm": a preposition, not a look ahead.
      const stem = w === 'next' ? 4 : w === 'due' || w === 'due to' ? 3 : 0;
      if (stem && NOT_AHEAD_AFTER.test(text.slice(at + stem, at + stem + 24))) continue;
      // "could see another round of snow": a forecast looks ahead as surely as "will" (not a weak "could").
      let forecast = false;
      if (MODAL_POSSIBLE.has(w)) {
        if (text.charCodeAt(at) === 77 && w === 'may') continue; // the month
        if (w === 'could' && NOT_AHEAD_MODAL.test(text.slice(end, end + 12))) {
          if (!couldSeeAhead(text.slice(end, end + 70))) continue;
          forecast = true;
        }
        if (w === 'might' && /\b(?:the|its|military|economic|full)\s+$/i.test(text.slice(Math.max(0, at - 10), at))) continue;
      }
      if (COMMIT_TO.has(w) && !baseVerbAfterTo(text.slice(end, end + 40))) { out.push({ pos: at, end: at + w.length - 3, fut: false, weak: true }); continue; }
      // "had been due to expire", "had been expected to": a plan seen from a past moment.
      if (PLUPERFECT_BEFORE.test(text.slice(Math.max(0, at - 32), at))) { out.push({ pos: at, end, fut: false, weak: true }); continue; }
      out.push({ pos: at, end, fut: true, weak: WEAK_FUT.has(w) && !forecast, kind: MODAL_POSSIBLE.has(w) ? 'modal' : COMMIT_TO.has(w) ? 'commit' : undefined });
    }
    else if (m[4]) {
      // "the case is heard in May", "will be held": a participle after "be", no past tense of its own.
      if (!afterModal(text, at) && !BE_BEFORE.test(text.slice(Math.max(0, at - 8), at))) out.push({ pos: at, end, fut: false, weak: WEAK_PAST.has(m[4].toLowerCase()) });
    }
    else {
      // "untouched by": a participle, not a tense.
      if (NOT_PAST_ED.has(m[5]!.toLowerCase()) || /^\s+by\b/.test(text.slice(end, end + 4))) continue;
      out.push({ pos: at, end, fut: false, weak: true });
    }
  }
  cues.blocks.set(b, out);
  return out;
}

/** After "next"/"due (to)": a noun phrase follows, so it is the preposition ("next to the river", "due to rain"). */
const NOT_AHEAD_AFTER = /^\s+to\s+(?:the|a|an|its|his|her|their|our|my|your|this|that|these|those|him|them|it|me|us|lack|poor|bad|heavy|high|low|strong|concerns?|fears?|problems?|[A-Z])(?![A-Za-z])/;
/** "had been" / "had" right before a future cue: a past plan ("had been due to expire Friday", "had been initially scheduled"). */
const PLUPERFECT_BEFORE = /\bhad\s+(?:been\s+)?(?:[a-z]+ly\s+)?$/i;

/** A form of "be" right before a past-looking word: a passive participle ("is heard", "be held", "been made"). */
const BE_BEFORE = /(?:^|[^A-Za-z'’])(?:is|are|am|be|being|been|['’]re)\s+$/i;

/** "will last", "to hold", "could hit": a past-looking form after a modal or "to" is a bare infinitive. */
const MODAL_BEFORE = /(?:^|[^A-Za-z'’])(?:will|would|shall|should|can|could|may|might|must|to|won['’]t|can['’]t|cannot|['’]ll)\s+$/i;
function afterModal(text: string, at: number): boolean {
  return MODAL_BEFORE.test(text.slice(Math.max(0, at - 10), at));
}

function collect(text: string): Cues {
  let m: RegExpExecArray | null;
  // Clause separators (comma, semicolon, quotes) for "crossing" costs.
  const sep: number[] = [];
  SEP_RE.lastIndex = 0;
  while ((m = SEP_RE.exec(text)) !== null) sep.push(m.index);
  // Semicolons join two clauses that each carry their own tense: crossing one costs more than a comma.
  const semi: number[] = [];
  for (let i = text.indexOf(';'); i >= 0; i = text.indexOf(';', i + 1)) semi.push(i);
  return { blocks: new Map(), sep, semi };
}

/** Sentence ends when no segmentation is given: ". " after a lower-case word or a quote, or a newline. */
function sentenceBounds(text: string): number[] {
  let m: RegExpExecArray | null;
  const bounds: number[] = [];
  const END = /\n|[.!?]["”’)]?(?=\s)/g;
  while ((m = END.exec(text)) !== null) {
    if (m[0] === '\n' || /[a-z]{2}$|["”’)]$/.test(text.slice(Math.max(0, m.index - 3), m.index + m[0].length - 1) || 'x')) bounds.push(m.index + m[0].length);
  }
  return bounds;
}

/** The first of the n sorted a[i] at or after x. */
function firstAtOrAfter(a: ArrayLike<number>, n: number, x: number): number {
  return lowerBound(n, (m) => a[m]! < x);
}

export function makeTense(text: string, sentences: readonly Sentence[]): (start: number, end: number) => Tense {
  let cues: Cues | undefined;
  return (start, end) => {
    cues ??= collect(text);
    let s0 = Math.max(0, start - WINDOW);
    let s1 = Math.min(text.length, end + WINDOW);
    const sent = findSentence(sentences, start);
    if (sent) { s0 = Math.max(s0, sent.start); s1 = Math.min(s1, sent.end); } else {
      const b = (cues.bounds ??= sentenceBounds(text));
      const k = firstAtOrAfter(b, b.length, start + 1);
      if (k > 0) s0 = Math.max(s0, b[k - 1]!);
      const k2 = firstAtOrAfter(b, b.length, end);
      if (k2 < b.length) s1 = Math.min(s1, b[k2]!);
    }
    let best: Cue | undefined;
    let bestScore = Infinity;
    const sepN = cues.sep.length;
    // (a list of verbless items set off by semicolons, "will tour Britain in May; France, in June; and Spain, in July",
    // shares the tense of the clause that heads it: crossing those semicolons costs nothing extra)
    const semiCost = verblessSegment(text, cues.semi, start, end, s0, s1) ? 0 : SEMICOLON_COST;
    outer: for (let b = Math.floor(s0 / BLOCK); b * BLOCK < s1; b++) {
      const block = cuesOfBlock(text, cues, b);
      for (let k = 0; k < block.length; k++) {
        let cue = block[k]!;
        const p = cue.pos;
        if (p < s0) continue;
        if (p >= s1) break outer;
        if (p >= start && p < end) continue;
        const d = p < start ? start - p : p - end;
        if (d >= bestScore) { if (p > end) break outer; continue; }
        if (cue.kind) {
          // "On Monday the minister promised to resign": a commitment looks ahead only for a time after its verb;
          // before it, "promised" is a past verb like any other.
          if (p > end) { if (cue.kind === 'commit') cue = { pos: p, end: cue.end, fut: false, weak: true }; }
          // "could rise after the quake on Monday": the time dates the event noun, not the modal's verb.
          else if (cue.kind === 'modal' && MODAL_NOUN_LEAD.test(text.slice(cue.end, start))) continue;
        }
        // "crashed on Saturday ahead of its own attempt": "ahead of" after the time, in its own clause, places it
        // before a thing, no look ahead (in a headline, whose present tense tells no time, it still is one:
        // "Envoys gather Friday ahead of vote")
        if (p > end && sent?.kind !== 'HEADLINE' && aheadOfAt(text, p) && !crosses(cues.sep, sepN, end, p)) continue;
        const lo = Math.min(p, start); const hi = Math.max(p, end);
        // "… sign the deal in June, the minister said Wednesday.": a closing attribution tells when it was said,
        // not when the reported event happens.
        if (p > end && attributionTail(text, cue, s1) && crosses(cues.sep, sepN, end, p)) continue;
        // Crossing a comma or quote usually changes clause; it costs distance rather than excluding the cue
        // ("On Monday, the president will travel" still links).
        // (an apposition between commas, "peak in Wroclaw, a city of 640,000, on Wednesday", is no clause break)
        let cross = firstAtOrAfter(cues.sep, sepN, hi) - firstAtOrAfter(cues.sep, sepN, lo);
        // (nor a relative clause set off by commas: "Morocco will face France or England, who meet on Saturday, in the
        // semi-final on Wednesday", when the cue is outside it)
        if (cross >= 2 && hi - lo < 160 && (APPOSITION.test(text.slice(lo, hi)) || relativeAsideBetween(text, lo, hi))) cross -= 2;
        // Verbs usually precede their time adjuncts, so cues on the right cost a little more.
        // ("the inquiry will take weeks; after the April failure, the FAA took seven months": the April failure's
        // clause is the second one's)
        const semis = firstAtOrAfter(cues.semi, cues.semi.length, hi) - firstAtOrAfter(cues.semi, cues.semi.length, lo);
        let score = d + cross * 40 + semis * semiCost + (cue.weak ? 25 : 0) + (p > end ? 15 : 0);
        // A verb right before the time governs it: "announced Friday that it will …" is past.
        if (p < start && start - cue.end <= 12 && ADJACENT.test(text.slice(cue.end, start))) score = -1;
        if (score < bestScore) { bestScore = score; best = cue; }
      }
    }
    // "postponed to Saturday", "extended the deadline until Friday": a time something is moved to lies ahead
    // (a clock time between them is passed over: "extended its deadline until 9 a.m. EST Tuesday")
    if (MOVED_TO.test(text.slice(Math.max(s0, start - 100), start).replace(CLOCK_LEAD, ''))) return 'FUTURE';
    // (not when the time modifies a noun after it: "booked three men for Tuesday's attack", "set damages for the March 3
    // crash")
    if (setForAhead(text.slice(Math.max(s0, start - 80), start), text.slice(end, end + 40))) return 'FUTURE';
    // "gave them until 9 a.m. Tuesday to leave": a deadline granted lies ahead
    if (deadlineAhead(text, start, end)) return 'FUTURE';
    // "the warning is valid through Sunday", "schools remain closed until Monday": the bound of a state holding now
    if (stateUntilAhead(text, start, end)) return 'FUTURE';
    // "the crash on Monday", "Monday's storm": when a happening already happened
    if (datesHappening(text, start, end) || contestDecided(text, start, end)) return 'PAST';
    // "talks resume Monday", "the vote is Friday": a present-tense verb right before schedules the time.
    // (a clock time between the verb and the day is passed over: "kick-off is at 3pm on Sunday")
    const lead = text.slice(Math.max(0, start - 36), start).replace(CLOCK_AT_LEAD, '');
    if ((!best || bestScore > -1) && PRESENT_SCHEDULE.test(lead) && !NOT_PRESENT_BEFORE.test(lead) && !NOUN_AFTER_PREP.test(lead)) return 'FUTURE';
    if (!best || bestScore > -1 || best.fut) {
      if (sent?.kind === 'HEADLINE') {
        // "Kim to meet Putin on Wednesday": a headline infinitive is a plan. (A headline's present tense
        // reports the past: "Pope visits Iraq on Friday".)
        if (headlineInfinitiveBefore(text, s0, start)) return 'FUTURE';
      } else {
        // "Voters go to the polls on Sunday": a present-tense event verb in the clause looks ahead, unless a
        // past cue sits between it and the time or right after the time in the same clause.
        // A possessive day names an event ("Police are investigating Sunday's shooting"): only a preposition
        // looking ahead lets the clause's present tense reach it ("head to the polls for Sunday's runoff").
        const possessive = /['’]s$/.test(text.slice(end - 2, end)) || /^['’]s\b/.test(text.slice(end, end + 3));
        const pv = possessive && !AHEAD_PREP.test(text.slice(Math.max(0, start - 12), start)) ? -1 : presentVerbBefore(text, s0, start);
        if (pv >= 0 && (!best || best.fut || best.pos < pv || (best.pos >= end && crosses(cues.sep, sepN, end, best.pos)))) return 'FUTURE';
      }
    }
    // A cue far away or across several clause breaks says little about this time.
    if (!best || bestScore > 130) return undefined;
    return best.fut ? 'FUTURE' : 'PAST';
  };
}

/** A comma-bounded relative clause lies wholly inside [lo, hi): the cue at one end is outside it. */
function relativeAsideBetween(text: string, lo: number, hi: number): boolean {
  const m = RELATIVE_ASIDE.exec(text.slice(lo, hi));
  return m !== null && m.index > 0;
}

const REPORT_VERB = new RegExp(`^(?:${reportingAlternation('tail')})$`, 'i');
/** A reporting verb that ends its sentence, but for a few words ("the spokesman said Wednesday."). */
function attributionTail(text: string, cue: Cue, sentEnd: number): boolean {
  if (!REPORT_VERB.test(text.slice(cue.pos, cue.end))) return false;
  const rest = text.slice(cue.end, Math.min(sentEnd, cue.end + 48));
  return cue.end + rest.length >= sentEnd - 1 ? /^[^,;:"“”]*[.!?]?["”’']*\s*$/.test(rest) : /^[^,;:"“”]{0,40}[.!?]/.test(rest);
}

const AHEAD_OF = 'ahead\\s+of';
/** "ahead of" at a position (sticky: no string cut per cue): a preposition, a cue only before the time ("ahead of Sunday's vote"). */
const AHEAD_OF_AT = new RegExp(`${AHEAD_OF}\\b`, 'iy');
function aheadOfAt(text: string, p: number): boolean {
  AHEAD_OF_AT.lastIndex = p;
  return AHEAD_OF_AT.test(text);
}
const AHEAD_PREP = new RegExp(`\\b(?:for|${AHEAD_OF}|before|into|to|until|till)\\s+$`, 'i');

/** True when a clause separator lies in [lo, hi). */
function crosses(sep: readonly number[], n: number, lo: number, hi: number): boolean {
  return firstAtOrAfter(sep, n, hi) > firstAtOrAfter(sep, n, lo);
}

function findSentence(sentences: readonly Sentence[], pos: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
