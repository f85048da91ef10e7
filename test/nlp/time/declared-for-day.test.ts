// "declared a day of state mourning for Saturday": a day a declaration is made for lies ahead, as after "set … for"
// and "called a strike for Tuesday" (data/lexicon/time-set-for.txt); without "declared" in the list the past verb
// sent Saturday a week back. Negatives: a pluperfect declaration, a day not governed by "for". Sentences are our own;
// publication date pinned (Friday 2023-06-02).
import { describe, it } from 'node:test';
import { check } from './helpers.js';

const FRI = '2023-06-02';

describe('time: a day something is declared for', () => {
  it('lies ahead (positives)', () => {
    check(FRI, [
      ['The chief minister declared a day of state mourning for Saturday.', 'Saturday', '2023-06-03', 'DATE'],
      ['The union declared a general strike for Monday.', 'Monday', '2023-06-05', 'DATE'],
    ]);
  });
  it('is past otherwise (negatives)', () => {
    check(FRI, [
      ['Police had declared a curfew for Saturday.', 'Saturday', '2023-05-27', 'DATE'],
      ['The governor declared a state of emergency for the region on Saturday.', 'Saturday', '2023-05-27', 'DATE'],
    ]);
  });
});
