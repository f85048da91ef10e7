import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { statusOf } from './helpers.js';
import { statusFromTimes } from '../../../src/nlp/certainty/status-times.js';

// Sentences written for these tests. Publication: Wednesday 6 March 2024 unless given.
describe('status: intentions, nouns of plan, open matters', () => {
  it('the infinitive after a cue of commitment is to come', () => {
    assert.equal(statusOf('Officials pledged to resume talks.', 'resume talks'), 'FUTURE');
    assert.equal(statusOf('The government intends to hold two referendums.', 'hold two referendums'), 'FUTURE');
    // negative: a desire is a present state, a refusal is past
    assert.notEqual(statusOf('The mayor wants to know what happened.', 'know what happened'), 'FUTURE');
    assert.equal(statusOf('The rebels refused to lay down their arms.', 'lay down their arms'), 'PAST');
  });
  it('"plan(s) to" after a determiner or modifier is a noun, not a plan being made', () => {
    assert.equal(statusOf('The plan to build a new airport was scrapped.', 'was scrapped'), 'PAST');
    assert.equal(statusOf('Its plans to expand the scheme were dropped.', 'were dropped'), 'PAST');
    // negative: the verb
    assert.equal(statusOf('The council plans to build a new airport.', 'build a new airport'), 'FUTURE');
  });
  it('"is yet to" is still open, as "has yet to"', () => {
    assert.equal(statusOf('The cause of the fire is yet to be determined.', 'yet to be determined'), 'ONGOING');
    // negative: "is to" alone is a plan
    assert.equal(statusOf('The cause of the fire is to be determined by a panel.', 'to be determined'), 'FUTURE');
  });
  it('"may be" before an adverb and a place is a possible present state', () => {
    assert.equal(statusOf('Some 8,000 migrants may be currently at sea.', 'may be currently at sea'), 'ONGOING');
    // negative: before a participle it is a possible future
    assert.equal(statusOf('The vote may be postponed again.', 'may be postponed'), 'FUTURE');
  });
});

describe('status: clause structure', () => {
  it('a clause-opening "this/that" before a past verb is its subject', () => {
    assert.equal(statusOf('This became the reason for the firm to sue so that its rival would stop selling the phone.', 'became the reason'), 'PAST');
    // negative: a determiner before a participle still leaves the main verb to decide
    assert.equal(statusOf('That injured worker will return to work next week.', 'will return'), 'FUTURE');
  });
  it('a relative clause after a present main verb does not give the tense', () => {
    assert.equal(statusOf('New features include a camera and voice control, which will let users dial by voice.', 'include a camera'), 'ONGOING');
    // negative: the main clause's own "will"
    assert.equal(statusOf('New features will include voice control, which lets users dial by voice.', 'will include'), 'FUTURE');
  });
  it('a participial clause after the main verb ("…, meaning that …") does not give the tense', () => {
    assert.equal(statusOf('The firm had 54,000 employees at the end of last year, meaning that the cuts will hit six percent of its staff.', 'had 54,000 employees'), 'PAST');
    // negative: a "will" in the main clause
    assert.equal(statusOf('The firm will cut 3,000 jobs, meaning that six percent of its staff will go.', 'will cut'), 'FUTURE');
  });
});

describe('status: dates after a past verb', () => {
  it('dates of a relative clause opened after the main verb do not date the claim', () => {
    assert.equal(statusOf('The airline has an order for two jets which it will begin to fly in 2026.', 'has an order'), 'ONGOING');
    // negative: a date of the main clause still does
    assert.equal(statusOf('The airline begins to fly two new jets in 2026.', 'begins to fly'), 'FUTURE');
  });
  it('a date without a written year after a past verb is the last one, not the next', () => {
    assert.equal(statusOf('The law took effect on April 1.', 'took effect'), 'PAST');
    assert.equal(statusOf('The festival took place at the convention centre this weekend.', 'took place'), 'PAST');
    // negative: a target of the past act ("postponed to", "called for") is still ahead, and so is a written year
    assert.equal(statusOf('The match was postponed to 11 March.', 'was postponed'), 'FUTURE');
    assert.equal(statusOf('The vote was called for April.', 'was called'), 'FUTURE');
    assert.equal(statusOf('The law took effect on April 1, 2024.', 'took effect', '2024-03-06'), 'FUTURE');
  });
  it('"later in the day" after a past verb is narrated, not ahead', () => {
    assert.equal(statusOf('The stock rose to a record in morning trading, before falling later in the day.', 'rose to a record'), 'PAST');
    // negative: without a past verb the rest of the period is ahead
    assert.equal(statusOf('Funerals are being held later this week.', 'being held'), 'FUTURE');
  });
  it('a plan stated in the past whose weekday has passed is past', () => {
    assert.equal(statusOf('The two leaders were to meet in Geneva on Monday.', 'were to meet'), 'PAST');
    // negative: a present plan for the weekday
    assert.equal(statusOf('The two leaders are to meet in Geneva on Monday.', 'are to meet'), 'FUTURE');
  });
});

describe('status: "according to" is no backshift', () => {
  it('a past tense after "according to" is the source\'s own past', () => {
    assert.equal(statusOf('According to the ministry, the storm was responsible for most of the damage.', 'storm was responsible'), 'PAST');
    // negative: after a past reporting verb a state is backshifted and still holds
    assert.equal(statusOf('Police said the suspect was in custody.', 'suspect was in custody'), 'ONGOING');
  });
});

