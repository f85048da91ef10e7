import type { Check } from '../../core/types.js';
import { explain, type NlpDoc, type Stage } from '../doc.js';
import { sentenceSpans } from '../quantity/tokens.js';
import { ageChecks } from './ages.js';
import { countChecks } from './count.js';
import { groupCountChecks } from './groups.js';
import { breakdownChecks } from './breakdowns.js';
import { shareChecks } from './shares.js';
import { dateArithmeticChecks } from './dateArithmetic.js';
import { travelTimeChecks } from './travelTime.js';
import { unitConversionChecks } from './unitConversion.js';
import { weekdayChecks } from './weekdays.js';
import { laterChecks } from './later.js';
import { yearRangeChecks } from './yearRanges.js';

/** All consistency checks of a document's own figures. Pure: reads layers, returns checks. */
export function runChecks(doc: Pick<NlpDoc, 'text' | 'sentences' | 'quantities' | 'times' | 'entities' | 'anchorDate'>): Check[] {
  const sentences = sentenceSpans(doc.text, doc.sentences);
  const all = [
    ...unitConversionChecks(doc.quantities, doc.text),
    ...travelTimeChecks(doc.text, doc.quantities, doc.times, doc.entities, sentences),
    ...dateArithmeticChecks(doc.text, doc.times, doc.anchorDate, sentences),
    ...weekdayChecks(doc.text, doc.times, doc.anchorDate, sentences),
    ...yearRangeChecks(doc.text, doc.times, doc.anchorDate, sentences),
    ...laterChecks(doc.text, doc.times, sentences),
    ...ageChecks(doc.text, doc.anchorDate, sentences),
    ...countChecks(doc.text, doc.quantities, sentences),
    ...shareChecks(doc.text, doc.quantities),
    ...breakdownChecks(doc.text, doc.quantities, sentences),
    ...groupCountChecks(doc.text, doc.quantities, sentences),
  ];
  // a phrase repeated in the report ("four years ago" twice) gives the same arithmetic once
  const seen = new Set<string>();
  return all.filter((c) => {
    const key = `${c.kind}|${c.status}|${c.detail}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export const checksStage: Stage = {
  name: 'checks',
  reads: ['quantities', 'times', 'events', 'entities'],
  writes: ['checks'],
  run(doc: NlpDoc) {
    const checks = runChecks(doc);
    doc.checks.push(...checks);
    explain(doc, 'checks', () => checks.map((c) => `${c.kind} ${c.status}: ${c.detail}`).join(' | ') || 'no checks');
  },
};
