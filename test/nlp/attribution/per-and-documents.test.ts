import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chainAt as chain, checkChain as check } from '../claims/helpers.js';

// Sentences written for these tests (not taken from any corpus).

describe('"per X" for "according to X"', () => {
  it('final and initial "per" name a source', () => {
    check('Forty people have died, per the health ministry.', 'Forty people have died', ['the health ministry']);
    check('Per the state news agency, the deal was signed on Monday.', 'the deal was signed on Monday', ['the state news agency']);
  });
  it('rates and rules are no sources', () => {
    assert.deepEqual(chain('Petrol costs $1.50 per litre, up from $1.20 a year ago.', 'Petrol costs $1.50'), []);
    assert.deepEqual(chain('The tax rises to 3 per cent, per the new rules.', 'The tax rises to 3 per cent'), []);
    assert.deepEqual(chain('The fee was paid as per the contract.', 'The fee was paid'), []);
  });
});

describe('"according to a report released on Monday"', () => {
  it('the document is the source, its participle phrase no content', () => {
    const t = 'According to a UN report released on Monday, emissions rose 3% last year.';
    check(t, 'emissions rose 3% last year', ['a UN report']);
    assert.deepEqual(chain('Emissions rose 3% last year, and the report was released on Monday.', 'the report was released'), []);
  });
});