describe('status: subjects, readiness, expectations, scheduled nouns', () => {
  it("a subject's restrictive relative clause does not give the tense", () => {
    assert.equal(statusOf('Two builders who paid the bribes are awaiting trial.', 'are awaiting trial'), 'ONGOING');
    assert.equal(statusOf('Residents who were evacuated have returned home.', 'have returned home'), 'PAST');
    // negative: a relative clause after the main verb leaves the main verb's tense
    assert.equal(statusOf('Police arrested a man who was wanted and is now in custody.', 'arrested a man'), 'PAST');
  });
  it('"was prepared/willing to" is readiness for what is to come', () => {
    assert.equal(statusOf('The governor said the bank was prepared to raise rates again.', 'raise rates'), 'FUTURE');
    // negative: "prepared" as a plain participle
    assert.equal(statusOf('The meals were prepared in a school kitchen.', 'were prepared'), 'PAST');
  });
  it('"expect" with a plain object is an expectation', () => {
    assert.equal(statusOf('Most economists expect the first cut in June.', 'expect the first cut'), 'FUTURE');
    // negative: the noun "forecast"
    assert.notEqual(statusOf('The forecast was wrong.', 'forecast was wrong'), 'FUTURE');
  });
  it('a date after "ahead of" dates the scheduled noun, not the claim', () => {
    assert.equal(statusOf('The case has shaken local politics ahead of elections in May.', 'has shaken'), 'PAST');
    assert.equal(statusOf('Parties are campaigning hard ahead of elections in May.', 'campaigning hard'), 'ONGOING');
    // negative: the same date dating the claim itself
    assert.equal(statusOf('The case goes to trial in May.', 'goes to trial'), 'FUTURE');
  });
  it('a date without a written year is kept in the past only after a past verb form', () => {
    const text = 'Officials cut the fees on April 1.';
    const t = { start: text.indexOf('April 1'), end: text.indexOf('April 1') + 7, text: 'April 1', type: 'DATE', value: '2024-04-01' };
    const ctx = { text, anchor: '2024-03-06', words: ['officials', 'cut', 'the', 'fees', 'on', 'april', '1'], pastPerfect: false };
    assert.equal(statusFromTimes('PAST', [t], { ...ctx, pastVerb: true }), 'PAST');
    // negative: "cut" alone (no proof of a past tense) leaves the date ahead
    assert.equal(statusFromTimes('PAST', [t], { ...ctx, pastVerb: false }), 'FUTURE');
  });
});

describe('status: participial phrases and "would have"', () => {
  it('after a participial phrase set off by commas, the next past form is the main verb', () => {
    assert.equal(statusOf('Another lander, launched by a US company, failed last month after a fuel leak.', 'failed last month'), 'PAST');
    // negative: a lone comma-led participle is not the main verb
    assert.equal(statusOf('The lander, launched by a US company, is expected to land on Friday.', 'expected to land'), 'FUTURE');
  });
  it('"would have" before a noun phrase is "have" as the main verb, not a past counterfactual', () => {
    assert.equal(statusOf('The combined company would have about 30,000 employees.', 'would have about'), 'FUTURE');
    // negative: before a participle it is a past counterfactual
    assert.equal(statusOf('Rescuers would have reached the village sooner without the storm.', 'would have reached'), 'PAST');
  });
});

describe('status: "still" with a past progressive', () => {
  it('"were still digging" holds at publication as "were still missing" does', () => {
    assert.equal(statusOf('Rescuers were still digging through the rubble.', 'still digging'), 'ONGOING');
    // negative: a plain past progressive is past
    assert.equal(statusOf('Rescuers were digging through the rubble when the aftershock hit.', 'were digging'), 'PAST');
  });
});

describe('status: states in the subject, headline figures, modal cues', () => {
  it('a state word in the subject does not make a past claim a state', () => {
    assert.equal(statusOf('The number of people unaccounted for rose sharply on Friday to 159.', 'rose sharply'), 'PAST');
    assert.equal(statusOf('Families of the missing were taken by bus to the site.', 'were taken by bus'), 'PAST');
    // negative: in the predicate, or with no verb at all, it does
    assert.equal(statusOf('Two hikers were still missing.', 'were still missing'), 'ONGOING');
    assert.equal(statusOf('10,000 missing after floods\n\nThe toll rose.', '10,000 missing'), 'ONGOING');
  });
  it('a number word after a headline\'s "to" is a figure, not an infinitive', () => {
    assert.notEqual(statusOf('Quake toll rises to four hundred\n\nThe toll rose.', 'rises to four'), 'FUTURE');
    // negative: a verb after it is a plan
    assert.equal(statusOf('Carmaker to cut four hundred jobs\n\nThe carmaker said so.', 'to cut'), 'FUTURE');
  });
  it('a reported past progressive dated by a past "when" clause is past', () => {
    assert.equal(statusOf('The chair said the ship was moving at 8 knots when it struck the pier.', 'was moving'), 'PAST');
    // negative: without one it is backshifted and still holds
    assert.equal(statusOf('The chair said the ship was carrying 56 containers of hazardous material.', 'was carrying'), 'ONGOING');
  });
  it('a noun-phrase content takes the modal of its cue ("will oppose the request")', () => {
    assert.equal(statusOf('The city said it will oppose the request.', 'oppose the request'), 'FUTURE');
    // negative: "would not say" is a refusal that happened
    assert.equal(statusOf('The minister would not confirm the report.', 'would not confirm'), 'PAST');
  });
});
