import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { timeMissDetail, timeSignalClass } from '../../eval/time-miss.js';

describe('eval: time miss signal classes', () => {
  it('names the closed-class word before and the bound phrase after the gold span', () => {
    assert.equal(timeSignalClass('Rain is expected as early as Tuesday.', 'Tuesday'), 'before: as early as; after: none');
    assert.equal(timeSignalClass('Prices have risen since 2019 or so.', '2019'), 'before: since; after: or so');
    assert.equal(timeSignalClass('Masks are required from Monday onwards.', 'Monday'), 'before: from; after: onwards');
    assert.equal(timeSignalClass('He ruled for about three years.', 'about three years'), 'before: for; starts with: about; after: none');
  });
  it('prints no word outside its lists', () => {
    assert.equal(timeSignalClass('Zebras grazed Tuesday quietly.', 'Tuesday'), 'before: other word; after: none');
    assert.equal(timeSignalClass('Tuesday was calm.', 'Tuesday'), 'before: none; after: none');
    // "fromage" is not "from"
    assert.equal(timeSignalClass('fromage Tuesday', 'Tuesday'), 'before: other word; after: none');
    assert.equal(timeSignalClass('no such span', 'Tuesday'), undefined);
  });
  it('reads scorer lines about times only', () => {
    const an = () => ({ document: { text: 'The law applies from March 2024.' } });
    assert.equal(timeMissDetail('  miss x.gold.json: time "March 2024" 2024-03 ON_OR_AFTER got 2024-03', an), 'before: from; after: none');
    assert.equal(timeMissDetail('  miss x.gold.json: time "March 2024"', an), 'before: from; after: none');
    assert.equal(timeMissDetail('  miss x.gold.json: claim "The law applies"', an), undefined);
  });
});
