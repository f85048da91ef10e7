// A clock time told with a daily set in its sentence ("every day from 7 p.m.", "open daily at 9 a.m.") is that time
// of any day (XXXX-XX-XXT19:00): no anchor resolves it to one day.
import { describe, it } from 'node:test';
import { check } from './helpers.js';

const PUB = '2024-04-03'; // a Wednesday

describe('time: a habitual clock time is of no one day', () => {
  it('clock times beside "every day", "daily", "each morning", "every night"', () => {
    check(PUB, [
      ['A curfew will be in force every day from 7 p.m. to 6 a.m., officials said on Tuesday.', '7 p.m.', 'XXXX-XX-XXT19:00', 'TIME'],
      ['A curfew will be in force every day from 7 p.m. to 6 a.m., officials said on Tuesday.', '6 a.m.', 'XXXX-XX-XXT06:00', 'TIME'],
      ['The shops open daily at 9 a.m. and close at 5 p.m.', '9 a.m.', 'XXXX-XX-XXT09:00', 'TIME'],
      ['Ferries leave each morning at 6:30 a.m. from the old harbour.', '6:30 a.m.', 'XXXX-XX-XXT06:30', 'TIME'],
      ['Since the attack, police have patrolled the area from 10 p.m. every night.', '10 p.m.', 'XXXX-XX-XXT22:00', 'TIME'],
    ]);
  });

  it('negatives: a clock with its own day, a day between, another sentence, a weekly set', () => {
    check(PUB, [
      // its own day
      ['The market opened daily, but on Monday it opened at 10 a.m. instead.', '10 a.m.', '2024-04-01T10:00', 'TIME'],
      ['Trains run daily. The last one left at 11 p.m. Tuesday.', '11 p.m. Tuesday', '2024-04-02T23:00', 'TIME'],
      // the set in another sentence
      ['The shops open daily. The fire started at 9 a.m.', '9 a.m.', '2024-04-03T09:00', 'TIME'],
      // a set that is no daily one
      ['The board meets every month at 10 a.m. in the capital.', '10 a.m.', '2024-04-03T10:00', 'TIME'],
    ]);
  });

  it('stays linear on long input', () => {
    const text = 'The shops open daily at 9 a.m. '.repeat(10_000) + ' '.repeat(1_000_000);
    const t0 = Date.now();
    check(PUB, [[text, '9 a.m.', 'XXXX-XX-XXT09:00', 'TIME']]);
    if (Date.now() - t0 > 20_000) throw new Error(`too slow: ${Date.now() - t0} ms`);
  });
});
