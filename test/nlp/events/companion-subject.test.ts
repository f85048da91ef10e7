// A named person coordinated with company written through a possessive pronoun ("Ann Lee and her husband left", "Ann
// Lee, 61, her husband and two aides left") heads the subject: the person is the event's agent (or, in a passive, its
// patient). Sentences written for these tests; entities are hand-built.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf, argNames, type EntSpec } from './helpers.js';

const P = (name: string): EntSpec => ({ name, type: 'PERSON' });

const roleOf = (text: string, type: string, role: string, ents: EntSpec[]): string[] => {
  const { doc, evs } = eventsOf(text, ents);
  const ev = evs.find((e) => e.type === type);
  assert.ok(ev, `${text}: no ${type}`);
  return argNames(doc, ev)[role] ?? [];
};

test('"X and his wife", "X, 61, her husband and two aides", "Former Governor X, his wife and their son": X heads the subject', () => {
  const ents = [P('Tomas Berg')];
  assert.deepEqual(roleOf('Tomas Berg and his wife fled the country on Sunday.', 'DISPLACEMENT', 'agent', ents), ['Tomas Berg']);
  assert.deepEqual(roleOf('Tomas Berg, 61, his wife and two aides fled the country overnight.', 'DISPLACEMENT', 'agent', ents), ['Tomas Berg']);
  assert.deepEqual(roleOf('Former governor Tomas Berg, his wife and their son fled the country.', 'DISPLACEMENT', 'agent', ents), ['Tomas Berg']);
  assert.deepEqual(roleOf('On Monday, Tomas Berg and his lawyer were arrested at the border.', 'ARREST', 'patient', ents), ['Tomas Berg']);
});

test('negative: the name is an object or another verb stands between', () => {
  const ents = [P('Tomas Berg')];
  assert.ok(!roleOf('The lawyer for Tomas Berg and his wife fled the country.', 'DISPLACEMENT', 'agent', ents).includes('Tomas Berg'));
  assert.ok(!roleOf('Tomas Berg said his wife fled the country.', 'DISPLACEMENT', 'agent', ents).includes('Tomas Berg'));
});
