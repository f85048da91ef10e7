import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { claimIn } from '../certainty/helpers.js';

// Sentences written for these tests: an adjunct of time or circumstance between a cue and its "that".
const sources = (text: string, anchor: string): string[] => claimIn(text, anchor).attribution.map((l) => l.source);

describe('an adjunct between a cue and "that" (data/lexicon/attribution-words.json adjunctBeforeThat)', () => {
  it('"warned as early as October that C", "said before the vote that C", "warned after a 2011 freeze that C"', () => {
    assert.deepEqual(sources('Kyiv had warned as early as October that Moscow had mined the structure.', 'Moscow had mined'), ['Kyiv']);
    assert.deepEqual(sources('The minister said before the vote that the bill would pass.', 'the bill would pass'), ['The minister']);
    assert.deepEqual(sources('Federal regulators had warned after a 2011 freeze that power plants were not winterized.', 'power plants were not winterized'), ['Federal regulators']);
  });
  it('negatives: no "that" after the adjunct, or a verb before it, keeps the old reading', () => {
    // "said as many as 300 people died": the bound opens the content, one source
    assert.deepEqual(sources('Officials said as many as 300 people died.', '300 people died'), ['Officials']);
    // "announced after the fire spread that …": the verb ends the adjunct; no frame is built across it
    const c = claimIn('The town flooded after the river rose, and residents left.', 'residents left');
    assert.equal(c.attribution.length, 0);
  });
});
