import type { Quantity } from '../../core/types.js';
import { explain, type NlpDoc, type Stage } from '../doc.js';
import { currencyByCountry } from './currency-country.js';
import { linkEquivalents, mergeFeetInches, shareCoordinatedNoun } from './equivalents.js';
import { scanQuantities } from './scan.js';
import { ratePoints } from './rate-points.js';
import { shareLimitBound } from './shared-bound.js';
import { sentenceSpans, tokenize } from './tokens.js';

/** Finds amounts, money, measures and counts in `doc.text`; numbers inside times are left to the time stage. */
export function findQuantities(doc: Pick<NlpDoc, 'text' | 'sentences' | 'times'> & Partial<Pick<NlpDoc, 'entities'>>): Quantity[] {
  const toks = tokenize(doc.text, sentenceSpans(doc.text, doc.sentences));
  // people's mentions: "Abe, 67," is an age, "Chelsea, 3," is not
  const persons = (doc.entities ?? []).filter((e) => e.type === 'PERSON').flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end })));
  // places and linked names: "Accra, 12," is no one's age even when the name is not a known person's
  const nonPersons = (doc.entities ?? []).filter((e) => e.type !== 'PERSON' && (e.type === 'GPE' || e.type === 'LOC' || e.type === 'FAC' || e.kb?.wikidata))
    .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end })));
  const qs = mergeFeetInches(doc.text, scanQuantities({ text: doc.text, toks, times: doc.times, persons, nonPersons }));
  linkEquivalents(doc.text, qs);
  shareCoordinatedNoun(doc.text, qs);
  shareLimitBound(doc.text, qs);
  ratePoints(toks, qs);
  return qs;
}

export const quantityStage: Stage = {
  name: 'quantity',
  reads: ['sentences', 'tokens', 'times'],
  writes: ['quantities'],
  run(doc: NlpDoc) {
    const qs = findQuantities(doc);
    // a bare "$" re-coded as the report's dollar may now differ from a US$ figure restating it: link such pairs too
    if (currencyByCountry(qs, doc.entities, doc.text) > 0) linkEquivalents(doc.text, qs, true);
    const base = doc.quantities.length;
    for (const q of qs) if (q.equivalentOf !== undefined) q.equivalentOf += base;
    doc.quantities.push(...qs);
    explain(doc, 'quantity', () => `${qs.length} quantities: ${qs.map((q) => `"${q.text}"=${q.value} ${q.unit}`).join('; ')}`);
  },
};
