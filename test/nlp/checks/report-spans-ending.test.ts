import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reportSpanChecks } from '../../../src/nlp/checks/reportSpans.js';
import { segment } from '../../../src/nlp/segment/index.js';
import { tagTimes } from '../../../src/nlp/time/index.js';
import { sentenceSpans } from '../../../src/nlp/quantity/tokens.js';

/** The statuses of the near-sentence span rule on one text through the real segmenter and time stage. */
function near(text: string, anchor: string): string[] {
  const sentences = segment(text).sentences;
  const { times } = tagTimes(text, { anchorDate: anchor, sentences });
  return reportSpanChecks(text, times, anchor, sentenceSpans(text, sentences))
    .filter((c) => (c as { rule?: string }).rule === 'checks:date-arithmetic:span-to-report-near').map((c) => c.status);
}

// A length the news ends ("ending a 28-year wait", "bringing to an end more than six decades of") and the one year of
// the next or previous sentence that starts it or names its last time. Invented sentences.
test('a length the news ends, paired with the year of the sentence around it that starts it or is its last time', () => {
  assert.deepEqual(near('The last reactors shut on Saturday, bringing to an end more than six decades of nuclear power. ' +
    'The first commercial reactor began feeding the grid in 1961.', '2023-04-15'), ['CONSISTENT']);
  assert.deepEqual(near('The team won the final on Sunday, ending a 28-year wait for a trophy. ' +
    'Its last major trophy was the 1993 cup in Quito.', '2021-07-11'), ['CONSISTENT']);
  assert.deepEqual(near('Its last major trophy was the 1993 cup in Quito. ' +
    'On Sunday the team won the final, snapping a 28-year drought.', '2021-07-11'), ['CONSISTENT']);
});

test('no pairing: lengths that disagree, years with no start or last cue, lengths neither lasting nor ended', () => {
  // 1993 to 2021 is 28 years, not 20: agreement only, never a mismatch across sentences
  assert.deepEqual(near('The team won on Sunday, ending a 20-year wait for a trophy. Its last trophy was the 1993 cup.', '2021-07-11'), []);
  // the year of the next sentence neither starts the wait nor is its last time
  assert.deepEqual(near('The team won on Sunday, ending a 28-year wait for a trophy. The stadium hosted the 1993 cup.', '2021-07-11'), []);
  // a "last" year pairs only with a length the news ends, not with one merely lasting
  assert.deepEqual(near('The rivalry has lasted for 28 years. Their last meeting was the 1993 cup.', '2021-07-11'), []);
  // a length fixed in advance is no span up to the report
  assert.deepEqual(near('The club signed him on Sunday, ending a 28-year contract search. It was founded in 1993.', '2021-07-11'), []);
});

/** The statuses of the rule pairing a length the news ends with a year told anywhere in the report. */
function far(text: string, anchor: string): string[] {
  const sentences = segment(text).sentences;
  const { times } = tagTimes(text, { anchorDate: anchor, sentences });
  return reportSpanChecks(text, times, anchor, sentenceSpans(text, sentences))
    .filter((c) => (c as { rule?: string }).rule === 'checks:date-arithmetic:span-to-report-far').map((c) => c.status);
}

test('a long length the news ends, paired with the one year of the report that starts it or is its last time', () => {
  assert.deepEqual(far('The team won the final on Sunday, ending a 28-year wait for a trophy. The only goal came early. ' +
    'The coach was calm. Its last major trophy was the 1993 cup in Quito.', '2021-07-11'), ['CONSISTENT']);
  assert.deepEqual(far('The last reactors shut on Saturday, bringing to an end more than six decades of nuclear power. ' +
    'Critics were pleased. Others were not. The first commercial reactor began feeding the grid in 1961.', '2023-04-15'), ['CONSISTENT']);
});

test('no pairing from afar: two years that fit, a short length, a length not ended by the news, a length that disagrees', () => {
  assert.deepEqual(far('The team won on Sunday, ending a 28-year wait. The goal came early. The coach was calm. ' +
    'Its last trophy was the 1993 cup. The club was founded in 1993 too.', '2021-07-11').length, 1);
  assert.deepEqual(far('The team won on Sunday, ending more than two decades without a trophy. The goal came early. ' +
    'The coach was calm. Its last trophy was the 1995 cup. The club first played abroad in 1998.', '2021-07-11'), []);
  assert.deepEqual(far('The team won on Sunday, ending a six-year wait. The goal came early. The coach was calm. ' +
    'Its last trophy was the 2015 cup.', '2021-07-11'), []);
  assert.deepEqual(far('The team has played for 28 years. The goal came early. The coach was calm. ' +
    'Its last trophy was the 1993 cup.', '2021-07-11'), []);
  assert.deepEqual(far('The team won on Sunday, ending a 20-year wait. The goal came early. The coach was calm. ' +
    'Its last trophy was the 1993 cup.', '2021-07-11'), []);
});
