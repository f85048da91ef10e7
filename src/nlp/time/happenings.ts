// A time dating a happening that cannot be scheduled ("the crash on Monday", "Monday's storm", "the floods in
// March") names when it already happened: past, whatever the clause says ahead ("The death toll from Monday's storm
// is expected to rise", "Officials are investigating the crash on Monday"). Nouns in data/lexicon/time-happenings.txt.
// Not when the clause looks ahead to it ("bracing for Thursday's storm", "prepare for the hurricane on Thursday",
// "a tornado on Thursday could hit"), when a plan or forecast modifies it ("a scheduled blast"), nor when the noun
// only modifies the head of its phrase ("Friday's fire drill", data/lexicon/time-happening-heads.txt).
import { join } from 'node:path';
import { projectRoot } from '../../core/shared.js';
import { readDataRows } from '../../core/data-rows.js';
import { sentenceBefore } from './text-util.js';

const rows = (f: string): string => readDataRows(join(projectRoot, 'data', 'lexicon', f))
  .map((r) => r[0]!.toLowerCase()).sort((a, b) => b.length - a.length).join('|');
const ALT = rows('time-happenings.txt');
const HEADS = rows('time-happening-heads.txt');
/** "the crash on Monday", "an attack early on Monday", "the floods in March": the noun right before its time. */
const NOUN_BEFORE = new RegExp(String.raw`\b(?:${ALT})(?:e?s)?[ \t]+(?:(?:early|late)[ \t]+)?(?:on|in|of)[ \t]+$`, 'i');
/** "Monday's storm", "Monday's deadly attack": a possessive day before the noun (one adjective allowed). */
const NOUN_AFTER = new RegExp(String.raw`^['’]s[ \t]+(?:([a-z]+)[ \t]+)?(?:${ALT})(?:e?s)?\b`, 'i');
/** The noun modifies a planned or standing head: "fire drill", "crash test", "storm warning", "hurricane season". */
const HEAD_AFTER = new RegExp(String.raw`^[ \t]+(?:${HEADS})(?:e?s)?\b`, 'i');
/** A modifier that makes the happening a plan, forecast or threat: "a scheduled outage", "faces death". */
const PLANNED = /\b(?:planned|scheduled|expected|possible|potential|likely|forecast|predicted|threatened|feared|imminent|looming|upcoming|coming|faces?|facing)[ \t]+(?:[a-z]+[ \t]+)?$/i;
/** "for the hurricane", "for Thursday's storm": the phrase is what is prepared or waited for. */
const FOR_BEFORE = /\b(?:for|ahead[ \t]+of|before)[ \t]+(?:(?:the|a|an|this|next)[ \t]+)?(?:[a-z]+[ \t]+)?$/i;
/** "a tornado on Thursday could hit": the phrase is the subject of a look-ahead verb right after it. */
const MODAL_AFTER = /^[ \t]+(?:could|may|might|will|would|shall|is[ \t]+(?:expected|forecast|due|set|likely)[ \t]+to|are[ \t]+(?:expected|forecast|due|set|likely)[ \t]+to)\b/i;
/** The phrase is the object of "of/from/after/since": a look-ahead verb after it belongs to another subject. */
const OBJECT_OF = /\b(?:of|from|after|since|in|by|over|about)[ \t]+(?:(?:the|a|an|this|last)[ \t]+)?(?:[a-z]+[ \t]+)?$/i;

