import { join } from 'node:path';
import { projectRoot } from '../../core/shared.js';
import { readDataRows } from '../../core/data-rows.js';
import type { Check } from '../../core/types.js';
import { execAnchored } from './anchored.js';
import { alt } from './lexicon.js';
import { NUM_WORD_SRC } from './numbers.js';
import { ruled } from './rule.js';
import { sentenceSpanAt, type SentenceSpans } from './sentences.js';

// A length of years told against a past event the report never dates: "the worst storm since Cyclone X almost two
// decades ago", "two years after the agency backed the first vaccine", "exactly a century after he first described
// them". The stated length compares two times and one of them is missing, so it is UNVERIFIABLE — never checked
// against a guessed date. A year or a full date anywhere in the sentence may be the event's own, so then nothing is said
// (the dated rules read those).

const LENGTH_SRC = String.raw`(?:(?:more than|over|nearly|almost|about|around|roughly|some|exactly|less than|just over|just under)\s+)?(?:\d{1,3}|(?:${NUM_WORD_SRC})(?:-[a-z]+)?|a|half\s+a)\s+(?:years?|decades?|century|centuries)`;
/** "… almost two decades ago": the length, then "ago" closing the phrase. */
const AGO_RE = new RegExp(String.raw`(?<![\d,.]|\b(?:for|in|within|of)\s)\b(${LENGTH_SRC})\s+ago\b`, 'gi');
/** "two years after the agency backed …", "a century after he first described them": an event told by its clause. */
const AFTER_RE = new RegExp(String.raw`(?<![\d,.]|\b(?:for|in|within|of)\s)\b(${LENGTH_SRC})\s+after\s+(?:the|a|an|his|her|its|their|he|she|it|they|we)\b`, 'gi');
const LENGTH_WORD = /years?|decades?|century|centuries/gi;
const CUE_RE = new RegExp(String.raw`\b(?:${alt(readDataRows(join(projectRoot, 'data', 'lexicon', 'checks-undated-event-cues.txt')).map((r) => r[0]!))})\b`, 'i');
/** A year or a dated day that may date the event: "in 1915", "on 04 November 2020", "2005's". */
const YEAR_RE = /\b(?:1[5-9]|20)\d\d\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/;

const STOP = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'he', 'she', 'it', 'they', 'we', 'first', 'which', 'who', 'that', 'was', 'were', 'had', 'has', 'been', 'of', 'in', 'on', 'at', 'to', 'and', 'off', 'with', 'by', 'for', 'them']);
/** The content words of the words that name the event (four at most). */
function eventWords(s: string): string[] {
  return (s.toLowerCase().match(/[\p{L}][\p{L}'’-]{2,}/gu) ?? []).filter((w) => !STOP.has(w)).slice(0, 4);
}

/** Another sentence of the report that holds a year and two of the event's words (its only one, if one) may date it:
 * then say nothing. */
function datedElsewhere(text: string, sentences: SentenceSpans, own: readonly [number, number], words: readonly string[]): boolean {
  if (words.length === 0) return false;
  return sentences.some(([a, b]) => {
    if (a === own[0]) return false;
    const s = text.slice(a, b);
    if (!YEAR_RE.test(s)) return false;
    const low = s.toLowerCase();
    return words.filter((w) => low.includes(w)).length >= Math.min(2, words.length);
  });
}

export function undatedEventChecks(text: string, sentences: SentenceSpans): Check[] {
  const out: Check[] = [];
  const seen = new Set<number>();
  const push = (start: number, end: number, phrase: string, why: string) => {
    if (seen.has(start)) return;
    seen.add(start);
    out.push(ruled({
      kind: 'DATE_ARITHMETIC', status: 'UNVERIFIABLE', refs: [{ start, end, text: phrase }],
      detail: `"${phrase}": ${why}, so the length cannot be checked from the report`,
    }, 'date-arithmetic:undated-event'));
  };
  for (const [re, after] of [[AGO_RE, false], [AFTER_RE, true]] as const) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = execAnchored(re, LENGTH_WORD, text)) !== null) {
      const sent = sentenceSpanAt(sentences, m.index);
      if (!sent) continue;
      const sentence = text.slice(sent[0], sent[1]);
      if (YEAR_RE.test(sentence)) continue;
      const start = m.index;
      const end = m.index + m[1]!.length;
      if (after) {
        const clause = /^[^.;:,!?()]*/.exec(text.slice(m.index + m[0].length - 4, sent[1]))![0];
        if (datedElsewhere(text, sentences, sent, eventWords(clause))) continue;
        push(start, end, text.slice(start, m.index + m[0].length).replace(/\s+\S+$/, ''), 'the event it counts from is never dated');
        continue;
      }
      // "ago" alone dates a thing against the report; only a comparison with a named past event lacks an input
      const cue = CUE_RE.exec(text.slice(sent[0], m.index));
      if (!cue) continue;
      if (datedElsewhere(text, sentences, sent, eventWords(text.slice(sent[0] + cue.index + cue[0].length, m.index)))) continue;
      push(start, m.index + m[0].length, m[0], 'the past event it is compared with is never dated');
    }
  }
  return out;
}
