// A bare "now" is not marked: news gold marks it rarely and with no cue that tells which ("Bellingham now has 13
// goals", "The Baltic Sea is now surrounded by NATO countries", "Why now?"). Phrases with "now" keep their time.
// Sentences are our own; publication date pinned.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { check, times } from './helpers.js';

const PUB = '2023-09-11';

describe('time: a bare "now" is no time expression', () => {
  it('leaves bare "now" out', () => {
    for (const s of ['The striker now has 13 goals in 13 games.', 'Why now?', 'The sea is now surrounded by allies.',
      'Many residents have now spent two nights in tents.']) {
      assert.deepEqual(times(s, PUB).filter((t) => /\bnow\b/i.test(t.text)).map((t) => t.text), [], s);
    }
  });
  it('keeps phrases and other times (negative: unchanged)', () => {
    check(PUB, [
      ['The ban stays in place for now.', 'now', 'PRESENT_REF', 'DATE'],
      ['Prices are rising right now.', 'right now', 'PRESENT_REF', 'DATE'],
      ['The company is currently in talks.', 'currently', 'PRESENT_REF', 'DATE'],
      ['The striker now has 13 goals after scoring twice on September 9.', 'September 9', '2023-09-09', 'DATE'],
    ]);
  });
});
