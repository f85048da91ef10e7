// COUNT: a fatality rate against the report's own counts of deaths and cases, "66 confirmed cases … of whom 15 died
// … The case fatality rate of about 23 percent": 15 / 66 = 22.7%, given as about 23%. The rate is named by its words
// (data/lexicon/checks-fatality-rate-cues.txt); the dead are a count told as dying (checks-death-count-cues.txt) or
// counted in deaths, the cases a count of cases or infections, anywhere in the report.
//
// The counts are paired loosely (a report may give several tolls: a country's, a region's, an earlier one), so only
// agreement is reported: a rate no pair of counts fits may be of counts the report does not give, and says nothing.
// The deaths must be the cases' deaths: of the cases' sentence, or of the next sentence, told right after the cases
// (but for a word of linking, "Of them,": checks-fatality-link-cues.txt) and right before the rate's sentence or in it;
// or, with the rate told in the sentence of one of them, the other within two sentences of it.
import type { Check, Quantity } from '../../core/types.js';
import { readWordSet } from '../../core/word-lists.js';
import { alternation, phrasePattern } from '../../core/regex.js';
import { fmt, roundingUnit } from './format.js';
import { ruled } from './rule.js';
import { APPROX_SRC } from './approx.js';
import { sentenceIndex, type SentenceSpans } from './sentences.js';

const RATE_BEFORE_RE = new RegExp(String.raw`\b(?:${alternation(readWordSet('checks-fatality-rate-cues.txt'), (p) => phrasePattern(p).replace(/\\s\+/g, String.raw`[\s-]+`))})\s*,?\s+(?:${alternation(readWordSet('checks-fatality-rate-verbs.txt'), phrasePattern)})?\s*$`, 'i');
/** A word of approximation ending the text before the rate ("of about 23 percent"): data/lexicon/checks-approx-modifiers.tsv. */
const APPROX_TAIL_RE = new RegExp(String.raw`\s*\b(?:${APPROX_SRC})\s*$`, 'i');
const DEATH_SRC = alternation(readWordSet('checks-death-count-cues.txt'), phrasePattern);
/** "15 died" (after the count), "30 deaths" (the count's own noun). */
const DEATH_AFTER_RE = new RegExp(String.raw`^\s+(?:${DEATH_SRC})\b`, 'i');
const DEATH_OWN_RE = new RegExp(String.raw`\b(?:${DEATH_SRC})$`, 'i');
/** Between the cases and deaths of the next sentence: the sentence break, and at most a word of linking ("Of them,"). */
const LINK_BETWEEN_RE = new RegExp(String.raw`^[\s.;:]*(?:(?:${alternation(readWordSet('checks-fatality-link-cues.txt'), phrasePattern)})\s*,?\s*)?$`, 'i');
const CASE_UNITS: ReadonlySet<string> = new Set(['case', 'infection']);
/** A count exact or about: not "more than", "up to". */
const plain = (q: Quantity) => q.bound === undefined || q.bound === 'APPROX';

export function fatalityRateChecks(text: string, qs: readonly Quantity[], sentences: SentenceSpans): Check[] {
  const out: Check[] = [];
  const rates = qs.map((q, i) => [q, i] as const).filter(([q]) => q.unit === '%' && plain(q) && q.value > 0 && q.value < 100 &&
    RATE_BEFORE_RE.test(text.slice(Math.max(0, q.start - 60), q.start).replace(APPROX_TAIL_RE, ' ')));
  if (!rates.length) return out;
  const deaths = qs.map((q, i) => [q, i] as const).filter(([q]) => plain(q) && q.value >= 1 && Number.isInteger(q.value) &&
    (q.unit === 'death' || ((q.unit === 'person' || q.unit === 'count') && (DEATH_AFTER_RE.test(text.slice(q.end, q.end + 30)) || DEATH_OWN_RE.test(q.text)))));
  const cases = qs.map((q, i) => [q, i] as const).filter(([q]) => plain(q) && CASE_UNITS.has(q.unit) && Number.isInteger(q.value));
  const sent = (q: Quantity) => sentenceIndex(sentences, q.start);
  /** The deaths are the cases': one sentence, or the next one told right after them that ends at the rate. */
  const linked = (d: Quantity, c: Quantity, r: Quantity): boolean => {
    const sd = sent(d);
    const sc = sent(c);
    if (sd < 0 || sc < 0) return false;
    if (sd === sc) return true;
    const sr = sent(r);
    // the rate told with one of the counts ("60 cases and a fatality rate of 25%"), the other within two sentences
    if ((sr === sc || sr === sd) && Math.abs(sd - sc) <= 2) return true;
    return sd === sc + 1 && (sr === sd || sr === sd + 1) && LINK_BETWEEN_RE.test(text.slice(c.end, d.start).replace(/^[^.;:]*/, ''));
  };
  // The pairs `linked` can take are at most two sentences apart: found once, by sentence, rather than every death
  // against every case for every rate (cubic on a long report). `order` is their place in a loop of every death over
  // every case, so that among equally close shares the first still wins.
  interface Pair { d: Quantity; di: number; c: Quantity; ci: number; order: number; share: number }
  const casesBySentence = new Map<number, Array<{ c: Quantity; ci: number; ck: number }>>();
  cases.forEach(([c, ci], ck) => {
    const sc = sent(c);
    if (sc < 0) return;
    const list = casesBySentence.get(sc) ?? [];
    list.push({ c, ci, ck });
    casesBySentence.set(sc, list);
  });
  const sameSentence: Pair[] = [];
  const apartByDeaths = new Map<number, Pair[]>();
  deaths.forEach(([d, di], dk) => {
    const sd = sent(d);
    if (sd < 0) return;
    for (let sc = sd - 2; sc <= sd + 2; sc++) {
      for (const { c, ci, ck } of casesBySentence.get(sc) ?? []) {
        if (d.value > c.value) continue;
        const p: Pair = { d, di, c, ci, order: dk * cases.length + ck, share: (d.value / c.value) * 100 };
        if (sc === sd) sameSentence.push(p);
        else {
          const list = apartByDeaths.get(sd) ?? [];
          list.push(p);
          apartByDeaths.set(sd, list);
        }
      }
    }
  });
  for (const [r, ri] of rates) {
    // the writer's rounding of the rate (never looser than a point), and a point or 5% more for "about"
    const tol = Math.min(roundingUnit(r.text, r.value), 1) / 2 + (r.bound === 'APPROX' ? Math.max(1, r.value * 0.05) : 0) + 1e-9;
    let hit: Pair | undefined;
    const consider = (p: Pair): void => {
      const off = Math.abs(p.share - r.value);
      if (off > tol || !linked(p.d, p.c, r)) return;
      const best = hit ? Math.abs(hit.share - r.value) : Infinity;
      if (off < best || (off === best && p.order < hit!.order)) hit = p;
    };
    sameSentence.forEach(consider);
    // a pair of two sentences links to a rate told in or next to them: its deaths at most two sentences from the rate
    const sr = sent(r);
    for (let sd = sr - 2; sd <= sr + 2; sd++) apartByDeaths.get(sd)?.forEach(consider);
    if (!hit) continue;
    out.push(ruled({
      kind: 'COUNT', status: 'CONSISTENT', refs: [ri, hit.di, hit.ci],
      detail: `${fmt(hit.d.value)} deaths of ${fmt(hit.c.value)} cases = ${hit.share.toFixed(1)}%, given as a fatality rate of ${r.text}`,
    }, 'count:fatality-rate'));
  }
  return out;
}
