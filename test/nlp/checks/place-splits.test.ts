import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checksOf } from './pipeline.js';

// A toll broken down by place in a list of three or more parts, held against its whole (checks/placeSplits.ts).
// Sentences written for these tests (invented places and figures), publication date pinned.
function run(text: string): Array<{ status: string; rule: string; detail: string }> {
  const anchor = '2024-06-01';
  return checksOf(text, anchor)
    .map((c) => ({ status: c.status, rule: (c as { rule?: string }).rule ?? '', detail: c.detail }))
;
}
const splits = (text: string) => run(text).filter((c) => c.rule.startsWith('checks:count:place-split'));

test('an "of the" whole and a list closed by the rest: parts short of it are INCONSISTENT', () => {
  const c = splits('Of the 2,400 dead, 900 were in Northvale, 700 in Eastmoor, 300 in Lindby and 200 in other districts, the ministry said.');
  assert.deepEqual(c.map((x) => x.status), ['INCONSISTENT']);
  assert.match(c[0]!.detail, /900 \+ 700 \+ 300 \+ 200 = 2100/);
  // the of-the-parts reading of the first part alone is replaced
  assert.equal(run('Of the 2,400 dead, 900 were in Northvale, 700 in Eastmoor, 300 in Lindby and 200 in other districts, the ministry said.')
    .filter((x) => x.rule === 'checks:count:of-the-parts').length, 0);
});
test('an "of the" whole the parts add up to is CONSISTENT', () => {
  assert.deepEqual(splits('Of the 2,100 dead, 900 were in Northvale, 700 in Eastmoor, 300 in Lindby and 200 in other districts.').map((x) => x.status), ['CONSISTENT']);
});
test('a toll in the sentence before: parts that exceed it are INCONSISTENT, parts that add up CONSISTENT', () => {
  assert.deepEqual(splits('The number of people confirmed dead has risen to 38, officials said. Police said 20 people had died in the city of Ostrava, 11 in Brno, four in Kolin and four more in two other towns.').map((x) => x.status), ['INCONSISTENT']);
  assert.deepEqual(splits('The number of people confirmed dead has risen to 39, officials said. Police said 20 people had died in the city of Ostrava, 11 in Brno, four in Kolin and four more in two other towns.').map((x) => x.status), ['CONSISTENT']);
});
test('a ranking "with N, followed by PLACE with N …" adds up to the toll of the sentence before', () => {
  const t = 'The authority said 760 people had died since June, while 2,100 others had been injured. Northvale has suffered the most, with 300 deaths, followed by Eastmoor with 200, Lindby with 150, Kestrel Bay with 90 and Ashford with 20.';
  assert.deepEqual(splits(t).map((x) => x.status), ['CONSISTENT']);
});
test('negative: a toll of another outcome, a hedged whole, an open list short of its whole, two parts only', () => {
  // injured before, deaths by place: no whole
  assert.deepEqual(splits('At least 60 people were injured, officials said. Police said 20 people had died in Ostrava, 11 in Brno and four in Kolin.'), []);
  // the whole before is "about": only agreement would be told
  assert.deepEqual(splits('The toll has risen to about 80 dead. Police said 20 people had died in Ostrava, 11 in Brno and four in Kolin.'), []);
  // an open list short of the whole may leave places untold
  assert.deepEqual(splits('The toll has risen to 48 dead. Police said 20 people had died in Ostrava, 11 in Brno and four in Kolin.'), []);
  assert.deepEqual(splits('The toll has risen to 20 dead. Police said 12 people had died in Ostrava and 11 in Brno.'), []);
  // years and distances are no parts
  assert.deepEqual(splits('The toll has risen to 20 dead. The road runs 12 km in Ostrava, 11 km in Brno and 4 km in Kolin.'), []);
});
