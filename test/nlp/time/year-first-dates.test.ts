// Year-first dates with slashes or dots ("2024/03/05", "SEOUL, 2024.03.05") are dates, and a dateline ISO date with
// its clock ("2024-03-05T10:32:00Z") anchors a text that has no publication date, as the bare ISO date does. Not a
// season ("2023/24"), a release number ("version 2024.1.5", "v2024.03.01"), an impossible date nor one out of a date's
// place ("The court file 2024/3/5": no dateline, preposition or clock). Texts are our own.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { check } from './helpers.js';
import { tagTimes } from '../../../src/nlp/time/index.js';

describe('time: year-first dates and dateline anchors', () => {
  it('reads year/month/day with slashes or dots as a date', () => {
    check('2024-03-08', [
      ['BEIJING, 2024/3/5 (Xinhua) -- Heavy rain fell.', '2024/3/5', '2024-03-05', 'DATE'],
      ['SEOUL, 2024.03.05 -- Heavy rain fell.', '2024.03.05', '2024-03-05', 'DATE'],
      ['The order was signed on 2024/3/5 in Beijing.', '2024/3/5', '2024-03-05', 'DATE'],
      ['Updated 2024.03.05 -- Heavy rain fell.', '2024.03.05', '2024-03-05', 'DATE'],
    ]);
  });
  it('a year-first date out of a date\'s place (no dateline, preposition or clock) is no day (negatives)', () => {
    for (const t of ['The court file 2024/3/5 was sealed.', 'Case 2024.03.05 was closed by the judge.']) {
      const r = tagTimes(t, { anchorDate: '2024-06-26' });
      assert.equal(r.times.some((x) => /^\d{4}-\d{2}-\d{2}/.test(x.value)), false, t);
    }
  });
  it('a dateline date, with or without its clock, anchors an undated text', () => {
    for (const t of ['Published 2024-03-05T10:32:00Z. A bus fell on Monday.', '2024/03/05 - A bus fell on Monday.', 'SEOUL, 2024.03.05 -- A bus fell on Monday.']) {
      const r = tagTimes(t);
      assert.equal(r.anchor, '2024-03-05', t);
      assert.equal(r.times.find((x) => x.text === 'Monday')?.value, '2024-03-04', t);
    }
  });
  it('no date from a season, a release number or an impossible day (negatives)', () => {
    for (const t of ['The 2023/24 season ended.', 'Version 2024.1.5 shipped.', 'Release v2024.03.01 is out.', 'It was 2024/25/40.', 'The 2024.3.5 build failed.']) {
      const r = tagTimes(t);
      assert.equal(r.times.some((x) => /^\d{4}-\d{2}-\d{2}/.test(x.value)), false, t);
      assert.equal(r.anchor, undefined, t);
    }
  });
});
