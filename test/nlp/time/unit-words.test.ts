// Time expressions told by a unit word alone: "Hours later, …", "released days later." (the vague duration is marked, as
// for "a few days later"), and "the week/month/year before" ending its phrase (the unit next to the one told last, as
// "the day before"). Sentences are our own; publication date pinned.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkCases, times, type SpanCase } from './helpers.js';

const check = (pub: string | undefined, cases: SpanCase[]): void => checkCases(pub, cases, (a, b, m) => assert.equal(a, b, m));
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
