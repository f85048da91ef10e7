// A definite event noun naming only its doer, after a passive verb of its type naming only who underwent it, is the
// same event (merge.ts complementaryRepeat). Sentences written for these tests; entities hand-built, no time resolved.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { argNames, eventsOf, type EntSpec } from './helpers.js';

const P = (name: string): EntSpec => ({ name, type: 'PERSON' });
const ents = [P('Jane Roe'), P('John Doe')];
const sentencings = (text: string) => {
  const { doc, evs } = eventsOf(text, ents);
  return evs.filter((e) => e.type === 'SENTENCING').map((e) => argNames(doc, e));
};

test('"Jane Roe has been sentenced … \\n\\n Judge John Doe handed down the sentence": each takes the other side', () => {
  const got = sentencings('Jane Roe has been sentenced to 11 years in prison for fraud.\n\nDistrict Judge John Doe handed down the sentence on Friday.');
  assert.ok(got.length >= 1, JSON.stringify(got));
  for (const g of got) {
    assert.deepEqual(g.agent, ['John Doe'], JSON.stringify(got));
    assert.deepEqual(g.patient, ['Jane Roe'], JSON.stringify(got));
  }
});

test('no complement: an active antecedent, an indefinite noun, an antecedent three sentences back', () => {
  // the antecedent names its doer already
  const active = sentencings('Judge Ann Lee sentenced Jane Roe to 11 years in prison.\n\nDistrict Judge John Doe handed down the sentence on Friday.');
  assert.ok(!active.some((g) => (g.agent ?? []).includes('John Doe') && (g.patient ?? []).includes('Jane Roe')), JSON.stringify(active));
  // "a sentence": another event
  const indef = sentencings('Jane Roe has been sentenced to 11 years in prison for fraud.\n\nDistrict Judge John Doe handed down a sentence on Friday.');
  assert.ok(!indef.some((g) => (g.agent ?? []).includes('John Doe') && (g.patient ?? []).includes('Jane Roe')), JSON.stringify(indef));
  // too far back
  const far = sentencings('Jane Roe has been sentenced to 11 years in prison for fraud.\n\nShe plans an appeal. Her lawyers were angry. Crowds gathered outside.\n\nDistrict Judge John Doe handed down the sentence on Friday.');
  assert.ok(!far.some((g) => (g.agent ?? []).includes('John Doe') && (g.patient ?? []).includes('Jane Roe')), JSON.stringify(far));
});
