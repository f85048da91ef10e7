// Stop 33: a clock time told of the story's event, taken up by a definite mention ("The … quake struck at 23:11"),
// is on the day the event was named with ("Friday night's earthquake"), not on a later day named since for
// something else ("up from 2,012 yesterday evening"). Sentences are our own; publication date pinned.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { check } from './helpers.js';
import { definiteMentionBefore, eventNounsAt } from '../../../src/nlp/time/story-event.js';

const THU = '2023-09-14'; // a Thursday
const LEAD = 'Officials raised the toll from Tuesday night\'s earthquake to 2,122, up from 2,012 yesterday evening.\n\n'
  + 'Most of the victims were in mountain villages.\n\n';

describe('time (stop 33): a definite mention of the story\'s event keeps its clock on the event\'s day', () => {
  it('takes the day the event was named with', () => {
    check(THU, [
      [LEAD + 'The magnitude 6.8 quake struck at 11:11 p.m. local time.', '11:11 p.m. local time', '2023-09-12T23:11', 'TIME'],
      ['The blast on Tuesday killed four people, and more bodies were found on Wednesday.\n\n'
        + 'The blast happened at about 9 p.m.', '9 p.m.', '2023-09-12T21:00', 'TIME'],
    ]);
  });
  it('leaves other clocks alone', () => {
    check(THU, [
      // negative: another subject is told of the later day
      [LEAD + 'The rescue teams arrived at 11:11 p.m. local time.', '11:11 p.m. local time', '2023-09-13T23:11', 'TIME'],
      // negative: the clock's own day wins
      [LEAD + 'The quake struck at 11:11 p.m. on Monday.', '11:11 p.m. on Monday', '2023-09-11T23:11', 'TIME'],
      // negative: a future clause keeps the publication day
      [LEAD + 'The quake toll will be updated at 6 p.m.', '6 p.m.', '2023-09-14T18:00', 'TIME'],
    ]);
  });
  it('reads the event nouns and their definite mention from the text', () => {
    const t = 'the toll from Friday night\'s deadly earthquake rose';
    const i = t.indexOf('Friday night');
    assert.ok(eventNounsAt(t, i, i + 'Friday night'.length).includes('earthquake'));
    const u = 'Police said the blast on Tuesday killed four.';
    assert.deepEqual(eventNounsAt(u, u.indexOf('Tuesday'), u.indexOf('Tuesday') + 7), ['blast']);
    // negative: a bare day names no event
    assert.deepEqual(eventNounsAt('Rescuers worked on Tuesday.', 19, 26), []);
    const s = 'It was late. The magnitude 6.8 quake struck at 23:11.';
    assert.equal(definiteMentionBefore(s, s.indexOf('23:11'), ['earthquake']), true);
    assert.equal(definiteMentionBefore(s, s.indexOf('23:11'), ['flood']), false);
    // negative: not a definite noun phrase at the sentence start
    const v = 'It was late. A quake struck at 23:11.';
    assert.equal(definiteMentionBefore(v, v.indexOf('23:11'), ['earthquake']), false);
  });
});
