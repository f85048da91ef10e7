import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dayRangeChecks } from '../../../src/nlp/checks/sinceEvent.js';
import { ageChecks } from '../../../src/nlp/checks/ages.js';
import { normalizeText } from '../../../src/ingest/normalize.js';

// Long runs of blanks (a page's padding, a broken export) must be crossed in linear time. Three patterns were
// quadratic on them: "\s*" before "\s+to\s+" in day ranges, the lookbehind of "At 73, …" ages tried at every
// position, and trailing-blank trimming tried from every blank of a run. 'Published: 2024-04-03' followed by 50 kB
// of spaces and one letter took 21 s in the day-range pattern alone. Bounds are loose (a loaded machine); before the
// fix 200 kB took minutes.
const run = (n: number) => 'Published: 2024-04-03' + ' '.repeat(n) + 'x\n';
const within = (ms: number, f: () => void) => { const t0 = Date.now(); f(); return Date.now() - t0 < ms; };

test('day ranges still read with words and dashes between their days', () => {
  const t = 'The festival ran for ten days, from March 1 to 10. The talks lasted four days, from 11 to 14 March.';
  const c = dayRangeChecks(t, '2024-04-03', [[0, 50], [51, t.length]]);
  assert.deepEqual(c.map((x) => x.status), ['CONSISTENT', 'CONSISTENT']);
  // negatives: no space before "to" is no range word ("10to"), and "tomorrow" is not "to"
  const n = 'It ran ten days, March 1to 10. It ran ten days, March 1 tomorrow 10.';
  assert.equal(dayRangeChecks(n, '2024-04-03', [[0, 30], [31, n.length]]).length, 0);
});

test('a long run of blanks after a date is crossed in linear time by day ranges, ages and trimming', () => {
  const big = run(200_000);
  assert.ok(within(2000, () => dayRangeChecks(big, '2024-04-03', [[0, big.length]])), 'day ranges');
  assert.ok(within(2000, () => ageChecks(big, '2024-04-03', [[0, big.length]])), 'ages');
  assert.ok(within(2000, () => normalizeText(big)), 'normalize');
});

test('trailing blanks are still trimmed line by line, inner blanks kept', () => {
  assert.equal(normalizeText('a  b \t \nc\t\n\nd   '), 'a  b\nc\n\nd');
});

test('"At 73, …" still opens an age at a sentence start, not mid-sentence', () => {
  const t = 'At 81, Biden, who was born in 1942, is the oldest president.';
  assert.deepEqual(ageChecks(t, '2024-04-03', [[0, t.length]]).map((x) => x.status), ['CONSISTENT']);
  const n = 'He lived in a flat at 81, Main Street, and was born in 1942.';
  assert.equal(ageChecks(n, '2024-04-03', [[0, n.length]]).length, 0);
});
