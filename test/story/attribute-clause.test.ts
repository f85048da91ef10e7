// What a head count measures when the verbs around it belong to different clauses, and bodies "brought out".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributeOf } from '../../src/story/build.js';

const q = (text: string) => ({ unit: 'person', text });

test('a verb after the figure that takes its own object is the main clause\'s: the verb before tells the count', () => {
  // "Prosecutors investigating the fire that killed 301 workers detained 25 people on Sunday"
  assert.equal(attributeOf(q('301 workers'), ' detained 25 people on Sunday', 'Prosecutors investigating the fire that killed '), 'death toll');
  assert.equal(attributeOf(q('12 people'), ' arrested the owner of the shop', 'Police who found the blast that injured '), 'injured');
});

test('not a main clause\'s verb: a figure\'s own predicate after it still tells the count', () => {
  // a reduced passive after the figure, with no object of its own
  assert.equal(attributeOf(q('25 people'), ' detained on Sunday include the manager', 'Police said '), 'detained');
  assert.equal(attributeOf(q('25 people'), ' were detained on Sunday', 'After the fire that killed many, '), 'detained');
  // a time phrase after a reduced passive is no object
  assert.equal(attributeOf(q('18 passengers'), ' injured the previous night were sent home', 'Doctors in Marlow said '), 'injured');
  assert.equal(attributeOf(q('nine miners'), ' killed the day before were buried', 'Relatives of '), 'death toll');
  // with no relative clause before the figure to end, a past verb after it is the figure's own
  assert.equal(attributeOf(q('20 workers'), ' injured some hours earlier were discharged', 'Staff at the clinic said '), 'injured');
});

test('bodies brought out or carried out are bodies recovered', () => {
  assert.equal(attributeOf(q('two bodies'), ' had been brought out and the search ended', 'The minister said the last '), 'bodies recovered');
  assert.equal(attributeOf(q('three bodies'), ' were carried out of the mine on Friday', 'Rescuers said '), 'bodies recovered');
});
