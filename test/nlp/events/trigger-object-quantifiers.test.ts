// The shape around a trigger: a quantifier ("at least", "up to", "as many as") before a number keeps a sent object open;
// "under investigation" is an investigation, while "under", "amid" or "during" before a noun trigger only open its phrase
// and make no event of the other nouns. Sentences written for these tests, each with cases that must not fire;
// hand-built entities.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf, argNames, type EntSpec } from './helpers.js';

const types = (text: string, ents: EntSpec[] = []) => eventsOf(text, ents).evs.map((e) => e.type);
const org = (name: string): EntSpec => ({ name, type: 'ORG' });
const person = (name: string): EntSpec => ({ name, type: 'PERSON' });

test('a quantifier before a number does not end the object: "sent at least four ships" is a deployment', () => {
  const a = eventsOf('The Harbour Guard has sent at least three patrol ships to the bay.', [org('Harbour Guard')]);
  const d = a.evs.find((e) => e.type === 'DEPLOY');
  assert.ok(d, a.evs.map((e) => e.type).join(','));
  assert.deepEqual(argNames(a.doc, d!).agent, ['Harbour Guard']);
  assert.ok(types('The ministry sent up to 300 police officers to the border town.').includes('DEPLOY'));
  assert.ok(types('The alliance sent as many as 12 warships to the strait.').includes('DEPLOY'));
  assert.ok(types('The navy sent at most two frigates north.').includes('DEPLOY'));
});

test('"at least" with no number after it ends the object; letters are no ships', () => {
  // "at least" with no number opens no quantifier: the object ends there
  assert.ok(!types('The firm sent a letter at least to the families of ships lost at sea.').includes('DEPLOY'));
  assert.ok(!types('She sent at least four letters to the port authority.').includes('DEPLOY'));
});

test('"under investigation" is an investigation; "under" before other nouns starts none', () => {
  assert.ok(types('The club treasurer, Ada Finch, has been under police investigation since March.', [person('Ada Finch')]).includes('INVESTIGATE'));
  assert.ok(types('The mayor is under investigation for fraud.').includes('INVESTIGATE'));
  assert.ok(!types('The files were kept under the desk.').includes('INVESTIGATE'));
});

test('"under", "amid" or "during" before a noun trigger lets it stand only with its own context', () => {
  assert.ok(types('Talks resumed amid protests in the capital.').includes('PROTEST'));
  // a noun trigger that needs a context of its own does not get one from the preposition
  const t = types('He stayed calm under fire.');
  assert.ok(!t.includes('FIRE') && !t.includes('ATTACK'), t.join(','));
  assert.equal(types('Rain fell during play on Sunday.').length, 0);
  assert.ok(!types('The crowd stood during release of the balloons.').includes('RELEASE'));
});
