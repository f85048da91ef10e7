// "Jane Roe, a former executive, has championed the idea since announcing it at a conference in Springfield": the
// saying after "since" takes the opening subject past an appositive (index.ts controlledSubjects / openingSubject), and
// a saying "at" an occasion is located where the occasion is (occasionPlaces). Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { argNames, eventsOf, type EntSpec } from './helpers.js';

const ents: EntSpec[] = [{ name: 'Jane Roe', type: 'PERSON' }, { name: 'Springfield', type: 'GPE' }];
const saying = (text: string) => {
  const { doc, evs } = eventsOf(text, ents);
  const s = evs.find((e) => e.type === 'STATEMENT' && /^announc/.test(e.trigger.text));
  return s ? argNames(doc, s) : undefined;
};

test('"since announcing it at a conference in Springfield": the opening subject past its appositive, the occasion\'s place', () => {
  const a = saying('President Jane Roe, a 40-year-old former advertising executive, has championed the idea since announcing it at a conference in Springfield in June.');
  assert.ok(a, 'a statement');
  assert.deepEqual(a.agent, ['Jane Roe'], JSON.stringify(a));
  assert.ok((a.location ?? []).includes('Springfield'), JSON.stringify(a));
});

test('no subject or place: "adding" after a comma stays the speaker\'s business, an occasion not after "at"', () => {
  // ", announcing": not after a subordinator, so no opening subject is given here
  const comma = saying('Springfield officials met on Monday, announcing a plan.');
  assert.ok(!comma || !(comma.agent ?? []).includes('Jane Roe'), JSON.stringify(comma));
  // "before a conference in Springfield": not said at it
  const before = saying('Jane Roe has championed the idea since announcing it before a conference in Springfield in June.');
  assert.ok(before, 'a statement');
  assert.ok(!(before.location ?? []).includes('Springfield'), JSON.stringify(before));
});
