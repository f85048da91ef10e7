import type { Quantity } from '../../core/types.js';
import { SPEECH_VERBS } from '../claims/lexicon.js';
import { PERSON_NOUNS } from '../quantity/lexicon.js';
import { alt } from './lexicon.js';

// "Three soldiers, two police officers and one civilian were killed, bringing the toll to six": the quantity stage
// keeps no figure for a list item of one ("one civilian"), so a sum of the list's parts must add it back. An item is
// ", one" or "and one" (or "a"/"an": "two civilians and a child") right after one of the list's parts, then a singular
// noun of a person (one modifier may come first: "one police officer"); it lies inside no quantity, and is not the
// speaker ("…, one official said", "…, a military official said", "…, one survivor recalled"). When the list follows its
// total and verb ("Six people were killed: four soldiers and two civilians"), an item with a verb of its own opens a new
// clause ("…, and a child was injured"), and so does ", and" after the part that closed the list with "and".

const PERSON_SINGULARS = new Set(PERSON_NOUNS.filter((w) => !w.endsWith('s')));
const ONE_ITEM_RE = /^\s*(,\s*(?:and\s+)?|and\s+)(one|an?)\s+([a-z]+)(?:\s+([a-z]+))?\b(?!['’])/d;
const SPEECH_RE = new RegExp(`^\\s*(?:${alt(SPEECH_VERBS)})\\b`, 'i');
/** A finite verb right after the item: its own clause ("a child was injured", "one survivor recalled."). */
const FINITE_RE = /^\s*(?:was|were|is|are|has|have|had|will|would|could|can|may|might|must|should|did|does|remains|remained|[a-z]+ed(?=\s*[.,;:!?]|\s+that\b))\b/i;
const AND_BEFORE_RE = /\band\s+$/i;

/**
 * How many "one <person>" list items follow the given parts directly, outside every quantity. `afterTotal`: the list
 * follows its total (and the total's verb), so a verb after an item is not the list's predicate.
 */
export function oneItemsAfter(text: string, parts: readonly Quantity[], qs: readonly Quantity[], afterTotal = false): number {
  let n = 0;
  for (const p of parts) {
    const m = ONE_ITEM_RE.exec(text.slice(p.end, p.end + 50));
    if (!m) continue;
    const nounIdx = PERSON_SINGULARS.has(m[4] ?? '') ? 4 : PERSON_SINGULARS.has(m[3]!) ? 3 : 0;
    if (nounIdx === 0) continue;
    const at = p.end + m.indices![2]![0];
    const nounEnd = p.end + m.indices![nounIdx]![1];
    const after = text.slice(nounEnd, nounEnd + 40);
    // the speaker: "one official said", "one military official said"
    if (SPEECH_RE.test(after) || (nounIdx === 3 && SPEECH_RE.test(text.slice(nounEnd).replace(/^\s*[a-z]+/, '').slice(0, 40)))) continue;
    if (afterTotal) {
      if (FINITE_RE.test(after)) continue;
      if (m[1]!.includes(',') && /\band\b/.test(m[1]!) && AND_BEFORE_RE.test(text.slice(Math.max(0, p.start - 8), p.start))) continue;
    }
    if (qs.some((q) => q.start <= at && at < q.end)) continue;
    n++;
  }
  return n;
}
