// Whether an event a report tells is negated in its own clause, for merging events across reports: an event takes its
// polarity from the claim holding it, and that claim's negation may belong to another clause ("OceanGate, which has
// suspended all operations, has not responded") or be the reporting verb itself ("deputies rejected a motion", a
// REJECT event): two reports of one suspension or one vote must still meet.

import type { NewsEvent } from '../core/types.js';
import { NEGATING_CUES, NEGATORS } from '../nlp/claims/lexicon.js';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The clause before a trigger: back to the last clause mark or relative pronoun (at most CLAUSE_CHARS characters). */
const CLAUSE_CHARS = 80;
const CLAUSE_WORDS = 'which|who|whom|whose|that|why|when|where|whether|if|because|while|whereas|although|but|after|before|since|as';
const CLAUSE_MARK = `(?:[,;:.!?()\\u2013\\u2014"\\u201c\\u201d]|\\b(?:${CLAUSE_WORDS})\\b)`;
/** The last clause mark or clause-opening word in a string (nothing of either after it). */
const CLAUSE_START = new RegExp(`${CLAUSE_MARK}(?![\\s\\S]*${CLAUSE_MARK})`, 'i');
const SENTENCE_START = /[.;!?](?![\s\S]*[.;!?])/;
let negRe: { neg: RegExp; cue: RegExp } | undefined;
const wordsRe = (ws: readonly string[]) => new RegExp(`(?:^|[^\\p{L}'])(?:${[...ws].sort((a, b) => b.length - a.length).map(esc).join('|')})(?![\\p{L}])`, 'iu');

/**
 * An event negated where it is told: NEGATIVE, with a negator in the clause before its trigger ('has not apologised',
 * 'no one was killed') or a negating cue in the sentence before it ('refused to apologise', 'denied that troops
 * attacked'). A NEGATIVE event with neither is read as told, not denied; the trigger itself is no negation of its event
 * ('deputies rejected the motion' tells a REJECT).
 */
export function negatedHere(text: string, ev: Pick<NewsEvent, 'polarity' | 'trigger'>): boolean {
  if (ev.polarity !== 'NEGATIVE') return false;
  if (!ev.trigger) return true;
  negRe ??= { neg: wordsRe(NEGATORS), cue: wordsRe(NEGATING_CUES) };
  const before = text.slice(Math.max(0, ev.trigger.start - CLAUSE_CHARS), ev.trigger.start);
  const c = CLAUSE_START.exec(before);
  if (negRe.neg.test(c ? before.slice(c.index + c[0].length) : before)) return true;
  const s = SENTENCE_START.exec(before);
  return negRe.cue.test(s ? before.slice(s.index + 1) : before);
}
