// Present-tense scheduling and headline infinitives (issue 4, fourth pass): a weekday governed by a
// present-tense event verb in body text, or by a headline infinitive, lies ahead. Sentences are our own.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { newDoc } from '../../../src/nlp/doc.js';
import { segmentStage } from '../../../src/nlp/segment/index.js';
import { timeStage } from '../../../src/nlp/time/index.js';
import { headlineInfinitiveBefore, presentVerbBefore } from '../../../src/nlp/time/present-tense.js';
import { check } from './helpers.js';

const WED = '2023-09-13'; // a Wednesday

/** Segment first, so the first line is a HEADLINE. */
function valuesWithHeadline(text: string, pub: string): Record<string, string> {
  const doc = newDoc({ id: 't', text, language: 'en', publishedAt: pub });
  segmentStage.run(doc);
  timeStage.run(doc);
  return Object.fromEntries(doc.times.map((t) => [t.text, t.value]));
}

describe('time: a present-tense event verb schedules the weekday ahead', () => {
  it('plural and third-person present verbs in body text', () => {
    check(WED, [
      ['Voters go to the polls on Sunday in a runoff election.', 'Sunday', '2023-09-17', 'DATE'],
      ['The company reports earnings on Thursday.', 'Thursday', '2023-09-14', 'DATE'],
      ['Parliament votes on the budget on Thursday.', 'Thursday', '2023-09-14', 'DATE'],
      ['The court hears arguments in the case on Monday.', 'Monday', '2023-09-18', 'DATE'],
      ['Kerry arrives in Cairo on Saturday for talks.', 'Saturday', '2023-09-16', 'DATE'],
      // Months too: "apply from April" written in September is the coming April.
      ['The new rules apply from April.', 'April', '2024-04', 'DATE'],
    ]);
  });

  it('a reporting verb before it, or after a comma, does not make it past', () => {
    check(WED, [
      ['Officials said voters go to the polls on Sunday.', 'Sunday', '2023-09-17', 'DATE'],
      ['The president visits the flood zone on Friday, the White House said.', 'Friday', '2023-09-15', 'DATE'],
    ]);
  });

  it('"remain closed", "is held", "are closed": a participle after a present form is no past tense', () => {
    check(WED, [
      ['Schools remain closed on Friday after the storm.', 'Friday', '2023-09-15', 'DATE'],
      ['The vote is held on Sunday.', 'Sunday', '2023-09-17', 'DATE'],
      ['Markets are closed on Monday.', 'Monday', '2023-09-18', 'DATE'],
      ['The meeting has been scheduled for Monday.', 'Monday', '2023-09-18', 'DATE'],
      ['The launch is set for Thursday.', 'Thursday', '2023-09-14', 'DATE'],
    ]);
  });

  it('leaves past clauses, nouns and governed forms alone', () => {
    check(WED, [
      // A past verb governs the clause; "rally" is a noun.
      ['Trump held a campaign rally on Sunday.', 'Sunday', '2023-09-10', 'DATE'],
      // The weekday belongs to an event noun after "after".
      ['Tensions remain high after Sunday\'s vote.', 'Sunday', '2023-09-10', 'DATE'],
      // Infinitive after a past verb, negated past.
      ['He failed to appear in court on Monday.', 'Monday', '2023-09-11', 'DATE'],
      ['They did not meet on Tuesday.', 'Tuesday', '2023-09-12', 'DATE'],
      // A past verb right of the time in the same clause.
      ['Israeli strikes on Sunday killed 20 people.', 'Sunday', '2023-09-10', 'DATE'],
      ['Police say the man attacked a guard on Sunday.', 'Sunday', '2023-09-10', 'DATE'],
      ['He is accused of killing a man on Sunday.', 'Sunday', '2023-09-10', 'DATE'],
      // "had been scheduled": a plan told in the past.
      ['The offer had been scheduled to expire on Monday.', 'Monday', '2023-09-11', 'DATE'],
    ]);
  });

  it('finds the verb position only for verbs, not for noun homographs', () => {
    const t1 = 'Voters go to the polls on Sunday';
    assert.equal(presentVerbBefore(t1, 0, t1.indexOf('Sunday')), t1.indexOf('go'));
    const t2 = 'the transfer of the city to Palestinian rule in January';
    assert.equal(presentVerbBefore(t2, 0, t2.indexOf('January')), -1);
    const t3 = 'the final vote on Sunday';
    assert.equal(presentVerbBefore(t3, 0, t3.indexOf('Sunday')), -1);
    // "heads" after a preposition's object is a noun ("following the summit of the heads of government").
    const t4 = 'to further cooperation, following the first IBSA heads of government summit in Brazil in September';
    assert.equal(presentVerbBefore(t4, 0, t4.indexOf('September')), -1);
  });
});

