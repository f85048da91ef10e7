// Time expressions told by a unit word alone: "Hours later, …", "released days later." (the vague duration is marked, as
// for "a few days later"), and "the week/month/year before" ending its phrase (the unit next to the one told last, as
// "the day before"). Sentences are our own; publication date pinned.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { check, times } from './helpers.js';

const TUE = '2023-09-12';

describe('time: unit words without a number', () => {
  it('"hours later", "days earlier" at a clause start or end mark a vague duration', () => {
    check(TUE, [
      ['Hours later, the dam burst.', 'Hours', 'PTXH', 'DURATION'],
      ['Minutes later, a second blast followed.', 'Minutes', 'PTXM', 'DURATION'],
      ['The storm hit, and weeks later the toll rose.', 'weeks', 'PXW', 'DURATION'],
      ['Just days earlier, the dam had been inspected.', 'days', 'PXD', 'DURATION'],
      ['He was released days later.', 'days', 'PXD', 'DURATION'],
    ]);
  });

  it('not a comparison or an unrelated plural', () => {
    for (const text of ['The flight left hours later than planned.', 'He worked long hours later in life.', 'He spent long hours later.']) {
      assert.deepEqual(times(text, TUE).map((t) => t.text), [], text);
    }
  });

  it('"the week before", "the year before" ending the phrase: the unit next to the one told last', () => {
    check(TUE, [
      ['The storm hit in 2022. The year before, officials had warned of it.', 'The year before', '2021', 'DATE'],
      ['In March the dam burst; the month before, it had been inspected.', 'the month before', '2023-02', 'DATE'],
    ]);
    // "the year after the storm": a phrase that goes on is no anaphor
    assert.equal(times('The storm hit in 2022. The year after the storm, the town was rebuilt.', TUE).some((t) => /year after/.test(t.text)), false);
  });
});

describe('time: fractions of a unit and weeks beside another unit', () => {
  const check2 = (cases: [string, string, string][]): void => {
    for (const [text, span, value] of cases) {
      const i = text.indexOf(span);
      const t = times(text, '2023-09-14').find((x) => x.start < i + span.length && i < x.end);
      assert.equal(t?.text, span, text);
      assert.equal(t?.value, value, text);
    }
  };
  it('reads "a quarter of a century", "three-quarters of an hour"', () => {
    check2([
      ['It lasted three-quarters of an hour.', 'three-quarters of an hour', 'PT45M'],
      ['It lasted three quarters of an hour.', 'three quarters of an hour', 'PT45M'],
      ['It lasted a quarter of a century.', 'a quarter of a century', 'P25Y'],
      ['He waited a quarter of an hour.', 'a quarter of an hour', 'PT15M'],
    ]);
  });
  it('writes weeks as days beside another unit (ISO 8601 keeps weeks alone)', () => {
    check2([
      ['It lasted three months and two weeks.', 'three months and two weeks', 'P3M14D'],
      ['It lasted two weeks and three days.', 'two weeks and three days', 'P17D'],
      ['It lasted two years and three months.', 'two years and three months', 'P2Y3M'],
    ]);
  });
  it('leaves other quarters alone (negatives)', () => {
    check2([
      ['Sales rose three quarters in a row.', 'three quarters', 'P3Q'],
      ['It lasted three years.', 'three years', 'P3Y'],
    ]);
    assert.equal(times('A quarter of a million people fled.', '2023-09-14').length, 0);
  });
});
