import { join } from 'node:path';
import { projectRoot } from '../../core/shared.js';
import { readDataRows } from '../../core/data-rows.js';
import type { Check } from '../../core/types.js';
import { execAnchored } from './anchored.js';
import { alt, PERFECT_FOR_RE_SOURCE } from './lexicon.js';
import { MONTHS } from '../time/lexicon.js';
import { countValue, NUM_WORD_SRC } from './numbers.js';
import { ruled } from './rule.js';
import { sentenceSpanAt, type SentenceSpans } from './sentences.js';
import { agrees, CENTURY_SLACK, DECADE_SLACK, YEAR_SLACK } from './reportSpans.js';
import { spanModKind } from './spanMods.js';
import { allMatches } from '../../core/regex.js';
import { anchorYear } from './anchorDate.js';

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
/**
 * "The developer, which has been in default for more than two years, …", "has ruled the country for three decades": a
 * present perfect state lasting a length of years up to the report, whose beginning the sentence never dates. Found by
 * its "for N years"; the perfect before it is the checks' one (PERFECT_FOR_RE_SOURCE), taken with "has"/"have" only.
 */
const PERFECT_LENGTH_RE = new RegExp(String.raw`\bfor\s+(${LENGTH_SRC})\b(?!\s+(?:ago|later|earlier|before|after|from|to|until|when|in\s+(?:the\s+)?(?:past|future))\b)`, 'gi');
const PERFECT_LEAD_RE = new RegExp(PERFECT_FOR_RE_SOURCE, 'i');
/**
 * Only a verb of a state makes the length run up to the report (data/lexicon/checks-perfect-state-verbs.txt): "has been
 * jailed for two years" is a prison term and "has suspended the tax for two years" a period running forward. Adverbs
 * between "has" and the verb are skipped.
 */
const PERFECT_STATE_RE = new RegExp(String.raw`^(?:(?:now|long|already|also|still|not|never)\s+)*(?:${alt(readDataRows(join(projectRoot, 'data', 'lexicon', 'checks-perfect-state-verbs.txt')).map((r) => r[0]!))})\b`, 'i');
/** Words that date or bound a perfect state within its sentence ("since the coup", "until last year", "now", "May 3"):
 * left to the dated rules. Months are the time stage's list. */
const PERFECT_DATED_RE = new RegExp(String.raw`\b(?:since|until|till|ago|after|before|from|when|last|next|this|yesterday|today|(?:${MONTHS.map(([m]) => m).join('|')})\.?\s+\d)`, 'i');
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
 * then the length is not UNVERIFIABLE. The sentences that do. */
function datingSentences(text: string, sentences: SentenceSpans, own: readonly [number, number], words: readonly string[]): Array<[number, number]> {
  if (words.length === 0) return [];
  return sentences.filter(([a, b]) => {
    if (a === own[0]) return false;
    const s = text.slice(a, b);
    if (!YEAR_RE.test(s)) return false;
    const low = s.toLowerCase();
    return words.filter((w) => low.includes(w)).length >= Math.min(2, words.length);
  }) as Array<[number, number]>;
}

const LENGTH_PARTS_RE = /^(?:(.+?)\s+)?(\d{1,3}|[a-z]+(?:-[a-z]+)?|a|half\s+a)\s+(years?|decades?|century|centuries)$/i;
const PLAIN_YEAR_G_RE = /\b((?:1[5-9]|20)\d\d)\b/g;
/**
 * "four years after the last case was recorded" with "The last wild polio cases … were reported … in August 2016" in
 * another sentence: the length is run from each year of the sentences that may date the event to the report's year (an
 * "ago" counts back from the report too); reported only when exactly one of those years agrees (a sentence is matched
 * by two of the event's words, a loose tie: "Nigeria itself recorded 18 such cases in 2019" matches too).
 */
