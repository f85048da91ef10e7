// Bounds a signal phrase gives a point in time beyond the single words of 02-refine-signals.ts: "applies from
// Monday" (ON_OR_AFTER, but not "from Monday to Friday", "up from 2019" or "a report from Saturday") and "closed
// until at least Friday" (ON_OR_AFTER: the end comes on or after Friday). Word lists: data/lexicon/time-bounds.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../core/shared.js';
import type { TimeMod } from '../../core/types.js';
import type { Cand } from './cand.js';
import { atSentenceStart, wordAfter, wordBefore } from './text-util.js';
import { alternation, phrasePattern } from '../../core/regex.js';

interface RawBounds {
  fromRangeAfter: string[]; fromNotBoundBefore: string[]; fromAheadCues: string[]; atLeastUntil: string[]; negations: string[];
  rangeToNext: string[]; planVerbsBefore: string[]; particleVerbEndings: string[]; openEndsAfterUntil: { words: string[] };
}

const alt = (ws: readonly string[]): string => alternation(ws, phrasePattern);

let compiled: { range: RegExp; openEnd: RegExp; notBefore: Set<string>; ahead: RegExp; atLeast: RegExp; negation: RegExp; rangeTo: RegExp; plan: RegExp; particle: RegExp } | undefined;
function lists(): NonNullable<typeof compiled> {
  if (compiled) return compiled;
  const raw = JSON.parse(readFileSync(join(projectRoot, 'data', 'lexicon', 'time-bounds.json'), 'utf8')) as RawBounds;
  // "to" is the one range word that is also an infinitive's: it is read apart (rangeTo). "until", "till", "through",
  // "thru" stay range words ("from Thursday until two days after the funeral", "from May through the summer"); only a
  // listed open end ("closed from Thursday until further notice") leaves the start open (openEnd)
  const words = raw.fromRangeAfter.filter((w) => /^[a-z]/i.test(w) && w !== 'to');
  const dashes = raw.fromRangeAfter.filter((w) => !/^[a-z]/i.test(w));
  const until = alt(raw.atLeastUntil);
  compiled = {
    openEnd: new RegExp(`^\\s*,?\\s*(?:${until})\\s+(?:${alt(raw.openEndsAfterUntil.words)})(?![A-Za-z])`, 'i'),
    range: new RegExp(`^\\s*,?\\s*(?:(?:${alt(words)})\\b|[${dashes.join('')}])`, 'i'),
    notBefore: new Set(raw.fromNotBoundBefore.map((w) => w.toLowerCase())),
    ahead: new RegExp(`(?:^|[^A-Za-z'’])(?:${alt(raw.fromAheadCues)})(?![A-Za-z])`, 'i'),
    atLeast: new RegExp(`\\b(?:(?:${until})\\s+at\\s+least|at\\s+least\\s+(?:${until}))\\s+(?:on\\s+)?$`, 'i'),
    // "to" opening a range's end: a digit, a capitalised word ("to Friday", "to 2024") or a time word ("to the end")
    rangeTo: new RegExp(`^\\s*,?\\s*to\\s+(?:[0-9A-Z]|(?:${alt(raw.rangeToNext)})\\b)`),
    // up to three words between the verb and its "to": "agreed on Wednesday to cut"
    plan: new RegExp(`\\b(?:${alt(raw.planVerbsBefore)})(?:\\s+[A-Za-z]+){0,3}?\\s+to\\s+(?!(?:the|a|an|its|their|his|her|this|that)\\b)[a-z]+`, 'i'),
    particle: new RegExp(`[a-z](?:${alt(raw.particleVerbEndings)})\\s+(?:up|down)\\s+$`, 'i'),
    // contractions ("n't") end a word ("won't", "didn't"); the other negations are words of their own
    negation: new RegExp(`(?:(?:^|[^A-Za-z])(?:${alt(raw.negations.filter((w) => !/^n['’]/.test(w)))})|(?:${alt(raw.negations.filter((w) => /^n['’]/.test(w)))}))(?![A-Za-z])`, 'i'),
  };
  return compiled;
}

/** Words after the time that keep "from X" a clause adverbial ("from Monday in all schools"), not a modifier ("from 2019 levels"). */
const CLAUSE_WORD_AFTER = /^(?:on|in|at|for|and|but|or|when|as|after|if|unless|with|onwards?|until|to|through|across|nationwide|under|while|so)$/;

/** "The ban applies from Monday", "From January, fares rise": ON_OR_AFTER; `fromAt` is where "from" starts. */
export function fromBound(text: string, c: Cand, fromAt: number): TimeMod | undefined {
  const L = lists();
  // "closed from Thursday until further notice": an open start, not a range
  if (L.openEnd.test(text.slice(c.end, c.end + 48))) return 'ON_OR_AFTER';
  if (L.range.test(text.slice(c.end, c.end + 16)) || L.rangeTo.test(text.slice(c.end, c.end + 24))) return undefined;
  // "From Monday, shops close at 6 p.m.", "From 2010 he lived in Rome": a fronted start
  if (atSentenceStart(text, fromAt)) return 'ON_OR_AFTER';
  const next = wordAfter(text, c.end);
  if (/^[a-z]/.test(next) && !CLAUSE_WORD_AFTER.test(next)) return undefined;
  // "up from 2019" is a change, but "taken down from Friday", "set up from Monday" a verb's particle
  if (L.notBefore.has(wordBefore(text, fromAt).toLowerCase()) && !L.particle.test(text.slice(Math.max(0, fromAt - 30), fromAt))) return undefined;
  // a cue of what holds from then on, or a plan told in an infinitive ("agreed to cut output from November")
  const clause = clauseBeforeFrom(text, fromAt);
  return L.ahead.test(clause) || L.plan.test(clause) ? 'ON_OR_AFTER' : undefined;
}

/** The clause before "from" at `fromAt`, back to a sentence or clause break (at most 100 characters). */
function clauseBeforeFrom(text: string, fromAt: number): string {
  let s = fromAt;
  while (s > 0 && fromAt - s < 100) {
    const ch = text.charCodeAt(s - 1);
    if (ch === 10 || ch === 59 || ch === 33 || ch === 63 || (ch === 46 && text.charCodeAt(s) === 32)) break;
    s--;
  }
  return text.slice(s, fromAt);
}

/** A plan told in an infinitive before "from" ("agreed to cut output from November"): the time lies ahead of the plan. */
export function plannedFrom(text: string, fromAt: number): boolean {
  return lists().plan.test(clauseBeforeFrom(text, fromAt));
}

/** The clause before `pos`, back to a sentence or clause break (at most `max` characters). */
function clauseBefore(text: string, pos: number, max: number): string {
  let s = pos;
  while (s > 0 && pos - s < max) {
    const ch = text.charCodeAt(s - 1);
    if (ch === 10 || ch === 59 || ch === 33 || ch === 63 || ch === 44 || (ch === 46 && text.charCodeAt(s) === 32)) break;
    s--;
  }
  return text.slice(s, pos);
}

/**
 * "won't reopen until Monday", "It was not until 2019 that …": nothing happens before that time, so it
 * happens on or after it. `untilAt` is where "until" starts.
 */
export function negatedUntilBound(text: string, untilAt: number): TimeMod | undefined {
  return lists().negation.test(clauseBefore(text, untilAt, 60)) ? 'ON_OR_AFTER' : undefined;
}

/** "until at least Friday", "at least until March": the end falls on or after that time. */
export function atLeastBound(left: string): TimeMod | undefined {
  return lists().atLeast.test(left) ? 'ON_OR_AFTER' : undefined;
}
