import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf } from '../claims/helpers.js';

// Sentences written for these tests.
describe('a participle tail with a phrase of where it was said before "that"', () => {
  const claim = (t: string, start: string) => claimsOf(t).claims.find((c) => c.text.startsWith(start));
  it('"writing on X that C", "posting on its website that C": written words are a cue before "that"', () => {
    const a = claim('The governor thanked the crews, writing on Facebook that power would return by Friday.', 'writing');
    assert.deepEqual(a?.attribution.map((l) => [l.source, l.cue]), [['The governor', 'writing']]);
    const b = claim('The club apologised to fans, posting on its website that the match would be replayed.', 'posting');
    assert.deepEqual(b?.attribution.map((l) => l.source), ['The club']);
  });
  it('negatives: writing and posting as acts', () => {
    for (const t of ['She spent the evening at home, writing letters to her family.', 'He thanked fans, posting photos of the trophy online.']) {
      assert.ok(claimsOf(t).claims.every((c) => c.attribution.length === 0), t);
    }
  });
});
