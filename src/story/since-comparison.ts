// "since <time>" after a superlative, "first", "last" or "only" in its clause ("the highest level since 2019", "the
// first time since 2021") compares with everything after that time: it does not say when the clause's event began.
import { readWordSet } from '../core/word-lists.js';

let words: ReadonlySet<string> | undefined;
/** Up to this many words of the clause before "since" are looked at. */
const WINDOW = 8;

/** Whether the "since" that ends at `sinceEnd` (its time follows) closes a comparison shape of its clause. */
export function comparisonSince(text: string, sinceEnd: number): boolean {
  words ??= readWordSet('story-since-comparisons.txt');
  const before = text.slice(Math.max(0, sinceEnd - 120), sinceEnd).replace(/\bsince\s+(?:on\s+)?$/i, '');
  const clause = before.split(/[.;:!?,()\n]/).pop() ?? '';
  const ws = clause.toLowerCase().match(/[a-z]+/g) ?? [];
  return ws.slice(-WINDOW).some((w) => words!.has(w));
}
