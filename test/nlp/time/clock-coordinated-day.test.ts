// A day named after a clock time but inside a coordinated clause with a past verb of its own ("… at 6 p.m. and
// resumed on Monday") is that clause's day; the clock keeps the day last named before it.
import { describe, it } from 'node:test';
import { check } from './helpers.js';

const PUB = '2023-01-16'; // a Monday

describe('time: a day in a coordinated clause after a clock time is not the clock\'s', () => {
  it('the clock keeps the story day', () => {
    const text = 'A passenger plane crashed on Sunday while landing in Pokhara, officials said.\n\n'
      + 'Rescue operations were halted at 6 p.m. because of darkness and resumed on Monday at 7 a.m.';
    check(PUB, [
      [text, '6 p.m.', '2023-01-15T18:00', 'TIME'],
      [text, '7 a.m.', '2023-01-16T07:00', 'TIME'],
    ]);
    const but = 'A passenger plane crashed on Saturday near the coast.\n\n'
      + 'Divers reached the wreck at 4 p.m. but then stopped the search until Monday.';
    check(PUB, [[but, '4 p.m.', '2023-01-14T16:00', 'TIME']]);
  });

  it('negatives: a day in the clock\'s own clause, clock lists, and no day named before', () => {
    check(PUB, [
      // no coordinated verb: the day is the clock's
      ['A plane crashed on Saturday. The search was halted at 6 p.m. on Sunday because of darkness.', '6 p.m. on Sunday', '2023-01-15T18:00', 'TIME'],
      // two clock times and their day
      ['A plane crashed on Saturday. Flights left at 10:15 a.m. and 11 a.m. on Sunday.', '10:15 a.m.', '2023-01-15T10:15', 'TIME'],
      // no day before the clock: the later day is still taken
      ['Rescue operations were halted at 6 p.m. and resumed on Sunday at 7 a.m.', '6 p.m.', '2023-01-15T18:00', 'TIME'],
    ]);
  });

  it('stays linear on long input', () => {
    const text = 'A plane crashed on Sunday. ' + 'Work halted at 6 p.m. and resumed on Monday at 7 a.m. '.repeat(5000)
      + ' and'.repeat(100_000);
    const t0 = Date.now();
    check(PUB, [[text, '6 p.m.', '2023-01-15T18:00', 'TIME']]);
    if (Date.now() - t0 > 20_000) throw new Error(`too slow: ${Date.now() - t0} ms`);
  });
});
