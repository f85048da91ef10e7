import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributeOf, countedAttribute } from '../../src/story/build.js';

// A count of things is named by its noun in the plural, as the spec's "cars" and as readers name it ("14 countries",
// "150 vessels"), whatever the number: every report's reading of one count keeps one attribute.
test('a counted noun names its fact in the plural', () => {
  assert.equal(attributeOf({ unit: 'country', text: '14 countries' }, ' were among those killed', 'Twenty-six foreign nationals from '), 'countries');
  assert.equal(attributeOf({ unit: 'car', text: 'about 2,700 cars' }, ' were destroyed', 'Volkswagen said '), 'cars');
  assert.equal(attributeOf({ unit: 'car', text: 'one car' }, ' was destroyed', ''), 'cars');
  assert.equal(attributeOf({ unit: 'box', text: 'two black boxes' }, ' were found', ''), 'black boxes');
  assert.equal(attributeOf({ unit: 'vessel', text: '150 surface vessels' }, ' joined the search', ''), 'surface vessels');
});

test('the plural of a counted noun', () => {
  assert.equal(countedAttribute('country'), 'countries');
  assert.equal(countedAttribute('day'), 'days');
  assert.equal(countedAttribute('church'), 'churches');
  assert.equal(countedAttribute('bus'), 'buses');
  assert.equal(countedAttribute('fire engine'), 'fire engines');
  assert.equal(countedAttribute('DNA profile'), 'DNA profiles');
  // a word whose plural the rules cannot make back into it stays as it is
  assert.equal(countedAttribute('series'), 'series');
  assert.equal(countedAttribute('TNT'), 'TNT');
});
