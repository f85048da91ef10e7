// Event arguments, stop 25: where a statement was made when its frame sits between the speaker and the verb or
// opens with a participle that names what was announced.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf, argNames, type EntSpec } from './helpers.js';

const person = (name: string): EntSpec => ({ name, type: 'PERSON' });
const org = (name: string): EntSpec => ({ name, type: 'ORG' });
const town = (name: string): EntSpec => ({ name, type: 'GPE', kind: 'CITY' });
const fac = (name: string): EntSpec => ({ name, type: 'FAC' });
const gpe = (name: string): EntSpec => ({ name, type: 'GPE' });

const placeOf = (text: string, ents: EntSpec[]): string[] => {
  const { doc, evs } = eventsOf(text, ents);
  return [...new Set(evs.filter((e) => e.type === 'STATEMENT').flatMap((e) => argNames(doc, e).location ?? []))];
};

test('a frame set off by commas between the speaker and the verb places the statement', () => {
  const ents = [person('Mary Odhiambo'), fac('State House'), town('Nairobi'), town('Mombasa'), person('Joe Lee')];
  assert.deepEqual(placeOf('Mary Odhiambo, in a televised address from State House, said she respected the verdict.', ents), ['State House']);
  assert.deepEqual(placeOf('Mary Odhiambo, speaking at a rally in Nairobi, said the vote was fair.', ents), ['Nairobi']);
  // not a description of the speaker, nor a place in what was said, nor a frame after someone else's name
  assert.deepEqual(placeOf('Mary Odhiambo, a lawyer from Mombasa, said the vote was fair.', ents), []);
  assert.deepEqual(placeOf('Mary Odhiambo, who lives in Mombasa, said the vote was fair.', ents), []);
  assert.deepEqual(placeOf('Mary Odhiambo said crowds in Nairobi, in Mombasa and elsewhere, had cheered.', ents), []);
});

test('a fronted "Announcing the results at … in X," places the statement; what was announced is skipped', () => {
  const ents = [person('Ama Osei'), org('Electoral Commission'), town('Accra'), town('Kumasi')];
  assert.deepEqual(placeOf("Announcing the results at the Electoral Commission's (EC) headquarters in Accra shortly after 7pm, EC Chairperson Ama Osei said turnout was 68 per cent.", ents), ['Accra']);
  assert.deepEqual(placeOf('Presenting the budget in Accra on Monday, Ama Osei said spending would rise.', ents), ['Accra']);
  // the place of what was announced is not where it was announced
  assert.deepEqual(placeOf('Announcing the Kumasi results, Ama Osei said turnout was 68 per cent.', ents), []);
});

test('a fronted "Speaking outside the <seat>," takes the speaker after the comma, not the seat', () => {
  const ents = [person('Raila Odinga'), org('Milimani Law Courts'), org('World Health Organization')];
  const { doc, evs } = eventsOf('Speaking outside the Milimani Law Courts, Raila Odinga described the ruling as historic.', ents);
  const sp = evs.find((e) => e.trigger.text === 'Speaking');
  assert.ok(sp, JSON.stringify(evs.map((e) => e.trigger.text)));
  assert.ok(!(argNames(doc, sp).agent ?? []).includes('Milimani Law Courts'), JSON.stringify(argNames(doc, sp)));
  assert.deepEqual(argNames(doc, sp).location, ['Milimani Law Courts'], JSON.stringify(argNames(doc, sp)));
  // after a quotation the body an official works at still speaks through them
  const q = eventsOf('"We are ready," said an official at the World Health Organization.', ents);
  const said = q.evs.find((e) => e.trigger.text === 'said');
  assert.ok(said && (argNames(q.doc, said).agent ?? []).includes('World Health Organization'), JSON.stringify(said && argNames(q.doc, said)));
});

test('an object pronoun is not the subject of its own clause: "X praised him" praises someone else', () => {
  const ents = [person('Saman Kunan'), person('Prayut Chan-o-cha'), person('Keir Starmer')];
  const text = 'Saman Kunan died while delivering air tanks in the cave. Prime Minister Prayut Chan-o-cha praised him as a hero.';
  const { doc, evs } = eventsOf(text, ents);
  const pr = evs.find((e) => e.trigger.text === 'praised');
  assert.ok(pr, JSON.stringify(evs.map((e) => e.trigger.text)));
  const a = argNames(doc, pr);
  assert.deepEqual(a.agent, ['Prayut Chan-o-cha'], JSON.stringify(a));
  assert.ok(allIn(a).includes('Saman Kunan') && !(a.patient ?? []).includes('Prayut Chan-o-cha'), JSON.stringify(a));
  // an object of a verb that is not the clause's subject binds nothing: "called Keir Starmer to congratulate him"
  const call = eventsOf('Prayut Chan-o-cha called Keir Starmer to congratulate him.', ents);
  const con = call.evs.find((e) => e.trigger.text === 'congratulate');
  assert.ok(con && allIn(argNames(call.doc, con)).includes('Keir Starmer'), JSON.stringify(con && argNames(call.doc, con)));
});

const allIn = (a: Record<string, string[]>): string[] => Object.values(a).flat();

test('"the cave", "the dam" stand for the one recently named site whose name ends in the word', () => {
  const ents = [person('Elon Musk'), fac('Tham Luang cave'), fac('Mosul Dam'), fac('Haditha Dam'), gpe('Thailand')];
  const { doc, evs } = eventsOf('The boys were trapped in the Tham Luang cave in Thailand. Elon Musk visited the cave on Tuesday.', ents);
  const v = evs.filter((e) => e.trigger.text === 'visited');
  assert.ok(v.length && v.some((e) => Object.values(argNames(doc, e)).flat().includes('Tham Luang cave')), JSON.stringify(v.map((e) => argNames(doc, e))));
  // two named dams: "the dam" stands for neither
  const two = eventsOf('Engineers inspected the Mosul Dam and the Haditha Dam. Elon Musk visited the dam on Tuesday.', ents);
  const tv = two.evs.filter((e) => e.trigger.text === 'visited');
  assert.ok(tv.every((e) => !Object.values(argNames(two.doc, e)).flat().some((n) => /Dam$/.test(n))), JSON.stringify(tv.map((e) => argNames(two.doc, e))));
  // "the cave's entrance", "the cave of …" are left alone
  const own = eventsOf('The boys were trapped in the Tham Luang cave. Elon Musk visited the cave of Khao Luang.', ents);
  const ov = own.evs.filter((e) => e.trigger.text === 'visited');
  assert.ok(ov.every((e) => !Object.values(argNames(own.doc, e)).flat().includes('Tham Luang cave')), JSON.stringify(ov.map((e) => argNames(own.doc, e))));
});
