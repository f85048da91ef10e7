import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chainAt as chain, checkChain as check, claimsOf } from '../claims/helpers.js';

// Sentences written for these tests (not taken from any corpus): background told inside a frame's words.

describe('a relative clause among the frame words is the outlet\'s claim', () => {
  it('between the source and its cue', () => {
    const t = 'The airline, which operates 300 flights a day, said all services would resume by Friday.';
    assert.deepEqual(chain(t, 'operates 300 flights a day'), []);
    check(t, 'all services would resume by Friday', ['The airline']);
    assert.deepEqual(chain('The company, whose shares have fallen 40% this year, said it would cut jobs.', 'shares have fallen 40%'), []);
  });
  it('after an inverted source, past an age', () => {
    const t = '"This is a disaster," said Maria Lopez, 62, whose house was destroyed in the flood.';
    assert.deepEqual(chain(t, 'house was destroyed in the flood'), []);
    check(t, 'This is a disaster', ['Maria Lopez']);
    assert.deepEqual(chain('"We are ready," said Ana Ruiz, who has led the agency since 2019.', 'has led the agency since 2019'), []);
  });
  it('not when the relative clause is the frame itself, nor an appositive without a verb', () => {
    const { claims } = claimsOf('Jones, who told reporters he was saddened, resigned on Friday.');
    assert.ok(!claims.some((c) => c.text.startsWith('who told')), JSON.stringify(claims.map((c) => c.text)));
    check('Jones, who told reporters he was saddened, resigned on Friday.', 'he was saddened', ['Jones']);
    const a = claimsOf('Ana Ruiz, a spokeswoman for the agency, said aid would arrive on Monday.').claims;
    assert.equal(a.length, 1, JSON.stringify(a.map((c) => c.text)));
  });
});

describe('an abbreviation before the comma ahead of the cue', () => {
  it('"Acme Corp., said" names the company; a state tag is never the source', () => {
    check('The company, Acme Corp., said profits rose 5%.', 'profits rose 5%', ['Acme Corp']);
    check('The company, based in St. Louis, Mo., said revenue rose 5%.', 'revenue rose 5%', ['The company']);
    check('Sen. Alex Padilla, D-Calif., said the bill would pass.', 'the bill would pass', ['Alex Padilla']);
  });
});
