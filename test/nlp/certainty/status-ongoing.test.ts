import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { statusOf } from './helpers.js';

// Sentences written for these tests. Publication: Wednesday 6 March 2024.
describe('status: a participle modifying the subject is not the main verb', () => {
  it('"people displaced by the fighting are living in camps" holds now', () => {
    assert.equal(statusOf('People displaced by the fighting are living in camps.', 'are living'), 'ONGOING');
    assert.equal(statusOf('Roads damaged in the storm remain closed.', 'remain closed'), 'ONGOING');
    assert.equal(statusOf('A man arrested on Monday is being held in custody.', 'is being held'), 'ONGOING');
    assert.equal(statusOf('The ceasefire agreed by both sides is holding.', 'is holding'), 'ONGOING');
  });
  it('the main verb still decides when it is past', () => {
    assert.equal(statusOf('A man arrested on Monday was charged with murder.', 'was charged'), 'PAST');
  });
  it('a past verb followed by a preposition stays the main verb when no finite verb follows', () => {
    assert.equal(statusOf('The storm hit on Monday and is moving north.', 'hit on Monday'), 'PAST');
    assert.equal(statusOf('Two people died in the blast.', 'died'), 'PAST');
    // "to continue" is an infinitive, not the main verb
    assert.equal(statusOf('The envoy called on both sides to continue the talks.', 'called on'), 'PAST');
    // a reporting verb or a form that is only a simple past is the main verb
    assert.equal(statusOf('Prices rose in March as demand is strong.', 'Prices rose'), 'PAST');
    // a verb taking a bare clause ("ruled … the law is void") is the main verb unless its agent follows
    assert.equal(statusOf('The court ruled on Monday the law is unconstitutional.', 'ruled'), 'PAST');
  });
});

describe('status: a clause-opening wh-clause is the subject', () => {
  it('"what caused the crash is still unclear" is read from "is"', () => {
    assert.equal(statusOf('What caused the crash is still unclear.', 'is still unclear'), 'ONGOING');
    assert.equal(statusOf('How many people died is not yet known.', 'not yet known'), 'ONGOING');
  });
  it('the main verb after the wh-clause still gives a past', () => {
    assert.equal(statusOf('What happened next was a scramble for the exits.', 'was a scramble'), 'PAST');
  });
});

describe('status: headline present of a continuing activity', () => {
  const doc = (h: string): string => `${h}\nThe storm struck the coast on Monday.`;
  it('"Rescuers race to find survivors" is ongoing, and its "to" is no plan', () => {
    assert.equal(statusOf(doc('Rescuers race to find survivors in Derna'), 'race to find'), 'ONGOING');
    assert.equal(statusOf(doc('Hospital struggles to cope with the injured'), 'struggles'), 'ONGOING');
    assert.equal(statusOf(doc('Fighting rages in Khartoum'), 'rages'), 'ONGOING');
    assert.equal(statusOf(doc('Clean-up under way after storm'), 'under way'), 'ONGOING');
  });
  it('a headline present of an event stays past; a headline infinitive stays future', () => {
    assert.equal(statusOf(doc('Earthquake kills 2,000 in Morocco'), 'kills'), 'PAST');
    assert.equal(statusOf(doc('Apple unveils new iPhone'), 'unveils'), 'PAST');
    assert.equal(statusOf(doc('Biden to visit Israel'), 'to visit'), 'FUTURE');
    assert.equal(statusOf(doc('Police search home of suspect'), 'search home'), 'PAST');
  });
});

describe('status: a date that belongs to a noun after "after/since"', () => {
  it('does not make a present claim past', () => {
    assert.equal(statusOf('Thousands shelter in schools after the storm on March 3.', 'shelter in schools'), 'ONGOING');
    // negative: the claim's own date before publication still makes a present-tense event past
    assert.equal(statusOf('The ceasefire takes effect on March 3.', 'takes effect'), 'PAST');
  });
});

describe('status: a resulting state in the present perfect passive', () => {
  it('"production has been suspended", "the town has been cut off" still hold', () => {
    assert.equal(statusOf('Production has been suspended.', 'has been suspended'), 'ONGOING');
    assert.equal(statusOf('The town has been cut off by the floods.', 'has been cut off'), 'ONGOING');
    assert.equal(statusOf('Some 40,000 people have been displaced by the fighting.', 'displaced'), 'ONGOING');
  });
  it('an event in the present perfect passive is past', () => {
    assert.equal(statusOf('All flights have been cancelled.', 'cancelled'), 'PAST');
    // "cut" without its particle is an event ("jobs have been cut")
    assert.equal(statusOf('Hundreds of jobs have been cut.', 'have been cut'), 'PAST');
  });
});

describe('status: a present perfect stretching up to publication', () => {
  it('"for" a stretch of time or "since" a point holds now', () => {
    assert.equal(statusOf('The country has struggled with corruption for decades.', 'struggled with corruption'), 'ONGOING');
    assert.equal(statusOf('She has lived in exile since 2019.', 'lived in exile'), 'ONGOING');
    assert.equal(statusOf('Prices have risen for six straight months.', 'risen'), 'ONGOING');
  });
  it('a count of finished events, no stretch, a past perfect or a negation stay past', () => {
    assert.equal(statusOf('The storm has killed 20 people since Monday.', 'killed 20 people'), 'PAST');
    assert.equal(statusOf('The company has cut 500 jobs since January.', 'cut 500 jobs'), 'PAST');
    assert.equal(statusOf('He has waited for the results.', 'waited for the results'), 'PAST');
    assert.equal(statusOf('The team has played for the title for the first time.', 'played for the title'), 'PAST');
    assert.equal(statusOf('She had lived in exile for years.', 'lived in exile'), 'PAST');
  });
});

describe('status: a counted term, a count of times or a causal "since" is no stretch up to now', () => {
  it('negative: "for" a counted term stays past; a running count still holds', () => {
    assert.equal(statusOf('The court has jailed him for 10 years.', 'jailed him'), 'PAST');
    assert.equal(statusOf('The striker has signed for two years.', 'signed'), 'PAST');
    assert.equal(statusOf('She has lived in exile for the past ten years.', 'lived in exile'), 'ONGOING');
    assert.equal(statusOf('She has lived in exile for more than ten years.', 'lived in exile'), 'ONGOING');
  });
  it('negative: "twice since" and "since" + a clause stay past', () => {
    assert.equal(statusOf('He has visited Kyiv twice since the invasion.', 'visited Kyiv'), 'PAST');
    assert.equal(statusOf('The company has closed the plant since it lost money.', 'closed the plant'), 'PAST');
    assert.equal(statusOf('She has lived in exile since the coup.', 'lived in exile'), 'ONGOING');
  });
});
