// "India blamed Pakistan for the attack, a charge Islamabad has denied": a trigger word after an article ("a charge",
// "the attack") is a noun, and the name after it opens a contact clause as that clause's subject; the name is no verb's
// object, so the clause's verb takes it as its agent. Sentences written for these tests; entities hand-built.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf, argNames, type EntSpec } from './helpers.js';

const gpe = (name: string): EntSpec => ({ name, type: 'GPE' });
const person = (name: string): EntSpec => ({ name, type: 'PERSON' });

test('"a charge Islamabad has repeatedly denied": Islamabad denies, not the accuser', () => {
  const ents = [gpe('India'), gpe('Pakistan'), gpe('Islamabad')];
  const { doc, evs } = eventsOf('India blamed Pakistan for the attack, a charge Islamabad has repeatedly denied.', ents);
  const d = evs.filter((e) => e.trigger.text === 'denied');
  assert.ok(d.length && d.every((e) => argNames(doc, e).agent?.includes('Islamabad') && !argNames(doc, e).agent?.includes('India')), JSON.stringify(d.map((e) => argNames(doc, e))));
});

test('negative: a verb trigger with no article before it still takes the name as its object', () => {
  const ents = [person('Lena Holt'), person('Arun Mehta')];
  const { doc, evs } = eventsOf('Lena Holt charged Arun Mehta and later resigned.', ents);
  const r = evs.filter((e) => e.trigger.text === 'resigned');
  assert.ok(r.every((e) => !argNames(doc, e).agent?.includes('Arun Mehta')), JSON.stringify(r.map((e) => argNames(doc, e))));
});
