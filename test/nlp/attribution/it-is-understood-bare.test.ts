import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkChain, chainAt } from '../claims/helpers.js';

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
  it('stays linear on a long run of the frame', () => {
    const t = 'It is understood the '.repeat(3000) + 'company closed.';
    const t0 = performance.now();
    chainAt(t, 'company closed');
    assert.ok(performance.now() - t0 < 15000, 'a run of 3,000 frames in under 15 s (quadratic: minutes)');
  });
});
