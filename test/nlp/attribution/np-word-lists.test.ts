import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { claimIn } from '../certainty/helpers.js';
import { attributionWords } from '../../../src/nlp/attribution/data-words.js';
import { projectRoot } from '../../../src/core/shared.js';

// The modifiers a list of sources may hold on its left (attribution/np.ts nounPhraseRun) are data:
// data/lexicon/attribution-words.json npModifierNouns. Sentences written for this test.
const sources = (text: string, anchor: string): string[] => claimIn(text, anchor).attribution.map((l) => l.source);

describe('nounPhraseRun reads its modifiers from the lexicon', () => {
  it('the list loads and is gone from the code', () => {
    assert.ok(attributionWords('npModifierNouns').has('other'));
    const code = readFileSync(join(projectRoot, 'src', 'nlp', 'attribution', 'np.ts'), 'utf8');
    assert.doesNotMatch(code, /local\|senior\|other/);
  });
  it('a modifier of the list keeps the list whole: "The other officials and diplomats said"', () => {
    assert.deepEqual(sources('The other officials and diplomats said the talks had stalled.', 'the talks had stalled'), ['The other officials and diplomats']);
    // negative: a clause before "and" is still no part of the source
    assert.deepEqual(sources('The storm hit the coast and officials said ten people died.', 'ten people died'), ['officials']);
  });
});
