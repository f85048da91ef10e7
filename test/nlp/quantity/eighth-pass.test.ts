// Quantities (eighth pass): counts named away from the number — by a hyphenated number word ("a three-storey
// building"), by the subject a figure is reached by ("Infections rose to 1,200"), by a fronted partitive ("Of the
// 300 schools, 120 …"), by the noun after "were" ("12 were children") — and vague plurals as lower bounds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from '../../../src/nlp/quantity/index.js';

const find = (text: string) => findQuantities({ text, sentences: [], times: [] }).map((q) => [q.text, q.value, q.unit, q.bound ?? null]);

test('a hyphenated number word counts the noun after the hyphen, as digits do', () => {
  assert.deepEqual(find('A three-storey building collapsed.'), [['three-storey', 3, 'storey', null]]);
  assert.deepEqual(find('A three-judge panel heard the case.'), [['three-judge', 3, 'judge', null]]);
  assert.deepEqual(find('They built a 500-bed hospital.'), [['500-bed', 500, 'bed', null]]);
  // not an adjective in -ed, a time, a share, a one-off or a manner
  assert.deepEqual(find('A three-legged stool and a two-pronged attack.'), []);
  assert.deepEqual(find('A two-year deal and a one-man show.'), []);
  // (a share is no count of its noun: "a two-thirds majority" is 66.7%, see share-majorities.test.ts)
  assert.deepEqual(find('A two-thirds majority and a three-time champion.'), [['two-thirds', 66.7, '%', null]]);
});

test('a bare figure reached by a plural subject counts that subject', () => {
  assert.deepEqual(find('Infections rose to 1,200 overnight.'), [['1,200', 1200, 'infection', null]]);
  assert.deepEqual(find('Arrests have now reached 3,000.'), [['3,000', 3000, 'arrest', null]]);
  assert.deepEqual(find('Votes counted so far stood at 1.2 million.'), [['1.2 million', 1200000, 'vote', null]]);
  assert.deepEqual(find('Deaths climbed to 42.'), [['42', 42, 'person', null]]);
  // measures are not counts; a singular subject or no verb of change leaves the figure bare
  assert.deepEqual(find('Prices rose to 212.'), []);
  assert.deepEqual(find('Temperatures hit 40 on Monday.'), []);
  // (a singular subject counts nothing; an index's level is in points, stop 24: src/nlp/quantity/index-level.ts)
  assert.deepEqual(find('The index rose to 212.'), [['212', 212, 'point', null]]);
  assert.deepEqual(find('Officials went to 212 Main Street.'), []);
  // a year stays a year
  assert.deepEqual(find('Exports rose in 2019.'), []);
});

test('a fronted partitive names what the figure after its comma counts', () => {
  assert.deepEqual(find('Of the 300 schools in the district, 120 were damaged.'),
    [['300 schools', 300, 'school', null], ['120', 120, 'school', null]]);
  // no opening "Of", or a figure that is not right after the comma: nothing borrowed
  assert.deepEqual(find('In the 300 schools in the district, 120 were damaged.').map((q) => q[2]), ['school']);
});

test('"were" or "are" and a plural noun after a bare figure name what it counts', () => {
  assert.deepEqual(find('Of those, 12 were children.'), [['12', 12, 'person', null]]);
  assert.deepEqual(find('Of the buildings hit, 40 were schools.'), [['40', 40, 'school', null]]);
  // a participle is not a noun here, and a number word stays bare
  assert.deepEqual(find('Police said 12 were closed.'), []);
  assert.deepEqual(find('Twelve were schools.'), []);
});

test('a vague plural is a lower bound the count exceeds (MORE_THAN)', () => {
  assert.deepEqual(find('Hundreds of people fled.'), [['Hundreds of people', 100, 'person', 'MORE_THAN']]);
  assert.deepEqual(find('Dozens of homes burned.'), [['Dozens of homes', 12, 'home', 'MORE_THAN']]);
  // a written cue still decides
  assert.deepEqual(find('More than 300 homes burned.'), [['More than 300 homes', 300, 'home', 'MORE_THAN']]);
});

test('more currency signs and codes, and more people nouns', () => {
  assert.deepEqual(find('Kenya spent Sh2 billion and Uganda USh 5bn.'), [['Sh2 billion', 2e9, 'KES', null], ['USh 5bn', 5e9, 'UGX', null]]);
  assert.deepEqual(find('Bangladesh allocated Tk 500 crore and Ghana GH¢2 billion.'), [['Tk 500 crore', 5e9, 'BDT', null], ['GH¢2 billion', 2e9, 'GHS', null]]);
  assert.deepEqual(find('The bill came to 300 million UGX.'), [['300 million UGX', 3e8, 'UGX', null]]);
  // a capitalised word that is no currency code stays out ("ALL", "TOP"); a lower-case "sh" is no shilling
  assert.deepEqual(find('ALL 12 MINERS RESCUED'), [['12 MINERS', 12, 'person', null]]);
  assert.deepEqual(find('sh 5 ok'), []);
  assert.deepEqual(find('Police said 12 worshipers and 30 trainees were hurt.').map((q) => q[2]), ['person', 'person']);
  assert.deepEqual(find('The team lost 3 fixtures.').map((q) => q[2]), ['fixture']);
});
