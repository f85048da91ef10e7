// Quantities: a bare figure that counts what the report counted just before, named by the words around it —
// "of them", "another", "up from", a clause of its own after a semicolon or "and".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from '../../../src/nlp/quantity/index.js';

const find = (text: string) => findQuantities({ text, sentences: [], times: [] }).map((q) => [q.text, q.value, q.unit]);

test('"N of them/which" counts the count told before, in the sentence or the one before', () => {
  assert.deepEqual(find('The navy sent 30 patrol boats. Two of them ran aground.'), [['30 patrol boats', 30, 'boat'], ['Two', 2, 'boat']]);
  assert.deepEqual(find('The fleet has 14 ships, 6 of which are frigates.'), [['14 ships', 14, 'ship'], ['6', 6, 'ship']]);
  // with no count before, or one two sentences back, nothing is counted
  assert.deepEqual(find('Two of them ran aground.'), []);
  assert.deepEqual(find('The navy sent 30 patrol boats. The sea was rough. Two of them ran aground.'), [['30 patrol boats', 30, 'boat']]);
});

test('"another N" and "a further N" count what was counted before', () => {
  assert.deepEqual(find('The council has built 300 new homes. Another 120 are planned.'), [['300 new homes', 300, 'home'], ['120', 120, 'home']]);
  assert.deepEqual(find('The council has built 300 new homes and plans a further 80.'), [['300 new homes', 300, 'home'], ['80', 80, 'home']]);
  // "another" before a measured figure keeps the figure's own unit
  assert.deepEqual(find('The council has built 300 new homes. Another 12 km of road is planned.').map((x) => x[2]), ['home', 'km']);
});

test('"up from N" and a clause "N were …" count the sentence\'s count', () => {
  assert.deepEqual(find('The chain runs 45 shops in Ghana, up from 30 last year.'), [['45 shops', 45, 'shop'], ['30', 30, 'shop']]);
  assert.deepEqual(find('Inspectors listed 2,300 damaged homes; 800 were beyond repair.'), [['2,300 damaged homes', 2300, 'home'], ['800', 800, 'home']]);
  // a bare figure opening the next sentence as its subject counts the same (see tenth-pass: carried subjects);
  // with no cue, it stays bare
  assert.deepEqual(find('Inspectors listed 2,300 damaged homes. 800 were beyond repair.'), [['2,300 damaged homes', 2300, 'home'], ['800', 800, 'home']]);
  assert.deepEqual(find('Inspectors listed 2,300 damaged homes. Rain fell on 800 more roofs.').map((x) => x[0]), ['2,300 damaged homes', '800 more roofs']);
  assert.deepEqual(find('Inspectors listed 2,300 damaged homes on route 66.'), [['2,300 damaged homes', 2300, 'home']]);
});
