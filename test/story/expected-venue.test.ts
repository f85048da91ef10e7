import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectedThenHeld } from '../../src/story/build.js';
import { story } from './helpers.js';

const DAY = 86400000;
const t = (d: string, days = 1) => ({ lo: Date.parse(d), hi: Date.parse(d) + days * DAY });
const doc = (published: string) => ({ a: { document: { publishedAt: published } } }) as never;
const item = (status: string, published: string, time?: { lo: number; hi: number }, parts: string[] = []) =>
  ({ ev: { status }, doc: doc(published), ...(time ? { time } : {}), parts: new Set(parts) }) as never;

// A gathering a report expects somewhere ("Defence chiefs are expected to meet in Abuja next week") and one a later
// report tells as held in the time it was expected for ("army chiefs meeting in Accra said on Friday") are one
// gathering whose venue the reports disagree on (a location fact marked inconsistent), not two.
test('an expected gathering and the one held in its time are one, whatever the venue', () => {
  assert.ok(expectedThenHeld(item('FUTURE', '2023-08-11', t('2023-08-14', 7)), item('ONGOING', '2023-08-20', t('2023-08-18'))));
  assert.ok(expectedThenHeld(item('PAST', '2023-08-20', t('2023-08-18')), item('FUTURE', '2023-08-11', t('2023-08-14', 7))));
  // negative: both held, or held outside the expected time, or told before it was expected, or each with its own parties
  assert.ok(!expectedThenHeld(item('PAST', '2023-08-11', t('2023-08-10')), item('PAST', '2023-08-20', t('2023-08-18'))));
  assert.ok(!expectedThenHeld(item('FUTURE', '2023-08-11', t('2023-08-14', 7)), item('PAST', '2023-08-28', t('2023-08-25'))));
  assert.ok(!expectedThenHeld(item('FUTURE', '2023-08-11', t('2023-08-14', 7)), item('PAST', '2023-08-10', t('2023-08-15'))));
  assert.ok(!expectedThenHeld(item('FUTURE', '2023-08-11', t('2023-08-14', 7), ['Kim']), item('PAST', '2023-08-20', t('2023-08-18'), ['Putin'])));
  // nor a month's expectation: too long to say which gathering it meant
  assert.ok(!expectedThenHeld(item('FUTURE', '2023-08-01', t('2023-08-01', 31)), item('PAST', '2023-08-20', t('2023-08-18'))));
});

test('the meeting expected in one town and held in another is one event with a disputed location', () => {
  const s = story([
    ['AAA', '2031-08-11', 'Defence chiefs from the bloc are expected to meet in Abuja next week to finalise plans, a diplomat said.'],
    ['BBB', '2031-08-23', 'Army chiefs meeting in Accra said on Friday that they had agreed on a date for an intervention.'],
  ]);
  const meets = s.events.filter((e) => e.type === 'MEET');
  assert.equal(meets.length, 1, JSON.stringify(s.events.map((e) => `${e.type}:${e.places}:${e.date}`)));
  assert.deepEqual([...meets[0]!.places!].sort(), ['Abuja', 'Accra']);
});
