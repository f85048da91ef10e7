import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chainAt } from '../claims/helpers.js';

// Sentences written for these tests (not taken from any corpus), read against the helpers' reference date.
// A source phrase opened by a determiner that takes only a singular head ("a", "an", "another", "each", "every") cannot
// end in a bare plural: "a step critics say could …" is "a step [that] critics say …", a contact relative clause whose
// subject, the plural, is the speaker. (Compared exactly: the scorer's loose name test would also accept "a step critics".)

describe('contact relative clauses: the plural after a singular noun is the speaker', () => {
  it('"a step critics say", "a move analysts said", "another delay residents say": the plural alone', () => {
    assert.deepEqual(chainAt('The council approved the tax, a step critics say could drive away small firms.', 'could drive away small firms'), ['critics']);
    assert.deepEqual(chainAt('The bank raised rates again, a move analysts said would slow lending.', 'would slow lending'), ['analysts']);
    assert.deepEqual(chainAt('The government adopted the plan, a decision officials said was final.', 'was final'), ['officials']);
    assert.deepEqual(chainAt('The bridge stays shut, another delay residents say will last into spring.', 'will last into spring'), ['residents']);
  });
  it('capitalised words right before the plural stay with it; an irregular plural counts', () => {
    assert.deepEqual(chainAt('The army pulled back, a move Western diplomats said could ease the siege.', 'could ease the siege'), ['Western diplomats']);
    assert.deepEqual(chainAt('Drivers ignored the ban, a rule police say was never enforced.', 'was never enforced'), ['police']);
  });
  it('negative cases: a quantity, a number, a preposition or a singular head keep the phrase whole', () => {
    assert.deepEqual(chainAt('The vote was rigged, a few analysts said.', 'The vote was rigged'), ['a few analysts']);
    assert.deepEqual(chainAt('The vote was rigged, a dozen lawmakers said.', 'The vote was rigged'), ['a dozen lawmakers']);
    assert.deepEqual(chainAt('The vote was rigged, a group of observers said.', 'The vote was rigged'), ['a group of observers']);
    assert.deepEqual(chainAt('The vote was rigged, a senior party official said.', 'The vote was rigged'), ['a senior party official']);
    // "the" takes plural heads too: "the union leaders said" is one noun phrase, not a contact relative
    assert.deepEqual(chainAt('The strike will go ahead, the union leaders said.', 'The strike will go ahead'), ['the union leaders']);
  });
});

describe('source phrases: one preposition list (data/lexicon/attribution-words.json npPrepositions) for leftNP, srcOk and trimContactRelative', () => {
  it('the list holds the ten prepositions the three patterns in np.ts spelled out', async () => {
    const { attributionWords } = await import('../../../src/nlp/attribution/data-words.js');
    assert.deepEqual([...attributionWords('npPrepositions')].sort(), ['about', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'to', 'with']);
    assert.deepEqual([...attributionWords('npArticleQuantifiers')].sort(), ['all', 'almost', 'both', 'half', 'nearly', 'only']);
  });
});
