// "early in the afternoon", "late in the evening", "early on Sunday morning": the adverb before a part of the day
// gives it its START or END, as "early Sunday morning" and "the late evening" had (the news gold: "early in the
// afternoon" TAF START); the part of the day alone keeps none. Sentences are our own; publication date pinned.
import { describe, it } from 'node:test';
import { check } from './helpers.js';

const FRI = '2024-03-15';

describe('time: early/late in or on a part of the day', () => {
  it('takes START or END', () => {
    check(FRI, [
      ['The ash cloud rose early in the afternoon, officials said.', 'the afternoon', '2024-03-15TAF', 'TIME', 'START'],
      ['The talks ended late in the evening.', 'the evening', '2024-03-15TEV', 'TIME', 'END'],
      ['The quake struck early on Sunday morning.', 'Sunday morning', '2024-03-10TMO', 'TIME', 'START'],
      ['The fire broke out late on Sunday night.', 'Sunday night', '2024-03-10TNI', 'TIME', 'END'],
    ]);
  });
  it('without the adverb, or with "later", no mod (negatives)', () => {
    check(FRI, [
      ['The ash cloud rose in the afternoon, officials said.', 'the afternoon', '2024-03-15TAF', 'TIME', ''],
      ['The crowd dispersed later in the evening.', 'the evening', '2024-03-15TEV', 'TIME', ''],
      ['The quake struck on Sunday morning.', 'Sunday morning', '2024-03-10TMO', 'TIME', ''],
    ]);
  });
});
