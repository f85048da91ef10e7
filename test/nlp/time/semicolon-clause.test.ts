// A semicolon joins two clauses that each carry their own tense: a future cue in one does not reach a time in the
// other ("the inquiry will take weeks; after the April failure, the FAA took seven months").
import { describe, it } from 'node:test';
import { check } from './helpers.js';

const SUN = '2023-11-19';

describe('time: a semicolon bounds the tense of its clause', () => {
  it('a future cue before the semicolon does not date a past clause after it', () => {
    check(SUN, [
      ['It is unclear how long the inquiry will take; after the April failure, the FAA took seven months to clear it.', 'April', '2023-04', 'DATE'],
      ['The airline said flights would resume soon; services were halted in March after the strike.', 'March', '2023-03', 'DATE'],
    ]);
  });
  it('negatives: a time in the clause of its own cue, and a future clause after a semicolon, keep their tense', () => {
    check(SUN, [
      ['The company reported a loss; it will publish results in February.', 'February', '2024-02', 'DATE'],
      ['The first launch failed in April; the next will fly in December.', 'December', '2023-12', 'DATE'],
      ['Shares fell sharply; the board will meet on Tuesday.', 'Tuesday', '2023-11-21', 'DATE'],
    ]);
  });
  it('a list of verbless items set off by semicolons keeps the tense of the clause heading it', () => {
    check(SUN, [
      ['The band, which formed in 2010, will tour Britain in May; France, in June; and Spain, in July.', 'June', '2024-06', 'DATE'],
      // negative: a past clause of its own after the semicolon keeps its tense
      ['The band will tour Britain in May; it played France in June.', 'June', '2023-06', 'DATE'],
    ]);
  });
});
