// "X …, becoming the first leader to visit China", "X beat Y to become the first team to win the cup", "X was the first
// woman to climb": the one a ranked description ("the first …", "the youngest …") is said of does what follows "to",
// even when no nationality names the description. Sentences written for these tests; entities hand-built.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf, argNames, allNames, type EntSpec } from './helpers.js';

const person = (name: string): EntSpec => ({ name, type: 'PERSON' });
const gpe = (name: string): EntSpec => ({ name, type: 'GPE' });
const org = (name: string): EntSpec => ({ name, type: 'ORG' });

test('"…, becoming the first leader of a G7 nation to visit China": the main clause subject visits', () => {
  const ents = [person('Lena Holt'), person('Arun Mehta'), gpe('Delhi'), gpe('China'), org('Group of Seven'), { name: 'Norland', type: 'GPE', demonyms: ['Norlandian'] } as EntSpec];
  const { doc, evs } = eventsOf('Norlandian Chancellor Lena Holt held talks with President Arun Mehta in Delhi on Friday, becoming the first leader of a Group of Seven nation to visit China in three years.', ents);
  const v = evs.filter((e) => e.trigger.text === 'visit');
  assert.ok(v.length && v.every((e) => argNames(doc, e).agent?.includes('Lena Holt') && !allNames(doc, e).includes('Arun Mehta')), JSON.stringify(v.map((e) => argNames(doc, e))));
});

test('"X beat Y 12-11 to become the first team to win the cup": a country side may be the one', () => {
  const ents = [gpe('Norland'), gpe('Westia'), gpe('Paris')];
  const { doc, evs } = eventsOf('Norland beat Westia 12-11 in Paris to become the first team to win the Tern Cup four times.', ents);
  const w = evs.filter((e) => e.trigger.text === 'win');
  assert.ok(w.length && w.some((e) => argNames(doc, e).agent?.includes('Norland')) && w.every((e) => !argNames(doc, e).agent?.includes('Westia')), JSON.stringify(w.map((e) => argNames(doc, e))));
});

test('negative: no ranked description, or a comma-free clause with its own subject, keeps the nearer subject', () => {
  const ents = [person('Lena Holt'), person('Arun Mehta'), gpe('China')];
  const { doc, evs } = eventsOf('Lena Holt said on Friday that Arun Mehta, the first leader in years to visit China, was welcome.', ents);
  const v = evs.filter((e) => e.trigger.text === 'visit');
  assert.ok(v.every((e) => !argNames(doc, e).agent?.includes('Lena Holt')), JSON.stringify(v.map((e) => argNames(doc, e))));
});
