import { test } from 'node:test';
import assert from 'node:assert/strict';
import { aheadYearChecks } from '../../../src/nlp/checks/aheadYears.js';

// A span of years counted forward from the report and the year it ends in: agreement only. Invented sentences,
// reports dated 2024-05-01.
const run = (t: string, anchor: string | null = '2024-05-01') => aheadYearChecks(t, anchor ?? undefined, [[0, t.length]]).map((c) => `${c.status} ${c.detail}`);

test('a span ahead of the report and the year it ends in', () => {
  assert.deepEqual(run('He wants the work finished "within five years", in time for the Games the city will host in 2029.'),
    ['CONSISTENT "within five years" from the report\'s year 2024 = 2029, the stated 2029']);
  assert.deepEqual(run('The plant will close in three years, by 2027.').map((s) => s.split(' ')[0]), ['CONSISTENT']);
  // a year either way: the report may stand late in its year
  assert.deepEqual(run('The line should open within the next four years, by 2027.').map((s) => s.split(' ')[0]), ['CONSISTENT']);
});

test('a span of another event, a past or far year, or no report date: nothing', () => {
  assert.deepEqual(run('Within five years of the ban, by 2029, sales had fallen.'), []);
  assert.deepEqual(run('Five years after the war, in 2029, the city was rebuilt.'), []);
  assert.deepEqual(run('In five years, since 2019, the firm doubled.'), []);
  assert.deepEqual(run('The plant will close in three years, by 2035.'), []);
  assert.deepEqual(run('It grew in three years, in 2021.'), []);
  assert.deepEqual(run('The plant will close in three years, by 2027.', null), []);
});
