// A clock time takes its day from the clock told just before it in the same sentence; when that one is late in the
// evening and this one early in the morning, the narrative has gone on past midnight ("started at 11 p.m. and was
// under control by 2 a.m."), as it already did across sentences. Sentences are our own; publication date pinned.
import { describe, it } from 'node:test';
import { check } from './helpers.js';

const TUE = '2024-03-05'; // a Tuesday

describe('time: an early-morning clock after a late-evening one in the same sentence', () => {
  it('is on the next day', () => {
    check(TUE, [
      ['The fire broke out late Monday. The blaze started at 11 p.m. and police arrived at 2 a.m.', '2 a.m.', '2024-03-05T02:00', 'TIME'],
      ['A bus crashed on Saturday. It left at 10:30 p.m. and overturned at about 1:15 a.m., police said.', '1:15 a.m.', '2024-03-03T01:15', 'TIME', 'APPROX'],
      ['The fire started at 11 p.m. on Sunday and was under control by 2 a.m., officials said.', '2 a.m.', '2024-03-04T02:00', 'TIME', 'ON_OR_BEFORE'],
      ['The fire started at 11 p.m. on Sunday and was contained before 2 a.m., officials said.', '2 a.m.', '2024-03-04T02:00', 'TIME'],
      ['The fire started at 11 p.m. on Sunday and residents had to flee at 1 a.m., officials said.', '1 a.m.', '2024-03-04T01:00', 'TIME'],
    ]);
  });
  it('leaves clocks in daytime order, ranges and clocks with their own day alone', () => {
    check(TUE, [
      // negative: morning then evening is one day
      ['The vote was held on Sunday. Polls opened at 7 a.m. and closed at 6 p.m.', '6 p.m.', '2024-03-03T18:00', 'TIME'],
      // negative: an evening then a later evening is one day
      ['The rally was on Saturday. It began at 8 p.m. and ended at 11:30 p.m.', '11:30 p.m.', '2024-03-02T23:30', 'TIME'],
      // negative: the later clock names its own day
      ['The alert was issued at 11:45 p.m. Saturday and the quake hit at 3 a.m. Sunday.', '3 a.m. Sunday', '2024-03-03T03:00', 'TIME'],
      // negative: the later clock is told back in time, by "after"/"earlier"/"since" or a pluperfect (code review)
      ['The fire was reported at 11 p.m. on Saturday, about 17 hours after a gas leak was detected at 6 a.m.', '6 a.m.', '2024-03-02T06:00', 'TIME'],
      ['The fire was reported at 11 p.m. on Saturday; a gas leak had been detected at 6 a.m.', '6 a.m.', '2024-03-02T06:00', 'TIME'],
      ['Police arrived at 10:30 p.m. on Saturday, hours after residents first called at 5 a.m.', '5 a.m.', '2024-03-02T05:00', 'TIME'],
      // negative: a clock before 20:00 is no late evening
      ['The strike was on Monday. Workers left at 6 p.m. and returned at 5 a.m., the union said.', '5 a.m.', '2024-03-04T05:00', 'TIME'],
    ]);
  });
});
