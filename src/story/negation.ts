// Whether an event a report tells is negated in its own clause, for merging events across reports: an event takes its
// polarity from the claim holding it, and that claim's negation may belong to another clause ("OceanGate, which has
// suspended all operations, has not responded") or be the reporting verb itself ("deputies rejected a motion", a
// REJECT event): two reports of one suspension or one vote must still meet. The negation itself is read by the
// certainty engine (readTokens: the negators, their exceptions such as "no fewer than", the negating cues) over the
// trigger's own clause only; this file only finds that clause.

import type { NewsEvent } from '../core/types.js';
import { alternation } from '../core/regex.js';
import { DETERMINERS, NEGATING_CUES, PRONOUNS } from '../nlp/claims/lexicon.js';
import { tokenize } from '../nlp/claims/text.js';
import { readTokens } from '../nlp/certainty/engine.js';
import { readListFile } from './lead-event.js';

/** How far back from a trigger its clause is looked for, in characters. */
const CLAUSE_CHARS = 80;
/** Each word as written and with a capital first letter (the clause marks are matched case-sensitively, for \\p{Lu}). */
const bothCases = (ws: readonly string[]): string[] => ws.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]);
interface ClauseRes { start: RegExp; cueThat: RegExp }
let res: ClauseRes | undefined;
function clauseRes(): ClauseRes {
  if (res) return res;
  const opener = alternation(bothCases(readListFile('story-clause-openers.txt')));
  // a coordinated clause with its own subject: "… and the speaker suspended", "… and Police arrested"
  const subject = `(?:${alternation(bothCases([...DETERMINERS, ...PRONOUNS]))})(?![\\p{L}])|\\p{Lu}`;
  const mark = `(?:[,;:.!?()\\u2013\\u2014"\\u201c\\u201d]|(?<![\\p{L}])(?:${opener})(?![\\p{L}])|(?<![\\p{L}])and\\s+(?=${subject}))`;
  res = {
    // the last clause mark in a string (none after it)
    start: new RegExp(`${mark}(?![\\s\\S]*${mark})`, 'u'),
    // a negating cue whose complement a "that" opens: "denied that", "rejected reports that"
    cueThat: new RegExp(`(?:^|[^\\p{L}])(?:${alternation(NEGATING_CUES)})(?:\\s+\\p{L}+){0,2}\\s+$`, 'iu'),
  };
  return res;
}

/** Where the clause holding a trigger starts in `text`, at most CLAUSE_CHARS before `at`. */
export function clauseStartBefore(text: string, at: number): number {
  const r = clauseRes();
  const from = Math.max(0, at - CLAUSE_CHARS);
  const before = text.slice(from, at);
  const c = r.start.exec(before);
  if (!c) return from;
  // "denied that troops attacked": the clause "that" opens is the cue's complement, read with its cue
  if (/^that$/i.test(c[0])) {
    const head = before.slice(0, c.index);
    const m = r.cueThat.exec(head);
    if (m) return from + m.index;
  }
  return from + c.index + c[0].length;
}

/**
 * An event negated where it is told: NEGATIVE, and the certainty engine reads its own clause before the trigger as
 * negative ('has not apologised', 'no one was killed', 'refused to apologise', 'denied that troops attacked'; not 'no
 * fewer than 12 were killed'). A NEGATIVE event with no such clause is read as told, not denied; the trigger itself is
 * no negation of its event ('deputies rejected the motion' tells a REJECT).
 */
export function negatedHere(text: string, ev: Pick<NewsEvent, 'polarity' | 'trigger'>): boolean {
  if (ev.polarity !== 'NEGATIVE') return false;
  if (!ev.trigger) return true;
  const toks = tokenize(text, clauseStartBefore(text, ev.trigger.start), ev.trigger.start);
  return readTokens(toks, { reported: false, noStatus: true }).polarity === 'NEGATIVE';
}