const AHEAD_BEFORE = /\b(?:will|shall|would|could|may|might|(?:is|are|due|expected|set|plans?|going|scheduled)\s+to|prepar\w*|brac\w*|forecast\w*|warn\w*|expect\w*|ahead\s+of)\b|['’]ll\b/i;

/** True when the phrase [from, to) is looked ahead to: a look-ahead word before it, "for" it, or a modal after it. */
function lookedAhead(text: string, from: number, to: number): boolean {
  const before = sentenceBefore(text, from);
  if (AHEAD_BEFORE.test(before) || FOR_BEFORE.test(before.slice(-40))) return true;
  return MODAL_AFTER.test(text.slice(to, to + 30)) && !OBJECT_OF.test(before.slice(-40));
}

/** True when the time at [start, end) dates a happening noun next to it. */
export function datesHappening(text: string, start: number, end: number): boolean {
  // "will visit the site of the attack on Friday": after a verb ahead the time may date that verb instead
  const lead = text.slice(Math.max(0, start - 40), start);
  const m = NOUN_BEFORE.exec(lead);
  if (m) {
    const nounAt = start - lead.length + m.index;
    if (PLANNED.test(text.slice(Math.max(0, nounAt - 30), nounAt))) return false;
    return !lookedAhead(text, nounAt, end);
  }
  // the span may hold the possessive or stop before it
  const e = /['’]s$/.test(text.slice(end - 2, end)) ? end - 2 : end;
  const a = NOUN_AFTER.exec(text.slice(e, e + 40));
  if (!a) return false;
  if (a[1] && PLANNED.test(a[1] + ' ')) return false;
  const nounEnd = e + a[0].length;
  if (HEAD_AFTER.test(text.slice(nounEnd, nounEnd + 20))) return false;
  // "Residents are bracing for Thursday's storm": the possessive is looked ahead to as well
  return !lookedAhead(text, start, nounEnd);
}

const CONTESTS = rows('time-contests.txt');
/** "Sunday's election", "Sunday's presidential runoff": a possessive day before a contest noun (one adjective allowed). */
const CONTEST_AFTER = new RegExp(String.raw`^['’]s[ \t]+(?:[a-z]+[ \t]+)?(?:${CONTESTS})(?:e?s)?\b`, 'i');
/** An outcome told before it within a few words: "after winning", "won", "a clear majority in", "the results of". */
const OUTCOME_BEFORE = /\b(?:won|wins?|winning|lost|loses|losing|victory|defeat|majority|results?|count)\b(?:[ \t]+[a-z]+){0,3}[ \t]+$/i;

/**
 * True when the time at [start, end) is a possessive day of a contest whose outcome the clause tells ("after winning
 * Sunday's election", "a clear majority in Wednesday's election"): the contest is over, so the day is past.
 * Not "ahead of Sunday's election", "is favoured to win Sunday's runoff" (no outcome: "to win" looks ahead).
 */
export function contestDecided(text: string, start: number, end: number): boolean {
  const e = /['’]s$/.test(text.slice(end - 2, end)) ? end - 2 : end;
  if (!CONTEST_AFTER.test(text.slice(e, e + 40))) return false;
  const lead = text.slice(Math.max(0, start - 48), start);
  const m = OUTCOME_BEFORE.exec(lead);
  if (!m) return false;
  // "to win Sunday's runoff", "could win", "hopes of winning": a contest still ahead
  const before = lead.slice(0, m.index);
  if (/\b(?:to|will|would|could|may|might|can|of|for)[ \t]+$/i.test(before)) return false;
  // "If he wins Sunday's election", "Whoever wins …", "unless he loses …": a condition, not an outcome
  const clause = sentenceBefore(text, start - lead.length + m.index);
  const word = m[0].toLowerCase();
  // ("the man who won Sunday's election" tells the outcome; "the one who wins Sunday's election" supposes it)
  if (CONDITION.test(clause) || (/\bwho\b/i.test(clause) && /^(?:wins?|loses|winning|losing)\b/.test(word))) return false;
  // "The count of Sunday's vote will begin", "the results of Sunday's vote are expected": a count or result ahead
  if (/^(?:count|results?)\b/.test(word) && AHEAD_AFTER.test(sentenceAfter(text, end))) return false;
  // "after winning Sunday's election" in a wish looks ahead ("He hopes to become president after winning …"); a
  // plain future tells what follows a win already had ("She will be the first woman president after winning …"),
  // so only a past clause or a clause with no wish keeps it
  if (/^(?:winning|losing)\b/.test(word) && /\bafter[ \t]+$/i.test(before) && HOPE.test(clause) && !PAST_IN_CLAUSE.test(clause)) return false;
  return true;
}

/** A conditional or free-relative clause: its outcome is supposed, not told. */
const CONDITION = /\b(?:if|whoever|whether|unless|once)\b/i;
/** A verb ahead after the contest in the sentence ("… will begin at 8 p.m.", "are expected"). */
const AHEAD_AFTER = /\b(?:will|shall|would|(?:is|are)\s+(?:due|expected|set|scheduled|likely)\s+to|(?:is|are)\s+expected)\b|['’]ll\b/i;
/** A past verb in the clause. */
const PAST_IN_CLAUSE = /\b(?:was|were|had|did|became|took|won|lost|swept|said|told|came|went|[a-z]{3,}ed)\b/i;
/** A hope or wish: what follows is ahead. */
const HOPE = /\b(?:hopes?|hoping|wants?|wanting|aims?|aiming|seeks?|seeking|plans?|planning|expects?|intends?)\b/i;

/** The sentence from `pos` up to its end (at most 120 characters). */
function sentenceAfter(text: string, pos: number): string {
  const s = text.slice(pos, pos + 120);
  const m = /[.!?](?:\s|$)|\n/.exec(s);
  return m ? s.slice(0, m.index) : s;
}
