import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf } from '../claims/helpers.js';

// Sentences written for these tests.
describe('"what X (has) called Y": the name is X\'s words', () => {
  const claim = (t: string, start: string) => claimsOf(t).claims.find((c) => c.text.startsWith(start));
  it('the free relative is a claim of its own, with its subject as the source', () => {
    const a = claim('Farmers are facing what the ministry has called the worst harvest in forty years.', 'what the ministry');
    assert.deepEqual(a?.attribution.map((l) => [l.source, l.cue]), [['the ministry', 'called']]);
    const b = claim('Prices rose sharply in what economists described as a perfect storm for households.', 'in what economists');
    assert.deepEqual(b?.attribution.map((l) => l.source), ['economists']);
  });
  it('the name ends at a comma', () => {
    const c = claim('Crews battled what the agency called the fiercest blaze of the decade, as winds picked up.', 'what the agency');
    assert.equal(c?.text, 'what the agency called the fiercest blaze of the decade');
    const d = claim('Villagers fled after what the army called a “cleansing operation,” a campaign of arson.', 'after what');
    assert.equal(d?.text, 'after what the army called a “cleansing operation,”');
    assert.deepEqual(d?.attribution.map((l) => l.source), ['the army']);
  });
  it('negatives: no subject between "what" and the verb, "described" without "as", a long gap', () => {
    const none = (t: string) => claimsOf(t).claims.every((x) => !x.attribution.some((l) => l.rule === 'attr.what-named'));
    assert.ok(none('Nobody knew what called the dogs out of the forest that night.'));
    assert.ok(none('The report listed what the inspectors described in their notes from the site.'));
    assert.ok(none('He asked what the old man who lived beside the river had called his boat.'));
  });
});
