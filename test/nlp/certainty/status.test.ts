import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { claimIn, statusOf } from './helpers.js';

// Sentences written for these tests. Publication: Wednesday 6 March 2024.
describe('status: resolved times against publication', () => {
  it('a week or weekend holding or preceding publication does not make a past claim future', () => {
    assert.equal(statusOf('Shares in the carmaker fell sharply this week.', 'fell sharply'), 'PAST');
    assert.equal(statusOf('The two ministers met at the weekend.', 'ministers met'), 'PAST');
    // negative: a week after publication still does
    assert.equal(statusOf('The two ministers meet next week.', 'ministers meet'), 'FUTURE');
  });
  it('a quarter that has ended is not after publication', () => {
    assert.equal(statusOf('The lender said it lost $2 billion in the fourth quarter of 2023.', 'lost $2 billion'), 'PAST');
    assert.equal(statusOf('The lender said it expects a loss in the third quarter of 2024.', 'expects a loss'), 'FUTURE');
  });
  it('a year naming a thing ("the 2025 edition") does not make a past-tense claim future', () => {
    assert.equal(statusOf('The publisher released the 2025 edition of its atlas.', 'released the 2025 edition'), 'PAST');
    // negative: a year dating the claim does
    assert.equal(statusOf('The publisher releases the atlas in 2025.', 'releases the atlas'), 'FUTURE');
  });
  it('a date that bounds a present state ("closed until Friday") does not make it future', () => {
    assert.equal(statusOf('The museum stays closed until 20 March.', 'stays closed'), 'ONGOING');
    // negative: the same date with an event verb is the event's date
    assert.equal(statusOf('The museum reopens on 20 March.', 'museum reopens'), 'FUTURE');
  });
  it('a plan stated in the past whose written-out date has passed is past', () => {
    assert.equal(statusOf('The delegation was due to arrive on 4 March.', 'due to arrive'), 'PAST');
    // negative: the plan's date is still ahead
    assert.equal(statusOf('The delegation was due to arrive on 12 March.', 'due to arrive'), 'FUTURE');
    // negative: a present plan with a past date is left to the grammar
    assert.equal(statusOf('The delegation is due to arrive on 12 March.', 'due to arrive'), 'FUTURE');
  });
});

describe('status: grammar', () => {
  it('"due to" before a cause is no schedule', () => {
    assert.equal(statusOf('The delay was due to bad weather.', 'delay was due'), 'PAST');
    assert.equal(statusOf('The shortage is due to a strike at the port.', 'shortage is due'), 'ONGOING');
    // negative: "due to" before a verb, "due in" are schedules
    assert.equal(statusOf('The report is due to be published later.', 'report is due'), 'FUTURE');
    assert.equal(statusOf('The verdict is due in the spring.', 'verdict is due'), 'FUTURE');
  });
  it('"is planning to", "are preparing to" announce a future', () => {
    assert.equal(statusOf('The firm is planning to sell its stake.', 'planning to sell'), 'FUTURE');
    assert.equal(statusOf('Residents are preparing to leave the valley.', 'preparing to leave'), 'FUTURE');
    // negative: a progressive with no "to" complement is ongoing
    assert.equal(statusOf('The firm is planning a sale of its stake.', 'planning a sale'), 'ONGOING');
  });
  it('"will" inside a clause opened after the main verb does not make the claim future', () => {
    assert.equal(statusOf('Lenders are hoarding cash, fearing that more borrowers will default.', 'hoarding cash'), 'ONGOING');
    assert.equal(statusOf('The council approved two plants, which will be built near the river.', 'approved two plants'), 'PAST');
    // negative: the main clause's own "will", and a "will" after a relative clause that precedes the main verb
    assert.equal(statusOf('The council will approve two plants, which were proposed last year.', 'will approve'), 'FUTURE');
    assert.equal(statusOf('The plants, which were proposed last year, will be built near the river.', 'will be built'), 'FUTURE');
  });
  it('certainty is unchanged by these status rules', () => {
    assert.equal(claimIn('The firm is planning to sell its stake.', 'planning to sell').certainty, 'CERTAIN');
  });
});
