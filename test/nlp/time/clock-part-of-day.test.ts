// A bare clock time after a day named with a part of the day ("On Saturday evening, …", "late on Friday") whose hours it falls in is
// that day's, even when the day is two or more days older than the story's day (the background-day rule otherwise
// sends it to the story's day).
import { describe, it } from 'node:test';
import { check } from './helpers.js';

const PUB = '2024-04-03'; // a Wednesday

describe('time: a clock within the part of the day named before it keeps that day', () => {
  it('an evening clock after "Saturday evening" is Saturday\'s, not the story day\'s', () => {
    const text = 'A fire broke out at a chemical plant on Tuesday, killing five workers.\n\n'
      + 'On Saturday evening, protesters gathered in the square. The first blast was heard at 6:15 p.m.';
    check(PUB, [[text, '6:15 p.m.', '2024-03-30T18:15', 'TIME']]);
    const morning = 'A fire broke out at a chemical plant on Tuesday, killing five workers.\n\n'
      + 'Early on Saturday morning, workers reported a smell of gas. Managers were told at 7:40 a.m.';
    check(PUB, [[morning, '7:40 a.m.', '2024-03-30T07:40', 'TIME']]);
  });

  it('a late clock after "late on Friday", an early one after "early Saturday"', () => {
    const late = 'A fire broke out at a chemical plant on Tuesday, killing five workers.\n\n'
      + 'The first leak was found late on Friday. Firefighters were called at 10:15 p.m.';
    check(PUB, [[late, '10:15 p.m.', '2024-03-29T22:15', 'TIME']]);
    const early = 'A fire broke out at a chemical plant on Tuesday, killing five workers.\n\n'
      + 'The first leak was found early Saturday. Firefighters were called at 4:10 a.m.';
    check(PUB, [[early, '4:10 a.m.', '2024-03-30T04:10', 'TIME']]);
    // (negative: a late day and a morning clock)
    const off = 'A fire broke out at a chemical plant on Tuesday, killing five workers.\n\n'
      + 'The first leak was found late on Friday. Firefighters were called at 10:15 a.m.';
    check(PUB, [[off, '10:15 a.m.', '2024-04-02T10:15', 'TIME']]);
  });

  it('negatives: a clock outside the part of the day, or a day with no part, still goes to the story day', () => {
    const outside = 'A fire broke out at a chemical plant on Tuesday, killing five workers.\n\n'
      + 'On Saturday evening, protesters gathered in the square. The first blast was heard at 10:15 a.m.';
    check(PUB, [[outside, '10:15 a.m.', '2024-04-02T10:15', 'TIME']]);
    const bare = 'A fire broke out at a chemical plant on Tuesday, killing five workers.\n\n'
      + 'Police were called on Saturday. The first blast was heard at 6:15 p.m.';
    check(PUB, [[bare, '6:15 p.m.', '2024-04-02T18:15', 'TIME']]);
  });

  it('stays linear on long input', () => {
    const text = 'A fire broke out on Tuesday. ' + 'On Saturday evening, crowds met. It began at 6:15 p.m. '.repeat(5000)
      + ' '.repeat(1_000_000);
    const t0 = Date.now();
    check(PUB, [[text, '6:15 p.m.', '2024-03-30T18:15', 'TIME']]);
    if (Date.now() - t0 > 20_000) throw new Error(`too slow: ${Date.now() - t0} ms`);
  });
});
