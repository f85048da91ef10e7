// A sports club named in full lends its place word to the bare shortening ("Madrid said" after "Real Madrid") in a
// report about sport (resolve.ts placeWordsOfNamedClubs + shortClubNames); a locative, a place noun, a non-sports
// report or a word two named clubs share keep the place. Real KB; sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { names, run } from './run-entities.js';
import type { NlpDoc } from '../../../src/nlp/doc.js';

const SPORT = 'Real Madrid beat Mainz 2-1 in the Champions League on Tuesday. ';
/** The type of the entity holding the mention that starts at the n-th occurrence of `word`. */
function typeAt(doc: NlpDoc, word: string, n: number): string | undefined {
  let at = -1;
  for (let k = 0; k <= n; k++) at = doc.text.indexOf(word, at + 1);
  return doc.entities.find((e) => e.mentions.some((m) => m.start === at))?.type;
}

test('the place word of a club named in full is the club in a sports report', () => {
  const d = run(SPORT + 'Madrid said the midfielder would stay.');
  assert.equal(typeAt(d, 'Madrid', 1), 'ORG', names(d));
  assert.ok(!d.entities.some((e) => e.type === 'GPE' && e.name === 'Madrid'), names(d));
});

test('a possessive after the word is the club, even after a preposition', () => {
  const d = run(SPORT + 'It was the biggest win in Madrid\'s history.');
  assert.equal(typeAt(d, 'Madrid', 1), 'ORG', names(d));
});

test('negative: a locative keeps the city', () => {
  const d = run(SPORT + 'Fans celebrated in Madrid until dawn.');
  assert.equal(typeAt(d, 'Madrid', 1), 'GPE', names(d));
  const d2 = run(SPORT + 'Traffic stopped in Madrid\'s city centre.');
  assert.equal(typeAt(d2, 'Madrid', 1), 'GPE', names(d2));
});

test('negative: no sport in the report, no club', () => {
  const d = run('The bank moved its headquarters to Madrid. Madrid said rents rose. Its chairman once advised Real Madrid on property.');
  assert.equal(typeAt(d, 'Madrid', 1), 'GPE', names(d));
});

test('negative: a place word two named clubs share stays the place', () => {
  const d = run('Manchester City beat Manchester United 2-1 in the Premier League. Manchester said the roads would reopen.');
  assert.notEqual(typeAt(d, 'Manchester', 2), 'ORG', names(d));
});
