// Issue #6, events: an attack noun whose relative clause tells its harm ("the drone strike that killed X") has the harmed
// as its patients, and lends its agent to the harm. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEvents } from '../../../src/nlp/events/index.js';
import { makeDoc, type EntSpec } from './helpers.js';

const P = (name: string): EntSpec => ({ name, type: 'PERSON' });
const G = (name: string): EntSpec => ({ name, type: 'GPE' });
const argsOf = (text: string, ents: EntSpec[], type: string) => {
  const name = (id: string | number) => ents[Number(String(id).replace(/\D/g, '')) - 1]?.name ?? String(id);
  return extractEvents(makeDoc(text, ents)).filter((e) => e.type === type)
    .map((e) => Object.entries(e.args).filter(([r]) => r === 'agent' || r === 'patient').map(([r, ids]) => `${r}=${(ids as Array<string | number>).map(name).join('|')}`).join(' '));
};

test('"the Ruritanian drone strike that killed Ivo Marek": the attack\'s patient is Ivo Marek, the death\'s agent Ruritania', () => {
  const ents = [G('Ruritania'), P('Ivo Marek')];
  const text = 'The Ruritanian drone strike that killed Ivo Marek angered Borduria.';
  ents[0]!.demonyms = ['Ruritanian'];
  assert.ok(argsOf(text, ents, 'ATTACK').some((a) => a.includes('patient=Ivo Marek')), JSON.stringify(argsOf(text, ents, 'ATTACK')));
  assert.ok(argsOf(text, ents, 'DEATHS').some((a) => a.includes('agent=Ruritania')), JSON.stringify(argsOf(text, ents, 'DEATHS')));
});

test('the harm\'s place is the attack\'s: "the strike that killed Ivo Marek in Valdia"', () => {
  const ents = [P('Ivo Marek'), G('Valdia')];
  const evs = extractEvents(makeDoc('Borduria condemned the strike that killed Ivo Marek in Valdia.', ents)).filter((e) => e.type === 'ATTACK');
  assert.ok(evs.some((e) => (e.args.location ?? []).includes('e2')), JSON.stringify(evs.map((e) => e.args)));
});

test('negative: a harm in a clause of its own lends nothing to the attack before it', () => {
  const ents = [P('Ivo Marek')];
  const a = argsOf('The strike came as a bomb killed Ivo Marek in the capital.', ents, 'ATTACK');
  assert.ok(!a.some((x) => x.includes('Ivo Marek')), JSON.stringify(a));
});
