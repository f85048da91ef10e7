// A relative "where" after a place and a distance set off by commas ("Ravel, some 40km (25 miles) from the dam, where …")
// stands for the place: the events of its clause happen there. Sentences written for these tests; hand-built entities.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf, argNames, type EntSpec } from './helpers.js';

const CITY = (name: string): EntSpec => ({ name, type: 'GPE', kind: 'CITY' });

test('"X, 40km from Y, where …": the where-clause happens in X', () => {
  const ents = [CITY('Ravel')];
  for (const text of [
    'Flood water reached Ravel, some 40km (25 miles) from the dam, where schools were closed.',
    'Flood water reached Ravel, about 12 miles downstream, where schools were closed.',
  ]) {
    const { doc, evs } = eventsOf(text, ents);
    const shut = evs.find((e) => e.type === 'CLOSURE' || e.type === 'SUSPEND');
    assert.ok(shut, text);
    assert.deepEqual(argNames(doc, shut).location, ['Ravel'], text);
  }
});

test('negative: a comma phrase with no distance does not reach back to the place', () => {
  const { doc, evs } = eventsOf('Flood water reached Ravel, home to many fishermen, where schools were closed.', [CITY('Ravel')]);
  const shut = evs.find((e) => e.type === 'CLOSURE' || e.type === 'SUSPEND');
  assert.ok(!shut || !(argNames(doc, shut).location ?? []).includes('Ravel'));
});
