import { join } from 'node:path';
import { projectRoot } from '../../core/shared.js';
import { readDataRows } from '../../core/data-rows.js';
import type { Check, Quantity } from '../../core/types.js';
import { HEDGE_SRC, hedgeKind } from './approx.js';
import { fmt, roundingUnit } from './format.js';
import { alt } from './lexicon.js';
import { ruled } from './rule.js';
import { sentenceIndex, type SentenceSpans } from './sentences.js';

// COUNT: a running total whose first part was told a sentence before. "AFAD said 3,549 people had been killed in the
// country. In Syria, the health ministry put the toll at 1,602, bringing the confirmed total to 5,151." The total is
// the figure after "bringing/swelling/… the … total/toll/tally/count/number … to"; the added part is the last figure
// before that cue in its sentence (not one told as a subset: "including three children"); the first part is one figure
// of the sentence before, of the same unit (people beside people, money of one currency). When exactly one figure there makes the sum with the added part,
// within the total's rounding, it is CONSISTENT. A figure that does not fit says nothing: the total may hold parts the
// report gives elsewhere or not at all. A sentence whose own figures already sum to the total is the in-sentence rules'.

// The verbs are data (data/lexicon/checks-running-total-verbs.txt, shared with runningTotals.ts: "swelling the toll
// to 52" as "bringing"); the word before the total, if any, is read by its kind in
// data/lexicon/checks-approx-modifiers.tsv: APPROX ("about") leaves the total rounded as written, BOUND ("more than",
// "at least") makes it no sum, LIMIT ("only") leaves it exact.
const VERBS = readDataRows(join(projectRoot, 'data', 'lexicon', 'checks-running-total-verbs.txt')).map((r) => r[0]!);
// the nouns that name the total are data too (data/lexicon/checks-running-total-nouns.txt: "toll", "tally", "figure")
const NOUNS = readDataRows(join(projectRoot, 'data', 'lexicon', 'checks-running-total-nouns.txt')).map((r) => r[0]!);
const CUE_RE = new RegExp(String.raw`\b(?:${alt(VERBS)})\s+(?:the|its|their)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:${alt(NOUNS.filter((n) => n !== 'number'))}|number(?:\s+of\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)?)\s+to\s+(?:(${HEDGE_SRC})\s+)?$`, 'iu');
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
  const usable = (q: Quantity) => q.value > 0 && q.unit !== '%' && !TIME_UNITS.test(q.unit) && (!q.bound || q.bound === 'APPROX');
  // one pass: the usable figures of each sentence, in text order, read by the totals of that sentence and the next
  const bySentence = new Map<number, Quantity[]>();
  for (const q of qs) {
    if (!usable(q)) continue;
    const si = sentenceIndex(sentences, q.start);
    if (si < 0) continue;
    const list = bySentence.get(si);
    if (list) list.push(q); else bySentence.set(si, [q]);
  }
  for (const [si, own] of bySentence) {
    if (si < 1) continue;
    const [from] = sentences[si]!;
    for (const total of own) {
      const before = text.slice(Math.max(from, total.start - 90), total.start);
      const cue = CUE_RE.exec(before);
      if (!cue) continue;
      // a word before the total: an either-way hedge rounds it, a one-way bound makes it no sum, "only" keeps it exact
      const hedge = hedgeKind(cue[1]);
      if (cue[1] && hedge !== 'APPROX' && hedge !== 'LIMIT') continue;
      const loose = hedge === 'APPROX' || total.bound === 'APPROX';
      const give = loose ? Math.max(1, roundingUnit(total.text, total.value)) / 2 : 0.5;
      const cueAt = total.start - before.length + cue.index;
      const inSentence = own.filter((q) => q.end <= cueAt && kin(q, total) &&
        !SUBSET_BEFORE_RE.test(text.slice(Math.max(from, q.start - 40), q.start)));
      const added = inSentence[inSentence.length - 1];
      if (!added) continue;
      const ownSum = inSentence.reduce((a, q) => a + q.value, 0);
      if (inSentence.length > 1 && Math.abs(ownSum - total.value) <= give) continue;
      const fits = (bySentence.get(si - 1) ?? []).filter((q) => kin(q, added) && Math.abs(q.value + added.value - total.value) <= give);
      if (fits.length !== 1) continue;
      const first = fits[0]!;
      out.push(ruled({
        kind: 'COUNT', status: 'CONSISTENT',
        refs: [{ start: total.start, end: total.end, text: total.text }, { start: first.start, end: first.end, text: first.text }, { start: added.start, end: added.end, text: added.text }],
        detail: `${first.text} (the sentence before) + ${added.text} = ${fmt(first.value + added.value)}, the total given as ${total.text}`,
      }, 'count:total-across'));
    }
  }
  return out;
}
