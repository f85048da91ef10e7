// A day opening its sentence whose main clause is a saying ("Also on Tuesday, Vale announced it would …") dates the
// saying: it lies before publication, though the reported clause looks ahead ("would", "will"). Without the rule the
// reported clause's "would"/"will" sent the day a week on. Negatives: a parenthetical saying, a present "says", a
// main clause of its own. Sentences are our own; publication date pinned (Wednesday 2024-03-06).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { check } from './helpers.js';
import { frontedSayingDay } from '../../../src/nlp/time/saying-day.js';

const WED = '2024-03-06';

describe('time: a fronted day dated by the saying after it', () => {
  it('is the past day when a speaker and a past reporting verb follow its comma (positives)', () => {
    check(WED, [
      ['Also on Tuesday, Vale announced it would decommission 10 dams.', 'Tuesday', '2024-03-05', 'DATE'],
      ['On Tuesday, the interior ministry said the team will travel to Paris.', 'Tuesday', '2024-03-05', 'DATE'],
      ['Also on Monday, Prime Minister Rishi Sunak announced he would visit the region.', 'Monday', '2024-03-04', 'DATE'],
      ['On Thursday, the company confirmed it would cut 500 jobs.', 'Thursday', '2024-02-29', 'DATE'],
      ['Separately on Monday, the central bank warned that inflation will rise.', 'Monday', '2024-03-04', 'DATE'],
    ]);
  });
  it('leaves the day to the reported clause otherwise (negatives)', () => {
    check(WED, [
      ['On Friday, the team will leave for Paris, he said.', 'Friday', '2024-03-08', 'DATE'],
      ['On Friday, officials who will meet said nothing.', 'Friday', '2024-03-08', 'DATE'],
      ['On Monday, the ministry says it will publish the report.', 'Monday', '2024-03-11', 'DATE'],
    ]);
  });
  it('the reader itself: a parenthetical saying, a verb among the speaker words, a day not opening its sentence', () => {
    const at = (t: string, d: string): boolean => { const i = t.indexOf(d); return frontedSayingDay(t, i, i + d.length); };
    assert.equal(at('On Friday, he said, the team will leave.', 'Friday'), false);
    assert.equal(at('On Friday, the team arrived and said it would stay.', 'Friday'), false);
    assert.equal(at('Talks ended on Friday, the ministry said.', 'Friday'), false);
    assert.equal(at('Later on Friday, police said the road would reopen.', 'Friday'), true);
    assert.equal(at('On Monday, Theresa May said she would resign.', 'Monday'), true);
  });
  it('any one-to-three-word capitalised speaker before "said" makes a saying day (property)', () => {
    const word = fc.stringMatching(/^[A-Z][a-z]{2,8}$/).filter((w) => !/ed$/.test(w));
    fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 3 }), (ws) => {
      const t = `On Monday, ${ws.join(' ')} said the plant would close.`;
      return frontedSayingDay(t, 3, 9);
    }));
  });
});
