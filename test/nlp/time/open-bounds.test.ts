// Open bounds on a point: "beyond 2030" (AFTER), "2025 and beyond" / "2027 onwards" without "from", and
// "starting in 2025" / "beginning in March" (ON_OR_AFTER, the "in" between the signal and the time no longer
// hides it). Sentences are our own; publication date pinned.
import { describe, it } from 'node:test';
import { check } from './helpers.js';

const WED = '2024-03-13'; // a Wednesday

describe('time: open bounds on a point', () => {
  it('gives the bound', () => {
    check(WED, [
      ['The program will run beyond 2030.', '2030', '2030', 'DATE', 'AFTER'],
      ['Production will continue into 2025 and beyond.', '2025', '2025', 'DATE', 'ON_OR_AFTER'],
      ['The rule covers models built in 2027 onwards.', '2027', '2027', 'DATE', 'ON_OR_AFTER'],
      ['Starting in 2025, cars must be electric.', '2025', '2025', 'DATE', 'ON_OR_AFTER'],
      ['Beginning in March, prices rose sharply.', 'March', '2024-03', 'DATE', 'ON_OR_AFTER'],
      ['From 2027 onwards, all cars must be electric.', '2027', '2027', 'DATE', 'ON_OR_AFTER'],
    ]);
  });
  it('no bound without its word (negatives)', () => {
    check(WED, [
      ['The plant opens in 2026.', '2026', '2026', 'DATE', ''],
      ['Sales in 2023 rose.', '2023', '2023', 'DATE', ''],
      ['He lived in 2010 beyond the border.', '2010', '2010', 'DATE', ''],
      ['The effects, beyond Monday\'s vote, are unclear.', 'Monday', '2024-03-11', 'DATE', ''],
      ['Prices rose in 2025 and again in 2026.', '2025', '2025', 'DATE', ''],
      ['The war went on and on in 2014.', '2014', '2014', 'DATE', ''],
    ]);
  });
});
