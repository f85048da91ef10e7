import type { Check, Quantity } from '../../core/types.js';
import { explain, type NlpDoc, type Stage } from '../doc.js';
import { sentenceSpans } from '../quantity/tokens.js';
import { ageChecks, looseAgeChecks } from './ages.js';
import { countChecks } from './count.js';
import { groupCountChecks } from './groups.js';
import { breakdownChecks } from './breakdowns.js';
import { shareChecks } from './shares.js';
import { percentOfWhomChecks } from './percentOfWhom.js';
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
import { clockAfterAcrossChecks, clockLaterChecks } from './clockLater.js';
import { dateSpanChecks } from './dateSpans.js';
import { namedGroupChecks } from './namedGroups.js';
import { weekdayAgoChecks, weekdayOffsetChecks } from './weekdayOffsets.js';
import { looseShareChecks } from './looseShares.js';
import { looseSpanChecks, shortSpanChecks } from './looseSpans.js';
import { ageDeltaChecks } from './ageDeltas.js';
import { bothChecks } from './both.js';
import { compositionChecks } from './composition.js';
import { agoMonthChecks } from './agoMonths.js';
import { undatedEventChecks } from './undatedEvents.js';
import { runningTotalChecks } from './runningTotals.js';
import { totalAcrossChecks } from './totalAcross.js';
import { perfectSpanChecks } from './perfectSpans.js';
import { equivalentPairChecks } from './equivalentPairs.js';
import { placeJourneyChecks } from './placeJourneys.js';
import { restChecks } from './rests.js';
import { groupSumChecks } from './groupSums.js';
import { listSumChecks } from './listSums.js';
import { reportSpanChecks } from './reportSpans.js';
import { listCountChecks, ordinalListChecks } from './listCounts.js';
import { shareSumChecks, votePairChecks } from './percentSums.js';
import { totalPartChecks } from './totalParts.js';
import { chargeCountChecks } from './chargeCounts.js';
import { statedOffsetChecks } from './statedOffsets.js';
import { earlierWholeChecks } from './earlierWholes.js';
import { ofWhomSplitChecks } from './ofWhomSplits.js';
import { changeBaseChecks, compareNoFigureChecks } from './changeBases.js';
import { placeSplitChecks } from './placeSplits.js';
import { fatalityRateChecks } from './fatalityRates.js';
import { agoNamedYearChecks } from './agoNamedYears.js';
import { namedListCountChecks } from './namedListCounts.js';
import { yearListChecks } from './yearLists.js';
import { fromNowChecks } from './fromNow.js';

/** The longest stretch the checks read as one sentence; news sentences are far shorter (a few hundred characters). */
export const MAX_CHECK_SENTENCE = 1200;

/**
 * Sentences as the checks read them: one longer than MAX_CHECK_SENTENCE (a table or list flattened into one line) is cut
 * into pieces at the last clause break (";", ",") or space before the limit, so that every rule that pairs the figures of
 * a sentence costs at most the square of a piece, not of the line: no figure is paired across pieces.
 */
export function checkSentences(text: string, spans: ReadonlyArray<[number, number]>, max = MAX_CHECK_SENTENCE): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [from, to] of spans) {
    let at = from;
    while (to - at > max) {
      const piece = text.slice(at, at + max);
      const cut = Math.max(piece.lastIndexOf('; '), piece.lastIndexOf(', '));
      const space = piece.lastIndexOf(' ');
      const end = at + (cut > max / 2 ? cut + 2 : space > max / 2 ? space + 1 : max);
      out.push([at, end]);
      at = end;
    }
    out.push([at, to]);
  }
  return out;
}

const NEAR_CUE_RE = /\bbound:(?:nearly|almost)\b/;
/**
 * "nearly 1,800", "almost 40%": the quantity's bound is LESS_THAN (the figure falls short of the one written), but the
 * checks read it as close to the figure, an approximation, as they read "about"; the order of quantities (the refs)
 * is kept.
 */
