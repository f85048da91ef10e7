import type { Check } from '../../core/types.js';
import { PERSON_NOUNS } from '../quantity/lexicon.js';
import { personByEnding, singular } from '../quantity/nouns.js';
import { type CheckRef, ruled } from './rule.js';
import { sentenceIndex, type SentenceSpans } from './sentences.js';

// COUNT: "both" pointing back at a group of two. "Two men were arrested on Tuesday. Both were charged with robbery",
// "Two officers were wounded; both are in stable condition", "Smith and Jones both denied the charges", "the victims,
// a woman and her son, both died". Only a referring "both" counts (a pronoun, "both of them", "both men", "they
// both"), never the coordinator of "both X and Y". The group is the nearest count of two things before it in the
// sentence or the one before, or two names coordinated right before it. The pairing is loose (the two may be another
// pair), so only agreement is reported: a "both" whose nearest count is not two says nothing.

const BOTH_RE = /\b[Bb]oth\b/g;
/** Words after "both" that make it a pronoun subject: an auxiliary or a verb of news ("Both were", "both said"). */
const VERB_AFTER_RE = /^\s+(?:were|are|was|is|have|had|has|will|would|could|can|should|must|may|might|remain|remained|remains|died|survived|said|say|says|told|deny|denied|face|faced|faces|pleaded|appeared|returned|agreed|live|lived|work|worked|hold|held|come|came|went|won|lost|played|served|claimed|called|signed|need|needed|received|suffered|sustained|belong|belonged)\b/i;
/** "both of them", "both of whom", "both of the men" */
const OF_AFTER_RE = /^\s+of\s+(?:them|whom|which|those|these|us|you|the\s+[a-z-]+(?:\s+[a-z-]+)?)\b(?!\s+and\b)/i;
/** "Both men, aged 24 and 31, …", "both countries have …": a plural noun, then no "and" (that is "both men and women"). */
const NOUN_AFTER_RE = /^\s+(?:[a-z-]+\s+)?(?:[a-z-]{3,}s|men|women|children|people|police)\b(?!\s+(?:and|or|&)\b)(?=\s*[,;.:—–)]|\s+(?:were|are|was|is|have|had|has|will|would|could|can|said|say|told|died|remain|remained|appeared|agreed|denied|face|faced|[a-z]+ed)\b)/;
/** "they both", "the two both": a floating "both" after its subject, or after a comma closing an apposition. */
const FLOAT_BEFORE_RE = /(?:\b(?:they|we|you|them|us)\s+(?:have\s+|had\s+|are\s+|were\s+|will\s+|would\s+)?|,\s*)$/i;
/** What a count of two may count: no length of time, no measure, no share. */
const NOT_THINGS = new Set(['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds', 'decades', 'centuries', 'percent', 'points',
  'times', 'miles', 'kilometres', 'kilometers', 'metres', 'meters', 'feet', 'inches', 'tons', 'tonnes', 'dollars', 'euros', 'pounds',
  'goals', 'runs', 'votes', 'seats', 'sets', 'games', 'rounds', 'shots', 'laps', 'km', 'kg']);
