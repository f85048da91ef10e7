import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { claimsOf } from '../claims/helpers.js';
import { leftChunks } from '../../../src/nlp/attribution/clause.js';
import { tokenize } from '../../../src/nlp/claims/text.js';

// Reports that open a sentence with a stray closing bracket ("') At least At least said At least.", found by the
// story tests' random reports) threw in leftChunks: the search for the bracket's "(" ran below the sentence start.
describe('attribution: stray punctuation at a sentence start does not throw', () => {
  it('a closing bracket opening the sentence before a cue', () => {
    for (const text of [') At least At least said At least.', "') At least At least said At least.", ') Officials said the road was closed.']) {
      assert.doesNotThrow(() => claimsOf(text), text);
    }
    // a bracket pair before the cue still stays in its chunk ("Sen. Lee (D-Ore.) said …")
    const t = tokenize('Sen. Lee (D-Ore.) said', 0, 22);
    const said = t.findIndex((x) => x.l === 'said');
    assert.ok(leftChunks(t, said - 1, 0).length >= 1);
  });
  it('random words and brackets around a reporting verb', () => {
    const word = fc.constantFrom(')', '(', "'", '"', ',', 'At', 'least', 'said', 'Officials', 'the', 'that', 'who', 'road', '.', 'told', 'according', 'to');
    fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 14 }), (ws) => {
      const text = ws.join(' ') + '.';
      claimsOf(text);
    }), { seed: 5, numRuns: 300 });
  });
});
