// A clock told of the story's event by a definite mention takes the event's day only when the event noun heads the
// subject: "The quake toll had reached 2,012 at 8 p.m." tells the toll, counted at a later hour, so the clock keeps
// the day last named. Sentences are our own; publication date pinned.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { check } from './helpers.js';
import { definiteMentionBefore } from '../../../src/nlp/time/story-event.js';

const THU = '2023-09-14'; // a Thursday
const LEAD = 'Officials raised the toll from Tuesday night\'s earthquake to 2,122, up from 2,012 yesterday evening.\n\n'
  + 'Most of the victims were in mountain villages.\n\n';

describe('time: the event noun must head the definite subject to lend its day to a clock', () => {
  it('a modifier of another head noun does not take the event\'s day', () => {
    check(THU, [
      [LEAD + 'The quake toll had reached 2,012 at 8 p.m.', '8 p.m.', '2023-09-13T20:00', 'TIME'],
      [LEAD + 'The earthquake death toll stood at 1,900 at 6 p.m.', '6 p.m.', '2023-09-13T18:00', 'TIME'],
    ]);
  });
  it('the event noun as head still takes it (negative: unchanged)', () => {
    check(THU, [
      [LEAD + 'The magnitude 6.8 quake struck at 11:11 p.m. local time.', '11:11 p.m. local time', '2023-09-12T23:11', 'TIME'],
      [LEAD + 'The quake, which was felt in the capital, hit at 11:11 p.m.', '11:11 p.m.', '2023-09-12T23:11', 'TIME'],
      [LEAD + 'The quake was felt at 11:11 p.m.', '11:11 p.m.', '2023-09-12T23:11', 'TIME'],
      [LEAD + 'The quake toppled homes at 11:11 p.m.', '11:11 p.m.', '2023-09-12T23:11', 'TIME'],
    ]);
  });
  it('reads the head from the words after the noun', () => {
    const s = 'It was late. The quake toll had reached 2,012 at 8 p.m.';
    assert.equal(definiteMentionBefore(s, s.indexOf('8 p.m.'), ['earthquake']), false);
    const t = 'It was late. The quake struck at 23:11.';
    assert.equal(definiteMentionBefore(t, t.indexOf('23:11'), ['earthquake']), true);
    const u = 'It was late. The deadly quake also destroyed a school at 23:11.';
    assert.equal(definiteMentionBefore(u, u.indexOf('23:11'), ['earthquake']), true);
  });
  it('an -ing reduced relative or a verb in -s after the noun leaves it the head (review finding 7)', () => {
    check(THU, [
      [LEAD + 'The quake measuring 6.8 struck at 23:11.', '23:11', '2023-09-12T23:11', 'TIME'],
      [LEAD + 'The quake measuring 6.8 struck at 11:11 p.m. local time.', '11:11 p.m. local time', '2023-09-12T23:11', 'TIME'],
    ]);
    const s = 'It was late. The quake measuring 6.8 struck at 23:11.';
    assert.equal(definiteMentionBefore(s, s.indexOf('23:11'), ['earthquake']), true);
    const k = 'It was late. The quake killing 300 people struck at 23:11.';
    assert.equal(definiteMentionBefore(k, k.indexOf('23:11'), ['earthquake']), true);
    const h = 'It was late. The quake hits the coast at 23:11.';
    assert.equal(definiteMentionBefore(h, h.indexOf('23:11'), ['earthquake']), true);
  });
  it('an -ing or -s noun heading the phrase still takes the head (negative: unchanged)', () => {
    const w = 'It was late. The quake warning was issued at 23:11.';
    assert.equal(definiteMentionBefore(w, w.indexOf('23:11'), ['earthquake']), false);
    const b = 'It was late. The quake building collapsed at 23:11.';
    assert.equal(definiteMentionBefore(b, b.indexOf('23:11'), ['earthquake']), false);
    const v = 'It was late. The quake victims were found at 23:11.';
    assert.equal(definiteMentionBefore(v, v.indexOf('23:11'), ['earthquake']), false);
    check(THU, [
      [LEAD + 'The quake warning was lifted at 8 p.m.', '8 p.m.', '2023-09-13T20:00', 'TIME'],
    ]);
  });
});
