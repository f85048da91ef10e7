// "the past decade", "the last two decades": a stretch counted back to now, which the news gold writes as a duration in
// years ("the past two decades" P20Y, "the last two decades" P20Y); it was the 2010s (DATE 201) and P2DE. Decades
// counted otherwise keep their unit. Sentences are our own; publication date pinned.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { check, times } from './helpers.js';

const PUB = '2024-03-13';

describe('time: the past decade(s) are years up to now', () => {
  it('"the past/last (N) decade(s)" is a duration in years', () => {
    check(PUB, [
      ['Prices have tripled over the past decade.', 'the past decade', 'P10Y', 'DURATION'],
      ['It was the third such visit in the last decade.', 'the last decade', 'P10Y', 'DURATION'],
      ['The region has grown fast in the past two decades.', 'the past two decades', 'P20Y', 'DURATION'],
      ['Output fell over the last three decades.', 'the last three decades', 'P30Y', 'DURATION'],
    ]);
  });

  it('other decades keep their unit or their year (negatives)', () => {
    check(PUB, [
      ['The war has lasted more than four decades.', 'more than four decades', 'P4DE', 'DURATION', 'MORE_THAN'],
      ['The plan covers the next three decades.', 'the next three decades', 'P3DE', 'DURATION'],
      ['The plan covers the next decade.', 'the next decade', 'P1DE', 'DURATION'],
      ['The war lasted two decades.', 'two decades', 'P2DE', 'DURATION'],
      ['The plant closed two decades ago.', 'two decades ago', '2004', 'DATE', ''],
      ['Exports rose by a fifth over the past year.', 'the past year', '2023', 'DATE'],
    ]);
  });

  it('"the last decade of the 19th century" is no stretch up to now nor the decade before publication (negative)', () => {
    for (const text of ['He was born in the last decade of the 19th century.', 'It was built in the past decade of the empire.']) {
      const got = times(text, PUB).filter((t) => /decade/.test(t.text)).map((t) => `${t.type}:${t.value}`);
      assert.ok(!got.some((g) => /^DURATION:P1DE$|^DURATION:P10Y$|^DATE:201$/.test(g)), `${text} ${JSON.stringify(got)}`);
    }
  });
});
