// A past "overnight" is the night before publication, unless its sentence tells it as the night into the
// publication day: said in that day's saying ("… overnight, the military said on Wednesday") or a forecast then made.
import { describe, it } from 'node:test';
import { check } from './helpers.js';

const PUB = '2025-05-07'; // a Wednesday

describe('time: a past "overnight" and the publication day', () => {
  it('the publication day\'s saying or a forecast told in the past makes it the publication day\'s night', () => {
    check(PUB, [
      ['At least 26 people were killed when missiles hit six sites overnight, the military said on Wednesday.', 'overnight', '2025-05-07TNI', 'TIME'],
      ['Rescuers said today that two more bodies were recovered overnight, police said today.', 'overnight', '2025-05-07TNI', 'TIME'],
      ['Overnight temperatures were expected to fall below freezing, officials said.', 'Overnight', '2025-05-07TNI', 'TIME'],
    ]);
  });
  it('negatives: a past overnight with no such cue, or a saying on another day, is the night before', () => {
    check(PUB, [
      ['Donations poured in overnight.', 'overnight', '2025-05-06TNI', 'TIME'],
      ['The storm crossed the peninsula overnight, forecasters said.', 'overnight', '2025-05-06TNI', 'TIME'],
      ['Missiles hit six sites overnight, the military said on Tuesday.', 'overnight', '2025-05-06TNI', 'TIME'],
    ]);
  });
});
