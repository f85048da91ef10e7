// Feasts of other calendars (data/lexicon/time-feasts.tsv): Islamic, Hebrew, Chinese, Korean and Persian feasts
// and international days, dated through the ICU calendars. Sentences are our own; publication date pinned.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { check, times } from './helpers.js';
import { FEASTS, feastDates } from '../../../src/nlp/time/feasts.js';

const THU = '2023-09-14'; // a Thursday

describe('time: feasts of other calendars', () => {
  it('converts calendar days to the Gregorian dates of a year', () => {
    const date = (name: string, y: number): string[] => feastDates(FEASTS.get(name)!, y).map((d) => `${d.y}-${d.m}-${d.d}`);
    assert.deepEqual(date('eid al fitr', 2023), ['2023-4-21']);
    assert.deepEqual(date('eid al adha', 2024), ['2024-6-16']);
    assert.deepEqual(date('rosh hashanah', 2023), ['2023-9-16']);
    assert.deepEqual(date('passover', 2024), ['2024-4-23']);
    assert.deepEqual(date('lunar new year', 2024), ['2024-2-10']);
    assert.deepEqual(date('nowruz', 2024), ['2024-3-20']);
    // an Islamic year is shorter than a Gregorian one: a feast can fall twice in one year
    assert.deepEqual(date('eid al fitr', 2000), ['2000-1-8', '2000-12-27']);
  });
  it('dates a feast nearest the publication date as the tense says', () => {
    check(THU, [
      ['Families gathered in the square to mark Eid al-Adha.', 'Eid al-Adha', '2023-06-28', 'DATE'],
      ['Markets will close for Eid ul-Fitr.', 'Eid ul-Fitr', '2024-04-10', 'DATE'],
      ['Israelis will mark Yom Kippur in quiet streets.', 'Yom Kippur', '2023-09-25', 'DATE'],
      ['Millions travelled home for the Lunar New Year holiday.', 'Lunar New Year', '2023-01-22', 'DATE'],
      ['The ceasefire must hold until Eid-ul-Fitr 2024.', 'Eid-ul-Fitr 2024', '2024-04-10', 'DATE'],
      ['Last Nowruz, prices doubled.', 'Last Nowruz', '2023-03-21', 'DATE'],
      ['EID AL-FITR PRAYERS HELD IN GAZA', 'EID AL-FITR', '2023-04-21', 'DATE'],
      ["Thousands marched on International Women's Day.", "International Women's Day", '2023-03-08', 'DATE'],
    ]);
  });
  it('leaves a feast unresolved without a publication date', () => {
    assert.equal(times('Shops close for Passover.')[0]?.value, 'XXXX-XX-XX');
  });
  it('needs the whole name: a bare "Eid", "Tet" or a lower-case "day of" is no feast', () => {
    for (const text of ['Eid prayers were held in the mosque.', 'The Tet offensive began that year.', 'It was the day of reckoning.']) {
      assert.deepEqual(times(text, THU).filter((t) => t.rule === 'date.feast'), [], text);
    }
  });
});
