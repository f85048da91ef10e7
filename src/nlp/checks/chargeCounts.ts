import { join } from 'node:path';
import type { Check } from '../../core/types.js';
import { projectRoot } from '../../core/shared.js';
import { readDataRows } from '../../core/data-rows.js';
import { countValue, NUM_WORD_SRC } from './numbers.js';
import { ruled } from './rule.js';
import type { SentenceSpans } from './sentences.js';

// COUNT: "all N charges" against the charges listed by kind in its sentence or the four after it: "found the 31-year-old
// guilty on all seven counts … The charges — two counts of wire fraud and five conspiracy counts —" (7), "guilty on
// all seven charges … convicted Najib of three counts of criminal breach of trust, three of money laundering and two
// of abuse of power" (8, not 7). The list is read only as figures of charges joined by commas and a closing "and";
// a mismatch is told only within two sentences and when the list's sentence tells the charges themselves (convicted, charged, "the charges").

const ROWS = readDataRows(join(projectRoot, 'data', 'lexicon', 'checks-charge-words.tsv'));
const words = (k: string) => ROWS.filter((r) => r[0] === k).map((r) => r[1]!.replace(/ /g, '\\s+')).join('|');
const NOUN = words('noun');
const N = String.raw`(\d{1,2}|${NUM_WORD_SRC})`;
const ALL_RE = new RegExp(String.raw`\ball\s+(?:the\s+)?${N}\s+(?:[\p{Ll}-]+\s+){0,2}?(${NOUN})\b`, 'giu');
/** One kind of charge: "three counts of fraud", "five conspiracy counts", "three of money laundering". */
const ITEM_RE = new RegExp(String.raw`(?<![\d,.])\b${N}\s+(?:(?:[\p{Ll}-]+\s+){0,2}?(?:${NOUN})\b|of\b)`, 'giu');
const TELLS_RE = new RegExp(String.raw`\b(?:${words('verb')})\b`, 'i');
const GAP_RE = /^[^\d;.:]{0,80}?(?:,\s*(?:and\s+)?|\s+and\s+)$/i;

export function chargeCountChecks(text: string, sentences: SentenceSpans): Check[] {
  const out: Check[] = [];
  sentences.forEach(([from, to], s) => {
    for (const m of text.slice(from, to).matchAll(ALL_RE)) {
      const total = countValue(m[1]!);
      if (total === undefined || total < 2) continue;
      const at = from + m.index!;
      // the list: in the rest of this sentence or in one of the next four (a mismatch: the next two only)
      const spans: Array<[number, number]> = [[at + m[0].length, to], ...[1, 2, 3, 4].map((k) => sentences[s + k]).filter((x): x is [number, number] => !!x)];
      for (const [j, [a, b]] of spans.entries()) {
        const items = [...text.slice(a, b).matchAll(ITEM_RE)].map((x) => ({ n: countValue(x[1]!), start: a + x.index!, end: a + x.index! + x[0].length, text: x[0] }));
        if (items.length < 2 || items.some((x) => x.n === undefined)) continue;
        // the items in a row, each after a comma or "and", the last after "and"
        let ok = true;
        for (let k = 1; k < items.length && ok; k++) {
          const gap = text.slice(items[k - 1]!.end, items[k]!.start);
          ok = GAP_RE.test(gap) && (k < items.length - 1 || /\band\s+$/i.test(gap));
        }
        if (!ok) continue;
        const sum = items.reduce((x, y) => x + y.n!, 0);
        const agree = sum === total;
        if (!agree && (j > 2 || !TELLS_RE.test(text.slice(j === 0 ? from : a, b)))) break;
        out.push(ruled({
          kind: 'COUNT', status: agree ? 'CONSISTENT' : 'INCONSISTENT',
          refs: [{ start: at, end: at + m[0].length, text: m[0] }, ...items.map((x) => ({ start: x.start, end: x.end, text: x.text }))],
          detail: `${items.map((x) => x.n).join(' + ')} = ${sum} ${m[2]}${agree ? ', as' : ', but the report says'} "${m[0]}"`,
        }, 'count:charges'));
        break;
      }
    }
  });
  return out;
}
