// Issue #6, events: a name after a preposition is no coordinated subject of a later clause ("staff were killed in Darfur
// and it halted work": Darfur did not halt), and "it" after "X's campaign said" is X. Sentences written for these tests;
// entities are hand-built.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf, argNames, type EntSpec } from './helpers.js';

const O = (name: string): EntSpec => ({ name, type: 'ORG' });
const P = (name: string): EntSpec => ({ name, type: 'PERSON' });
const R = (name: string): EntSpec => ({ name, type: 'LOC' });

test('"… killed in Kordofan and it was halting work": the region is not a subject of the halting', () => {
  const { doc, evs } = eventsOf('The Lumen Relief Fund said two of its drivers were killed in Kordofan and it was halting all deliveries.', [O('Lumen Relief Fund'), R('Kordofan')]);
  const halt = evs.find((e) => e.trigger.text === 'halting');
  assert.ok(halt);
  assert.ok(!(argNames(doc, halt).agent ?? []).includes('Kordofan'), JSON.stringify(argNames(doc, halt)));
});

test('negative: coordinated subjects and "the leaders of X and Y" still coordinate', () => {
  const { doc, evs } = eventsOf('Lumen Relief Fund and Orvane Aid halted all deliveries.', [O('Lumen Relief Fund'), O('Orvane Aid')]);
  const halt = evs.find((e) => e.trigger.text === 'halted');
  assert.ok(halt);
  assert.deepEqual([...(argNames(doc, halt).agent ?? [])].sort(), ['Lumen Relief Fund', 'Orvane Aid']);
});

test('"X\'s campaign said it could challenge the result": the challenge is X\'s', () => {
  const { doc, evs } = eventsOf('Orvane Capital filed its accounts. Mara Lind\'s campaign said it could challenge the result in court.', [O('Orvane Capital'), P('Mara Lind')]);
  const ch = evs.find((e) => e.trigger.text === 'challenge');
  assert.ok(ch);
  const a = argNames(doc, ch);
  assert.ok((a.agent ?? []).includes('Mara Lind') && !(a.agent ?? []).includes('Orvane Capital'), JSON.stringify(a));
});
