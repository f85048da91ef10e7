// Where a statement was made when its frame is not right after the verb: a phrase set off by commas between the speaker
// and the verb ("X, speaking at a rally in Y, said"), and a fronted participle whose object is what was announced
// ("Announcing the tally at … in Y, X said"). A speaker's origin or employer in the same commas is no place of saying,
// nor is a place inside what was announced. Sentences written for these tests; entities hand-built.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf, argNames, type EntSpec } from './helpers.js';

const person = (name: string): EntSpec => ({ name, type: 'PERSON' });
const org = (name: string): EntSpec => ({ name, type: 'ORG' });
const town = (name: string): EntSpec => ({ name, type: 'GPE', kind: 'CITY' });
const fac = (name: string): EntSpec => ({ name, type: 'FAC' });

const placeOf = (text: string, ents: EntSpec[]): string[] => {
  const { doc, evs } = eventsOf(text, ents);
  return [...new Set(evs.filter((e) => e.type === 'STATEMENT').flatMap((e) => argNames(doc, e).location ?? []))];
};

test('a frame set off by commas between the speaker and the verb places the statement', () => {
  const ents = [person('Wanjiru Kamau'), fac('Harbour Hall'), town('Kisumu'), town('Eldoret'), org('Lakeside Radio')];
  assert.deepEqual(placeOf('Wanjiru Kamau, in a televised address from Harbour Hall, said she accepted the ruling.', ents), ['Harbour Hall']);
  assert.deepEqual(placeOf('Wanjiru Kamau, speaking at a rally in Kisumu, said the count was fair.', ents), ['Kisumu']);
  assert.deepEqual(placeOf('Wanjiru Kamau, at a news conference in Kisumu, said the count was fair.', ents), ['Kisumu']);
  // not a description of the speaker, nor a place in what was said, nor a frame after someone else's name
  assert.deepEqual(placeOf('Wanjiru Kamau, a teacher from Eldoret, said the count was fair.', ents), []);
  assert.deepEqual(placeOf('Wanjiru Kamau, who lives in Eldoret, said the count was fair.', ents), []);
  assert.deepEqual(placeOf('Wanjiru Kamau said crowds in Kisumu, in Eldoret and elsewhere, had cheered.', ents), []);
});

test('negative: a bare "from <town>" or "at <organisation>" after the speaker is where they come from or work', () => {
  const ents = [person('Jane Doe'), town('Eldoret'), org('Lakeside Radio'), town('Kisumu')];
  assert.deepEqual(placeOf('Jane Doe, from Eldoret, said the count was fair.', ents), []);
  assert.deepEqual(placeOf('Jane Doe, at Lakeside Radio, said the count was fair.', ents), []);
  assert.deepEqual(placeOf('Jane Doe, from the town of Eldoret, said the count was fair.', ents), []);
  // an occasion after the preposition is still a frame
  assert.deepEqual(placeOf('Jane Doe, from a rally in Kisumu, said the count was fair.', ents), ['Kisumu']);
});

test('a fronted "Announcing the tally at … in X," places the statement; what was announced is skipped', () => {
  const ents = [person('Kofi Mensah'), org('Election Board'), town('Tamale'), town('Ho')];
  assert.deepEqual(placeOf("Announcing the tally at the Election Board's (EB) headquarters in Tamale late on Sunday, Board chair Kofi Mensah said turnout was 71 per cent.", ents), ['Tamale']);
  assert.deepEqual(placeOf('Presenting the budget in Tamale on Monday, Kofi Mensah said spending would rise.', ents), ['Tamale']);
  // the place of what was announced is not where it was announced
  assert.deepEqual(placeOf('Announcing the Ho results, Kofi Mensah said turnout was 71 per cent.', ents), []);
});

test('negative: a place inside an of-phrase of what was announced is not where it was announced', () => {
  const ents = [person('Kofi Mensah'), town('Tamale'), town('Ho')];
  assert.deepEqual(placeOf('Announcing the results of the vote in Ho, Kofi Mensah said turnout was high.', ents), []);
  assert.deepEqual(placeOf('Presenting a report on flooding in Ho, Kofi Mensah said damage was severe.', ents), []);
  assert.deepEqual(placeOf('Unveiling plans for a new bridge in Ho, Kofi Mensah said work would start soon.', ents), []);
});

test('one set of frame openers before the speaker and after the name: "From Kisumu,", "X, outside the court, said"', () => {
  const ents = [person('Jane Doe'), town('Kisumu'), fac('Lake Court')];
  assert.deepEqual(placeOf('From Kisumu, Jane Doe said the count was fair.', ents), ['Kisumu']);
  assert.deepEqual(placeOf('Jane Doe, outside the Lake Court, said the count was fair.', ents), ['Lake Court']);
  // negative: a fronted time after "from" is no place
  assert.deepEqual(placeOf('From Monday, Jane Doe said, the count would be public.', ents), []);
});

test('negative: a long fronted clause is no frame past its first word that names no occasion, audience or day', () => {
  const ents = [person('Kofi Mensah'), town('Ho'), town('Tamale')];
  assert.deepEqual(placeOf('Speaking after a long night of talks between the rival unions and the mine owners in Ho, Kofi Mensah said a deal was close.', ents), []);
  assert.deepEqual(placeOf('Announcing the results at a meeting that followed weeks of bitter talks with farmers in Tamale, Kofi Mensah said prices would rise.', ents), []);
});
