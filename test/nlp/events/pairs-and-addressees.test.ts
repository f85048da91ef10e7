// A hyphenated pair of names ("the Putin-Kim summit", "US-China talks") stands for the two entities the report names
// elsewhere; the one spoken to is no speaker ("Speaking to the BBC, Rishi Sunak said"); and the owner of an inverted
// speaker's title ("said the head of the WHO, Tedros …") waits for the name in apposition. Sentences written for these
// tests; entities are hand-built.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEvents } from '../../../src/nlp/events/index.js';
import { argNames, allNames, makeDoc, type EntSpec } from './helpers.js';

const eventsOf = (text: string, ents: EntSpec[]) => { const doc = makeDoc(text, ents, { tokens: true }); return { doc, evs: extractEvents(doc) }; };
const PAIR = (name: string): EntSpec => ({ name, type: 'ORG' });

test('"the Putin-Kim summit", "the US-China talks": the pair stands for both entities named elsewhere', () => {
  const a = eventsOf('Vladimir Putin and Kim Jong Un met on Wednesday. The Putin-Kim summit took place in Vladivostok.',
    [{ name: 'Vladimir Putin', type: 'PERSON' }, { name: 'Kim Jong Un', type: 'PERSON' }, PAIR('Putin-Kim'), { name: 'Vladivostok', type: 'GPE', kind: 'CITY' }]);
  const summit = a.evs.find((e) => e.trigger.text === 'summit');
  assert.ok(summit, JSON.stringify(a.evs.map((e) => e.trigger.text)));
  assert.deepEqual([...allNames(a.doc, summit)].filter((n) => n !== 'Vladivostok').sort(), ['Kim Jong Un', 'Vladimir Putin']);
  const b = eventsOf('The United States and China resumed contacts. The US-China talks ended on Monday.',
    [{ name: 'United States', type: 'GPE', iso: 'US', kind: 'COUNTRY' }, { name: 'China', type: 'GPE', iso: 'CN', kind: 'COUNTRY' }, PAIR('US-China')]);
  const talks = b.evs.find((e) => e.trigger.text === 'talks');
  assert.ok(talks);
  assert.deepEqual([...allNames(b.doc, talks)].sort(), ['China', 'United States'], JSON.stringify(argNames(b.doc, talks)));
});

test('negative: a pair whose sides the report never names alone, or a linked hyphenated name, stays one entity', () => {
  const a = eventsOf('The US-China talks ended on Monday.', [PAIR('US-China')]);
  const t = a.evs.find((e) => e.trigger.text === 'talks');
  assert.ok(t);
  assert.deepEqual(allNames(a.doc, t), ['US-China']);
  // "Guinea-Bissau" is a country of its own even when Guinea is named too
  const doc = makeDoc('Guinea and Senegal sent aid. Troops from Guinea-Bissau attacked the border post.', [
    { name: 'Guinea', type: 'GPE', kind: 'COUNTRY', iso: 'GN' }, { name: 'Senegal', type: 'GPE', kind: 'COUNTRY', iso: 'SN' },
    { name: 'Guinea-Bissau', type: 'GPE', kind: 'COUNTRY', iso: 'GW' }], { tokens: true });
  doc.entities[2]!.kb = { wikidata: 'Q1007' };
  const atk = extractEvents(doc).find((e) => e.type === 'ATTACK');
  assert.ok(atk);
  assert.ok(allNames(doc, atk).includes('Guinea-Bissau') && !allNames(doc, atk).includes('Guinea'), JSON.stringify(argNames(doc, atk)));
});

test('"Speaking to the BBC, Rishi Sunak said": the addressee is no speaker; "said the head of the WHO, Tedros": the name is', () => {
  const a = eventsOf('Speaking to the BBC, Rishi Sunak said the plan would work.', [{ name: 'BBC', type: 'ORG' }, { name: 'Rishi Sunak', type: 'PERSON' }]);
  const speaking = a.evs.find((e) => e.trigger.text === 'Speaking');
  assert.ok(speaking);
  assert.deepEqual(argNames(a.doc, speaking).agent, ['Rishi Sunak']);
  const b = eventsOf('"It is a tragedy," said the head of the WHO, Tedros Adhanom Ghebreyesus.', [{ name: 'WHO', type: 'ORG' }, { name: 'Tedros Adhanom Ghebreyesus', type: 'PERSON' }]);
  const said = b.evs.find((e) => e.type === 'STATEMENT');
  assert.ok(said);
  assert.deepEqual(argNames(b.doc, said).agent, ['Tedros Adhanom Ghebreyesus']);
});

test('negative: with no name after it the organisation stays the speaker; "speaking in Tripoli" is no addressee', () => {
  const a = eventsOf('"Aid is coming," said a spokesman for the WHO, adding that teams had arrived.', [{ name: 'WHO', type: 'ORG' }]);
  const said = a.evs.find((e) => e.type === 'STATEMENT' && e.trigger.text === 'said');
  assert.ok(said);
  assert.deepEqual(argNames(a.doc, said).agent, ['WHO']);
  const b = eventsOf('Speaking to reporters in Tripoli, Ahmed Ali said the toll had risen.', [{ name: 'Tripoli', type: 'GPE', kind: 'CITY' }, { name: 'Ahmed Ali', type: 'PERSON' }]);
  const sp = b.evs.find((e) => e.trigger.text === 'Speaking');
  assert.ok(sp);
  assert.deepEqual(argNames(b.doc, sp).agent, ['Ahmed Ali']);
});

test('"China Eastern Airlines … The airline signed": a description stands for the recent organisation whose name holds its word', () => {
  const { doc, evs } = eventsOf('China Eastern Airlines ordered 20 jets from Boeing. The airline signed the deal in Paris.',
    [{ name: 'Boeing', type: 'ORG' }, { name: 'China Eastern Airlines', type: 'ORG' }, { name: 'Paris', type: 'GPE', kind: 'CITY' }]);
  const signed = evs.find((e) => e.type === 'AGREEMENT');
  assert.ok(signed);
  assert.deepEqual(argNames(doc, signed).agent, ['China Eastern Airlines']);
});

test('negative: with no name holding the word, "the company" resolves by recency and salience as before', () => {
  const { doc, evs } = eventsOf('China Eastern Airlines ordered 20 jets from Boeing. The company said deliveries would start soon.',
    [{ name: 'Boeing', type: 'ORG' }, { name: 'China Eastern Airlines', type: 'ORG' }]);
  const said = evs.find((e) => e.type === 'STATEMENT');
  assert.ok(said);
  assert.deepEqual(argNames(doc, said).agent, ['Boeing']);
});
