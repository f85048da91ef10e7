// Bare figures whose noun was named once before: a parallel clause with a verb of counting ("Labour took 412 seats.
// The Conservatives won 121"), a gapped clause ("… and the Greens 14"), items of a breakdown by day, a figure opening a
// clause about the count before ("Of these, 4 are at sea"); and "one" with a noun. Sentences invented for the tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from '../../../src/nlp/quantity/index.js';

const units = (text: string) => findQuantities({ text, sentences: [], times: [] }).map((q) => [q.text, q.unit]);

test('a bare figure after a verb of counting counts what such a verb counted just before', () => {
  assert.deepEqual(units('The alliance took 290 seats. The opposition won 180.'), [['290 seats', 'seat'], ['180', 'seat']]);
  assert.deepEqual(units('Drones struck 25 depots on Monday, and artillery hit 9.'), [['25 depots', 'depot'], ['9', 'depot']]);
  assert.deepEqual(units('The carrier cancelled 800 flights and delayed nearly 2,000.'), [['800 flights', 'flight'], ['nearly 2,000', 'flight']]);
  // not without a coordinator in one sentence, not two sentences back, not after other verbs
  assert.deepEqual(units('The alliance took 290 seats to reach 300.'), [['290 seats', 'seat']]);
  assert.deepEqual(units('The alliance took 290 seats. Turnout was high. The opposition won 180.'), [['290 seats', 'seat']]);
  // (an age is in years, not seats)
  assert.deepEqual(units('The alliance took 290 seats. Its leader turned 70.'), [['290 seats', 'seat'], ['70', 'year']]);
});

test('a gapped clause ("… and the Greens 14") counts what its model clause counted', () => {
  assert.deepEqual(units('The Social Democrats won 120 seats and the Greens 14.'), [['120 seats', 'seat'], ['14', 'seat']]);
  assert.deepEqual(units('Ghana sent 300 troops, Nigeria 450 and Senegal 200.').map((q) => q[1]), ['person', 'person', 'person']);
  // a model name after "and" keeps its number out ("Windows 10"), and so does a clause that goes on
  assert.deepEqual(units('The firm sold 300 laptops and Windows 10 licences.').map((q) => q[0]), ['300 laptops']);
  assert.deepEqual(units('The Social Democrats won 120 seats and the Greens 14 more than before.').map((q) => q[0]), ['120 seats']);
});

test('items of a breakdown by day, and clauses with a past verb after the figure', () => {
  assert.deepEqual(units('Police held 40 protesters on Friday and about 25 on Saturday.'), [['40 protesters', 'person'], ['about 25', 'person']]);
  assert.deepEqual(units('Some 30 states signed the pact, and 11 ratified it.'), [['Some 30 states', 'state'], ['11', 'state']]);
  // a figure after "and" with no past verb stays bare
  assert.deepEqual(units('Some 30 states signed the pact in 2019 and 11 new rules.').map((q) => q[1]), ['state', 'rule']);
});

test('"one" with a noun counts one of it; "one of", "one reason", "the one", a quoted "one official said" do not', () => {
  assert.deepEqual(units('One soldier was killed in the raid.'), [['One soldier', 'person']]);
  assert.deepEqual(units('The shelling destroyed one school.'), [['one school', 'school']]);
  assert.deepEqual(units('One bridge collapsed overnight.'), [['One bridge', 'bridge']]);
  assert.deepEqual(units('Only one clinic is still open.'), [['one clinic', 'clinic']]);
  assert.deepEqual(units('One of the clinics is open.'), []);
  assert.deepEqual(units('One reason is the drought.'), []);
  assert.deepEqual(units('One official said the road was closed.'), []);
  assert.deepEqual(units('One farmer told us the crop failed.'), []);
  assert.deepEqual(units('She is the one nurse who stayed.'), []);
  assert.deepEqual(units('On the one hand, prices fell.'), []);
  // an item of a list of counts stays out (the checks read such lists as parts of a total)
  assert.deepEqual(units('The panel - three judges, two lawyers and one priest - met.').map((q) => q[0]), ['three judges', 'two lawyers']);
});

test('a bare figure opening a clause about the count before counts the same', () => {
  assert.deepEqual(units('The navy has 12 submarines. Of these, only 4 are at sea.'), [['12 submarines', 'submarine'], ['4', 'submarine']]);
  assert.deepEqual(units('The army has 500 tanks. About 200 are in storage.'), [['500 tanks', 'tank'], ['About 200', 'tank']]);
  assert.deepEqual(units('The city sent 40 buses. By evening, 25 had reached the border.'), [['40 buses', 'bus'], ['25', 'bus']]);
  assert.deepEqual(units('The trial enrolled 3,000 volunteers, of whom 1,500 received a placebo.'), [['3,000 volunteers', 'person'], ['1,500', 'person']]);
  assert.deepEqual(units('Russia launched 45 drones overnight. Ukraine said it shot down 38.'), [['45 drones', 'drone'], ['38', 'drone']]);
  // not mid-sentence without a cue, not two sentences on, not an age or a change
  assert.deepEqual(units('The army has 500 tanks. The general said 200 are in storage.').map((q) => q[0]), ['500 tanks']);
  assert.deepEqual(units('The army has 500 tanks. It is large. About 200 are in storage.').map((q) => q[0]), ['500 tanks']);
  assert.deepEqual(units('The army bought 500 tanks. Its chief turned 60.'), [['500 tanks', 'tank'], ['60', 'year']]);
});

test('a verb of harm or flight by the figure makes it people, whatever was counted before', () => {
  assert.deepEqual(units('The flood destroyed 300 homes and killed 12.'), [['300 homes', 'home'], ['12', 'person']]);
  assert.deepEqual(units('The flood destroyed 300 homes, and 12 were killed.'), [['300 homes', 'home'], ['12', 'person']]);
  assert.deepEqual(units('The flood destroyed 300 homes, and 40 drowned.'), [['300 homes', 'home'], ['40 drowned', 'person']]);
  assert.deepEqual(units('The boat carried 3 crates for 80 families, of whom 12 were Syrian.').map((q) => q[1]), ['crate', 'family', 'person']);
});
