import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkChain, chainAt, claimsOf, claimAt, chainOf } from '../claims/helpers.js';

// Sentences written for these tests (not taken from any corpus): "it is understood C" without "that" is the same
// unnamed-source frame as "it is understood that C".

describe('"it is understood/believed C" without "that"', () => {
  it('an unnamed source holds the bare clause', () => {
    checkChain('It is understood the company will close the plant.', 'the company will close the plant', ['UNNAMED']);
    checkChain('It is also believed the boat sank near the coast.', 'the boat sank near the coast', ['UNNAMED']);
    checkChain("It's understood the minister had resigned.", 'the minister had resigned', ['UNNAMED']);
    checkChain('It is understood that the talks collapsed.', 'the talks collapsed', ['UNNAMED']);
  });
  it('not without a finite clause after the participle, nor with a past form right after an article', () => {
    checkChain('It is thought the best option.', 'It is thought the best option', []);
    checkChain('It was said the night before.', 'It was said the night before', []);
    checkChain('It is believed the injured man.', 'It is believed the injured man', []);
  });
  it('a second frame joined by "and", "but" or a comma ends the first one\'s clause', () => {
    const claim = (text: string, anchor: string): [string, string[]] => {
      const c = claimAt(text, claimsOf(text).claims, anchor);
      assert.ok(c, `no claim holds "${anchor}"`);
      return [text.slice(c.start, c.end), chainOf(c)];
    };
    const a = 'Troops were deployed. It is understood the rebels fled and it is believed the hostages were freed.';
    assert.deepEqual(claim(a, 'the rebels fled'), ['the rebels fled', ['UNNAMED']]);
    assert.deepEqual(claim(a, 'the hostages were freed'), ['the hostages were freed', ['UNNAMED']]);
    const b = "It is understood the rebels fled, but it's also thought the hostages were freed.";
    assert.deepEqual(claim(b, 'the rebels fled'), ['the rebels fled', ['UNNAMED']]);
    assert.deepEqual(claim(b, 'the hostages were freed'), ['the hostages were freed', ['UNNAMED']]);
    const c = 'It is understood the rebels fled, and it was believed that the hostages were freed.';
    assert.deepEqual(claim(c, 'the rebels fled'), ['the rebels fled', ['UNNAMED']]);
    assert.deepEqual(claim(c, 'the hostages were freed'), ['the hostages were freed', ['UNNAMED']]);
  });
  it('other coordinated clauses stay inside the bare clause', () => {
    // (not a frame after "and": "it is raining", "it was sold")
    const t = 'It is understood the rebels fled and it was raining heavily.';
    const c = claimAt(t, claimsOf(t).claims, 'the rebels fled');
    assert.ok(c);
    assert.equal(t.slice(c.start, c.end), 'the rebels fled and it was raining heavily');
    const u = 'It is understood the plant closed and the staff were sent home.';
    const d = claimAt(u, claimsOf(u).claims, 'the plant closed');
    assert.ok(d);
    assert.equal(u.slice(d.start, d.end), 'the plant closed and the staff were sent home');
  });
  it('stays linear on a long run of the frame', () => {
    const t = 'It is understood the '.repeat(3000) + 'company closed.';
    const t0 = performance.now();
    chainAt(t, 'company closed');
    assert.ok(performance.now() - t0 < 15000, 'a run of 3,000 frames in under 15 s (quadratic: minutes)');
  });
});
