import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { statusOf } from './helpers.js';

// Sentences written for these tests. Publication: Wednesday 6 March 2024.
describe('status: a present perfect of events counted up to now is past', () => {
  it('a counted subject with "since" or "for" tallies events ("97 civilians have been killed since")', () => {
    assert.equal(statusOf('At least 40 civilians have been killed since the fighting began on Sunday.', 'have been killed'), 'PAST');
    assert.equal(statusOf('At least six people have died from the heat in the region since Friday.', 'have died'), 'PAST');
    assert.equal(statusOf('Another 12,000 migrants have arrived on the island since January.', 'have arrived'), 'PAST');
    assert.equal(statusOf('Hundreds more have been injured since the protests began.', 'have been injured'), 'PAST');
  });
  it('a state holding up to now stays ongoing, counted or not', () => {
    assert.equal(statusOf('Ten miners have been trapped since Monday.', 'have been trapped'), 'ONGOING');
    assert.equal(statusOf('The road has been closed since January.', 'has been closed'), 'ONGOING');
    assert.equal(statusOf('He has lived in exile since 2019.', 'has lived'), 'ONGOING');
    assert.equal(statusOf('Two hundred families have lived in the camp since the flood.', 'have lived'), 'ONGOING');
    assert.equal(statusOf('Five people have been missing for a week.', 'have been missing'), 'ONGOING');
  });
});

describe('status: "have been hospitalised" tells the admission', () => {
  it('the present perfect passive is past, with or without "since"', () => {
    assert.equal(statusOf('Five people have been hospitalised after the crash.', 'hospitalised'), 'PAST');
    assert.equal(statusOf('At least 3,000 patients have been hospitalised since January 1.', 'hospitalised'), 'PAST');
  });
  it('a stay still told as a state holds', () => {
    assert.equal(statusOf('Three of the injured remain hospitalised.', 'remain hospitalised'), 'ONGOING');
    assert.equal(statusOf('Officials said two people were still hospitalised.', 'still hospitalised'), 'ONGOING');
  });
});

describe('status: a backshifted "was" + adverb + predicate of feeling', () => {
  it('"said she was deeply disappointed", "said he was saddened" still hold', () => {
    assert.equal(statusOf('The minister said she was deeply disappointed.', 'deeply disappointed'), 'ONGOING');
    assert.equal(statusOf('The mayor said he was saddened.', 'was saddened'), 'ONGOING');
  });
  it('a later event still dates it, and an event judged stays past', () => {
    assert.equal(statusOf('The mayor said he was saddened but had expected the ruling.', 'was saddened'), 'PAST');
    assert.equal(statusOf('Police said the attack was deeply shocking.', 'attack was'), 'PAST');
  });
});

describe('status: the main verb past an opening participle or an apposition', () => {
  it('a participle opening the clause before its noun and auxiliary is an adjective ("Enhanced surveillance would continue")', () => {
    assert.equal(statusOf('The ministry said enhanced surveillance would continue for at least 90 days.', 'surveillance would continue'), 'FUTURE');
    assert.equal(statusOf('Armed police were deployed.', 'police were'), 'PAST');
    assert.equal(statusOf('Shares closed 5% higher.', 'closed'), 'PAST');
  });
  it('an apposition after a name is skipped ("Chopra, a junior commissioned officer, is expected to …")', () => {
    assert.equal(statusOf('Singh, a retired commissioned officer in the navy, is expected to return home on Monday.', 'return home'), 'FUTURE');
    assert.equal(statusOf('Police arrested Singh, a retired officer, on Monday.', 'arrested'), 'PAST');
  });
});

describe('status: a backshifted attitude or holding still holds', () => {
  it('"said it agreed with the decision", "said the party respected the ruling", "said it held short positions"', () => {
    assert.equal(statusOf('Boeing said in a statement that it agreed with the decision.', 'agreed with'), 'ONGOING');
    assert.equal(statusOf('Party leaders said the party respected the ruling.', 'respected the ruling'), 'ONGOING');
    assert.equal(statusOf('The fund said it held short positions in the bonds.', 'held short positions'), 'ONGOING');
  });
  it('an agreement reached stays past', () => {
    assert.equal(statusOf('The company said it agreed to buy the firm.', 'agreed to buy'), 'PAST');
  });
});
