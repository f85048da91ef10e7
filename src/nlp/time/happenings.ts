// A time dating a happening that cannot be scheduled ("the crash on Monday", "Monday's storm", "the floods in
// March") names when it already happened: past, whatever the clause says ahead ("The death toll from Monday's storm
// is expected to rise", "Officials are investigating the crash on Monday"). Nouns in data/lexicon/time-happenings.txt.
import { join } from 'node:path';
import { projectRoot } from '../../core/shared.js';
import { readDataRows } from '../../core/data-rows.js';

const NOUNS = readDataRows(join(projectRoot, 'data', 'lexicon', 'time-happenings.txt')).map((r) => r[0]!.toLowerCase());
const ALT = NOUNS.sort((a, b) => b.length - a.length).join('|');
/** "the crash on Monday", "an attack early on Monday", "the floods in March": the noun right before its time. */
const NOUN_BEFORE = new RegExp(String.raw`\b(?:${ALT})(?:e?s)?[ \t]+(?:(?:early|late)[ \t]+)?(?:on|in|of)[ \t]+$`, 'i');
/** "Monday's storm", "Monday's deadly attack": a possessive day before the noun (one adjective allowed). */
const NOUN_AFTER = new RegExp(String.raw`^['’]s[ \t]+(?:[a-z]+[ \t]+)?(?:${ALT})(?:e?s)?\b`, 'i');

const AHEAD_BEFORE = /\b(?:will|shall|would|(?:is|are|due|expected|set|plans?|going|scheduled)\s+to)\b|['’]ll\b/i;
/** The sentence up to `pos` (at most 200 characters). */
function clauseBefore(text: string, pos: number): string {
  const s = text.slice(Math.max(0, pos - 200), pos);
  const cut = Math.max(s.lastIndexOf('. '), s.lastIndexOf('\n'), s.lastIndexOf('? '), s.lastIndexOf('! '));
  return cut >= 0 ? s.slice(cut + 1) : s;
}

/** True when the time at [start, end) dates a happening noun next to it. */
export function datesHappening(text: string, start: number, end: number): boolean {
  // "will visit the site of the attack on Friday": after a verb ahead the time may date that verb instead
  if (NOUN_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return !AHEAD_BEFORE.test(clauseBefore(text, start));
  // the span may hold the possessive or stop before it
  const e = /['’]s$/.test(text.slice(end - 2, end)) ? end - 2 : end;
  return NOUN_AFTER.test(text.slice(e, e + 40));
}
