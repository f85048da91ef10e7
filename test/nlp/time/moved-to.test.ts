// A time something is moved to lies ahead: "postponed to Saturday", "extended the deadline until Friday"
// (stories: a later report revising a scheduled time). Sentences are our own.
import { describe, it } from 'node:test';
import { check } from './helpers.js';

const WED = '2024-04-03'; // a Wednesday

describe('time: a rescheduling verb governing the time through "to"/"until" looks ahead', () => {
  it('postponed, delayed, extended, pushed back', () => {
    check(WED, [
      ['The regional summit has been postponed to Saturday, officials said.', 'Saturday', '2024-04-06', 'DATE'],
      ['The agency delayed the launch of its probe to Friday because of high winds.', 'Friday', '2024-04-05', 'DATE'],
      ['The ministry extended the deadline for striking drivers until Monday.', 'Monday', '2024-04-08', 'DATE'],
      ['The vote was pushed back to Tuesday after the opposition walked out.', 'Tuesday', '2024-04-09', 'DATE'],
    ]);
  });
  it('the verb forms the story stage also reads as a move: brought forward, postpones, delays, prolongs', () => {
    check(WED, [
      ['The central bank brought forward its meeting to Friday.', 'Friday', '2024-04-05', 'DATE'],
      ['The league postpones the final to Sunday, a statement said.', 'Sunday', '2024-04-07', 'DATE'],
      ['The court prolongs the detention until Monday.', 'Monday', '2024-04-08', 'DATE'],
    ]);
  });
  it('negative: a past event, or a move to a place before the day, keeps the past reading', () => {
    check(WED, [
      ['The leaders met in the capital on Monday.', 'Monday', '2024-04-01', 'DATE'],
      ['Troops moved to the border on Monday, the army said.', 'Monday', '2024-04-01', 'DATE'],
      ['The summit was postponed on Monday, officials said.', 'Monday', '2024-04-01', 'DATE'],
      ['The match, brought forward because of the heat, was played on Monday.', 'Monday', '2024-04-01', 'DATE'],
    ]);
  });
});
