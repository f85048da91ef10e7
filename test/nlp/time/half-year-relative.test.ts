// "the first half of next year" is a half-year (2025-H1), as "the first half of 2024" is; the portion reading
// ("the final days of next year", END) is for days, weeks and months. Publication date pinned.
import { describe, it } from 'node:test';
import { check } from './helpers.js';

const WED = '2024-03-06';

describe('time: half of a relative year', () => {
  it('reads a half-year, not the year with a mod (negatives of the portion rule)', () => {
    check(WED, [
      ['Output will recover in the first half of next year.', 'the first half of next year', '2025-H1', 'DATE', ''],
      ['Sales rose in the first half of this year.', 'the first half of this year', '2024-H1', 'DATE', ''],
      ['Growth slowed in the second half of last year.', 'the second half of last year', '2023-H2', 'DATE', ''],
      ['Profit fell in the first half of 2023.', 'the first half of 2023', '2023-H1', 'DATE', ''],
    ]);
  });
  it('keeps the portion reading for days, weeks and months (positives)', () => {
    check(WED, [
      ['The talks stalled in the final days of last year.', 'the final days of last year', '2023', 'DATE', 'END'],
      ['Rates may fall in the first weeks of next year.', 'the first weeks of next year', '2025', 'DATE', 'START'],
      ['Prices rose in the first half of March.', 'the first half of March', '2024-03', 'DATE', 'START'],
    ]);
  });
});
