import { join } from 'node:path';
import type { Check } from '../../core/types.js';
import { projectRoot } from '../../core/shared.js';
import { readDataRows } from '../../core/data-rows.js';
import { countValue, NUM_WORD_SRC } from './numbers.js';
import { ruled } from './rule.js';
import { listGapRe } from './approx.js';
import type { SentenceSpans } from './sentences.js';
import { allMatches, phrasePattern } from '../../core/regex.js';

// COUNT: "all N charges" against the charges listed by kind in its sentence or the four after it: "found the 31-year-old
// guilty on all seven counts … The charges — two counts of wire fraud and five conspiracy counts —" (7), "guilty on
// all seven charges … convicted Najib of three counts of criminal breach of trust, three of money laundering and two
// of abuse of power" (8, not 7). The list is read only as figures of charges joined by commas and a closing "and",
// singular ones included ("one count of perjury"); a charge the list reads no figure of ("a count of perjury" between
// two items) leaves it unread. Only agreement is told: a list that adds up to something else is as often another
// case, another defendant, another day or a part of the charges ("acquitted on all seven charges. Two years earlier
// he had been charged with three counts of fraud and two counts of bribery in a separate case").

const ROWS = readDataRows(join(projectRoot, 'data', 'lexicon', 'checks-charge-words.tsv'));
const words = (k: string) => ROWS.filter((r) => r[0] === k).map((r) => phrasePattern(r[1]!)).join('|');
const NOUN = words('noun');
const ONE = words('one');
const N = String.raw`(\d{1,2}|${NUM_WORD_SRC})`;
const ALL_RE = new RegExp(String.raw`\ball\s+(?:the\s+)?${N}\s+(?:[\p{Ll}-]+\s+){0,2}?(${NOUN})\b`, 'giu');
/** One kind of charge: "three counts of fraud", "five conspiracy counts", "three of money laundering". */
const ITEM_RE = new RegExp(String.raw`(?<![\d,.])\b${N}\s+(?:(?:[\p{Ll}-]+\s+){0,2}?(?:${NOUN}|${ONE})\b|of\b)`, 'giu');
/** A charge told by count with no figure the list reads: "a count of perjury", "a single charge of fraud". */
const UNREAD_RE = new RegExp(String.raw`\b(?:an?|single|${N})\s+(?:[\p{Ll}-]+\s+){0,2}?(?:${NOUN}|${ONE})\b`, 'iu');
const GAP_RE = listGapRe({ colon: false });

export function chargeCountChecks(text: string, sentences: SentenceSpans): Check[] {
  const out: Check[] = [];
  sentences.forEach(([from, to], s) => {
    for (const m of allMatches(ALL_RE, text.slice(from, to))) {
      const total = countValue(m[1]!);
      if (total === undefined || total < 2) continue;
      const at = from + m.index!;
      // the list: in the rest of this sentence or in one of the next four
      const spans: Array<[number, number]> = [[at + m[0].length, to], ...[1, 2, 3, 4].map((k) => sentences[s + k]).filter((x): x is [number, number] => !!x)];
      for (const [j, [a, b]] of spans.entries()) {
        const items = allMatches(ITEM_RE, text.slice(a, b)).map((x) => ({ n: countValue(x[1]!), start: a + x.index!, end: a + x.index! + x[0].length, text: x[0] }));
        if (items.length < 2 || items.some((x) => x.n === undefined)) continue;
        // the items in a row, each after a comma or "and", the last after "and"
        let ok = true;
        let unread = false;
        for (let k = 1; k < items.length && ok; k++) {
          const gap = text.slice(items[k - 1]!.end, items[k]!.start);
          unread ||= UNREAD_RE.test(gap);
          ok = GAP_RE.test(gap) && (k < items.length - 1 || /\band\s+$/i.test(gap));
        }
        if (unread) break;
        if (!ok) continue;
        // a charge just before the first item or after the last one that the list does not read ("a count of
        // perjury, two counts of fraud and …", "… and three of theft, and a count of perjury")
        const before = text.slice(Math.max(a, items[0]!.start - 40), items[0]!.start);
        const after = text.slice(items[items.length - 1]!.end, Math.min(b, items[items.length - 1]!.end + 60));
        if (UNREAD_RE.test(before) || UNREAD_RE.test(after)) break;
        const sum = items.reduce((x, y) => x + y.n!, 0);
        if (sum !== total) break;
        out.push(ruled({
          kind: 'COUNT', status: 'CONSISTENT',
          refs: [{ start: at, end: at + m[0].length, text: m[0] }, ...items.map((x) => ({ start: x.start, end: x.end, text: x.text }))],
          detail: `${items.map((x) => x.n).join(' + ')} = ${sum} ${m[2]}, as "${m[0]}"`,
        }, 'count:charges'));
        break;
      }
    }
  });
  return out;
}
