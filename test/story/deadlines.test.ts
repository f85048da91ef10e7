import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deadlineOf, describedGiver, durationAmount, recipientText } from '../../src/story/deadlines.js';

const read = (text: string, needle: string, type: 'DATE' | 'DURATION', value: string) => {
  const start = text.indexOf(needle);
  return deadlineOf(text, { start: 0, end: text.length }, { start, end: start + needle.length, type, value });
};

test('durationAmount: TIMEX durations as an amount and a unit', () => {
  assert.deepEqual(durationAmount('P1W'), { value: 1, unit: 'week' });
  assert.deepEqual(durationAmount('PT48H'), { value: 48, unit: 'hour' });
  assert.deepEqual(durationAmount('PT30M'), { value: 30, unit: 'min' });
  assert.deepEqual(durationAmount('P2M'), { value: 2, unit: 'month' });
  // negative: vague or mixed durations
  assert.equal(durationAmount('PXD'), undefined);
  assert.equal(durationAmount('P1DT2H'), undefined);
});

test('deadlineOf: the time allowed and the day it ends, only where the words say so', () => {
  assert.equal(read('ECOWAS issued a one-week ultimatum.', 'one-week', 'DURATION', 'P1W')?.attribute, 'ultimatum');
  assert.equal(read('They gave the junta seven days to step down.', 'seven days', 'DURATION', 'P7D')?.attribute, 'ultimatum');
  assert.equal(read('The junta ordered the envoy to leave within 48 hours.', '48 hours', 'DURATION', 'PT48H')?.attribute, 'ultimatum');
  assert.deepEqual(read('ECOWAS gave the soldiers until Sunday to step down.', 'Sunday', 'DATE', '2023-08-06'), { attribute: 'deadline', kind: 'time', value: '2023-08-06' });
  assert.equal(read('The deadline expires on Sunday.', 'Sunday', 'DATE', '2023-08-06')?.attribute, 'deadline');
  // "until Sunday" comes from the time stage bounded (ON_OR_BEFORE): the deadline is the day itself
  const at = 'ECOWAS gave the soldiers until Sunday to step down.'.indexOf('Sunday');
  const until = { start: at, end: at + 6, type: 'DATE' as const, value: '2023-08-06', mod: 'ON_OR_BEFORE' as const };
  assert.deepEqual(deadlineOf('ECOWAS gave the soldiers until Sunday to step down.', { start: 0, end: 51 }, until), { attribute: 'deadline', kind: 'time', value: '2023-08-06' });
  // negative: another mod still says something of its own ("until the end of the month")
  assert.equal((deadlineOf('ECOWAS gave the soldiers until Sunday to step down.', { start: 0, end: 51 }, { ...until, mod: 'END' }) as { mod?: string } | undefined)?.mod, 'END');
  // negative: a duration or a day that bounds nothing anyone was given
  assert.equal(read('The talks lasted seven days.', 'seven days', 'DURATION', 'P7D'), undefined);
  assert.equal(read('They were given food for seven days.', 'seven days', 'DURATION', 'P7D'), undefined);
  assert.equal(read('The curfew lasts until Sunday.', 'Sunday', 'DATE', '2023-08-06'), undefined);
  assert.equal(read('The ultimatum was issued on Sunday.', 'Sunday', 'DATE', '2023-07-30'), undefined);
});

test('deadlineOf: a phrase naming whose deadline it is, an extension, a new deadline; the revised day is marked', () => {
  assert.equal(read('The deadline for striking drivers expires on Friday.', 'Friday', 'DATE', '2024-03-08')?.attribute, 'deadline');
  assert.equal(read('The ultimatum issued by the bloc runs out on Sunday.', 'Sunday', 'DATE', '2023-08-06')?.attribute, 'deadline');
  const ext = read('The ministry extended the deadline for striking drivers to Monday.', 'Monday', 'DATE', '2024-03-11');
  assert.deepEqual(ext, { attribute: 'deadline', kind: 'time', value: '2024-03-11', revised: true });
  assert.equal(read('The ministry set a new deadline of Monday.', 'Monday', 'DATE', '2024-03-11')?.attribute, 'deadline');
  assert.equal((read('Drivers now have until Monday after the ministry pushed back its deadline.', 'Monday', 'DATE', '2024-03-11') as { revised?: boolean } | undefined)?.revised, true);
  assert.equal((read('ECOWAS gave the soldiers until Sunday to step down.', 'Sunday', 'DATE', '2023-08-06') as { revised?: boolean } | undefined)?.revised, undefined, 'a first deadline is no revision');
  // negative: the day an ultimatum was issued, a summit moved (no deadline in the sentence)
  assert.equal(read('The ultimatum to the junta was issued on Sunday.', 'Sunday', 'DATE', '2023-07-30'), undefined);
  assert.equal(read('The summit was postponed to Saturday.', 'Saturday', 'DATE', '2023-08-05'), undefined);
});

test('describedGiver: a described subject is kept, an elided or pronoun subject is unknown', () => {
  assert.equal(describedGiver(' the junta '), 'the junta');
  assert.equal(describedGiver('Niger\'s military rulers had'), "Niger's military rulers");
  assert.equal(describedGiver('The soldiers also'), 'the soldiers');
  assert.equal(describedGiver('On Thursday the junta'), 'the junta');
  // negatives
  assert.equal(describedGiver('  '), null);
  assert.equal(describedGiver(' it '), null);
  assert.equal(describedGiver('they had'), null);
});

test('recipientText: whom a deadline is given to, between the giving verb and the time', () => {
  const r = (text: string, needle: string) => { const start = text.indexOf(needle); return recipientText(text, { start: 0, end: text.length }, { start, end: start + needle.length }); };
  assert.equal(r('ECOWAS gave the junta seven days to step down.', 'seven days'), 'junta');
  assert.equal(r('ECOWAS gave the coup leaders until Sunday to step down.', 'Sunday'), 'coup leaders');
  assert.equal(r('ECOWAS gave the junta a one-week ultimatum.', 'one-week'), 'junta');
  // negatives: no giving verb; no object between the verb and the time
  assert.equal(r('The deadline expires on Sunday.', 'Sunday'), undefined);
  assert.equal(r('The envoy was given 48 hours to leave.', '48 hours'), undefined);
});

test('deadlineOf: "within" a time after an order to act is the time allowed; after a saying, it is how fast something happened', () => {
  assert.equal(read('Niger told the French ambassador to quit the country within a week.', 'a week', 'DURATION', 'P1W')?.attribute, 'ultimatum');
  assert.equal(read('Police asked residents to leave their homes within the next 24 hours.', '24 hours', 'DURATION', 'PT24H')?.attribute, 'ultimatum');
  // negative: the verb of saying governs a clause, not an order ("told investigators that the vessel … overturned within")
  assert.equal(read('Zhang told investigators that the vessel was hit by a cyclone and overturned within one or two minutes.', 'two minutes', 'DURATION', 'PT2M'), undefined);
  assert.equal(read('The captain told police the ship sank within two minutes.', 'two minutes', 'DURATION', 'PT2M'), undefined);
});