function datedAgreement(text: string, dating: ReadonlyArray<[number, number]>, length: string, pubYear: number | undefined, ref: { start: number; end: number }): Check | undefined {
  if (pubYear === undefined || dating.length === 0) return undefined;
  const years = new Set<number>();
  for (const [a, b] of dating) for (const m of allMatches(PLAIN_YEAR_G_RE, text.slice(a, b))) years.add(Number(m[1]));
  const m = LENGTH_PARTS_RE.exec(length.trim());
  if (!m) return undefined;
  const w = m[2]!.toLowerCase().replace(/\s+/g, ' ');
  const n = w === 'half a' ? 0.5 : countValue(w);
  if (n === undefined || n <= 0) return undefined;
  const per = /^dec/i.test(m[3]!) ? 10 : /^cent/i.test(m[3]!) ? 100 : 1;
  const L = n * per;
  const kind = m[1] ? spanModKind(m[1]) : undefined;
  const mod = kind === 'MORE' || kind === 'LESS' || kind === 'APPROX' ? kind : undefined;
  const slack = per === 1 ? YEAR_SLACK(L) : per === 10 ? DECADE_SLACK : CENTURY_SLACK(L);
  const fits = [...years].filter((y) => y < pubYear && agrees(L, pubYear - y - 1, pubYear - y + 1, mod, slack));
  if (fits.length !== 1) return undefined;
  const year = fits[0]!;
  const diff = pubYear - year;
  return ruled({
    kind: 'DATE_ARITHMETIC', status: 'CONSISTENT', refs: [{ start: ref.start, end: ref.end, text: text.slice(ref.start, ref.end) }],
    detail: `"${length}": the event is dated ${year} elsewhere in the report, ${diff} years before the report's year ${pubYear}`,
  }, 'date-arithmetic:dated-elsewhere');
}

export function undatedEventChecks(text: string, sentences: SentenceSpans, anchorDate?: string): Check[] {
  const pubYear = anchorYear(anchorDate);
  const out: Check[] = [];
  const seen = new Set<number>();
  const add = (start: number, check: Check | undefined) => {
    if (!check || seen.has(start)) return;
    seen.add(start);
    out.push(check);
  };
  /**
   * The length `length` at [start, end): an event another sentence may date (by `words`) gives its agreement when one
   * year fits and nothing otherwise; an event dated nowhere leaves the length UNVERIFIABLE.
   */
  const settle = (start: number, end: number, length: string, words: string[], sent: readonly [number, number], phrase: string, why: string) => {
    const dating = datingSentences(text, sentences, sent, words);
    add(start, dating.length ? datedAgreement(text, dating, length, pubYear, { start, end }) : ruled({
      kind: 'DATE_ARITHMETIC', status: 'UNVERIFIABLE', refs: [{ start, end, text: phrase }],
      detail: `"${phrase}": ${why}, so the length cannot be checked from the report`,
    }, 'date-arithmetic:undated-event'));
  };
  PERFECT_LENGTH_RE.lastIndex = 0;
  let p: RegExpExecArray | null;
  while ((p = execAnchored(PERFECT_LENGTH_RE, LENGTH_WORD, text)) !== null) {
    const sent = sentenceSpanAt(sentences, p.index);
    if (!sent) continue;
    const sentence = text.slice(sent[0], sent[1]);
    // a year, a date or a word that dates or bounds the state in the sentence: the dated rules read it, or nothing can
    if (YEAR_RE.test(sentence) || PERFECT_DATED_RE.test(sentence)) continue;
    const head = PERFECT_LEAD_RE.exec(text.slice(sent[0], p.index + 3));
    if (!head || /^had\b/i.test(head[0])) continue;
    const words = head[0].replace(/^\S+\s+/, '').replace(/\s*for\s*$/i, '');
    if (!PERFECT_STATE_RE.test(words)) continue;
    const from = sent[0] + head.index;
    const lengthAt = p.index + p[0].length - p[1]!.length;
    settle(lengthAt, p.index + p[0].length, p[1]!, eventWords(words), sent, text.slice(from, p.index + p[0].length), 'the state it measures is never said to have begun at a date');
  }
  for (const [re, after] of [[AGO_RE, false], [AFTER_RE, true]] as const) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = execAnchored(re, LENGTH_WORD, text)) !== null) {
      const sent = sentenceSpanAt(sentences, m.index);
      if (!sent) continue;
      const sentence = text.slice(sent[0], sent[1]);
      if (YEAR_RE.test(sentence)) continue;
      const start = m.index;
      if (after) {
        const clause = /^[^.;:,!?()]*/.exec(text.slice(m.index + m[0].length - 4, sent[1]))![0];
        settle(start, m.index + m[1]!.length, m[1]!, eventWords(clause), sent,
          text.slice(start, m.index + m[0].length).replace(/\s+\S+$/, ''), 'the event it counts from is never dated');
        continue;
      }
      // "ago" alone dates a thing against the report; only a comparison with a named past event lacks an input
      const cue = CUE_RE.exec(text.slice(sent[0], m.index));
      if (!cue) continue;
      settle(start, m.index + m[0].length, m[1]!, eventWords(text.slice(sent[0] + cue.index + cue[0].length, m.index)), sent,
        m[0], 'the past event it is compared with is never dated');
    }
  }
  return out;
}
