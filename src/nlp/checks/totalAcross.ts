import type { Check, Quantity } from '../../core/types.js';
import { fmt } from './format.js';
import { ruled } from './rule.js';
import { sentenceIndex, type SentenceSpans } from './sentences.js';

// COUNT: a running total whose first part was told a sentence before. "AFAD said 3,549 people had been killed in the
// country. In Syria, the health ministry put the toll at 1,602, bringing the confirmed total to 5,151." The total is
// the figure after "bringing/raising/taking/pushing/lifting the … total/toll/tally/count/number … to"; the added part is
// the last figure before that cue in its sentence (not one told as a subset: "including three children"); the first part is one figure of the sentence before, of the same
// unit (people beside people, money of one currency). When exactly one figure there makes the sum with the added part,
// within the total's rounding, it is CONSISTENT. A figure that does not fit says nothing: the total may hold parts the
// report gives elsewhere or not at all. A sentence whose own figures already sum to the total is the in-sentence rules'.

const CUE_RE = /\b(?:bringing|raising|taking|pushing|lifting)\s+(?:the|its|their)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:toll|total|tally|count|number(?:\s+of\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)?)\s+to\s+(?:(about|around|some|roughly|nearly|almost|more\s+than|over|at\s+least)\s+)?$/iu;
const TIME_UNITS = /^(?:year|day|week|month|hour|minute|second)s?$/;

/**
 * The parts and the total count one thing: the same unit ("40 homes" and "12 more bodies" are two counts, but no
 * sum — the quantity stage gives a bare toll figure its counted unit, "the toll at 1,602" person).
 */
function kin(a: Quantity, b: Quantity): boolean {
  return a.unit === b.unit;
}
/** A figure told as a share of one before it ("12 more bodies, including three children"): a subset, no added part. */
const SUBSET_BEFORE_RE = /\b(?:including|included|among\s+(?:them|whom|those)|of\s+(?:whom|them|those|which))\s+(?:[\p{L}'’-]+\s+){0,2}$/iu;

export function totalAcrossChecks(text: string, qs: readonly Quantity[], sentences: SentenceSpans): Check[] {
  const out: Check[] = [];
  for (const total of qs) {
    const before = text.slice(Math.max(0, total.start - 90), total.start);
    const cue = CUE_RE.exec(before);
    if (!cue || total.unit === '%' || TIME_UNITS.test(total.unit) || !(total.value > 0)) continue;
    const si = sentenceIndex(sentences, total.start);
    if (si < 1) continue;
    const [from] = sentences[si]!;
    const cueAt = total.start - before.length + cue.index;
    const usable = (q: Quantity) => q !== total && q.value > 0 && q.unit !== '%' && !TIME_UNITS.test(q.unit) && kin(q, total) && (!q.bound || q.bound === 'APPROX');
    const inSentence = qs.filter((q) => q.start >= from && q.end <= cueAt && usable(q) &&
      !SUBSET_BEFORE_RE.test(text.slice(Math.max(from, q.start - 40), q.start)));
    const added = inSentence[inSentence.length - 1];
    if (!added) continue;
    // hedged total ("to about 5,200", "more than 5,000"): the rounding it was written to; else exact within half a unit
    const hedge = cue[1]?.toLowerCase();
    if (hedge && hedge !== 'about' && hedge !== 'around' && hedge !== 'some' && hedge !== 'roughly') continue;
    const trailing = /^(\d+?)(0*)$/.exec(String(Math.round(total.value)));
    const give = hedge || total.bound === 'APPROX' ? Math.max(0.5, 10 ** (trailing?.[2]?.length ?? 0) / 2) : 0.5;
    const ownSum = inSentence.reduce((a, q) => a + q.value, 0);
    if (inSentence.length > 1 && Math.abs(ownSum - total.value) <= give) continue;
    const [pFrom, pTo] = sentences[si - 1]!;
    const fits = qs.filter((q) => q.start >= pFrom && q.end <= pTo && usable(q) && kin(q, added) && Math.abs(q.value + added.value - total.value) <= give);
    if (fits.length !== 1) continue;
    const first = fits[0]!;
    out.push(ruled({
      kind: 'COUNT', status: 'CONSISTENT',
      refs: [{ start: total.start, end: total.end, text: total.text }, { start: first.start, end: first.end, text: first.text }, { start: added.start, end: added.end, text: added.text }],
      detail: `${first.text} (the sentence before) + ${added.text} = ${fmt(first.value + added.value)}, the total given as ${total.text}`,
    }, 'count:total-across'));
  }
  return out;
}
