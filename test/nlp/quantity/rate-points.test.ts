// "points" that are percentage points: a gap between rates ("the policy rate sits nearly five points below
// inflation") or a later "points" in a report that has already counted in percentage points ("a recovery of four
// percentage points … the party's gain of 4.33 points"). Points of an index, a match, a league table or a poll margin
// told alone stay points. Sentences invented for the tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from '../../../src/nlp/quantity/index.js';

const find = (text: string) => findQuantities({ text, sentences: [], times: [] }).map((q) => [q.text, q.value, q.unit]);
const unitOf = (text: string, span: string) => findQuantities({ text, sentences: [], times: [] }).find((q) => q.text.includes(span))?.unit;

test('points between a rate and inflation are percentage points', () => {
  assert.equal(unitOf('That keeps the benchmark rate about three points below inflation.', 'three points'), 'percentage point');
  assert.equal(unitOf('Bond yields have climbed 2 points since March.', '2 points'), 'percentage point');
});

test('points after a percentage point count in the same report are percentage points', () => {
  const text = 'The governing party won 58 per cent, up more than three percentage points. Observers said its gain of 3.2 points was the largest in decades.';
  assert.equal(unitOf(text, '3.2 points'), 'percentage point');
});

test('index, match, table and lone poll points stay points', () => {
  assert.deepEqual(find('The Nikkei index rose 836 points on Tuesday.'), [['836 points', 836, 'point']]);
  assert.equal(unitOf('Inflation fears sent the Dow down 500 points.', '500 points'), 'point');
  assert.equal(unitOf('The club sit four points off the summit.', 'four points'), 'point');
  assert.equal(unitOf('The poll puts her lead at more than 30 points.', '30 points'), 'point');
  // a "percentage point" count earlier, but the later points are an index's
  assert.equal(unitOf('Rates rose half a percentage point. The Sensex then fell 1,200 points.', '1,200 points'), 'point');
  // the hyphenated modifier is no measure of a rate ("a four-point plan")
  assert.equal(unitOf('The central bank unveiled a four-point plan to tame inflation.', 'four-point'), 'point');
});

// Code review r1, finding 3: a rate word elsewhere in the sentence, a verb "rate", or a percentage point counted
// earlier in the report does not make a match's, a score's or a share price's points percentage points.
test('points of a match, a score or a share price stay points beside a stray rate word', () => {
  assert.equal(unitOf('The Lakers won by 12 points, improving their win rate.', '12 points'), 'point');
  assert.equal(unitOf('Judges rate each dive, and she finished with 450 points.', '450 points'), 'point');
  assert.equal(unitOf('Shares of Tesla fell 12 points after the inflation data.', '12 points'), 'point');
});

test('a percentage point counted earlier does not carry to every later points', () => {
  const text = 'Unemployment rose by 0.2 percentage points. In the evening match, Arsenal beat Chelsea and moved six points clear.';
  assert.equal(unitOf(text, 'six points'), 'point');
});

test('negative: a gap after a rate, a rate that moved, a change told after percentage points stay percentage points', () => {
  assert.equal(unitOf('The policy rate now sits five points above the rate of inflation.', 'five points'), 'percentage point');
  assert.equal(unitOf('Mortgage rates jumped 2 points in a year.', '2 points'), 'percentage point');
  const text = 'Turnout rose by four percentage points.\n\nAnalysts said the party\'s gain of 4.33 points was its best since 2015.';
  assert.equal(unitOf(text, '4.33 points'), 'percentage point');
});
