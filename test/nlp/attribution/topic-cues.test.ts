import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkChain as check, chainOf, claimsOf } from '../claims/helpers.js';

// Sentences written for these tests (not taken from any corpus): a verb of speaking with the preposition naming
// what was said about ("warned of", "spoke about", "complained about") reports its object as the source's claim.
function noLinks(text: string): void {
  const { claims } = claimsOf(text);
  const linked = claims.filter((c) => c.attribution.length);
  assert.deepEqual(linked.map((c) => `${c.text} <- ${chainOf(c).join(' / ')}`), [], `no attribution expected in: ${text}`);
}

describe('topic cues', () => {
  it('"warned of", "spoke of", "complained about", "cautioned against" give the subject as source', () => {
    check('The governor warned of more storms ahead.', 'more storms ahead', ['The governor']);
    check('Residents spoke of a night of terror as the water rose.', 'a night of terror', ['Residents']);
    check('The mayor complained about the slow response from the state.', 'the slow response', ['The mayor']);
    check('Experts cautioned against reading too much into the figures.', 'reading too much', ['Experts']);
  });
  it('the progressive reports after "be"', () => {
    check('The mayor is talking about the budget.', 'the budget', ['The mayor']);
    check('The union has been warning of job losses for months.', 'job losses', ['The union']);
  });
  it('a passive, a reduced relative or a bare "about" is no report', () => {
    noLinks('People were warned about the storm.');
    noLinks('People talking about the flood gathered outside.');
    noLinks('The mayor thought about the budget all night.');
  });
});

describe('a fronted adverbial clause is no reported content', () => {
  it('"If it rains, prices rise" has no source', () => {
    noLinks('Should the talks fail, the strike will continue.');
    noLinks('When the rain stops, the work will continue.');
  });
  it('a real post-posed frame after a fronted clause still reports', () => {
    check('If the talks fail, the strike will resume, the union said.', 'the strike will resume', ['the union']);
  });
});

describe('a post-posed frame with a citing tail', () => {
  it('"C, Reuters reported, citing Y": Y is the inner source and no claim of its own', () => {
    check('The talks had failed, Reuters reported, citing two people familiar with the matter.', 'talks had failed',
      ['Reuters', 'UNNAMED']);
    check('The ship sank, the agency said, citing the coast guard.', 'ship sank', ['the agency', 'the coast guard']);
    const { claims } = claimsOf('The talks had failed, Reuters reported, citing two people familiar with the matter.');
    assert.equal(claims.filter((c) => /citing/.test(c.text)).length, 0, 'the citing tail is frame material');
  });
  it('"quoting" a text and a post-posed frame without a tail add no inner link', () => {
    // negatives
    check('"We are ready," the minister said, quoting a proverb.', 'We are ready', ['the minister']);
    check('The ship sank, the agency said.', 'ship sank', ['the agency']);
  });
});
