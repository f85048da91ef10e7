import { test } from 'node:test';
import assert from 'node:assert/strict';
import { totalPartChecks } from '../../../src/nlp/checks/totalParts.js';
import { findQuantities } from '../../../src/nlp/quantity/index.js';
import { segment } from '../../../src/nlp/segment/index.js';
import { tagTimes } from '../../../src/nlp/time/index.js';
import { sentenceSpans } from '../../../src/nlp/quantity/tokens.js';

// A total and, after a clause break, the parts it splits into: agreement only. Invented sentences.
function parts(text: string): string[] {
  const sentences = segment(text).sentences;
  const { times } = tagTimes(text, { anchorDate: '2024-03-01', sentences });
  const quantities = findQuantities({ text, sentences, times });
  return totalPartChecks(text, quantities, sentenceSpans(text, sentences)).map((c) => c.status);
}

test('a total and the parts after a break that add up to it', () => {
  assert.deepEqual(parts('About 60 rescuers joined the search, 25 of them local and 35 from abroad.'), ['CONSISTENT']);
  assert.deepEqual(parts('The runner was paced by nine pacemakers - six ahead of him and three behind - in the final.'), ['CONSISTENT']);
  assert.deepEqual(parts('At least 45 people died since the storm began, officials said - 30 on the first day and 15 more since.'), ['CONSISTENT']);
  assert.deepEqual(parts('About 12,000 megawatts was offline, the grid said, roughly 8,000 MW of it from gas, coal and nuclear plants and about 4,000 MW from wind.'), ['CONSISTENT']);
});

test('parts that do not add up, count several times, or a total that is itself a part: nothing', () => {
  assert.deepEqual(parts('About 60 rescuers joined the search, 20 of them local and 25 from abroad.'), []);
  // "two each": a part counted twice
  assert.deepEqual(parts('Nine of the men are from Perak, three from Johor, two each from Kedah and Pahang, and one from Sabah.'), []);
  // no "and" before the last part: no closed list
  assert.deepEqual(parts('About 60 rescuers joined the search, 25 of them local, 35 from abroad.'), []);
  // a measure's parts must be of its unit
  assert.deepEqual(parts('The 40 km road cost, officials said, 15 million dollars and 25 days of work.'), []);
  // a total followed at once by a comma is itself an item of a list
  assert.deepEqual(parts('The jury - six black women, two white women, two black men, one white man and one Asian man - heard the case.'), []);
  // years are no parts
  assert.deepEqual(parts('The 4,000 residents returned, in 2000 and 2002.'), []);
});

test('a series after a total, parts of another noun, or a comma with nothing telling a split: nothing', () => {
  // each figure with a day of its own: a series, not a total and its parts
  assert.deepEqual(parts('Police arrested 15 suspects on Monday, 10 on Tuesday and 5 on Wednesday.'), []);
  assert.deepEqual(parts('Police arrested 15 suspects in January, 10 in February and 5 in March.'), []);
  // parts of another plural noun
  assert.deepEqual(parts('The army sent 500 troops to the border, 200 tanks and 300 trucks.'), []);
  assert.deepEqual(parts('The army moved 500 troops to the border, 200 tanks from the north and 300 trucks from the south.'), []);
  // after a comma, nothing says the figures split the total
  assert.deepEqual(parts('The club signed 12 players this summer, 5 last year and 7 the year before.'), []);
  // with a cue, the split stands
  assert.deepEqual(parts('The Iraqi military said that 22 missiles were fired, 17 at Ain al-Asad and five at Erbil.'), ['CONSISTENT']);
});

