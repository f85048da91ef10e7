// "by the end of the year": "the year" names the period last narrated only when that period is not still ahead of
// publication. A year named as a target ("savings of £2bn by 2027") or a forecast ("a turnaround next year") is no
// topic time: "The deal is expected to close by the end of the year" is this year's end (news gold; TBAQ wsj_0568
// "the end of the year" 1989 after "next year"). A narrated past year still carries it ("In 2019 … by the end of
// the year"). Sentences are our own; publication date pinned.
import { describe, it } from 'node:test';
import { check } from './helpers.js';

const PUB = '2023-03-20';

describe('time: "the end of the year" after a year named', () => {
  it('a year still ahead is a target, not the year told about', () => {
    check(PUB, [
      ['The bank targets savings of $8 billion by 2027. The deal is expected to close by the end of the year.', 'the end of the year', '2023', 'DATE', 'END'],
      ['The firm is preparing for a turnaround next year. It cut costs by $100 million, toward its goal of $500 million by the end of the year.', 'the end of the year', '2023', 'DATE', 'END'],
      ['Sales will rise in June 2024, analysts said. Prices should ease by the end of the month.', 'the end of the month', '2023-03', 'DATE', 'END'],
    ]);
  });
  it('a past year told about still carries "the year" (negatives)', () => {
    check(PUB, [
      ['In 2019 the company hired 200 people. By the end of the year it had doubled its staff.', 'the end of the year', '2019', 'DATE', 'END'],
      ['Sales fell in January 2022. By the end of the month they had recovered.', 'the end of the month', '2022-01', 'DATE', 'END'],
      ['The deal is expected to close by the end of the year.', 'the end of the year', '2023', 'DATE', 'END'],
    ]);
  });
});
