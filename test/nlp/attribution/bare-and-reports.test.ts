import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkChain, chainAt } from '../claims/helpers.js';

// "X said C and Y said D" with no comma before the conjunction: two reports side by side, each with its own source.
// The first report's content ran on over the second frame, so D had the chain [X, Y]. A comma ("…, and Y said D")
// was already cut there.
describe('two reports joined by a bare "and"/"but"', () => {
  it('"The mayor said C and the governor said D" → [mayor], [governor]', () => {
    const t = 'The mayor said the bridge was closed and the governor said the road would reopen on Monday.';
    checkChain(t, 'the bridge was closed', ['The mayor']);
    checkChain(t, 'the road would reopen on Monday', ['the governor']);
  });
  it('"Police said C but the family said D" → [Police], [the family]', () => {
    const t = 'Police said two men were arrested but the family said they were innocent.';
    checkChain(t, 'two men were arrested', ['Police']);
    checkChain(t, 'they were innocent', ['the family']);
  });
  it('a pronoun subject: "… and she said D" is her report alone', () => {
    checkChain('The agency said the fire was out and she said the road had reopened.', 'the road had reopened', ['she']);
  });
  it('with a comma it was already so (unchanged)', () => {
    checkChain('The mayor said the bridge was closed, and the governor said the road would reopen.', 'the road would reopen', ['the governor']);
  });
  it('negative: a coordinated subject is no second report ("said the company and its partners said"): no cut before a clause with no verb', () => {
    const got = chainAt('He said the company and its partners said they would pay.', 'they would pay');
    assert.equal(got.length, 2);
  });
  it('negative: a coordinated verb phrase of one subject ("has revised C and now says D") is no second report', () => {
    const t = 'The United Nations has revised the death toll and now says they have killed at least 3,958 people, according to CNN.';
    checkChain(t, 'they have killed at least 3,958 people', ['CNN', 'The United Nations']);
  });
  it('negative: "and that C2" keeps the first speaker (no frame of its own)', () => {
    checkChain('The mayor said the bridge was closed and that repairs would take weeks.', 'repairs would take weeks', ['The mayor']);
  });
  it('property: any two named speakers and clauses give each clause its own speaker', () => {
    const names = ['The mayor', 'Officials', 'The ministry', 'Residents', 'The company'];
    const clauses = ['the water rose fast', 'the plant was shut', 'two people were hurt', 'the road had reopened'];
    fc.assert(fc.property(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }),
      fc.constantFrom('and', 'but'), (a, b, x, y, conj) => {
        if (a === b || x === y) return;
        const second = names[b]!.replace(/^The /, 'the ');
        const t = `${names[a]} said ${clauses[x]} ${conj} ${second} said ${clauses[y]}.`;
        checkChain(t, clauses[x]!, [names[a]!]);
        checkChain(t, clauses[y]!, [second]);
      }), { numRuns: 40 });
  });
});
