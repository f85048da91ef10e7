// A bare month after a year told as the clause's time in the same sentence ("In 2019, the company opened its first
// store in November", "later this year, possibly in November") takes that year, unless the clause looks ahead; a
// year modifying a noun ("the 1960 Rome Olympics"), a year in an earlier sentence, a future clause, a side clause
// closed by a comma ("The law, passed in 2019, was struck down in March") or a second predicate after "and" ("elected
// in 2019 and was re-elected in November") leave the month to the tense. Sentences are our own; publication date pinned.
import { describe, it } from 'node:test';
import { check } from './helpers.js';

const PUB = '2023-06-19';

describe('time: a bare month takes the year told before it in its sentence', () => {
  it('after "in 2019" or "this year" in the same sentence', () => {
    check(PUB, [
      ['In 2019, the company opened its first store in November.', 'November', '2019-11', 'DATE'],
      ['The company opened its first store in 2019, in November.', 'November', '2019-11', 'DATE'],
      ['Analysts say a meeting is possible later this year, perhaps at the summit in November.', 'November', '2023-11', 'DATE'],
    ]);
  });
  it('a noun\'s year, another sentence, or a clause ahead: the tense decides (negatives)', () => {
    check(PUB, [
      ['He finished fourth at the 1960 Rome Olympics and died in June.', 'June', '2023-06', 'DATE'],
      ['Sales rose in 2020. In March, they fell.', 'March', '2023-03', 'DATE'],
      ['In 2019 it had 50 stores and will open 30 more in November.', 'November', '2023-11', 'DATE'],
      // a "since" phrase's year or a new clause between: the month is the present's
      ['Sales doubled since its launch in 2019 and as of February it leads the market.', 'February', '2023-02', 'DATE'],
      ['The firm was founded in 2019, but it only moved in February.', 'February', '2023-02', 'DATE'],
    ]);
  });
  it('a year in a comma-closed side clause or before "and" with a new finite verb: the tense decides (negatives)', () => {
    check('2024-06-26', [
      ['The law, passed in 2019, was struck down by the court in March.', 'March', '2024-03', 'DATE'],
      ['The mayor, who took office in 2019, resigned in May.', 'May', '2024-05', 'DATE'],
      ['He was first elected in 2019 and was re-elected in November.', 'November', '2023-11', 'DATE'],
      // the same shape as the line above: whether November is 2019's cannot be told by general means, so the
      // conservative reading (the tense) is kept here too
      ['The company was founded in 2019 and opened its first store in November.', 'November', '2023-11', 'DATE'],
      ['She joined in 2019 and later won the title in October.', 'October', '2023-10', 'DATE'],
    ]);
  });
  it('a comma after the year with no side clause before it, or "and" without a verb, keeps the year', () => {
    check('2024-06-26', [
      ['Analysts say talks are possible later this year, perhaps at the summit in November.', 'November', '2024-11', 'DATE'],
      ['The plant opened in 2019 with one line and a second in November.', 'November', '2019-11', 'DATE'],
    ]);
  });
});
