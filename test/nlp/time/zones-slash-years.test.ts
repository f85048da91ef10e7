import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { check, times } from './helpers.js';

// Friday 2024-03-15
const PUB = '2024-03-15';

describe('clock times with a zone written out', () => {
  it('keeps the zone in the span and takes the day named after it', () => {
    check(PUB, [
      ['The minister will address parliament at 8 a.m. Eastern Time (1200 GMT) on Tuesday.', '8 a.m. Eastern Time', '2024-03-19T08:00', 'TIME'],
      ['The rocket is due to lift off at 11:15 p.m. Pacific Daylight Time on Saturday.', '11:15 p.m. Pacific Daylight Time on Saturday', '2024-03-16T23:15', 'TIME'],
      ['Drones struck the depot at 4 a.m. Moscow time on Wednesday.', '4 a.m. Moscow time on Wednesday', '2024-03-13T04:00', 'TIME'],
      ['Air raid sirens sounded at 14:30 Kyiv time.', '14:30 Kyiv time', '2024-03-15T14:30', 'TIME'],
    ]);
  });
  it('does not take a capitalised word that is no zone', () => {
    const t = times('The vote closed at 6 p.m. Officials began counting.', PUB);
    assert.equal(t.find((x) => x.text.startsWith('6 p.m.'))?.text, '6 p.m.');
  });
});

describe('slashed year pairs', () => {
  it('reads "2023/24" and "2019/2020" as year ranges', () => {
    check(PUB, [
      ['Profits fell in the 2022/23 financial year.', '2022/23', '2022', 'DATE'],
      ['The club won the league in the 2018/2019 season.', '2018/2019', '2018', 'DATE'],
    ]);
  });
  it('does not read a slashed pair that is not consecutive years as a range', () => {
    const t = times('Ticket 2023/57 was drawn.', PUB);
    assert.equal(t.some((x) => x.text.includes('2023/57')), false);
  });
});

describe('two days on or back', () => {
  it('reads "the day after tomorrow" and "the day before yesterday" as one span each', () => {
    check(PUB, [
      ['The summit opens the day after tomorrow in Geneva.', 'the day after tomorrow', '2024-03-17', 'DATE'],
      ['The ferry sank the day before yesterday off the coast.', 'the day before yesterday', '2024-03-13', 'DATE'],
      ['The ferry sank yesterday off the coast.', 'yesterday', '2024-03-14', 'DATE'],
    ]);
  });
});

describe('seasons across two years and unstated counts of a unit', () => {
  it('reads "the winter of 2021-22" as one span, the first year\'s winter', () => {
    check(PUB, [
      ['Heating bills soared during the winter of 2021-22 across Europe.', 'the winter of 2021-22', '2021-WI', 'DATE'],
      ['Snow closed the pass in the winter of 2019/2020.', 'the winter of 2019/2020', '2019-WI', 'DATE'],
      ['Crops failed in the summer of 2018.', 'the summer of 2018', '2018-SU', 'DATE'],
    ]);
  });
  it('reads "multi-year" and "several-day" as durations of no stated count', () => {
    check(PUB, [
      ['The union agreed a multi-year pay deal with the airline.', 'multi-year', 'PXY', 'DURATION'],
      ['Rescuers ended a several-day search for the hikers.', 'several-day', 'PXD', 'DURATION'],
    ]);
  });
  it('leaves "multi-" words that name no unit alone', () => {
    assert.equal(times('A multi-party coalition took office.', PUB).length, 0);
  });
});
