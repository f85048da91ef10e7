// "ahead of" after a time places the time before something ("crashed on Saturday ahead of its own attempt"): it is
// no look ahead of the clause. Before the time it still is ("gathered ahead of Sunday's vote"). Our own sentences;
// publication date pinned to a Wednesday.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkCases, type SpanCase } from './helpers.js';

const check = (pub: string | undefined, cases: SpanCase[]): void => checkCases(pub, cases, (a, b, m) => assert.equal(a, b, m));
const WED = '2023-08-23';

describe('time: "ahead of" after the time', () => {
  it('does not make a past clause look ahead', () => {
    check(WED, [
      ['The probe crashed into the Moon on Saturday while manoeuvring ahead of its own landing attempt.', 'Saturday', '2023-08-19', 'DATE'],
      ['The army struck the town on Monday ahead of the talks.', 'Monday', '2023-08-21', 'DATE'],
    ]);
  });
  it('negative: a future clause, or "ahead of" before the day, still looks ahead', () => {
    check(WED, [
      ['The leaders will meet on Friday ahead of the summit.', 'Friday', '2023-08-25', 'DATE'],
      ['Officials gathered ahead of Sunday\'s vote.', 'Sunday', '2023-08-27', 'DATE'],
    ]);
  });
});
