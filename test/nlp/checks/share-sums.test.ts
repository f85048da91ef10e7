import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shareSumChecks, votePairChecks } from '../../../src/nlp/checks/percentSums.js';
import { segment } from '../../../src/nlp/segment/index.js';
import { sentenceSpans } from '../../../src/nlp/quantity/tokens.js';

// Shares of one whole that add up to it, and vote counts whose percentages imply one total: agreement only.
// Invented sentences.
const spans = (t: string) => sentenceSpans(t, segment(t).sentences);
const sums = (t: string) => shareSumChecks(t, spans(t)).map((c) => c.status);
const votes = (t: string) => votePairChecks(t, spans(t)).map((c) => c.status);

test('three shares or more that add up to 100 within their rounding', () => {
  assert.deepEqual(sums('With 98 percent of the sample counted, the poll gave Ana 51.2 percent, against 30.5 percent for Ben and 18.3 percent for Cy.'), ['CONSISTENT']);
  assert.deepEqual(sums('Ana had 61.4%, Ben 27.9% and Cy 8.4%. The remaining 2.3% were blank or spoiled.'), ['CONSISTENT']);
  assert.deepEqual(sums('Ana won 48%, Ben 33%, Cy 12% and Dee 8%.'), ['CONSISTENT']);
});

test('shares that do not add up, are loose, or are too few: nothing', () => {
  // 97.7, with no remainder told: shares of a whole the sentence does not close
  assert.deepEqual(sums('Ana had 61.4%, Ben 27.9% and Cy 8.4%.'), []);
  // "about" shares are rounded loosely
  assert.deepEqual(sums('Ana had about 50%, Ben 30% and Cy 20%.'), []);
  // two shares: a turnout and a result may add to 100 by chance
  assert.deepEqual(sums('Turnout was 60% and Ana won 40%.'), []);
  // percentage points are no shares
  assert.deepEqual(sums('Rates rose 50 percentage points, 30 percentage points and 20 percentage points.'), []);
  // changes that add to 150
  assert.deepEqual(sums('Sales rose 50%, profits 60% and costs 40%.'), []);
  assert.deepEqual(sums('Shares rose 40%, profits grew by 35% and sales fell 25%.'), []);
  assert.deepEqual(sums('Inflation was 30%, unemployment 50% and growth 20%.'), []);
});

test('counts of votes whose percentages imply one total', () => {
  assert.deepEqual(votes('Ana won 5,716,026 votes, or 53.85 per cent of valid votes. Ben obtained 4,713,277 votes, representing 44.40 per cent.'), ['CONSISTENT']);
  assert.deepEqual(votes('She polled 8,203,290 votes, or 54.27 per cent, against 6,762,224 votes, or 44.74 per cent, for her rival.'), ['CONSISTENT']);
});

test('vote counts whose percentages imply different totals: nothing (they may be of different rounds)', () => {
  assert.deepEqual(votes('She polled 3,548,477 votes, or 57 percent, against 2,532,918 votes, or 43 percent.'), []);
  assert.deepEqual(votes('She polled 8,203,290 votes, or 54.27 per cent.'), []);
  // far apart in the report: not read together
  assert.deepEqual(votes('She polled 8,203,290 votes, or 54.27 per cent. The court met. It sat late. He won 6,762,224 votes, or 44.74 per cent.'), []);
});

test('vote pairs of two years or rounds, or whole percentages: nothing', () => {
  assert.deepEqual(votes('In 2019 Smith won 8,000 votes, or 40 percent. In 2023 he won 9,000 votes, or 45 percent.'), []);
  // decimals, but the next sentence tells another year / round
  assert.deepEqual(votes('In 2019 Smith won 8,000 votes, or 40.0 percent. In 2023 he won 9,000 votes, or 45.0 percent.'), []);
  assert.deepEqual(votes('Smith won 8,000 votes, or 40.0 percent. In the runoff he won 9,000 votes, or 45.0 percent.'), []);
  // whole percentages in one sentence: too loose to tell one whole
  assert.deepEqual(votes('Smith won 8,000 votes, or 40 percent, and Jones 12,000 votes, or 60 percent.'), []);
});


test('one rule for shares of one whole, read from the text or from the quantities', async () => {
  const { shareSumCheck, shareHalf } = await import('../../../src/nlp/checks/percentSums.js');
  const { breakdownChecks } = await import('../../../src/nlp/checks/breakdowns.js');
  const t = 'Ana won 48%, Ben 33%, Cy 12% and Dee 8%.';
  assert.deepEqual(shareSumChecks(t, spans(t)).map((c) => (c as { rule?: string }).rule), ['checks:count:share-sum']);
  // a whole percentage is rounded to units whatever its trailing zeros; a decimal one to its last digit
  assert.equal(shareHalf('50%'), 0.5);
  assert.equal(shareHalf('58.5 percent'), 0.05);
  const fig = (value: number, written: string) => ({ value, half: shareHalf(written), ref: { start: 0, end: 1, text: written } });
  assert.equal(shareSumCheck([fig(50, '50%'), fig(30, '30%'), fig(21, '21%')])?.status, 'CONSISTENT');
  // 100.3 with one decimal each: beyond the rounding (0.15)
  assert.equal(shareSumCheck([fig(50.1, '50.1%'), fig(30.1, '30.1%'), fig(20.1, '20.1%')]), undefined);
  // more than 100: told only for a breakdown the caller knows to be one
  assert.equal(shareSumCheck([fig(55, '55%'), fig(45, '45%'), fig(10, '10%')]), undefined);
  assert.equal(shareSumCheck([fig(55, '55%'), fig(45, '45%'), fig(10, '10%')], { over: true })?.status, 'INCONSISTENT');
  assert.equal(shareSumCheck([fig(55, '55%'), fig(45, '45%')]), undefined);
  const q = (value: number, start: number) => ({ text: `${value}%`, value, unit: '%', start, end: start + String(value).length + 1 });
  const b = 'In the poll 52% backed it, 45% opposed it and 3% were undecided.';
  const qs = [q(52, b.indexOf('52%')), q(45, b.indexOf('45%')), q(3, b.indexOf('3%'))];
  const got = breakdownChecks(b, qs as never, [[0, b.length]]).filter((c) => c.kind === 'COUNT');
  assert.deepEqual(got.map((c) => [c.status, (c as { rule?: string }).rule]), [['CONSISTENT', 'checks:count:share-sum']]);
});

test('"making up the remaining 5%": the "up" of "make up" is no change that blocks the sum', async () => {
  const { checksOf } = await import('./pipeline.js');
  const sums = (t: string) => checksOf(t, '2024-05-14').filter((c) => (c as { rule?: string }).rule === 'checks:count:share-sum').map((c) => c.status);
  assert.deepEqual(sums('Candidate A won 55% and Candidate B 40%, with spoiled ballots making up the remaining 5%.'), ['CONSISTENT']);
  // a rise is still a change: no sum of shares
  assert.deepEqual(sums('Candidate A won 55% and Candidate B 40%, with turnout up 5%.'), []);
});
