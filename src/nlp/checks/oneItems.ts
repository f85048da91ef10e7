import type { Quantity } from '../../core/types.js';
import { PERSON_NOUNS } from '../quantity/lexicon.js';

// "Three soldiers, two police officers and one civilian were killed, bringing the toll to six": the quantity stage
// keeps no figure for a list item of one ("one civilian"), so a sum of the list's parts must add it back. An item is
// ", one" or "and one" (or "a"/"an": "two civilians and a child") right after one of the list's parts, then a singular noun of a person (one modifier may come
// first: "one police officer"); it lies inside no quantity, and is not the speaker ("…, one official said").

const PERSON_SINGULARS = new Set(PERSON_NOUNS.filter((w) => !w.endsWith('s')));
const ONE_ITEM_RE = /^\s*(?:,\s*(?:and\s+)?|and\s+)(one|an?)\s+([a-z]+)(?:\s+([a-z]+))?\b(?!['’])/;
const SPEECH_RE = /^\s*(?:[a-z]+\s+)?(?:said|says|told|added|stated|explained|confirmed|wrote)\b/;

/** How many "one <person>" list items follow the given parts directly, outside every quantity. */
export function oneItemsAfter(text: string, parts: readonly Quantity[], qs: readonly Quantity[]): number {
  let n = 0;
  for (const p of parts) {
    const m = ONE_ITEM_RE.exec(text.slice(p.end, p.end + 50));
    if (!m || !(PERSON_SINGULARS.has(m[2]!) || PERSON_SINGULARS.has(m[3] ?? ''))) continue;
    const at = p.end + m[0].lastIndexOf(m[1]!);
    if (SPEECH_RE.test(text.slice(at + m[1]!.length + 1 + m[2]!.length, at + 60))) continue;
    if (qs.some((q) => q.start <= at && at < q.end)) continue;
    n++;
  }
  return n;
}