const TWO_RE = /\b(?:[Tt]wo|2|[Bb]oth)\s+(?:[a-z-]+\s+){0,2}?([a-z]{3,}s|men|women|children|people|police)\b|\b(?:[Tt]he|[Aa])\s+(pair|couple|twins|duo)\b/g;
/** Any other count before "both": a number word or digits before a noun. */
const OTHER_COUNT_RE = /\b(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds|\d+)\s+(?:[a-z-]+\s+){0,2}?(?:[a-z]{3,}s|men|women|children|people)\b/i;
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:al-|bin\s+|de\s+|van\s+)?\p{Lu}[\p{L}'’.-]*){0,3}`;
const NP = String.raw`(?:a|an|the|his|her|their|its)\s+(?:[\p{Ll}\d-]+\s+){0,2}\p{Ll}+`;
/** "Smith and Jones both", "a woman and her son, both": two coordinated right before "both". */
const PAIR_BEFORE_RE = new RegExp(String.raw`(?:^|[,;:(—–]\s*|\b(?:[Tt]he\s+[a-z]+,\s*))((?:${NAME})\s+and\s+(?:${NAME})|(?:${NP})\s+and\s+(?:${NP}))\s*,?\s+(?:have\s+|had\s+|are\s+|were\s+|will\s+|would\s+)?$`, 'u');
/** How far back (characters) the pair and the count of two are looked for. */
const LOOK_BACK = 300;
const FIRST_WORDS = /^(?:The|A|An|His|Her|Their|Its|But|And|In|On|At|After|When|While)\b/;

export function bothChecks(text: string, sentences: SentenceSpans): Check[] {
  const out: Check[] = [];
  BOTH_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOTH_RE.exec(text)) !== null) {
    const at = m.index;
    const end = at + 4;
    const after = text.slice(end, end + 80);
    const before = text.slice(Math.max(0, at - 120), at);
    const floating = FLOAT_BEFORE_RE.test(before);
    const pronoun = VERB_AFTER_RE.test(after) || OF_AFTER_RE.test(after);
    const determiner = NOUN_AFTER_RE.exec(after);
    if (!pronoun && !determiner && !floating) continue;
    // "both in Paris and in Rome", "both armed and dangerous": a coordinator after a floating "both"
    if (/^\s+(?:[\p{L}'’-]+\s+){0,3}?(?:and|as well as)\s/u.test(after) && !pronoun) continue;
    const s = sentenceIndex(sentences, at);
    if (s < 0) continue;
    const sFrom = sentences[s]![0];
    const ref: CheckRef = { start: at, end, text: m[0] };
    // two coordinated right before it
    // (the look-back is capped, so a very long sentence with many a "both" stays linear; a cut slice starts with a
    // space so that its cut edge is not taken for the sentence's start)
    const pFrom = Math.max(sFrom, at - LOOK_BACK);
    const pad = pFrom > sFrom ? 1 : 0;
    const pair = PAIR_BEFORE_RE.exec((pad ? ' ' : '') + text.slice(pFrom, at));
    if (pair && !/\band\b.*\band\b/.test(pair[1]!) && !FIRST_WORDS.test(pair[1]!.split(/\s+and\s+/)[1]!.trim())) {
      const pStart = pFrom - pad + pair.index + pair[0].indexOf(pair[1]!);
      out.push(ruled({
        kind: 'COUNT', status: 'CONSISTENT', refs: [ref, { start: pStart, end: pStart + pair[1]!.length, text: pair[1]! }],
        detail: `"both" = 2: two named before it (${pair[1]!.replace(/\s+and\s+/, ', ')})`,
      }, 'count:both'));
      continue;
    }
    // the nearest count of two before it, in the sentence or the one before, with no other count between
    const from = Math.max(sentences[Math.max(0, s - 1)]![0], at - 2 * LOOK_BACK);
    const scope = text.slice(from, at);
    let last: RegExpExecArray | null = null;
    TWO_RE.lastIndex = 0;
    let t: RegExpExecArray | null;
    while ((t = TWO_RE.exec(scope)) !== null) {
      if (/^[Bb]oth/.test(t[0])) continue;
      if (t[1] && NOT_THINGS.has(t[1].toLowerCase())) continue;
      last = t;
    }
    if (!last) continue;
    const between = scope.slice(last.index + last[0].length);
    if (OTHER_COUNT_RE.test(between)) continue;
    // "Two men were arrested … Both teams were fined": a "both" with its own noun refers back to a count of that noun,
    // or of people when both nouns name people ("Two men … both suspects"); "the pair"/"the couple" take any
    if (determiner && !pronoun && last[1] && !sameKindOfThing(last[1], ownNoun(determiner[0]))) continue;
    const tStart = from + last.index;
    out.push(ruled({
      kind: 'COUNT', status: 'CONSISTENT', refs: [ref, { start: tStart, end: tStart + last[0].length, text: last[0] }],
      detail: `"both" = 2: "${last[0]}" just before it`,
    }, 'count:both'));
  }
  return out;
}

const PERSON = new Set(PERSON_NOUNS);
/** The head noun of the words after "both" ("both teams" → "teams", "both young men" → "men"). */
const ownNoun = (after: string): string => after.trim().split(/\s+/).pop()!.replace(/[^\p{L}-]+$/u, '');
const isPersonNoun = (w: string) => PERSON.has(w) || PERSON.has(singular(w)) || personByEnding(w);
/** Whether two plural nouns may count the same things: the same noun, or two words for people. */
export function sameKindOfThing(a: string, b: string): boolean {
  const x = a.toLowerCase(), y = b.toLowerCase();
  if (x === y || singular(x) === singular(y)) return true;
  return isPersonNoun(x) && isPersonNoun(y);
}
