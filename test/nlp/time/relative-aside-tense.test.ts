// A relative clause set off by commas is no clause break between a verb and the time it governs: "Morocco will face
// France or England, who meet on Saturday, in the semi-final on Wednesday" looks ahead from "will".
import { describe, it } from 'node:test';
import { check } from './helpers.js';

const PUB = '2022-12-10'; // a Saturday

describe('time: a comma-bounded relative clause between the verb and the weekday', () => {
  it('the verb outside the aside still sets the weekday\'s direction', () => {
    check(PUB, [
      ['Morocco will face either France or England, who meet later on Saturday at the stadium, in the semi-final on Wednesday.', 'Wednesday', '2022-12-14', 'DATE'],
      ['The team will meet the winners, which play tonight, in the final on Sunday.', 'Sunday', '2022-12-11', 'DATE'],
    ]);
  });
  it('negatives: a verb inside the aside keeps its own time; past outside stays past', () => {
    check(PUB, [
      ['The minister, who resigned on Monday, said the vote would be held soon.', 'Monday', '2022-12-05', 'DATE'],
      ['Morocco beat Spain, who had won the group, in the last-16 match on Tuesday.', 'Tuesday', '2022-12-06', 'DATE'],
    ]);
  });
});
