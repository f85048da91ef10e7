// Issue #6, statements: '"…," said the firm's chief executive, Alan Mulally' gave the firm as speaker; an owner of
// the speaker's title waits for the name in apposition. Sentences written for this test; entities hand-built.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEvents } from '../../../src/nlp/events/index.js';
import { argNames, makeDoc, type EntSpec } from './helpers.js';

const eventsOf = (text: string, ents: EntSpec[]) => { const doc = makeDoc(text, ents, { tokens: true }); return { doc, evs: extractEvents(doc) }; };

test('"…," said Russia\'s foreign minister, Sergei Lavrov: the speaker is the person in apposition', () => {
  const { doc, evs } = eventsOf('"It was a success," said Russia\'s foreign minister, Sergei Lavrov, on Monday.',
    [{ name: 'Russia', type: 'GPE', kind: 'COUNTRY' }, { name: 'Sergei Lavrov', type: 'PERSON' }]);
  const st = evs.find((e) => e.type === 'STATEMENT');
  assert.ok(st);
  assert.deepEqual(argNames(doc, st).agent, ['Sergei Lavrov']);
});

test('negative: with no name in apposition the owner stays the speaker, and a plain organisation is not passed over', () => {
  const a = eventsOf('"We will respond," said Russia\'s foreign ministry.', [{ name: 'Russia', type: 'GPE', kind: 'COUNTRY' }]);
  const s1 = a.evs.find((e) => e.type === 'STATEMENT');
  assert.deepEqual(s1 && argNames(a.doc, s1).agent, ['Russia']);
  const b = eventsOf('"We will not stop," said Hamas, whose leader Ismail Haniyeh lives in Qatar.',
    [{ name: 'Hamas', type: 'ORG' }, { name: 'Ismail Haniyeh', type: 'PERSON' }, { name: 'Qatar', type: 'GPE', kind: 'COUNTRY' }]);
  const s2 = b.evs.find((e) => e.type === 'STATEMENT');
  assert.deepEqual(s2 && argNames(b.doc, s2).agent, ['Hamas']);
});

test('a fronted "Speaking outside the <seat>," takes the speaker after the comma; the seat is where it was said', () => {
  const ents: EntSpec[] = [{ name: 'Amina Okoth', type: 'PERSON' }, { name: 'Riverside High Court', type: 'ORG' }, { name: 'World Weather Office', type: 'ORG' }];
  const { doc, evs } = eventsOf('Speaking outside the Riverside High Court, Amina Okoth called the verdict a turning point.', ents);
  const sp = evs.find((e) => e.trigger.text === 'Speaking');
  assert.ok(sp, JSON.stringify(evs.map((e) => e.trigger.text)));
  assert.ok(!(argNames(doc, sp).agent ?? []).includes('Riverside High Court'), JSON.stringify(argNames(doc, sp)));
  assert.deepEqual(argNames(doc, sp).location, ['Riverside High Court'], JSON.stringify(argNames(doc, sp)));
  // negative: after a quotation the body an official works at still speaks through them
  const q = eventsOf('"We are prepared," said an official at the World Weather Office.', ents);
  const said = q.evs.find((e) => e.trigger.text === 'said');
  assert.ok(said && (argNames(q.doc, said).agent ?? []).includes('World Weather Office'), JSON.stringify(said && argNames(q.doc, said)));
});

test('a fronted "Speaking at a <body> event," takes the seat after "a" for where, not who', () => {
  const ents: EntSpec[] = [{ name: 'Amina Okoth', type: 'PERSON' }, { name: 'Brightline', type: 'ORG' }];
  const { doc, evs } = eventsOf('Speaking at a Brightline event, Amina Okoth described the merger as a turning point.', ents);
  const sp = evs.find((e) => e.trigger.text === 'Speaking');
  assert.ok(sp, JSON.stringify(evs.map((e) => e.trigger.text)));
  assert.deepEqual(argNames(doc, sp).agent, ['Amina Okoth'], JSON.stringify(argNames(doc, sp)));
});
