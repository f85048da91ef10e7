// Status read from the time stage's stop-32 shapes: a clock joined to its written date ("at about 8:55 p.m. on
// Feb. 3") dates a claim like the date alone did, and a date a verb fixed for something ("set sentencing for March
// 28", now resolved ahead) is the thing's date, not the act's.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { statusOf } from './helpers.js';

// Sentences written for these tests. Publication: Wednesday 6 March 2024 unless given.
describe('status: clock times joined to their day, dates set for something', () => {
  it('a clock joined to a written date before publication dates the claim like the date alone', () => {
    // (the clause's grammar alone reads this one as ONGOING; the written date before publication makes it past)
    assert.equal(statusOf('The tanker, which was carrying 40 tonnes of fuel from Lyon, France, to Turin, Italy, overturned at about 6:10 p.m. on Feb. 3, a mile from the border.', 'overturned', '2023-02-20'), 'PAST');
    // negatives: a clock joined to a bare weekday is no written date, and one joined to a written date after
    // publication leaves a present schedule ahead
    assert.equal(statusOf('Voters head to the polls at 7 a.m. on Sunday.', 'head to the polls'), 'FUTURE');
    assert.equal(statusOf('Voters head to the polls at 7 a.m. on March 10.', 'head to the polls'), 'FUTURE');
  });
  it('a past act that set a date ahead stays past; a plan for that date is still ahead', () => {
    assert.equal(statusOf('Judge Lewis Kaplan set sentencing for March 28.', 'set sentencing', '2023-11-02'), 'PAST');
    assert.equal(statusOf('The union called a strike for Tuesday.', 'called a strike', '2023-11-02'), 'PAST');
    // negative: a future claim with that date stays future
    assert.equal(statusOf('The judge will sentence him on March 28.', 'will sentence', '2023-11-02'), 'FUTURE');
  });
});
