import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checksOf } from './pipeline.js';

// "N days after they/he …": a full date of the sentences before is the clause's event's date only when its sentence
// tells the same event (same verb or a word of its group, data/lexicon/checks-offset-clause-events.tsv), it is the only
// full date of the window whose sentence tells it, and the offset's own sentence is dated (review finding 4). Sentences written for these tests.
function offsets(text: string, anchor: string): string[] {
  return checksOf(text, anchor)
    .filter((c) => c.kind === 'DATE_ARITHMETIC').map((c) => c.status);
}

test('negative: a date of another event that the offset happens to land on is no pairing', () => {
  assert.deepEqual(offsets('The couple married in Lisbon on May 20, 2024. Their bodies were found on May 29, nine days after they vanished.', '2024-06-01'), []);
  assert.deepEqual(offsets('Smith was elected mayor on May 22, 2024. He resigned on Friday, ten days after he was charged with fraud.', '2024-06-03'), []);
});
test('negative: two full dates of the event before, or no date in the offset\'s sentence, is no pairing', () => {
  assert.deepEqual(offsets('The hikers entered the gorge on June 23 and were trapped by the flood; rescuers arrived on June 25. They were found on July 2, nine days after they vanished.', '2018-07-11'), []);
  // the report's date is no stand-in for the sentence's own
  assert.deepEqual(offsets('The hikers vanished in the gorge on July 2. They were found alive, nine days after they vanished.', '2018-07-11'), []);
});
test('positives: the same verb, or a word of its group, in the dated sentence', () => {
  assert.deepEqual(offsets('The hikers entered the gorge on June 23 and were trapped by the flood. They were found on July 2, nine days after they vanished.', '2018-07-11'), ['CONSISTENT']);
  assert.deepEqual(offsets('Smith was charged with fraud on May 22, 2024. He resigned on Friday, nine days after he was charged.', '2024-06-03'), ['CONSISTENT']);
  assert.deepEqual(offsets('The activist was detained on May 2, 2024. She was freed on May 12, ten days after she was arrested.', '2024-06-03'), ['CONSISTENT']);
});
test('a date of another event in the window does not hide the one the clause tells', () => {
  assert.deepEqual(offsets('Four were brought out on Sunday and four on Monday. The hikers entered the gorge on June 23 and were trapped by the flood. They were found on July 2, nine days after they vanished.', '2018-07-11'), ['CONSISTENT']);
});
