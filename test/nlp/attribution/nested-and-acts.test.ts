import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chainAt as chain, checkChain as check, claimsOf } from '../claims/helpers.js';

// Sentences written for these tests (not taken from any corpus): links that are not the claim's sources.

describe('a stance inside a report adds no link', () => {
  it('"X said China opposed the move" → [X]; a figure put by the inner source keeps it', () => {
    check('The ministry\'s spokesman said China opposed the move.', 'China opposed the move', ["The ministry's spokesman"]);
    check('Officials said the rebels wanted to seize the town.', 'seize the town', ['Officials']);
    check('The agency said the Red Cross puts the toll at 3,958.', 'puts the toll at 3,958', ['The agency', 'the Red Cross']);
    // on its own the stance still has its holder
    check('China opposed the move.', 'China opposed the move', ['China']);
  });
  it('"in a statement quoted by the state news agency": no extra link for the document', () => {
    const got = chain('The army said in a statement quoted by the state news agency that it had repelled the attack.', 'it had repelled the attack');
    assert.equal(got.length, 1, JSON.stringify(got));
    check('The minister was quoted by the state news agency as saying the attack had been repelled.', 'the attack had been repelled', ['the state news agency', 'The minister']);
  });
});

describe('verbs of saying used for acts', () => {
  it('"tells the story", "denied entry" are narration', () => {
    assert.deepEqual(chain('The film tells the story of a family torn apart by war.', 'the story of a family'), []);
    assert.deepEqual(chain('The government denied entry to the ship on Monday.', 'denied entry to the ship'), []);
    assert.deepEqual(chain('The court denied him bail.', 'denied him bail'), []);
    // (a denial of a plain object is a narrated act too, directive-acts.test.ts; "denied that C" keeps its source)
    assert.deepEqual(chain('The minister denied the allegations on Monday.', 'the allegations'), []);
    check('The minister denied that the allegations were true.', 'the allegations were true', ['The minister']);
    check('She told reporters the story was false.', 'the story was false', ['She']);
  });
});

describe('the outlet\'s own "we"', () => {
  it('"Here is what we know:" gives the next line no source; "we" inside a quotation is the speaker\'s', () => {
    assert.deepEqual(chain('Here is what we know:\n\nThe storm made landfall at 3am.', 'The storm made landfall'), []);
    check('"We know the storm will hit at 3am," the mayor said.', 'the storm will hit at 3am', ['the mayor']);
  });
  it('an adverb ending a clause is not trimmed as a dangling conjunction', () => {
    const { claims } = claimsOf('The flood defences were built in the 1970s and had not been upgraded since.');
    assert.ok(claims.some((c) => /upgraded since$/.test(c.text)), JSON.stringify(claims.map((c) => c.text)));
  });
});