export function asChecksRead(q: Quantity): Quantity {
  return q.bound === 'LESS_THAN' && NEAR_CUE_RE.test(q.rule ?? '') ? { ...q, bound: 'APPROX' } : q;
}

/** All consistency checks of a document's own figures. Pure: reads layers, returns checks. */
export function runChecks(given: Pick<NlpDoc, 'text' | 'sentences' | 'quantities' | 'times' | 'entities' | 'anchorDate'>): Check[] {
  const doc = { ...given, quantities: given.quantities.map(asChecksRead) };
  const sentences = checkSentences(doc.text, sentenceSpans(doc.text, doc.sentences));
  const all: Check[] = [
    ...unitConversionChecks(doc.quantities, doc.text, doc.anchorDate),
    ...travelTimeChecks(doc.text, doc.quantities, doc.times, doc.entities, sentences),
    ...dateArithmeticChecks(doc.text, doc.times, doc.anchorDate, sentences),
    ...weekdayChecks(doc.text, doc.times, doc.anchorDate, sentences),
    ...yearRangeChecks(doc.text, doc.times, doc.anchorDate, sentences),
    ...laterChecks(doc.text, doc.times, sentences, doc.anchorDate),
    ...clockTimeChecks(doc.text, sentences),
    ...clockLaterChecks(doc.text, sentences),
    ...ageChecks(doc.text, doc.anchorDate, sentences),
    ...countChecks(doc.text, doc.quantities, sentences),
    ...shareChecks(doc.text, doc.quantities),
    ...percentOfWhomChecks(doc.text, doc.quantities),
    ...breakdownChecks(doc.text, doc.quantities, sentences),
    ...groupCountChecks(doc.text, doc.quantities, sentences),
    ...changeChecks(doc.text, sentences, doc.quantities),
  ];
  // a breakdown by place read whole ("Of the 3,726 dead, 1,209 were in …, 1,176 in … and 518 in other districts")
  // replaces the of-the-parts reading of the same whole, which takes only the parts told with a verb
  const splits = placeSplitChecks(doc.text, doc.quantities, sentences, doc.times, doc.anchorDate);
  const firstSpan = (c: Check): [number, number] | undefined => {
    const r = c.refs[0];
    return r !== undefined && typeof r === 'object' && 'start' in r ? [r.start, r.end] : undefined;
  };
  const splitWholes = splits.map(firstSpan).filter((x): x is [number, number] => !!x);
  for (let i = all.length - 1; i >= 0; i--) {
    const c = all[i]! as Check & { rule?: string };
    const sp = c.rule === 'checks:count:of-the-parts' ? firstSpan(c) : undefined;
    if (sp && splitWholes.some(([a, e]) => a < sp[1] && sp[0] < e)) all.splice(i, 1);
  }
  all.push(...splits);
  // the checks read more loosely from the text add only what the others did not already cover
  const spanOf = (r: Check['refs'][number]): [number, number] | undefined => {
    if (typeof r === 'number') { const q = doc.quantities[r]; return q ? [q.start, q.end] : undefined; }
    if ('time' in r) { const t = doc.times[r.time]; return t ? [t.start, t.end] : undefined; }
    return 'start' in r ? [r.start, r.end] : undefined;
  };
  // the spans each kind's checks already cover, kept as checks are added (not recomputed per check: that was
  // quadratic in the checks of a document), filed by kind and by 256-character bucket of the text
  const covered = new Map<string, Map<number, Array<[number, number]>>>();
  const BUCKET = 256;
  const cover = (c: Check) => {
    let byBucket = covered.get(c.kind);
    if (!byBucket) covered.set(c.kind, byBucket = new Map());
    for (const r of c.refs) {
      const sp = spanOf(r);
      if (!sp) continue;
      for (let b = Math.floor(sp[0] / BUCKET); b <= Math.floor(Math.max(sp[0], sp[1] - 1) / BUCKET); b++) {
        const list = byBucket.get(b);
        if (list) list.push(sp); else byBucket.set(b, [sp]);
      }
    }
  };
  const isCovered = (kind: string, [x, y]: [number, number]) => {
    const byBucket = covered.get(kind);
    if (!byBucket) return false;
    for (let b = Math.floor(x / BUCKET); b <= Math.floor(Math.max(x, y - 1) / BUCKET); b++) {
      if (byBucket.get(b)?.some(([a, e]) => a < y && x < e)) return true;
    }
    return false;
  };
  all.forEach(cover);
  const addUncovered = (extra: Check[]) => {
    for (const c of extra) {
      // the first ref is the figure the check is about (the offset, the tally, the total)
      const own = c.refs[0] !== undefined ? spanOf(c.refs[0]) : undefined;
      if (own && isCovered(c.kind, own)) continue;
      all.push(c);
      cover(c);
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
  addUncovered(weekdayAgoChecks(doc.text, doc.anchorDate));
  addUncovered(looseShareChecks(doc.text, doc.quantities, sentences));
  addUncovered(looseSpanChecks(doc.text, doc.times, sentences));
  addUncovered(ageDeltaChecks(doc.text, doc.anchorDate, sentences));
  addUncovered(bothChecks(doc.text, sentences));
  addUncovered(compositionChecks(doc.text, sentences));
  addUncovered(shortSpanChecks(doc.text, doc.times, doc.anchorDate, sentences));
  addUncovered(agoMonthChecks(doc.text, doc.times, doc.anchorDate, sentences));
  addUncovered(perfectSpanChecks(doc.text, doc.times, doc.anchorDate, sentences));
  addUncovered(equivalentPairChecks(doc.quantities, doc.text, doc.anchorDate));
  addUncovered(restChecks(doc.text, doc.quantities, sentences));
  addUncovered(groupSumChecks(doc.text, sentences));
  addUncovered(placeJourneyChecks(doc.text, doc.quantities, doc.times, doc.entities, sentences));
  addUncovered(reportSpanChecks(doc.text, doc.times, doc.anchorDate, sentences));
  addUncovered(listCountChecks(doc.text, sentences));
  addUncovered(ordinalListChecks(doc.text, sentences));
  addUncovered(shareSumChecks(doc.text, sentences));
  addUncovered(votePairChecks(doc.text, sentences));
  addUncovered(totalPartChecks(doc.text, doc.quantities, sentences));
  addUncovered(chargeCountChecks(doc.text, sentences));
  addUncovered(statedOffsetChecks(doc.text, sentences, doc.entities));
  addUncovered(runningTotalChecks(doc.text, doc.quantities, sentences));
  addUncovered(totalAcrossChecks(doc.text, doc.quantities, sentences));
  addUncovered(listSumChecks(doc.text, doc.quantities, sentences));
  addUncovered(earlierWholeChecks(doc.text, doc.quantities));
  addUncovered(ofWhomSplitChecks(doc.text, doc.quantities, sentences));
  addUncovered(fatalityRateChecks(doc.text, doc.quantities, sentences));
  addUncovered(changeBaseChecks(doc.text, sentences, doc.quantities));
  addUncovered(compareNoFigureChecks(doc.text, sentences));
  addUncovered(namedListCountChecks(doc.text, sentences));
  addUncovered(yearListChecks(doc.text, sentences));
  addUncovered(clockAfterAcrossChecks(doc.text, sentences));
  addUncovered(fromNowChecks(doc.text, doc.times, doc.anchorDate));
  addUncovered(agoNamedYearChecks(doc.text, sentences, doc.anchorDate));
  // last: a length against an undated event, where no rule above could check it
  addUncovered(undatedEventChecks(doc.text, sentences, doc.anchorDate));
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
