import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chainAt } from '../claims/helpers.js';

// Sentences written for these tests (not taken from any corpus). A source phrase can end in a contact relative clause
// whose subject is the reporter and whose verb is one of reaching a source ("Residents the BBC spoke to said …",
// "officials we interviewed said …"): the head before the reporter speaks, and the reporter is no source. Before this
// rule the first gave no attribution at all ("to said" read as an infinitive), the others a phrase holding the outlet.

describe('sources reached by the reporter: "Residents the BBC spoke to said …"', () => {
  it('a name or "I"/"we" with a verb of reaching: the head before it is the source', () => {
    assert.deepEqual(chainAt('Residents the BBC spoke to said the water was still rising.', 'the water was still rising'), ['Residents']);
    assert.deepEqual(chainAt('Many farmers we spoke with said the harvest had failed.', 'the harvest had failed'), ['Many farmers']);
    assert.deepEqual(chainAt('All the economists I interviewed said the plan was sound.', 'the plan was sound'), ['All the economists']);
    assert.deepEqual(chainAt('Doctors The Associated Press contacted said supplies were running low.', 'supplies were running low'), ['Doctors']);
    assert.deepEqual(chainAt('Two officials Reuters has talked to said the deal had collapsed.', 'the deal had collapsed'), ['Two officials']);
  });
  it('negative cases: an infinitive "to", another verb, or a pronoun reporter other than "I"/"we" stay as before', () => {
    // "wanted to say": an infinitive, no frame of its own
    assert.deepEqual(chainAt('The mayor said the residents wanted to say more about the flood.', 'the residents wanted to say more'), ['The mayor']);
    // "the men we interviewed" after the cue is part of what was said
    assert.deepEqual(chainAt('Police said the men we interviewed had lied.', 'the men we interviewed had lied'), ['Police']);
    // a verb that reaches no source: "the town the river flooded" is no contact relative of reporting
    assert.deepEqual(chainAt('Residents of the town said the river had flooded.', 'the river had flooded'), ['Residents of the town']);
  });
});
