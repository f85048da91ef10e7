// "the summer" with no tense to go by names the season nearest the publication date.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkCases, times } from './helpers.js';

describe('time: "the <season>" without a tense cue', () => {
  it('is the season nearest the anchor', () => {
    checkCases('2023-06-20', [['Plans for the summer: a festival and a fair.', 'the summer', '2023-SU', 'DATE']], assert.equal);
    checkCases('2023-09-11', [['Plans for the summer: a festival and a fair.', 'the summer', '2023-SU', 'DATE']], assert.equal);
    checkCases('2023-09-20', [['Plans for the winter: more shelters.', 'the winter', '2023-WI', 'DATE']], assert.equal);
    checkCases('2023-04-02', [['Plans for the winter: more shelters.', 'the winter', '2022-WI', 'DATE']], assert.equal);
    checkCases('2023-01-15', [['Plans for the winter: more shelters.', 'the winter', '2022-WI', 'DATE']], assert.equal);
    checkCases('2023-11-20', [['Plans for the spring: new trains.', 'the spring', '2024-SP', 'DATE']], assert.equal);
  });
  it('a tense still decides, and a bare season or no anchor stays generic (negatives)', () => {
    checkCases('2023-11-20', [['The floods hit during the spring.', 'the spring', '2023-SP', 'DATE']], assert.equal);
    checkCases('2023-09-11', [['Rain is common in summer.', 'summer', 'XXXX-SU', 'DATE']], assert.equal);
    checkCases(undefined, [['Plans for the summer: a festival and a fair.', 'the summer', 'XXXX-SU', 'DATE']], assert.equal);
  });

  it('"in spring", "until fall" are seasons; "a fall in prices", "spring water" are not', () => {
    checkCases('2023-09-11', [
      ['Elections are held in spring.', 'spring', 'XXXX-SP', 'DATE'],
      ['The project was delayed until fall.', 'fall', 'XXXX-FA', 'DATE'],
    ], assert.equal);
    for (const text of ['Prices saw a fall in demand.', 'He drank spring water.', 'They may fall in line.', 'in fall of prices']) {
      assert.equal(times(text, '2023-09-11').length, 0, text);
    }
  });
});
