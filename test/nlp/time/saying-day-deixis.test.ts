// "this/next/last week|month" in what a speaker said on a day the text names counts from that day, not from
// publication ("On March 28, the minister said talks would resume next month", read on April 10: April). A day that
// is no saying's, or one in the publication's own week, leaves it as it was. Sentences are our own; dates pinned.
import { describe, it } from 'node:test';
import { check } from './helpers.js';

describe('time: deictic weeks and months count from the day of saying', () => {
  it('moves with a named day of saying', () => {
    check('2024-04-10', [
      ['On March 28, the minister said talks would resume next month.', 'next month', '2024-04', 'DATE'],
      ['The minister said on March 28 that the plant would close next month.', 'next month', '2024-04', 'DATE'],
      // (the comma after a fronted day is optional)
      ['On March 28 the minister said talks would resume next month.', 'next month', '2024-04', 'DATE'],
    ]);
    check('2024-04-02', [
      ['On March 28, the minister said talks would resume next week.', 'next week', '2024-W14', 'DATE'],
    ]);
  });
  it('stays with publication otherwise (negatives)', () => {
    check('2024-04-10', [
      ['The plant closed on March 28 and officials said it would reopen next month.', 'next month', '2024-05', 'DATE'],
      ['The minister said on Wednesday that talks would resume next week.', 'next week', '2024-W16', 'DATE'],
      ['Talks will resume next month, the minister said.', 'next month', '2024-05', 'DATE'],
      // (a fronted day whose clause has a verb of its own before the saying is that event's day)
      ['On March 28, the plant closed and officials said it would reopen next month.', 'next month', '2024-05', 'DATE'],
      ['On March 28 the plant closed, and officials said it would reopen next month.', 'next month', '2024-05', 'DATE'],
    ]);
  });
});
