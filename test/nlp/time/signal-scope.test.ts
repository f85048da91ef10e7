// A signal before a clock time bounds the clock time joined to its day ("shortly before 10 p.m. Tuesday" BEFORE),
// and "as early as" looks ahead only when its own verb chain does ("could come as early as Friday"; not "had warned
// as early as October that …"). Our own sentences; publication dates pinned.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkCases, type SpanCase } from './helpers.js';

const check = (pub: string | undefined, cases: SpanCase[]): void => checkCases(pub, cases, (a, b, m) => assert.equal(a, b, m));
const THU = '2010-04-22';
const TUE = '2023-06-06';

describe('time: a signal before a clock time joined to its day', () => {
  it('keeps the bound of the signal on the joined time', () => {
    check(THU, [
      ['The rig sank shortly before 10 p.m. Tuesday, officials said.', '10 p.m. Tuesday', '2010-04-20T22:00', 'TIME', 'BEFORE'],
      ['The result was announced shortly after 2 a.m. Sunday.', '2 a.m. Sunday', '2010-04-18T02:00', 'TIME', 'AFTER'],
      ['Polls close by 8 p.m. Sunday.', '8 p.m. Sunday', '2010-04-25T20:00', 'TIME', 'ON_OR_BEFORE'],
    ]);
  });
  it('negative: no signal, no mod', () => {
    check(THU, [['The bomb went off at 9 a.m. Monday.', '9 a.m. Monday', '2010-04-19T09:00', 'TIME', '']]);
  });
});

describe('time: "as early as" in a past verb chain', () => {
  it('is an early date told, not a bound ahead', () => {
    check(TUE, [
      ['Kyiv had warned as early as October that Moscow had mined the dam.', 'October', '2022-10', 'DATE', 'ON_OR_AFTER'],
      ['Officials warned as early as October that the dam was weak.', 'October', '2022-10', 'DATE', 'ON_OR_AFTER'],
    ]);
  });
  it('negative: a modal, a plan or "to" still looks ahead', () => {
    check(TUE, [
      ['He said a decision could come as early as October.', 'October', '2023-10', 'DATE', 'ON_OR_AFTER'],
      ['Officials said the vote was expected as early as Friday.', 'Friday', '2023-06-09', 'DATE', 'ON_OR_AFTER'],
      ['The firm is set to meet creditors as early as Monday.', 'Monday', '2023-06-12', 'DATE', 'ON_OR_AFTER'],
    ]);
  });
});
