import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributeOf, countedGroup, teamSize } from '../../src/story/build.js';

// One list of the words that bound or approximate a figure (story.json countBounds) for every reading of the words
// before it: the readings kept near-copies of it, each missing some ("approximately", "just over", "under").

test('a counted group is read through any bound before its figure', () => {
  for (const t of ['approximately 40 miners', 'just over 40 miners', 'under 40 miners', 'at least 40 miners', 'about 40 miners', '40 miners']) {
    assert.equal(countedGroup(t), 'miners', t);
  }
  assert.equal(countedGroup('40 people'), undefined, 'a generic noun names no group');
});

test('a population is read through any bound before its figure; a toll is no population', () => {
  const q = { unit: 'person', noun: 'people', text: '120,000 people' };
  for (const b of ['approximately', 'about', 'just over', 'fewer than']) {
    assert.equal(attributeOf(q, ' people.', `The blast hit a port city of ${b} `), 'population', b);
  }
  assert.equal(attributeOf({ unit: 'person', noun: 'people', text: '120 people' }, ' people.', 'The blast killed approximately '), 'death toll');
});

test('a team\'s size is read through any bound before its count', () => {
  for (const b of ['approximately', 'just over', 'about', 'at least']) {
    assert.equal(teamSize(`The ministry sent a rescue team of ${b} `, `The ministry sent a rescue team of ${b} `), 'rescue team size', b);
  }
  assert.equal(teamSize('Rescuers pulled approximately ', 'Rescuers pulled approximately '), undefined);
});

test('a size or an altitude is read through any bound before its measure (review r1 finding 11)', () => {
  for (const b of ['approximately', 'just over', 'at least', 'about']) {
    assert.equal(attributeOf({ unit: 'm', text: '300 metres' }, '.', `The ship has a length of ${b} `), 'length', b);
    assert.equal(attributeOf({ unit: 'm', text: '30,000 feet' }, '.', `The jet was cruising at ${b} `), 'altitude', b);
  }
  // negative: a distance stays a distance
  assert.equal(attributeOf({ unit: 'm', text: '300 metres' }, ' from the shore.', 'The ship sank approximately '), 'distance');
});
