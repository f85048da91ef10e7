// Ninth pass on the time stage (issue 4): vague shifts counted from an event ("Hours after the blast",
// "was freed days before the vote") and "another week". Sentences are our own; publication date pinned.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { check, times } from './helpers.js';

const THU = '2023-09-14'; // a Thursday

describe('time (ninth pass): bare units before "after"/"before"', () => {
  it('marks the unit as a vague duration at a clause start or after a past verb', () => {
    check(THU, [
      ['Hours after the blast, rescuers reached the mine.', 'Hours', 'PTXH', 'DURATION'],
      ['Weeks after the flood, the town was still empty.', 'Weeks', 'PXW', 'DURATION'],
      ['The strike began just days before the vote.', 'days', 'PXD', 'DURATION'],
      ['The two men were freed hours after the court ruled.', 'hours', 'PTXH', 'DURATION'],
      ['The minister resigned months before his term ended.', 'months', 'PXM', 'DURATION'],
    ]);
  });
  it('leaves other readings alone', () => {
    for (const [text, unit] of [
      ['He counted the hours before dawn.', 'hours'], // a noun phrase: no clause start, no past verb before it
      ['Minutes before and after the kick-off, fans sang.', 'Minutes'], // "before and after": no shift of its own
      ['The days before the vote were calm.', 'days'], // a determiner makes it a noun phrase
    ] as const) {
      const got = times(text, THU).filter((t) => t.text === unit);
      assert.deepEqual(got.map((t) => t.rule), [], text);
    }
  });
});

describe('time (ninth pass): "another" and one unit', () => {
  it('is one more unit', () => {
    check(THU, [
      ['The deadline was extended for another week.', 'another week', 'P1W', 'DURATION'],
      ['The ban was extended by another month.', 'another month', 'P1M', 'DURATION'],
      ['The talks resumed another two days later.', 'another two days', 'P2D', 'DURATION'],
    ]);
  });
  it('not a possessive or the idiom', () => {
    for (const text of ["It was another day's work.", 'They lived to fight another day.']) {
      assert.deepEqual(times(text, THU).map((t) => t.text), [], text);
    }
  });
});

describe('time (ninth pass): deadlines in a past clause that still look ahead', () => {
  it('a plan told in the past ("was expected to") and a halt "until" a day look ahead', () => {
    check(THU, [
      ['Officials said the road was expected to reopen by Friday.', 'Friday', '2023-09-15', 'DATE', 'ON_OR_BEFORE'],
      ['The ministers were due to agree a text by Monday.', 'Monday', '2023-09-18', 'DATE', 'ON_OR_BEFORE'],
      ['The hearing was adjourned until Monday.', 'Monday', '2023-09-18', 'DATE', 'ON_OR_BEFORE'],
      ['Flights were suspended until Saturday, the airline said.', 'Saturday', '2023-09-16', 'DATE', 'ON_OR_BEFORE'],
    ]);
  });
  it('a past clause without a plan keeps the past day', () => {
    check(THU, [
      ['The road was closed until Monday.', 'Monday', '2023-09-11', 'DATE', 'ON_OR_BEFORE'],
      ['The work had been expected to end by Monday.', 'Monday', '2023-09-11', 'DATE', 'ON_OR_BEFORE'],
      ['The crews had cleared the road by Tuesday.', 'Tuesday', '2023-09-12', 'DATE', 'ON_OR_BEFORE'],
    ]);
  });
});

describe('time (ninth pass): "from" a weekday in a present clause', () => {
  it('tells a change to come', () => {
    check(THU, [
      ['Masks are mandatory from Monday.', 'Monday', '2023-09-18', 'DATE', 'ON_OR_AFTER'],
      ['New rules are in force from Monday.', 'Monday', '2023-09-18', 'DATE', 'ON_OR_AFTER'],
      ['Schools are closed from Monday.', 'Monday', '2023-09-18', 'DATE', 'ON_OR_AFTER'],
      // a past sentence leaves the relative clause's own tense to decide
      ['The new rules, which take effect from Monday, were announced on Tuesday.', 'Monday', '2023-09-18', 'DATE', 'ON_OR_AFTER'],
    ]);
  });
  it('a past clause keeps the past day', () => {
    check(THU, [
      ['The airline cancelled all flights from Monday.', 'Monday', '2023-09-11', 'DATE', ''],
      ['Masks were mandatory from Monday.', 'Monday', '2023-09-11', 'DATE', 'ON_OR_AFTER'],
    ]);
  });
});

describe('time (ninth pass): a day named for an observance', () => {
  it('"a day of mourning" is no duration; "a day of talks" is one', () => {
    for (const text of ['The government declared Monday a day of mourning.', 'Pakistan declared a day of national mourning.', 'Unions called a day of action.']) {
      assert.deepEqual(times(text, THU).filter((t) => t.type === 'DURATION').map((t) => t.text), [], text);
    }
    check(THU, [['After a day of talks, they agreed.', 'a day', 'P1D', 'DURATION']]);
  });
});
