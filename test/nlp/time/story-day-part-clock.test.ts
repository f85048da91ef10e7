// "KANO, Nigeria, Dec 12 (Reuters) - Gunmen attacked a school late on Friday, and hundreds of students were missing on
// Saturday, police said. / The attackers stormed the school at about 9:40 p.m.": the wire dateline's date dates the
// report, not the story, and a clock in a told past that falls in the part of the day the story's day was named with
// ("late": evening and night) is that day's, though the lead went on to the next day in the same sentence. Without the
// two rules the clock took Saturday. Negatives: a clock outside that part, a next day told in a sentence of its own,
// a date that is no wire dateline. Sentences are our own; publication date pinned (Saturday 2020-12-12).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { check } from './helpers.js';
import { onWireDateline } from '../../../src/nlp/time/page-date-line.js';
import { clauseSubjectNouns } from '../../../src/nlp/time/story-event.js';

const SAT = '2020-12-12';
const LEAD = 'KANO, Nigeria, Dec 12 (Reuters) - Gunmen attacked a boarding school in Katsina state late on Friday, and hundreds of '
  + 'students were unaccounted for on Saturday, police said.\n\n';

describe('time: a clock in the part of the story\'s day', () => {
  it('is the story\'s day after a wire dateline and a lead going on to the next day (positives)', () => {
    check(SAT, [
      [LEAD + 'The attackers stormed the school at about 9:40 p.m., shooting sporadically, a spokesman said.', '9:40 p.m.', '2020-12-11T21:40', 'TIME', 'APPROX'],
      ['Gunmen attacked a village late on Friday, and dozens were missing on Saturday, officials said. The attackers arrived at 11 p.m. on motorcycles.',
        '11 p.m.', '2020-12-11T23:00', 'TIME'],
      // a clock told of others than the next day's actors stays on the story's day
      ['Gunmen attacked a village late on Friday, and troops reached it on Saturday, officials said. The gunmen burned homes at about 10 p.m.',
        '10 p.m.', '2020-12-11T22:00', 'TIME', 'APPROX'],
    ]);
  });
  it('leaves the clock on the next day when its sentence takes up that day\'s actors (review finding 9)', () => {
    check(SAT, [
      ['Gunmen attacked a village late on Friday, and troops reached it on Saturday, officials said. The troops killed 12 attackers at about 10 p.m.',
        '10 p.m.', '2020-12-12T22:00', 'TIME', 'APPROX'],
      ['Rebels shelled the town late on Friday, but the soldiers retook it on Saturday, the army said. The soldiers were ambushed at 11 p.m.',
        '11 p.m.', '2020-12-12T23:00', 'TIME'],
    ]);
  });
  it('reads the subject of the clause naming the next day', () => {
    const subj = (t: string): string[] => clauseSubjectNouns(t, 0, t.length);
    assert.deepEqual(subj('late on Friday, and troops reached it on Saturday'), ['troops']);
    assert.deepEqual(subj('late on Friday, but the soldiers retook it on Saturday'), ['soldiers']);
    assert.deepEqual(subj('late on Friday, and hundreds of students were missing on Saturday'), ['hundreds']);
    assert.deepEqual(subj('late on Friday on Saturday'), []);
  });
  it('keeps the next day otherwise (negatives)', () => {
    check(SAT, [
      // a morning clock is outside "late"
      [LEAD + 'Soldiers reached the school at 9:40 a.m., a spokesman said.', '9:40 a.m.', '2020-12-12T09:40', 'TIME'],
      // the next day in a sentence of its own is the story going on
      ['Gunmen attacked a village late on Friday. Dozens were missing on Saturday. Troops arrived at 11 p.m., officials said.',
        '11 p.m.', '2020-12-12T23:00', 'TIME'],
    ]);
  });
  it('reads a wire dateline and nothing else as one', () => {
    const at = (t: string, d: string): boolean => { const i = t.indexOf(d); return onWireDateline(t, i, i + d.length); };
    assert.equal(at('KANO, Nigeria, Dec 12 (Reuters) - Gunmen attacked', 'Dec 12'), true);
    assert.equal(at('Headline\n\nWASHINGTON, Dec. 12 (AP) — The Senate voted', 'Dec. 12'), true);
    assert.equal(at('BEIJING, March 3, 2015 (Xinhua) -- Rescuers', 'March 3'), true);
    assert.equal(at('The vote is on Dec 12 - the day after the summit.', 'Dec 12'), false);
    assert.equal(at('Police said on Dec 12 (Saturday) - the school', 'Dec 12'), false);
  });
});
