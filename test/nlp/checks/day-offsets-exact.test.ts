import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dates } from './date-checks.js';

// "On March 14, ten days after the ferry sank on March 3": a count of days landing on a day the sentence states is
// exact; the slack for the news' own lag holds only against the report's date. A stated weekday is read by the
// calendar (the weekday ten days after a Thursday is a Sunday), not by the date the time stage gave it from the report.
// Invented sentences, report dates pinned.
const after = (t: string, pub: string) => dates(t, pub, 'units-after-dated');

test('a count of days to a stated date is exact: one day off either way is a mismatch', () => {
  const pub = '2022-03-20';
  assert.deepEqual(after('Divers recovered the hull on March 14, 2022, eleven days after the ferry sank on March 3, 2022.', pub), ['CONSISTENT']);
  assert.deepEqual(after('Divers recovered the hull on March 14, 2022, ten days after the ferry sank on March 3, 2022.', pub), ['INCONSISTENT']);
  assert.deepEqual(after('Divers recovered the hull on March 14, 2022, twelve days after the ferry sank on March 3, 2022.', pub), ['INCONSISTENT']);
  assert.deepEqual(after('Divers recovered the hull on March 14, 2022, nine days after the ferry sank on March 3, 2022.', pub), ['INCONSISTENT']);
});

test('a stated weekday is checked by the calendar: one day off is a mismatch', () => {
  // 3 February 2022 was a Thursday; ten days later was Sunday 13 February
  const pub = '2022-02-20';
  assert.deepEqual(after('On Sunday, ten days after the crash on 3 February 2022, investigators found the recorder.', pub), ['CONSISTENT']);
  assert.deepEqual(after('On Monday, ten days after the crash on 3 February 2022, investigators found the recorder.', pub), ['INCONSISTENT']);
  assert.deepEqual(after('On Saturday, ten days after the crash on 3 February 2022, investigators found the recorder.', pub), ['INCONSISTENT']);
  // a weekday two days after a Saturday (5 March 2022) is a Monday, whatever week the time stage put "Thursday" in
  assert.deepEqual(after('On Monday, two days after the blast on 5 March 2022, officials raised the toll.', '2022-03-20'), ['CONSISTENT']);
  assert.deepEqual(after('On Thursday, two days after the blast on 5 March 2022, officials raised the toll.', '2022-03-20'), ['INCONSISTENT']);
});

test("against the report's date the news' lag still allows a day", () => {
  // nothing else dated in the sentence: the report of 14 February may tell of the 13th
  const toReport = (t: string) => dates(t, '2022-02-14', 'units-after');
  assert.deepEqual(toReport('Investigators found the recorder ten days after the crash on 3 February 2022.'), ['CONSISTENT']);
});

test('a bound on the count keeps the loose fit and tells no mismatch', () => {
  assert.deepEqual(after('Divers recovered the hull on March 14, 2022, about ten days after the ferry sank on March 3, 2022.', '2022-03-20'), ['CONSISTENT']);
  assert.deepEqual(after('Divers recovered the hull on March 14, 2022, more than ten days after the ferry sank on March 3, 2022.', '2022-03-20'), ['CONSISTENT']);
});
