// Scheduled times a later report revises (a deadline extended, a summit postponed) are an update; without
// words that move the time, or when the "revision" came out first, two days for one thing conflict.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { aheadOf, judgeRevisedTimes, revisedTime, type TimeReading } from '../../src/story/revisions.js';
import { giverSpan } from '../../src/story/deadlines.js';
import { factsOf, story } from './helpers.js';

const at = (text: string, needle: string) => { const start = text.indexOf(needle); return { start, end: start + needle.length }; };
const whole = (text: string) => ({ start: 0, end: text.length });

test('revisedTime: a rescheduling verb or "a new deadline" before the time; a deadline extended anywhere in its sentence', () => {
  const a = 'The summit has been postponed to Saturday, officials said.';
  assert.equal(revisedTime(a, whole(a), at(a, 'Saturday')), true);
  const b = 'The ministry set a new deadline of Monday for the drivers.';
  assert.equal(revisedTime(b, whole(b), at(b, 'Monday')), true);
  const c = 'Drivers now have until Monday to return after the ministry pushed back its deadline.';
  assert.equal(revisedTime(c, whole(c), at(c, 'Monday'), true), true);
  assert.equal(revisedTime(c, whole(c), at(c, 'Monday')), false, 'outside deadlines, only a verb governing the time counts');
  // negative: the day something was postponed on, a meeting, a move to a place
  const d = 'The summit was postponed on Monday, officials said.';
  assert.equal(revisedTime(d, whole(d), at(d, 'Monday')), false);
  const e = 'Troops moved to the border on Monday.';
  assert.equal(revisedTime(e, whole(e), at(e, 'Monday')), false);
});

test('judgeRevisedTimes: a moved time supersedes the plans published before it; nothing else does', () => {
  const r = (value: string, doc: string, published: string, extra: Partial<TimeReading> = {}): TimeReading => ({ value, label: `${value} (${doc})`, doc, published, scheduled: true, ...extra });
  const up = judgeRevisedTimes([r('2024-03-08', 'A', '2024-03-04'), r('2024-03-11', 'B', '2024-03-08', { revised: true }), r('2024-03-11', 'C', '2024-03-09')]);
  assert.deepEqual([up.consistent, up.verdict], [true, 'updated'], up.why);
  // negative: no revision words → a contradiction
  const plain = judgeRevisedTimes([r('2024-03-08', 'A', '2024-03-04'), r('2024-03-11', 'B', '2024-03-08')]);
  assert.equal(plain.consistent, false);
  // negative: the "revision" came out before the report it would revise
  const early = judgeRevisedTimes([r('2024-03-11', 'A', '2024-03-04', { revised: true }), r('2024-03-08', 'B', '2024-03-06')]);
  assert.equal(early.consistent, false);
  // negative: a time that was no plan (what already happened) is not revised away
  const past = judgeRevisedTimes([r('2024-03-01', 'A', '2024-03-04', { scheduled: false }), r('2024-03-11', 'B', '2024-03-08', { revised: true })]);
  assert.equal(past.consistent, false);
  // negative: two reports after the revision still disagree
  const after = judgeRevisedTimes([r('2024-03-08', 'A', '2024-03-04'), r('2024-03-11', 'B', '2024-03-08', { revised: true }), r('2024-03-12', 'C', '2024-03-09')]);
  assert.equal(after.consistent, false);
  assert.equal(aheadOf('2024-03-08', undefined, '2024-03-04'), true);
  assert.equal(aheadOf('2024-03-04', undefined, '2024-03-04'), false);
});

test('a deadline extended by a later report is an update; reverting without a word of it is a contradiction', () => {
  const s = story([
    ['AAA', '2024-03-04', 'The Ruritanian transport ministry gave striking truck drivers until Friday to return to work or lose their licences.'],
    ['BBB', '2024-03-06', 'The deadline for the truck drivers expires on Friday, March 8, the Ruritanian transport ministry said.'],
    ['CCC', '2024-03-08', 'The Ruritanian transport ministry extended the deadline for striking truck drivers to Monday, March 11, after talks with the union.'],
    ['DDD', '2024-03-09', 'Striking truck drivers now have until Monday to return to work after the ministry pushed back its deadline.'],
  ]);
  const dl = factsOf(s, 'deadline');
  assert.equal(dl.length, 1, JSON.stringify(s.facts.map((f) => `${f.subject}/${f.attribute}`)));
  assert.deepEqual(dl[0].values.map((v) => v.value).sort(), ['2024-03-08', '2024-03-11']);
  assert.equal(dl[0].corroboration.documents, 4, '"expires on Friday, March 8" and "extended the deadline … to Monday" are deadline days too');
  assert.equal(dl[0].consistent, true, dl[0].why);
  assert.equal(dl[0].verdict, 'updated');
  const back = story([
    ['AAA', '2024-03-04', 'The ministry extended the deadline for striking truck drivers to Monday, March 11.'],
    ['BBB', '2024-03-06', 'The ministry gave striking truck drivers until Friday, March 8, to return to work.'],
  ]);
  assert.equal(factsOf(back, 'deadline')[0].consistent, false, 'a revision published first revises nothing');
});

