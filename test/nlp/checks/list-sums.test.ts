import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from '../../../src/nlp/quantity/index.js';
import { listSumChecks } from '../../../src/nlp/checks/listSums.js';

// A list of counts whose sum is exactly a figure stated in the sentence or up to two before: agreement only. Invented.
function sums(text: string): string[] {
  const sentences: Array<[number, number]> = [];
  const re = /[^.!?]+[.!?]*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) if (m[0].trim()) sentences.push([m.index, m.index + m[0].length]);
  const qs = findQuantities({ text, sentences: [], times: [] });
  return listSumChecks(text, qs, sentences).map((c) => `${c.status} ${(c as { rule?: string }).rule}`);
}

test('parts of a list that add up to a stated total, in the sentence or before it', () => {
  assert.deepEqual(sums('Here is the tally: Reds 411, Blues 121, Greens 72, others 46, out of 650 seats.'), ['CONSISTENT checks:count:list-sum']);
  assert.deepEqual(sums('The death toll rose to 832 on Sunday. Officials said 821 of the victims were found in Alba, and 11 in Brea.'), ['CONSISTENT checks:count:list-sum']);
  assert.deepEqual(sums('The team won 7 medals: 1 gold medal, 2 silver medals and 4 bronze medals.'), ['CONSISTENT checks:count:list-sum']);
});

test('no check for a sum that misses, a loose part, a small pair, or figures that are no list', () => {
  // the sum differs: the list may split something else, so nothing is said
  assert.deepEqual(sums('The death toll rose to 840. Officials said 821 of the victims were found in Alba, and 11 in Brea.'), []);
  // a loose part has no exact sum
  assert.deepEqual(sums('The toll rose to 832. About 821 died in Alba and 11 in Brea.'), []);
  // two parts under ten may meet a figure by chance
  assert.deepEqual(sums('Five people died. Police said 3 people were shot and 2 people were stabbed.'), []);
  // a change from one figure to another is no list
  assert.deepEqual(sums('Seats rose from 20 seats to 30 seats, and 50 seats remain.'), []);
  // the total far back (three sentences before) is not read
  assert.deepEqual(sums('The toll was 832. It rained. Roads closed. Then 821 people died in Alba and 11 people in Brea.'), []);
});

test('a bare total before a list of three parts or more: "lifted the tally to seven, one gold …"', () => {
  assert.deepEqual(sums('The win lifted the tally to seven, one gold medal, two silver medals and four bronze medals, a record.'), ['CONSISTENT checks:count:list-sum']);
  // the bare figure must be the sum, and a pair is not enough
  assert.deepEqual(sums('The win lifted the tally to eight, one gold medal, two silver medals and four bronze medals.'), []);
  assert.deepEqual(sums('The win lifted the tally to three, one gold medal and two silver medals.'), []);
});