describe('time: present progressive and possessive days', () => {
  it('"is travelling to Japan on Monday" looks ahead', () => {
    check(WED, [
      ['The president is travelling to Japan on Monday.', 'Monday', '2023-09-18', 'DATE'],
      ['The committee is meeting on Tuesday.', 'Tuesday', '2023-09-19', 'DATE'],
      ['Parties are hitting the roads in the run-up to Sunday\'s elections.', 'Sunday', '2023-09-17', 'DATE'],
    ]);
  });

  it('a possessive day names an event: present tense alone does not move it ahead', () => {
    check(WED, [
      ['Police are investigating Sunday\'s shooting.', 'Sunday', '2023-09-10', 'DATE'],
      ['The country is reeling from Sunday\'s attack.', 'Sunday', '2023-09-10', 'DATE'],
      ['He is facing charges over Sunday\'s crash.', 'Sunday', '2023-09-10', 'DATE'],
      // An adjective after "is" is no progressive.
      ['The man is missing since Sunday.', 'Sunday', '2023-09-10', 'DATE'],
    ]);
  });
});

describe('time: an infinitive of intent and a short apposition', () => {
  it('"plans to launch its mission, Aditya-L1, on Saturday" looks ahead', () => {
    const MON = '2023-09-04';
    check(MON, [
      ['The chairman said the agency plans to launch its first solar mission, Aditya-L1, on Saturday.', 'Saturday', '2023-09-09', 'DATE'],
      ['The team hopes to play on Sunday.', 'Sunday', '2023-09-10', 'DATE'],
      // Not after a verb of failure or a negation.
      ['He failed to appear in court on Friday.', 'Friday', '2023-09-01', 'DATE'],
    ]);
  });
});

describe('time: a clock time between a present verb and its day', () => {
  it('"kick-off is at 3pm on Sunday" looks ahead; a negated past does not', () => {
    const MON = '2023-09-18';
    check(MON, [
      ['Kick-off is at 3pm on Sunday.', '3pm on Sunday', '2023-09-24T15:00', 'TIME'],
      ['The vote is at 10 a.m. on Sunday.', '10 a.m. on Sunday', '2023-09-24T10:00', 'TIME'],
      ['He did not play at 3pm on Sunday.', '3pm on Sunday', '2023-09-17T15:00', 'TIME'],
      ['The country is still reeling from Sunday\'s attack.', 'Sunday', '2023-09-17', 'DATE'],
    ]);
  });
});

describe('time: headline infinitives look ahead, headline present tense does not', () => {
  it('"Kim to meet Putin on Wednesday" published on the Monday before', () => {
    const v = valuesWithHeadline('Kim to meet Putin on Wednesday\nThe Kremlin said on Tuesday that the leaders would meet.', '2023-09-11');
    assert.equal(v['Wednesday'], '2023-09-13');
    assert.equal(v['Tuesday'], '2023-09-05');
  });

  it('"Pope visits Iraq on Friday" published the Saturday after is the past Friday', () => {
    const v = valuesWithHeadline('Pope visits Iraq on Friday\nThe pope arrived in Baghdad.', '2023-09-16');
    assert.equal(v['Friday'], '2023-09-15');
  });

  it('movement verbs before "to" are no infinitive', () => {
    const t = 'Death toll rises to 50 on Sunday';
    assert.equal(headlineInfinitiveBefore(t, 0, t.indexOf('Sunday')), false);
    const u = 'Leaders to meet in Brussels on Sunday';
    assert.equal(headlineInfinitiveBefore(u, 0, u.indexOf('Sunday')), true);
  });
});
