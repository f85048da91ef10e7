// "The worst shipping disaster in China since 1948, when more than 2,000 people died": the year a "since" opens is
// the time of what its "when" clause tells, so that count is of 1948, not a reading of the story's toll.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { factsOf, story } from './helpers.js';

const A = ['AAA', '2015-06-05', 'The death toll from the capsized Eastern Star cruise ship on the Yangtze River in Jianli rose to 103 on Friday, making it the worst shipping disaster in China since 1948, when more than 2,000 people died in the sinking of the Kiangya near Shanghai.'] as [string, string, string];
const B = ['BBB', '2015-06-06', 'The death toll from the capsized Eastern Star cruise ship on the Yangtze River in Jianli rose to 396 on Saturday.'] as [string, string, string];

test("a count in the 'when' clause of a 'since' year is that year's", () => {
  const s = story([A, B]);
  const tolls = s.facts.filter((f) => f.attribute.startsWith('death toll'));
  const old = tolls.find((f) => f.values.some((v) => Number(v.value) === 2000));
  assert.ok(old && /\(1948\)/.test(old.attribute), JSON.stringify(tolls.map((f) => [f.subject, f.attribute])));
  assert.ok(factsOf(s, 'death toll').every((f) => f.consistent), JSON.stringify(tolls.map((f) => [f.subject, f.attribute, f.why])));
});

test("negative: a 'since' year with no 'when' clause keeps its count the story's", () => {
  const s = story([['CCC', '2015-06-06', 'More than 3,000 workers have died in Chinese shipyards since 1948, officials said on Saturday.']]);
  const tolls = s.facts.filter((f) => f.values.some((v) => Number(v.value) === 3000));
  assert.ok(tolls.length && tolls.every((f) => !/\(1948\)/.test(f.attribute)), JSON.stringify(tolls.map((f) => f.attribute)));
});

test("negative: a count after the 'when' clause, in a new clause, stays the story's", () => {
  // the count sits past ', and' that closes 'when the Kiangya sank': the story's toll, not 1948's
  for (const text of [
    'The Eastern Star cruise ship capsized on the Yangtze River in Jianli on Monday. It is the worst disaster since 1948, when the Kiangya sank, and officials said 396 people died.',
    'The Eastern Star cruise ship capsized on the Yangtze River in Jianli on Monday. It is the worst disaster since 1948, when the Kiangya sank; officials said 396 people died.',
  ]) {
    const s = story([['DDD', '2015-06-06', text]]);
    const tolls = s.facts.filter((f) => f.values.some((v) => Number(v.value) === 396));
    assert.ok(tolls.length && tolls.every((f) => !/\(1948\)/.test(f.attribute)), JSON.stringify(tolls.map((f) => [f.subject, f.attribute])));
  }
});

test('a long gap between the year and the count stays linear', () => {
  const text = 'It is the worst disaster since 1948, when' + ' the ship'.repeat(20000) + ' sank, and 396 people died.';
  const t0 = Date.now();
  story([['EEE', '2015-06-06', text]]);
  assert.ok(Date.now() - t0 < 20000);
});
