// A signal before a clock time bounds the clock time joined to its day ("shortly before 10 p.m. Tuesday" BEFORE,
// "around 1:30am today" APPROX), read on the joined span, so a range start keeps no bound ("from 6 a.m. Monday to
// 6 a.m. Tuesday"), and the tense the signal forces holds for the day ("until 5 a.m. Monday" looks ahead).
// Invented sentences; publication dates pinned.
import { describe, it } from 'node:test';
import { check } from './helpers.js';

const THU = '2010-04-22';

describe('time: a signal before a clock time joined to its day', () => {
  it('keeps the bound of the signal on the joined time', () => {
    check(THU, [
      ['The ferry capsized shortly before 10 p.m. Tuesday, the coastguard said.', '10 p.m. Tuesday', '2010-04-20T22:00', 'TIME', 'BEFORE'],
      ['The count ended shortly after 2 a.m. Sunday.', '2 a.m. Sunday', '2010-04-18T02:00', 'TIME', 'AFTER'],
      ['Entries must arrive by 8 p.m. Sunday.', '8 p.m. Sunday', '2010-04-25T20:00', 'TIME', 'ON_OR_BEFORE'],
      ['A tremor shook Dorvale around 1:30am today.', '1:30am today', '2010-04-22T01:30', 'TIME', 'APPROX'],
      ['The gas main burst at about 9 a.m. Monday.', '9 a.m. Monday', '2010-04-19T09:00', 'TIME', 'APPROX'],
      ['Looters struck around 11 p.m. yesterday.', '11 p.m. yesterday', '2010-04-21T23:00', 'TIME', 'APPROX'],
    ]);
  });
  it('carries the tense the signal forces onto the day', () => {
    check(THU, [
      ['The bridge stays shut until 5 a.m. Monday.', '5 a.m. Monday', '2010-04-26T05:00', 'TIME', 'ON_OR_BEFORE'],
      ['The bridge stays shut until Monday.', 'Monday', '2010-04-26', 'DATE', 'ON_OR_BEFORE'],
    ]);
  });
  it('negative: no signal, no mod', () => {
    check(THU, [['The blast hit the depot at 9 a.m. Monday.', '9 a.m. Monday', '2010-04-19T09:00', 'TIME', '']]);
  });
  it('negative: the start of a range keeps no bound', () => {
    check(THU, [
      ['The walkout will last from 6 a.m. Monday to 6 a.m. Tuesday.', '6 a.m. Monday', '2010-04-26T06:00', 'TIME', ''],
      ['The walkout will last from 6 a.m. Monday to 6 a.m. Tuesday.', '6 a.m. Tuesday', '2010-04-27T06:00', 'TIME', ''],
      ['The lane is closed from 10 p.m. Friday until 5 a.m. Monday.', '10 p.m. Friday', '2010-04-23T22:00', 'TIME', ''],
      ['The lane was closed between 9 a.m. Monday and 5 p.m. Tuesday.', '9 a.m. Monday', '2010-04-19T09:00', 'TIME', ''],
      ['The lane was closed between 9 a.m. Monday and 5 p.m. Tuesday.', '5 p.m. Tuesday', '2010-04-20T17:00', 'TIME', ''],
    ]);
  });
  it('a start with nothing after it still is one', () => {
    check(THU, [['The curfew applies from 6 a.m. Monday.', '6 a.m. Monday', '2010-04-26T06:00', 'TIME', 'ON_OR_AFTER']]);
  });
});
