// "The poll body", "the world body", "the governing body": "body" after one of its modifiers (data/lexicon/events-words.tsv
// "body-modifiers") describes the organisation named just before, like "the commission" or "the agency", so an event it
// does takes that organisation. A bare "the body" (mostly a dead person's), a business ("the trade body" after a company
// alone) and "the governing body of <a name>" are left alone. Sentences written for these tests; hand-built entities;
// no dates are read (nothing depends on a reference date).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf, allNames, type EntSpec } from './helpers.js';

const org = (name: string, kind?: string): EntSpec => ({ name, type: 'ORG', ...(kind ? { kind } : {}) });
const town = (name: string): EntSpec => ({ name, type: 'GPE', kind: 'CITY' });

const namesOf = (text: string, ents: EntSpec[], type: string): string[][] => {
  const { doc, evs } = eventsOf(text, ents);
  return evs.filter((e) => e.type === type).map((e) => allNames(doc, e));
};

test('"the poll body" after a named organisation is that organisation', () => {
  const pub = namesOf('Banks must hand the data to the Election Commission by March 6. The poll body must publish the information on its website by March 13.',
    [org('Election Commission')], 'PUBLISH');
  assert.ok(pub.length, 'the PUBLISH event is found');
  assert.ok(pub.some((n) => n.includes('Election Commission')), JSON.stringify(pub));
});

test('"the global body", "the world body" stand for the organisation named in the sentences before', () => {
  const over = namesOf('The World Health Organization met in Geneva on Monday. The global body declared the outbreak over on Friday.',
    [org('World Health Organization', 'IGO'), town('Geneva')], 'END_EMERGENCY');
  assert.ok(over.length, 'the END_EMERGENCY event is found');
  assert.ok(over.some((n) => n.includes('World Health Organization')), JSON.stringify(over));
  const sus = namesOf('The International Olympic Committee met in Lausanne. The world body suspended the federation on Thursday.',
    [org('International Olympic Committee'), town('Lausanne')], 'SUSPEND');
  assert.ok(sus.length, 'the SUSPEND event is found');
  assert.ok(sus.some((n) => n.includes('International Olympic Committee')), JSON.stringify(sus));
});

test('a bare "the body" is no organisation', () => {
  const sus = namesOf('The International Olympic Committee met in Lausanne. The body suspended the federation on Thursday.',
    [org('International Olympic Committee'), town('Lausanne')], 'SUSPEND');
  assert.ok(sus.length, 'the SUSPEND event is still found');
  assert.ok(sus.every((n) => !n.includes('International Olympic Committee')), JSON.stringify(sus));
});

test('"the trade body" does not stand for a business, nor "the governing body of X" for a recent organisation', () => {
  const pub = namesOf('Acme Motors reported a loss on Monday. The trade body published its survey on Tuesday.',
    [org('Acme Motors', 'COMPANY')], 'PUBLISH');
  assert.ok(pub.length, 'the PUBLISH event is still found');
  assert.ok(pub.every((n) => !n.includes('Acme Motors')), JSON.stringify(pub));
  const gov = namesOf('The International Olympic Committee met in Lausanne. The governing body of FIFA suspended the federation on Thursday.',
    [org('International Olympic Committee'), town('Lausanne'), org('FIFA')], 'SUSPEND');
  assert.ok(gov.length, 'the SUSPEND event is still found');
  assert.ok(gov.every((n) => !n.includes('International Olympic Committee')), JSON.stringify(gov));
});

test('no "body" stands for an armed group or a party, and "the world body" only for an international one', () => {
  const crit = namesOf('Hamas fighters attacked the town on Monday. The world body condemned the attack on Tuesday.',
    [org('Hamas', 'ARMED_GROUP'), town('Sderot')], 'CRITICIZE');
  assert.ok(crit.length, 'the CRITICIZE event is still found');
  assert.ok(crit.every((n) => !n.includes('Hamas')), JSON.stringify(crit));
  const gov = namesOf('The Kenyan government met in Nairobi. The world body suspended the federation on Thursday.',
    [org('Kenyan government', 'GOVERNMENT'), town('Nairobi')], 'SUSPEND');
  assert.ok(gov.length, 'the SUSPEND event is still found');
  assert.ok(gov.every((n) => !n.includes('Kenyan government')), JSON.stringify(gov));
  // negative: an international organisation of the knowledge base is still "the world body"
  const un = namesOf('The United Nations met in Geneva on Monday. The world body condemned the attack on Tuesday.',
    [org('United Nations', 'IGO'), town('Geneva')], 'CRITICIZE');
  assert.ok(un.some((n) => n.includes('United Nations')), JSON.stringify(un));
});
