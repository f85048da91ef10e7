import { describe, it } from 'node:test';
import { checkChain as check } from '../claims/helpers.js';

// Sentences written for these tests (not taken from any corpus): a frame set after the clause it attributes is the
// outer link even when an earlier frame's content runs on over it.

describe('a trailing frame attributes the whole clause before it', () => {
  it('"X said C, according to Y" → [Y, X]', () => {
    check('The minister said the budget would be cut next year, according to a report by Reuters.', 'the budget would be cut', ['a report by Reuters', 'The minister']);
    check('The company expects sales to fall by a third, according to a filing seen by the agency.', 'sales to fall by a third', ['a filing seen by the agency', 'The company']);
  });
  it('"C reportedly …, the navy said" → [navy, UNNAMED]; ", according to Y" likewise', () => {
    check('The ship was reportedly hit by a missile, the navy said.', 'hit by a missile', ['the navy', 'UNNAMED']);
    check('The tanker was reportedly struck by a drone near the port, according to the shipping agency.', 'struck by a drone', ['the shipping agency', 'UNNAMED']);
  });
  it('keeps the order where one frame holds the other only one way', () => {
    // the adverb is on the speaker's verb: it is reported that the president said C
    check('The president reportedly said the talks were over.', 'the talks were over', ['UNNAMED', 'The president']);
    check('According to Reuters, the minister said the budget would be cut.', 'the budget would be cut', ['Reuters', 'the minister']);
    check('The minister told parliament that the budget would be cut, according to Reuters.', 'the budget would be cut', ['Reuters', 'The minister']);
    check('Twelve people died, Xinhua reported, citing local officials.', 'Twelve people died', ['Xinhua', 'local officials']);
  });
});

describe('a time phrase after an apposition is no source', () => {
  it('"X, a spokesman for the ministry, on Tuesday said C" → [X]', () => {
    check('Juan Perez, a spokesman for the ministry, on Tuesday said the border would reopen.', 'the border would reopen', ['Juan Perez']);
    check('The agency, which runs the shelters, last week said funding had run out.', 'funding had run out', ['The agency']);
    // without the apposition the phrase was already skipped
    check('Juan Perez on Tuesday said the border would reopen.', 'the border would reopen', ['Juan Perez']);
  });
});
