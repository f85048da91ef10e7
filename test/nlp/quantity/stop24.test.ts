import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from '../../../src/nlp/quantity/index.js';

// Stop 24 (issue #6): unit choices of counts and measures. Sentences written for these tests.

const qs = (text: string): string[] =>
  findQuantities({ text, sentences: [], times: [] }).map((q) => `${q.text}|${q.value}|${q.unit}${q.bound ? `|${q.bound}` : ''}`);

test('people named by role count as people; firms, agencies and accounts keep their noun (data/lexicon/quantity-people.tsv)', () => {
  assert.deepEqual(qs('Two sources familiar with the talks said so.'), ['Two sources|2|person']);
  assert.deepEqual(qs('More than 600 contacts were traced.'), ['More than 600 contacts|600|person|MORE_THAN']);
  assert.deepEqual(qs('Three substitutes came on.'), ['Three substitutes|3|person']);
  assert.deepEqual(qs('The camp holds 40,000 Rohingyas.'), ['40,000 Rohingyas|40000|person']);
  // negatives: carmakers and regulators are companies and agencies, customers of a utility are accounts
  assert.deepEqual(qs('The two Japanese automakers agreed to talk.'), ['two Japanese automakers|2|automaker']);
  assert.deepEqual(qs('It was summoned by four financial regulators.'), ['four financial regulators|4|regulator']);
  assert.deepEqual(qs('About 20,000 customers lost power.'), ['About 20,000 customers|20000|customer|APPROX']);
  // the person endings still hold for people
  assert.deepEqual(qs('Some 30 lawmakers voted against.'), ['Some 30 lawmakers|30|person|APPROX']);
  assert.deepEqual(qs('The company hired 50 steelworkers.'), ['50 steelworkers|50|person']);
});

test('a participle of harm before a plural noun modifies it: the noun is what is counted', () => {
  assert.deepEqual(qs('A state of emergency covers 10 affected provinces.'), ['10 affected provinces|10|province']);
  assert.deepEqual(qs('Rescuers found 12 injured climbers.'), ['12 injured climbers|12|person']);
  // negatives: the participle alone still counts people
  assert.deepEqual(qs('The quake left 300 injured and 40 missing.'), ['300 injured|300|person', '40 missing|40|person']);
  assert.deepEqual(qs('There were 25 killed in the blast.'), ['25 killed|25|person']);
});
