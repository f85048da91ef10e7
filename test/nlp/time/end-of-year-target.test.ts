// "the end of the year" after a later year told as a target ("cut costs by 2027") is this year's end, not the
// target's; a past year told before stays the frame ("In 2019 … by the end of the year"). Sentences are our own;
// publication date pinned (2023-03-20).
import { describe, it } from 'node:test';
import { check } from './helpers.js';

describe('time: "the year" after a year ahead of publication', () => {
  it('is the publication year', () => {
    check('2023-03-20', [
      ['The bank plans to cut $8 billion of costs by 2027. The deal is expected to close by the end of the year.', 'the end of the year', '2023', 'DATE', 'END'],
      ['The fleet will be replaced in 2030, and the first order is due at the start of the year.', 'the start of the year', '2023', 'DATE', 'START'],
    ]);
  });
  it('a past or the current year told before stays the frame (negatives)', () => {
    check('2023-03-20', [
      ['In 2019 the firm cut 500 jobs. By the end of the year it had closed two plants.', 'the end of the year', '2019', 'DATE', 'END'],
      ['Sales fell in 2021, and by the end of the year the shop had closed.', 'the end of the year', '2021', 'DATE', 'END'],
      ['Prices rose in 2023 and will keep rising until the end of the year.', 'the end of the year', '2023', 'DATE', 'END'],
    ]);
  });
  it('a year ahead that opens the same sentence as its frame stays the frame (review r2, finding 9)', () => {
    check('2023-03-20', [
      ['In 2024 the plant will switch to gas, and by the end of the year coal will be gone.', 'the end of the year', '2024', 'DATE', 'END'],
      ['During 2025, the line will be rebuilt and reopen at the end of the year.', 'the end of the year', '2025', 'DATE', 'END'],
      // a year ahead that opens an earlier sentence is still no frame, nor a target inside the sentence
      ['In 2027 the plant will close. The deal is expected to close by the end of the year.', 'the end of the year', '2023', 'DATE', 'END'],
      ['The firm aims to cut costs by 2027 and close the deal by the end of the year.', 'the end of the year', '2023', 'DATE', 'END'],
    ]);
  });
});
