import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checksOf } from './pipeline.js';

// "N days after" a clause with a pronoun subject ("nine days after they vanished"): the event's date is a full date of
// the two sentences before that the offset lands on exactly; agreement only. Sentences written for these tests.
function offsets(text: string, anchor = '2018-07-11'): Array<{ status: string; detail: string }> {
  return checksOf(text, anchor)
    .filter((c) => c.kind === 'DATE_ARITHMETIC').map((c) => ({ status: c.status, detail: c.detail }));
}

test('a date in the sentence before that the offset lands on exactly is the event counted from', () => {
  const c = offsets('The hikers entered the gorge on June 23 and were cut off by the flood. They were found on a ledge late on July 2, nine days after they vanished.');
  assert.deepEqual(c.map((x) => x.status), ['CONSISTENT']);
  assert.match(c[0]!.detail, /2018-06-23/);
});
test('negative: a date the offset does not land on is no pairing, and no mismatch is told', () => {
  assert.deepEqual(offsets('The hikers entered the gorge on June 20 and were cut off by the flood. They were found on a ledge late on July 2, nine days after they vanished.'), []);
  // a noun after "after" is left to the named-event rule, as before
  assert.deepEqual(offsets('The hikers entered the gorge on June 23 and were cut off by the flood. They were found on a ledge late on July 2, nine days after the storm.'), []);
});
