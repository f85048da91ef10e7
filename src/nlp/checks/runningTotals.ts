import { join } from 'node:path';
import { projectRoot } from '../../core/shared.js';
import { readDataRows } from '../../core/data-rows.js';
import type { Check, Quantity } from '../../core/types.js';
import { HEDGE_SRC, hedgeKind } from './approx.js';
import { fmt, roundingUnit } from './format.js';
import { alt } from './lexicon.js';
import { countValue, NUM_WORD_SRC } from './numbers.js';
import { ruled } from './rule.js';
import { sentenceSpanAt, type SentenceSpans } from './sentences.js';

// A running total after an added amount, of any unit but people (count.ts reads the death tolls): "bought its first
// 300 coins and, a day later, another 150, bringing its holdings to 450"; "has lent €2bn and will lend a further €2bn,
// bringing the total to €4bn". The first amount and the added one are the parts: equal to the total within the
// rounding written is CONSISTENT, more than it INCONSISTENT (a running total holds its parts). Less than the total is
// UNVERIFIABLE: the total may hold earlier amounts the report does not give, an input of the sum is missing.

const rows = (f: string) => readDataRows(join(projectRoot, 'data', 'lexicon', f)).map((r) => r[0]!);
const NUM_SRC = String.raw`(?:[$€£¥]\s?)?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?:${NUM_WORD_SRC}))(?:\s*(?:million|billion|trillion|bn|m)\b)?`;
const ADDED_RE = new RegExp(String.raw`\b(?:${alt(rows('checks-running-total-added.txt'))})\s+(${NUM_SRC})`, 'gi');
const TOTAL_RE = new RegExp(String.raw`^[^.;!?]{0,80}?,?\s*\b(?:${alt(rows('checks-running-total-verbs.txt'))})\s+(?:the|its|their|his|her|our)\s+(?:[\p{L}'’-]+\s+){0,3}to\s+(?:(${HEDGE_SRC})\s+)?(${NUM_SRC})`, 'iu');
const SCALE: Record<string, number> = { million: 1e6, m: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12 };

/** The value of a figure as written ("150", "2 billion", "€2bn", "forty"). */
function valueOf(s: string): number | undefined {
  const m = /^(?:[$€£¥]\s?)?([\d.,]+|[a-z-]+)(?:\s*(million|billion|trillion|bn|m))?$/i.exec(s.trim());
  if (!m) return undefined;
  const base = /\d/.test(m[1]!) ? Number(m[1]!.replace(/,/g, '')) : countValue(m[1]!);
  if (base === undefined || !Number.isFinite(base)) return undefined;
  return base * (m[2] ? SCALE[m[2].toLowerCase()]! : 1);
}

export function runningTotalChecks(text: string, qs: readonly Quantity[], sentences: SentenceSpans): Check[] {
  const out: Check[] = [];
  const qAt = (start: number) => qs.find((q) => q.start <= start && q.end > start);
  ADDED_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ADDED_RE.exec(text)) !== null) {
    const sent = sentenceSpanAt(sentences, m.index);
    if (!sent) continue;
    const addedAt = m.index + m[0].length - m[1]!.length;
    const addedEnd = m.index + m[0].length;
    const t = TOTAL_RE.exec(text.slice(addedEnd, sent[1]));
    if (!t) continue;
    const totalAt = addedEnd + t.index + t[0].length - t[2]!.length;
    const totalEnd = addedEnd + t.index + t[0].length;
    // the word before the total, read by its kind (data/lexicon/checks-approx-modifiers.tsv, as totalAcross reads it):
    // a one-way bound ("more than 500") is no sum (code review r1, finding 8)
    const hedge = hedgeKind(t[1]);
    if (hedge === 'BOUND') continue;
    // the first part: the last figure before "another" in the sentence, of the same unit where the stage gave units
    const addedQ = qAt(addedAt);
    const totalQ = qAt(totalAt);
    const unit = addedQ?.unit ?? totalQ?.unit;
    if (unit === 'person' || unit === '%' || (addedQ && totalQ && addedQ.unit !== totalQ.unit)) continue;
    const before = qs.filter((q) => q.start >= sent[0] && q.end <= m!.index && !/^(?:year|day|week|month|hour|minute)s?$/.test(q.unit) && (unit === undefined || q.unit === unit));
    const first = before[before.length - 1];
    if (!first) continue;
    const added = addedQ?.value ?? valueOf(m[1]!);
    const total = totalQ?.value ?? valueOf(t[2]!);
    if (added === undefined || total === undefined) continue;
    const sum = first.value + added;
    // a plain count is exact; a figure with a scale word or a hedge ("4 billion", "about 900") is rounded as written
    const loose = /million|billion|trillion|bn|m$/i.test(t[2]!) || hedge === 'APPROX';
    const give = loose ? roundingUnit(t[2]!, total) / 2 : 0.5;
    const status = Math.abs(sum - total) <= give ? 'CONSISTENT' : sum > total ? 'INCONSISTENT' : 'UNVERIFIABLE';
    const totalText = text.slice(totalAt, totalEnd);
    out.push(ruled({
      kind: 'COUNT', status,
      refs: [{ start: totalAt, end: totalEnd, text: totalText }, { start: first.start, end: first.end, text: first.text }, { start: addedAt, end: addedEnd, text: m[1]! }],
      detail: `${first.text} + ${m[1]} = ${fmt(sum)}, running total given as ${totalText}${status === 'UNVERIFIABLE' ? ': the total may hold earlier amounts the report does not give' : status === 'INCONSISTENT' ? ', which is less than its parts' : ''}`,
    }, 'count:running-total'));
  }
  return out;
}
