// Review of stop 21 (findings 1-4): a modal of possibility looks ahead only for a time on its own verb, not one
// dating an event noun after it ("could rise after the quake on Monday"); a commitment only before a base-form verb
// ("agreed to talks on Monday" is past) and only for a time after it ("On Monday the minister promised to resign");
// "and beyond"/"onwards" bound a year only when the phrase ends there. Sentences are our own; date pinned.
import { describe, it } from 'node:test';
import { check } from './helpers.js';

const FRI = '2024-05-10'; // a Friday

describe('time: scope of possibility and commitment cues', () => {
  it('a time dating an event noun after a modal stays past (negatives)', () => {
    check(FRI, [
      ['The death toll could rise after the quake on Monday.', 'Monday', '2024-05-06', 'DATE'],
      ['Officials fear more bodies may be found after the quake on Monday.', 'Monday', '2024-05-06', 'DATE'],
      ['Investigators said the fire may be linked to a blast on Monday.', 'Monday', '2024-05-06', 'DATE'],
    ]);
  });
  it('a time on the modal\'s own verb still looks ahead', () => {
    check(FRI, [
      ['The talks might resume on Monday.', 'Monday', '2024-05-13', 'DATE'],
      ['The move could come on Tuesday.', 'Tuesday', '2024-05-14', 'DATE'],
      ['Rain may fall on Sunday after the storm.', 'Sunday', '2024-05-12', 'DATE'],
    ]);
  });
  it('"agreed to" before a noun, and a commitment after a fronted time, stay past (negatives)', () => {
    check(FRI, [
      ['Russia agreed to talks on Monday.', 'Monday', '2024-05-06', 'DATE'],
      ['The rebels agreed to peace talks on Monday.', 'Monday', '2024-05-06', 'DATE'],
      ['On Monday the minister promised to resign.', 'Monday', '2024-05-06', 'DATE'],
      ['On Tuesday, the rebels vowed to return.', 'Tuesday', '2024-05-07', 'DATE'],
    ]);
  });
  it('a commitment before a base-form verb still looks ahead', () => {
    check(FRI, [
      ['Russia agreed to hold talks on Monday.', 'Monday', '2024-05-13', 'DATE'],
      ['The rebels vowed to return on Saturday.', 'Saturday', '2024-05-11', 'DATE'],
      ['The minister promised to resign on Tuesday.', 'Tuesday', '2024-05-14', 'DATE'],
    ]);
  });
  it('"and beyond"/"onwards" bound a year only when the phrase ends there', () => {
    check(FRI, [
      ['The firm grew in 2019 and beyond its home market.', '2019', '2019', 'DATE', ''],
      ['Sales will grow in 2025 and beyond.', '2025', '2025', 'DATE', 'ON_OR_AFTER'],
      ['Sales will grow in 2025 and beyond, the firm said.', '2025', '2025', 'DATE', 'ON_OR_AFTER'],
      ['Prices are set to rise in 2026 onwards.', '2026', '2026', 'DATE', 'ON_OR_AFTER'],
    ]);
  });
});
