// Speech acts told by what is said: a government's help told with "will"/"would" is a promise (a negation, a prediction or
// an outside voice is none); a warning of a reprisal the speaker's side takes, or of a heavy price to pay, is a threat
// (a price foreseen by experts, or a "revenge match" named in another phrase, is none); "selfish" is a verdict of criticism; a
// congratulatory letter sent is praise. Sentences written for these tests, each with cases that must not fire;
// hand-built entities.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf, argNames, type EntSpec } from './helpers.js';

const types = (text: string, ents: EntSpec[] = []) => eventsOf(text, ents).evs.map((e) => e.type);
const person = (name: string): EntSpec => ({ name, type: 'PERSON' });

test('a speaker telling what the government will do to help is a promise beside the statement', () => {
  const a = eventsOf('Governor Lena Morales said the state government would help rebuild the bridges.', [person('Lena Morales')]);
  const p = a.evs.find((e) => e.type === 'PROMISE');
  assert.ok(p, a.evs.map((e) => e.type).join(','));
  assert.deepEqual(argNames(a.doc, p!).agent, ['Lena Morales']);
  assert.ok(a.evs.some((e) => e.type === 'STATEMENT'), 'the saying stays a statement');
  // "told", a time between, "will" further on; an adverb between the modal and its verb
  assert.ok(types('Premier Omar Dalt told reporters on Tuesday that the province will fund repairs to every school.', [person('Omar Dalt')]).includes('PROMISE'));
  assert.ok(types('The minister said the administration would quickly compensate the farmers.').includes('PROMISE'));
});

test('a negation, a prediction or an outside voice telling what the government will do is no promise', () => {
  assert.ok(!types('The minister said the government would not help the airline.').includes('PROMISE'));
  assert.ok(!types('The minister said the government would never help the airline.').includes('PROMISE'));
  assert.ok(!types('He said the province would continue to lose doctors.').includes('PROMISE'));
  assert.ok(!types('She said the administration would take a hit in the polls.').includes('PROMISE'));
  assert.ok(!types('Analysts said the government will help the banks with new loans.').includes('PROMISE'));
  assert.ok(!types('The opposition leader said the government would collapse within weeks.').includes('PROMISE'));
  assert.ok(!types('The forecaster said the storm would help fill the reservoirs.').includes('PROMISE'));
});

test('a warning of a reprisal taken or a heavy price paid, told further on in its clause, is a threat', () => {
  assert.ok(types('Valdoria has warned that it will take "tit-for-tat" countermeasures if the missiles arrive.', [{ name: 'Valdoria', type: 'GPE' }]).includes('THREATEN'));
  assert.ok(types('The rebel commander warned that the two fleets would soon "pay a heavy price."').includes('THREATEN'));
});

test('reprisals told of in another clause, a price foreseen by experts, or prices paid are no threat', () => {
  assert.ok(!types('Experts warned that farmers would pay a heavy price for the drought.').includes('THREATEN'));
  assert.ok(!types('The coach warned that his players were tired after the long season and the revenge match.').includes('THREATEN'));
  assert.ok(!types('Economists warned that households would pay higher prices for bread next year.').includes('THREATEN'));
  assert.ok(!types('Forecasters warned that the storm would bring heavy rain; the price of the repairs was not known.').includes('THREATEN'));
  assert.ok(!types('The minister warned of floods in the north, but the army said its response was ready.').includes('THREATEN'));
  // a new clause after "and" or a comma ends the far window: "they" are others, not the speaker's side
  assert.ok(!types('The envoy warned that the talks had stalled, and they would take revenge at the polls.').includes('THREATEN'));
});

test('"selfish" or "a sham" is a verdict of criticism after "called"; a plain naming is none', () => {
  assert.ok(types('A club spokesman called the walkout "utterly selfish."').includes('CRITICIZE'));
  assert.ok(types('The union leader called the decision selfish.').includes('CRITICIZE'));
  assert.ok(!types('The union leader called a meeting for Friday.').includes('CRITICIZE'));
  // the verdict words "call" shares with the other verdict rows (@VERDICT)
  assert.ok(types('The opposition called the ruling a sham.').includes('CRITICIZE'));
  assert.ok(!types('The opposition called a vote on the sham marriage law.').includes('CRITICIZE'));
});

test('a congratulatory letter sent is praise; one received is not the receiver\'s praise', () => {
  assert.ok(types('Chancellor Mira Holt wrote a congratulatory letter to the rescue crews.', [person('Mira Holt')]).includes('PRAISE'));
  assert.ok(!types('Later that day, the start-up received a congratulatory letter from a rival.').includes('PRAISE'));
});
