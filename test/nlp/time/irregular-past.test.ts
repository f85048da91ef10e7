// Irregular simple past forms without "-ed" ("overran", "shook", "slid", "underwent") are past cues for a weekday:
// a later "will" in another clause no longer sends the day a week ahead. Forms that are also present or base forms
// or nouns ("read", "cut", "the Fed") are no cue. Sentences are our own; publication date pinned to a Thursday.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { check } from './helpers.js';
import { IRREGULAR_PAST_CUES } from '../../../src/nlp/time/lexicon.js';

const THU = '2023-09-14';

describe('time: irregular past verbs date a weekday in the past', () => {
  it('reads the weekday before publication', () => {
    check(THU, [
      ['The rebels overran the base on Sunday, and more attacks will follow.', 'Sunday', '2023-09-10', 'DATE'],
      ['The quake shook the town on Monday and aftershocks will continue.', 'Monday', '2023-09-11', 'DATE'],
      ['Shares slid on Monday but analysts expect a rebound.', 'Monday', '2023-09-11', 'DATE'],
      ['The region underwent heavy shelling on Tuesday, and officials expect more.', 'Tuesday', '2023-09-12', 'DATE'],
    ]);
  });
  it('ambiguous forms are no cue (negatives)', () => {
    check(THU, [
      ['Aid workers will read the report on Monday.', 'Monday', '2023-09-18', 'DATE'],
      ['The Fed will meet on Tuesday.', 'Tuesday', '2023-09-19', 'DATE'],
      ['Ministers will cut taxes on Monday.', 'Monday', '2023-09-18', 'DATE'],
    ]);
    for (const w of ['read', 'cut', 'put', 'set', 'fed', 'slew']) assert.ok(!IRREGULAR_PAST_CUES.includes(w), w);
    assert.ok(IRREGULAR_PAST_CUES.includes('overran'));
  });
});
