// A page's own date line ("Published: 2024-04-03" under the headline) says when the page was written: it is not the
// story's day, so a clock time told of an earlier day further down keeps that day.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { check } from './helpers.js';
import { onPageDateLine } from '../../../src/nlp/time/page-date-line.js';

const PUB = '2024-04-03'; // a Wednesday
const LEAD = 'At least 150 people died in a crowd crush in the Itaewon district on Saturday night, officials said. '
  + 'The first emergency call came at 10:15 p.m.';

describe('time: a page date line is not the story day', () => {
  it('a clock told after a day named in the lead keeps that day under a "Published:" line', () => {
    for (const head of ['Published: 2024-04-03', 'Updated 3 April 2024, 10:32 GMT', 'Posted on April 3, 2024', 'Wednesday, April 3, 2024']) {
      check(PUB, [[`Crowd crush in Seoul\n${head}\n\n${LEAD}`, '10:15 p.m.', '2024-03-30T22:15', 'TIME']]);
    }
    // the date line itself is still a time of its own
    check(PUB, [[`Crowd crush in Seoul\nPublished: 2024-04-03\n\n${LEAD}`, '2024-04-03', '2024-04-03', 'DATE']]);
  });

  it('negatives: a date in running text, or a date line that disagrees with the publication date, still counts', () => {
    // a date line other than the publication date is the better reference for what follows (MEANTIME's DCTs off by days)
    check(PUB, [['Markets\nMarch 28, 2024\n\nShares fell at the start of the day. Trading closed at 4 p.m.', '4 p.m.', '2024-03-28T16:00', 'TIME']]);
    assert.equal(onPageDateLine('The talks began on 2024-04-03 in Geneva.', 16, 26), false);
    assert.equal(onPageDateLine('Headline\nThe deadline: 2024-04-03', 24, 34), false);
    assert.equal(onPageDateLine(`${'x'.repeat(500)}\nPublished: 2024-04-03`, 512, 522), false);
    assert.equal(onPageDateLine('Headline\nPublished: 2024-04-03 | 10:32 IST', 20, 30), true);
  });

  it('a weekday (full or abbreviated, from the one weekday list) before the date on its line', () => {
    for (const wd of ['Wednesday,', 'Wed,', 'Thur.,', 'thurs', 'Sun.']) {
      assert.equal(onPageDateLine(`Headline\nPublished: ${wd} 2024-04-03`, 20 + wd.length + 1, 30 + wd.length + 1), true, wd);
    }
    // not a weekday: a word that only starts like one
    assert.equal(onPageDateLine('Headline\nPublished: Sunny 2024-04-03', 26, 36), false);
    assert.equal(onPageDateLine('Headline\nPublished: Wedding 2024-04-03', 28, 38), false);
  });

  it('stays fast on a long first line', () => {
    const text = `Published: 2024-04-03 ${'word '.repeat(200000)}`;
    const t0 = performance.now();
    onPageDateLine(text, 11, 21);
    check(PUB, [[text.slice(0, 2000), '2024-04-03', '2024-04-03', 'DATE']]);
    assert.ok(performance.now() - t0 < 1000);
  });
});
