import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, checkChain as check } from '../claims/helpers.js';

// Sentences written for these tests (not taken from any corpus): a role phrase and a name in apposition right after
// a quotation ('"…," the spokesman for the Red Cross, Ahmed Idris, said') are the quotation's source, not a claim.
describe('a role phrase in apposition to the speaker after a quotation', () => {
  const t = '"Nobody in the valley is safe," the spokesman for the Red Cross, Ahmed Idris, said.';
  it('the quotation goes to the named speaker and the role phrase is no claim of its own', () => {
    check(t, 'Nobody in the valley is safe', ['Ahmed Idris']);
    const { claims } = claimsOf(t);
    assert.ok(!claims.some((c) => /spokesman/.test(c.text)), JSON.stringify(claims.map((c) => c.text)));
    assert.ok(claims.some((c) => /^"Nobody in the valley is safe,"$/.test(c.text)), JSON.stringify(claims.map((c) => c.text)));
  });
  it('negative: a phrase with no role word after a quotation stays what it was', () => {
    const u = '"It is over," the river that flooded the town, Ahmed Idris, said.';
    const { claims } = claimsOf(u);
    assert.ok(claims.some((x) => x.text === 'the river that flooded the town'), JSON.stringify(claims.map((x) => x.text)));
  });
  it('negative: the comma form keeps its five-word limit', () => {
    check('The bridge will reopen on Monday, a spokeswoman, Ana White, said.', 'The bridge will reopen', ['Ana White']);
  });
});
