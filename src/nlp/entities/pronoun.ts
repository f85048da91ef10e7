// Pronoun → entity, for speaker resolution in the claims stage.
import type { Entity, EntityType } from '../../core/types.js';
import type { NlpDoc } from '../doc.js';
import { lowerBound } from '../../core/lower-bound.js';

const NONPERSON = new Set(['it', 'its', 'itself']);
const PLURAL = new Set(['they', 'their', 'them', 'themselves', 'theirs']);

function sentenceIndex(doc: NlpDoc, offset: number): number {
  const s = doc.sentences;
  // the last sentence starting at or before offset, -1 before the first
  return lowerBound(s.length, (m) => s[m]!.start <= offset) - 1;
}

/**
 * The entity a pronoun at `offset` most plausibly refers to: the most recent PERSON mentioned before it in the same
 * or the previous sentence; for "it"/"its" an ORG (or GPE); for "they"/"their" an ORG first, then a PERSON.
 */
export function resolvePronoun(doc: NlpDoc, offset: number): Entity | undefined {
  const word = /^[\p{L}]+/u.exec(doc.text.slice(offset, offset + 12))?.[0]?.toLowerCase() ?? '';
  let types: EntityType[] = ['PERSON'];
  if (NONPERSON.has(word)) types = ['ORG', 'GPE'];
  else if (PLURAL.has(word)) types = ['ORG', 'PERSON', 'GPE'];
  let minStart = 0;
  if (doc.sentences.length) {
    const si = sentenceIndex(doc, offset);
    minStart = si > 0 ? doc.sentences[si - 1]!.start : 0;
  } else {
    const before = doc.text.slice(0, offset);
    const cut = Math.max(before.lastIndexOf('. ', before.lastIndexOf('. ') - 1), 0);
    minStart = cut;
  }
  for (const ty of types) {
    let best: Entity | undefined; let bestEnd = -1;
    for (const e of doc.entities) {
      if (e.type !== ty) continue;
      for (const m of e.mentions) {
        if (m.end <= offset && m.start >= minStart && m.end > bestEnd) { best = e; bestEnd = m.end; }
      }
    }
    if (best) return best;
  }
  return undefined;
}
