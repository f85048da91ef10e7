import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity, Quantity } from '../../../src/core/types.js';
import { runChecks } from '../../../src/nlp/checks/index.js';
import { isApposedFigure, isCount, isMoney } from '../../../src/nlp/checks/numbers.js';
import { findQuantities } from '../../../src/nlp/quantity/index.js';
import { segment } from '../../../src/nlp/segment/index.js';
import { tagTimes } from '../../../src/nlp/time/index.js';
import { analyseForChecks, CHECKS_TEST_ANCHOR, countStatuses } from '../../helpers/checks.js';

// Review findings of stop 23 on the checks: ages, "times" and terms are no counts (one isCount for every check), a
// number word opening a sentence does not name a currency. Sentences written for these tests, reference date pinned.

const MINERS = 'Of the 60 miners, Tanaka, 45, and the other 15 were rescued.';
const countChecks = (doc: Parameters<typeof runChecks>[0]) => runChecks(doc).filter((c) => c.kind === 'COUNT').map((c) => `${c.status} ${(c as { detail?: string }).detail ?? ''}`);

/** The document of the checks tests, with people the entity stage would have found (their ages become quantities). */
function withPeople(text: string, people: string[]) {
  const sentences = segment(text).sentences;
  const { times } = tagTimes(text, { anchorDate: CHECKS_TEST_ANCHOR, sentences });
  const entities: Entity[] = people.map((name) => {
    const start = text.indexOf(name);
    return { id: name, name, type: 'PERSON', mentions: [{ start, end: start + name.length, text: name }] };
  });
  const quantities = findQuantities({ text, sentences, times, entities });
  return { text, sentences, quantities, times, entities, anchorDate: CHECKS_TEST_ANCHOR };
}

test('an age is no part of a count: the miners sentence gives no COUNT check', () => {
  // Tanaka read as a person (the age is a quantity in years) or not (the figure is dropped): no parts 45 + 15 = 60
  assert.deepEqual(countChecks(analyseForChecks(MINERS)), []);
  const doc = withPeople(MINERS, ['Tanaka']);
  assert.deepEqual(doc.quantities.map((q) => `${q.text}|${q.unit}`), ['60 miners|person', '45|year', '15|person']);
  assert.deepEqual(countChecks(doc), []);
  // an age after a person noun in a list of victims is not one of them
  assert.deepEqual(countStatuses('Three people died: a man, 40, and two women.', 'parts-total'), []);
  // negatives: the parts and the rest of a whole still agree
  assert.deepEqual(countStatuses('Of the 60 miners, 45 were rescued and the other 15 died.', 'rest-of-whole'), ['CONSISTENT']);
  assert.deepEqual(countStatuses('Of the 650 seats, Labour won 411, the Conservatives 121 and others 118.', 'named-parts'), ['CONSISTENT']);
  assert.deepEqual(countStatuses('Three people died: two men and a woman.', 'group-total'), ['CONSISTENT']);
});

test('one isCount and one isMoney: ages, how often, multiples and terms are no counts', () => {
  const q = (unit: string, rule = 'quantity:digits'): Quantity => ({ start: 0, end: 1, text: '1', value: 1, unit, rule });
  for (const u of ['person', 'seat', 'vote', 'member', 'home']) assert.equal(isCount(q(u)), true, u);
  for (const u of ['year', 'time', 'times', 'term', '%', 'percentage point', 'bp', 'magnitude', 'km', 'USD']) assert.equal(isCount(q(u)), false, u);
  assert.equal(isCount(q('person', 'quantity:digits+count:age')), false);
  assert.equal(isMoney(q('EUR')), true);
  assert.equal(isMoney(q('person')), false);
  // the apposition shape the text-reading checks skip
  const t = 'Of the 60 miners, Tanaka, 45, and the other 15 were rescued.';
  assert.equal(isApposedFigure(t, t.indexOf('45'), t.indexOf('45') + 2), true);
  assert.equal(isApposedFigure(t, t.indexOf('15'), t.indexOf('15') + 2), false);
});

test('a number word opening a sentence does not fix which currency a shared name is', () => {
  const conv = (text: string) => runChecks(analyseForChecks(text)).filter((c) => c.kind === 'UNIT_CONVERSION').map((c) => c.status);
  // "Ten pesos": Philippine pesos fit 18 cents, as "10 pesos" does
  assert.deepEqual(conv('Ten pesos (about 18 cents) bought bread.'), ['CONSISTENT']);
  assert.deepEqual(conv('Fifty pesos (about 90 cents) bought lunch.'), ['CONSISTENT']);
  assert.deepEqual(conv('He paid 10 pesos (about 18 cents) for bread.'), ['CONSISTENT']);
  // negatives: a capitalised name still fixes the currency ("Mexican pesos" are not Philippine)
  assert.deepEqual(conv('He paid 10 Mexican pesos (about 18 cents) for bread.'), ['INCONSISTENT']);
});
