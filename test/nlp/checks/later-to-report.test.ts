import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checksOf } from './pipeline.js';

// DATE_ARITHMETIC: "N years later" with no date it lands on, told in the present, runs to the report's time: the
// earlier year plus N against the report's year. Real stages; invented sentences; the report's date pinned.
const later = (t: string, anchor = '2023-06-01') => checksOf(t, anchor)
  .filter((c) => (c as { rule?: string }).rule === 'checks:date-arithmetic:later-to-report').map((c) => c.status);

test('years or decades later in the present: the earlier year plus N is the report\'s year', () => {
  assert.deepEqual(later('The war ended in 2003. Twenty years later, the town is still rebuilding.'), ['CONSISTENT']);
  assert.deepEqual(later('The plant opened in 2013. A decade later, it remains the largest in Asia.'), ['CONSISTENT']);
  // a year either way: the months are not told
  assert.deepEqual(later('The war ended in 2002. Twenty years later, the town is still rebuilding.'), ['CONSISTENT']);
  // the one earlier year, far off: a miss
  assert.deepEqual(later('The war ended in 1995. Twenty years later, the town is still rebuilding.'), ['INCONSISTENT']);
});

test('a past clause, a landing date, an earlier offset or a rival year: nothing', () => {
  // a past event N years later is no claim about the report's time
  assert.deepEqual(later('The company was founded in 1998. Ten years later it went public.'), []);
  assert.deepEqual(later('The dam was built in 1960. Thirty years later, cracks appeared, and it is now closed.'), []);
  // the date it lands on is told: the offset-landing rule's
  assert.deepEqual(later('He joined the firm in 2015. Eight years later, in 2023, he is its chief.'), []);
  assert.deepEqual(later('The war ended in 2003. Twenty years earlier, the town is said to have been rich.'), []);
  // two years before it: a miss is not told (agreement still is)
  assert.deepEqual(later('The war began in 1990 and ended in 1995. Twenty years later, the town is still rebuilding.'), []);
});

// Code review r1, finding 1: "still", "now" or a noun "mark" is no present tense; a clause told in the past ("they
// still lived", "he made his mark") or with no finite verb at all ("still childless, they adopted") is no claim about
// the report's time, so no contradiction is told.
test('a past clause, or one with no present finite verb, gives no later-to-report contradiction', () => {
  assert.deepEqual(later('The family moved to Leeds in 1980. Ten years later, they still lived in the same house.'), []);
  assert.deepEqual(later('He joined the club in 1990. Ten years later, he made his mark as captain.'), []);
  assert.deepEqual(later('The couple married in 1960. Ten years later, still childless, they adopted a boy.'), []);
});

test('negative: a present finite verb still gives the check either way', () => {
  assert.deepEqual(later('The war ended in 2003. Twenty years later, the town is still rebuilding.'), ['CONSISTENT']);
  assert.deepEqual(later('The war ended in 1995. Twenty years later, the town is still rebuilding.'), ['INCONSISTENT']);
  assert.deepEqual(later('The mine closed in 1993. Thirty years later, the scars remain.'), ['CONSISTENT']);
});
