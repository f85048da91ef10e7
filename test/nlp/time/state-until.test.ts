// The bound of a present state ("the warning is valid through Sunday", "schools remain closed until Monday") lies
// ahead of publication; a past stretch ("was closed until Friday") and a possessive day stay in the past. A military
// clock ("0600 hours") between the bound word and the day is passed over like "6 a.m.". Sentences are our own;
// publication date pinned to a Tuesday.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { check } from './helpers.js';
import { stateUntilAhead } from '../../../src/nlp/time/state-until.js';
import { CLOCK_LEAD } from '../../../src/nlp/time/text-util.js';

const TUE = '2026-12-01';

describe('time: the bound of a present state lies ahead', () => {
  it('a present state verb, then "until"/"through": the next such day', () => {
    check(TUE, [
      ['A flood warning is valid through Sunday.', 'Sunday', '2026-12-06', 'DATE'],
      ['Schools remain closed until Monday, officials said on Sunday.', 'Monday', '2026-12-07', 'DATE'],
      ['The ban stays in place till Friday.', 'Friday', '2026-12-04', 'DATE'],
      ['Police said the road is closed until 0600 hours on Wednesday.', '0600 hours on Wednesday', '2026-12-02T06:00', 'TIME'],
    ]);
  });
  it('a past stretch, a perfect, a relative clause or a possessive day stays in the past (negatives)', () => {
    check(TUE, [
      ['The road was closed until Sunday.', 'Sunday', '2026-11-29', 'DATE'],
      ['The protest lasted until Friday.', 'Friday', '2026-11-27', 'DATE'],
      ['The museum is open again after it had been closed until Sunday.', 'Sunday', '2026-11-29', 'DATE'],
    ]);
    const t = 'Analysts are going through Sunday\'s results.';
    assert.equal(stateUntilAhead(t, t.indexOf('Sunday'), t.indexOf('Sunday') + 6), false);
    const u = 'The bridge is shut which was closed until Sunday.';
    assert.equal(stateUntilAhead(u, u.indexOf('Sunday'), u.indexOf('Sunday') + 6), false);
    const v = 'The bridge is shut until Sunday.';
    assert.equal(stateUntilAhead(v, v.indexOf('Sunday'), v.indexOf('Sunday') + 6), true);
  });
  it('a military clock in a lead is passed over; a bare four-digit number is not', () => {
    assert.equal('closed until 0600 hours on '.replace(CLOCK_LEAD, ''), 'closed until ');
    assert.equal('until 2330 hrs '.replace(CLOCK_LEAD, ''), 'until ');
    assert.equal('rose to 2024 on '.replace(CLOCK_LEAD, ''), 'rose to 2024 on ');
    assert.equal('until 2460 hours '.replace(CLOCK_LEAD, ''), 'until 2460 hours ');
  });
});
