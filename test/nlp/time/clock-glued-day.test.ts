// A day glued to its clock ("at about 9 p.m. Saturday") is the day last named for the bare clock times told after
// it, as a day joined over "on" already was; a day inside a zone gloss ("(2030 GMT Friday)") restates a clock and
// is not.
import { describe, it } from 'node:test';
import { check } from './helpers.js';

const PUB = '2024-04-02'; // a Tuesday

describe('time: a clock time with its day glued on dates the bare clock times after it', () => {
  it('the next sentence takes the glued day, not the story day', () => {
    const text = 'A gunman killed four people at a bar in the city on Sunday, police said.\n\n'
      + 'Police said the gunman opened fire at about 9 p.m. Saturday. Officers arrived at 9:07 p.m. and shot him.';
    check(PUB, [
      [text, '9 p.m. Saturday', '2024-03-30T21:00', 'TIME'],
      [text, '9:07 p.m.', '2024-03-30T21:07', 'TIME'],
    ]);
  });

  it('a dated clock in the lead carries its day across a paragraph in a told past', () => {
    const text = 'The ferry sank at 11 p.m. Thursday off the coast, the coast guard said on Monday.\n\n'
      + 'The first distress call came at 11:20 p.m., and a rescue boat reached the scene at 1:40 a.m.';
    check(PUB, [
      [text, '11:20 p.m.', '2024-03-28T23:20', 'TIME'],
      [text, '1:40 a.m.', '2024-03-29T01:40', 'TIME'],
    ]);
  });

  it('negatives: a zone gloss\'s day is not the day last named; a bare clock with no day before stays as it was', () => {
    const gloss = 'The quake struck at 5:30 a.m. local time on Saturday (2030 GMT Friday). Rescuers reached the village at 9 a.m.';
    check(PUB, [
      [gloss, '2030 GMT Friday', '2024-03-29T20:30', 'TIME'],
      [gloss, '9 a.m.', '2024-03-30T09:00', 'TIME'],
    ]);
    const bare = 'Polls close at 8 p.m. and results are expected at 11 p.m.';
    check(PUB, [[bare, '11 p.m.', '2024-04-02T23:00', 'TIME']]);
  });

  it('stays linear on long input of glued clock days', () => {
    const text = 'It began at 9 p.m. Saturday. It ended at 9:07 p.m. '.repeat(5000) + ' '.repeat(1_000_000);
    const t0 = Date.now();
    check(PUB, [[text, '9:07 p.m.', '2024-03-30T21:07', 'TIME']]);
    if (Date.now() - t0 > 20_000) throw new Error(`too slow: ${Date.now() - t0} ms`);
  });
});
