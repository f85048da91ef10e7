// Eleventh pass on the time stage (issue 4): centuries counted in years. Sentences are our own; publication
// date pinned.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkCases, type SpanCase } from './helpers.js';

const check = (pub: string | undefined, cases: SpanCase[]): void => checkCases(pub, cases, (a, b, m) => assert.equal(a, b, m));
const THU = '2023-09-14'; // a Thursday

describe('time (eleventh pass): centuries are counted in years', () => {
  it('values a counted century as years (P100Y), with its bound', () => {
    check(THU, [
      ['It was the deadliest fire in more than a century.', 'more than a century', 'P100Y', 'DURATION', 'MORE_THAN'],
      ['The policy ends more than two centuries of neutrality.', 'more than two centuries', 'P200Y', 'DURATION', 'MORE_THAN'],
      ['The bridge stood for half a century.', 'half a century', 'P50Y', 'DURATION'],
      ['Sea levels will rise over the next century.', 'the next century', 'P100Y', 'DURATION'],
      // negative: decades keep their unit, the vague plural keeps its unit, a named century is a date
      ['The war has lasted more than a decade.', 'more than a decade', 'P1DE', 'DURATION', 'MORE_THAN'],
      ['The church was built in the 19th century.', 'the 19th century', '18', 'DATE'],
    ]);
  });
});