test('a summit a later report says was postponed: its planned and its new day are an update, not a conflict', () => {
  const moved = story([
    ['AAA', '2024-04-01', 'Leaders of the East African Community will meet in Arusha on Thursday to discuss the fighting.'],
    ['BBB', '2024-04-03', 'The East African Community summit in Arusha has been postponed to Saturday, officials said.'],
    ['CCC', '2024-04-06', 'East African Community leaders met in Arusha on Saturday and called for a ceasefire.'],
  ]);
  const meet = moved.events.find((e) => e.type === 'MEET' && e.documents.length === 3)!;
  assert.ok(meet, JSON.stringify(moved.events.map((e) => `${e.type}:${e.documents.length}`)));
  const t = moved.facts.find((f) => f.subject === meet.id && f.attribute === 'time')!;
  assert.deepEqual(t.values.map((v) => v.value).sort(), ['2024-04-04', '2024-04-06']);
  assert.equal(t.verdict, 'updated', t.why);
  // negative: a plan for Thursday and a meeting on Saturday, nobody saying it was moved
  const plain = story([
    ['AAA', '2024-04-01', 'Leaders of the East African Community will meet in Arusha on Thursday to discuss the fighting.'],
    ['CCC', '2024-04-06', 'East African Community leaders met in Arusha on Saturday and called for a ceasefire.'],
  ]);
  const pt = plain.facts.filter((f) => f.attribute === 'time' && plain.events.some((e) => e.id === f.subject && e.type === 'MEET'));
  assert.ok(pt.some((f) => !f.consistent), JSON.stringify(pt));
});

test('giverSpan: the subject of the giving verb or the agent after "by", not the nearest name', () => {
  const span = (text: string, needle: string) => {
    const r = giverSpan(text, whole(text), at(text, needle));
    return typeof r === 'object' ? text.slice(r.start, r.end).trim() : r;
  };
  assert.equal(span('Speaking to Reuters, the army gave protesters 48 hours to leave.', '48 hours'), 'the army');
  assert.equal(span('Hassan, a protest leader, said the army had given them 48 hours to leave.', '48 hours'), 'the army had');
  assert.equal(span('The African Union, meeting in Addis Ababa, gave the generals until Friday to step aside.', 'Friday'), 'The African Union');
  assert.equal(span('The ultimatum issued by the African Union expires on Friday.', 'Friday'), 'the African Union');
  assert.equal(span('The envoy was given 48 hours by the junta to leave.', '48 hours'), 'the junta');
  // negative: a passive naming no giver; a sentence with no giving verb
  assert.equal(span('The envoy was given 48 hours to leave.', '48 hours'), 'none');
  assert.equal(span('The deadline expires on Friday.', 'Friday'), undefined);
});

test('the giver of an ultimatum is the syntactic agent: a news agency spoken to or a speaker is not', () => {
  const s = story([
    ['AAA', '2024-06-01', 'Speaking to Reuters, the African Union gave the generals 48 hours to leave the presidential palace in Khartoum.'],
    ['BBB', '2024-06-01', 'Mohamed Hassan, a protest leader, said the African Union had given the generals 48 hours to leave the palace in Khartoum.'],
  ]);
  const u = factsOf(s, 'ultimatum');
  assert.equal(u.length, 1, JSON.stringify(u.map((f) => f.subject)));
  assert.equal(u[0].subject, 'African Union');
  assert.equal(u[0].corroboration.documents, 2);
  assert.ok(!s.facts.some((f) => /Reuters|Hassan/.test(f.subject)), 'neither Reuters nor the speaker gave it');
});
