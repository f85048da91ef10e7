import { test } from 'node:test';
import assert from 'node:assert/strict';
import { aheadYearChecks, readsAhead } from '../../../src/nlp/checks/aheadYears.js';
import { yearFacts } from '../../../src/nlp/checks/yearFacts.js';

// A span of years counted forward from the report and the year it ends in: agreement only. Invented sentences,
// reports dated 2024-05-01 unless said otherwise.
const run = (t: string, anchor: string | null = '2024-05-01') => {
  const { points, spans } = yearFacts(t, []);
  return aheadYearChecks(t, points, spans, anchor ?? undefined, [[0, t.length]]).map((c) => `${c.status} ${c.detail}`);
};
const first = (t: string, anchor?: string) => run(t, anchor).map((s) => s.split(' ')[0]);
const ahead = (t: string, span: string) => { const at = t.indexOf(span); return readsAhead(t, at, at + span.length); };

test('a span ahead of the report and the year it ends in', () => {
  assert.deepEqual(run('The harbour authority wants the new quay built "within five years", ready for the regatta the town stages in 2029.'),
    ['CONSISTENT "within five years" from the report\'s year 2024 = 2029, the stated 2029']);
  assert.deepEqual(first('The Dornfeld mill will shut in three years, by 2027.'), ['CONSISTENT']);
  assert.deepEqual(first('Officials said the bridge is due to reopen within the next four years, before 2028.'), ['CONSISTENT']);
  assert.deepEqual(first('The Kesterby council plans to cut bus fares in two years, in time for the fair it hosts in 2026.'), ['CONSISTENT']);
});

test('the year must be the report\'s year plus the span exactly', () => {
  // off by one either way: refused (N years after any day of 2024 end in 2024 + N)
  assert.deepEqual(run('The Dornfeld mill will shut in three years, by 2028.'), []);
  assert.deepEqual(run('The Dornfeld mill will shut in three years, by 2026.'), []);
  assert.deepEqual(run('The tunnel should open within the next four years, by 2027.'), []);
  // off by two: refused
  assert.deepEqual(run('The Dornfeld mill will shut in three years, by 2029.'), []);
  // a report of December: still the exact year
  assert.deepEqual(first('The Dornfeld mill will shut in three years, by 2027.', '2024-12-20'), ['CONSISTENT']);
  assert.deepEqual(run('The Dornfeld mill will shut in three years, by 2028.', '2024-12-20'), []);
});

test('a look back written "in N years" is no span ahead (superlative, "first", no verb setting it ahead)', () => {
  // a superlative before the span, a relative clause in the past, a record level: each looks back from the report
  assert.deepEqual(run('Rents climbed at the steepest rate in five years, and analysts expect them to stay high until 2029.'), []);
  assert.deepEqual(run('The bakery chain, which doubled its staff in three years, hopes to float by 2027.'), []);
  assert.deepEqual(run('Traffic deaths reached their highest number in four years in March and may not drop before 2028.'), []);
  // a future verb does not turn a superlative span ahead
  assert.deepEqual(run('The fair will draw its biggest crowd in five years, in time for the 2029 jubilee.'), []);
  assert.deepEqual(run('It will be the first summit in three years, by 2027.'), []);
  // a past verb alone does not set a span ahead
  assert.deepEqual(run('The mill shut in three years, by 2027.'), []);
  assert.equal(ahead('Rents climbed at the steepest rate in five years.', 'five years'), false);
  assert.equal(ahead('The mill will shut in five years.', 'five years'), true);
  assert.equal(ahead('The mill, which opened in 1990, will shut in five years.', 'five years'), true);
  // a verb setting another clause ahead does not reach across the clause
  assert.equal(ahead('The board will meet, but the mill shut in five years.', 'five years'), false);
});

test('a span of another event, a past or far year, or no report date: nothing', () => {
  assert.deepEqual(run('Within five years of the merger, by 2029, the bank will close ten branches.'), []);
  assert.deepEqual(run('Five years after the flood, in 2029, the town will be rebuilt.'), []);
  assert.deepEqual(run('The firm will grow in five years, since 2019 its base.'), []);
  assert.deepEqual(run('The mill will shut in three years, by 2035.'), []);
  assert.deepEqual(run('It will grow in three years, in 2021.'), []);
  assert.deepEqual(run('The mill will shut in three years, by 2027-28.'), []);
  assert.deepEqual(run('The mill will shut in three years, by 2027.', null), []);
});

test('yearFacts reads the direction: a span ahead is no span up to the report', () => {
  const rel = (t: string) => yearFacts(t, []).spans.map((s) => s.rel);
  assert.deepEqual(rel('The mill will shut in three years.'), ['ahead']);
  assert.deepEqual(rel('The mill shut in three years.'), ['span']);
  assert.deepEqual(rel('The mill will shut three years after the sale.'), ['later']);
  assert.deepEqual(rel('The mill will mark the first profit in three years.'), ['span']);
});
