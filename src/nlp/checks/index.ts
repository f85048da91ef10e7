import type { Check } from '../../core/types.js';
import { explain, type NlpDoc, type Stage } from '../doc.js';
import { sentenceSpans } from '../quantity/tokens.js';
import { ageChecks, looseAgeChecks } from './ages.js';
import { countChecks } from './count.js';
import { groupCountChecks } from './groups.js';
import { breakdownChecks } from './breakdowns.js';
import { shareChecks } from './shares.js';
import { dateArithmeticChecks } from './dateArithmetic.js';
import { travelTimeChecks } from './travelTime.js';
import { unitConversionChecks } from './unitConversion.js';
import { weekdayChecks } from './weekdays.js';
import { laterChecks } from './later.js';
import { tallyCountChecks } from './tallies.js';
import { dayRangeChecks, sinceEventChecks } from './sinceEvent.js';
import { recordChecks } from './records.js';
import { yearRangeChecks } from './yearRanges.js';
import { clockTimeChecks } from './clockTimes.js';
import { changeChecks } from './changes.js';
import { clockLaterChecks } from './clockLater.js';
import { dateSpanChecks } from './dateSpans.js';
import { namedGroupChecks } from './namedGroups.js';
import { weekdayOffsetChecks } from './weekdayOffsets.js';
import { looseShareChecks } from './looseShares.js';
import { looseSpanChecks, shortSpanChecks } from './looseSpans.js';
import { ageDeltaChecks } from './ageDeltas.js';
import { bothChecks } from './both.js';
import { compositionChecks } from './composition.js';

/** All consistency checks of a document's own figures. Pure: reads layers, returns checks. */
export function runChecks(doc: Pick<NlpDoc, 'text' | 'sentences' | 'quantities' | 'times' | 'entities' | 'anchorDate'>): Check[] {
  const sentences = sentenceSpans(doc.text, doc.sentences);
  const all: Check[] = [
    ...unitConversionChecks(doc.quantities, doc.text, doc.anchorDate),
    ...travelTimeChecks(doc.text, doc.quantities, doc.times, doc.entities, sentences),
    ...dateArithmeticChecks(doc.text, doc.times, doc.anchorDate, sentences),
    ...weekdayChecks(doc.text, doc.times, doc.anchorDate, sentences),
    ...yearRangeChecks(doc.text, doc.times, doc.anchorDate, sentences),
    ...laterChecks(doc.text, doc.times, sentences),
    ...clockTimeChecks(doc.text, sentences),
    ...clockLaterChecks(doc.text, sentences),
    ...ageChecks(doc.text, doc.anchorDate, sentences),
    ...countChecks(doc.text, doc.quantities, sentences),
    ...shareChecks(doc.text, doc.quantities),
    ...breakdownChecks(doc.text, doc.quantities, sentences),
    ...groupCountChecks(doc.text, doc.quantities, sentences),
    ...changeChecks(doc.text, sentences),
  ];
  // the checks read more loosely from the text add only what the others did not already cover
  const spanOf = (r: Check['refs'][number]): [number, number] | undefined => {
    if (typeof r === 'number') { const q = doc.quantities[r]; return q ? [q.start, q.end] : undefined; }
    if ('time' in r) { const t = doc.times[r.time]; return t ? [t.start, t.end] : undefined; }
    return 'start' in r ? [r.start, r.end] : undefined;
  };
  const addUncovered = (extra: Check[]) => {
    for (const c of extra) {
      const covered = all.filter((x) => x.kind === c.kind).flatMap((x) => x.refs.map(spanOf)).filter((x): x is [number, number] => !!x);
      // the first ref is the figure the check is about (the offset, the tally, the total)
      const own = c.refs[0] !== undefined ? spanOf(c.refs[0]) : undefined;
      if (own && covered.some(([a, b]) => a < own[1] && own[0] < b)) continue;
      all.push(c);
    }
  };
  addUncovered(tallyCountChecks(doc.text, doc.quantities, sentences));
  addUncovered(sinceEventChecks(doc.text, doc.times, doc.anchorDate, sentences));
  addUncovered(dayRangeChecks(doc.text, doc.anchorDate, sentences));
  addUncovered(looseAgeChecks(doc.text, doc.anchorDate, sentences));
  addUncovered(recordChecks(doc.text, doc.times, doc.anchorDate, sentences));
  addUncovered(dateSpanChecks(doc.text, doc.times, sentences));
  addUncovered(namedGroupChecks(doc.text, doc.quantities, doc.entities, sentences));
  addUncovered(weekdayOffsetChecks(doc.text, sentences));
  addUncovered(looseShareChecks(doc.text, doc.quantities, sentences));
  addUncovered(looseSpanChecks(doc.text, doc.times, sentences));
  addUncovered(ageDeltaChecks(doc.text, doc.anchorDate, sentences));
  addUncovered(bothChecks(doc.text, sentences));
  addUncovered(compositionChecks(doc.text, sentences));
  addUncovered(shortSpanChecks(doc.text, doc.times, doc.anchorDate, sentences));
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
