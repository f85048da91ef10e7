import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { statusOf } from './helpers.js';
import { backshiftedBeState, backshiftedHave, isEventNoun, subjectHead } from '../../../src/nlp/certainty/backshift.js';
import { tokenize } from '../../../src/nlp/claims/text.js';

// Sentences written for these tests. Publication: Wednesday 6 March 2024.
// Sequence of tenses: a state said in the past ("officials said the mood was tense") still holds when read.
describe('status: sequence of tenses under a past reporting verb', () => {
  it('any adjective of state after a backshifted "was/were", adverbs before it skipped', () => {
    assert.equal(statusOf('Officials said the situation in the city was extremely tense.', 'was extremely tense'), 'ONGOING');
    assert.equal(statusOf('The spokesman said doctors were exhausted.', 'doctors were exhausted'), 'ONGOING');
    assert.equal(statusOf('She added that the children were hungry.', 'children were hungry'), 'ONGOING');
    assert.equal(statusOf('The mayor said residents were increasingly anxious.', 'residents were increasingly anxious'), 'ONGOING');
    assert.equal(statusOf('He said he was concerned about the delays.', 'he was concerned'), 'ONGOING');
    // negatives: an event as subject, a dating word after the predicate, a date, the outlet's own past, a quotation
    assert.equal(statusOf('She said the attack was horrific.', 'attack was horrific'), 'PAST');
    assert.equal(statusOf('He said the meeting was very productive.', 'meeting was very productive'), 'PAST');
    assert.equal(statusOf('Witnesses said the square was peaceful after the blast.', 'square was peaceful'), 'PAST');
    assert.equal(statusOf('Officials said the city was tense on 2 March.', 'city was tense'), 'PAST');
    assert.equal(statusOf('The city was anxious on Monday.', 'city was anxious'), 'PAST');
    assert.equal(statusOf('"The crowd was furious," the officer said.', 'crowd was furious'), 'PAST');
    // a completed event later in the same claim dates the report
    assert.equal(statusOf('Officials said the town was peaceful but had been shelled.', 'town was peaceful'), 'PAST');
    assert.equal(statusOf('Residents said they had no power after the storm hit.', 'they had no power'), 'PAST');
  });
  it('a backshifted "had" of possession and the past of a stative verb', () => {
    assert.equal(statusOf('The ministry said it had no information about the crew.', 'it had no information'), 'ONGOING');
    assert.equal(statusOf('Aid workers said families had little food.', 'families had little food'), 'ONGOING');
    assert.equal(statusOf('The company said the plant employed 300 people.', 'the plant employed 300 people'), 'ONGOING');
    assert.equal(statusOf('The UN said the fighting continued in the north.', 'the fighting continued'), 'ONGOING');
    // negatives: "had" with an event as object, "had to", an event verb in the past
    assert.equal(statusOf('The minister said they had talks with the rebels.', 'they had talks'), 'PAST');
    assert.equal(statusOf('Police said they had to close the road.', 'they had to close the road'), 'PAST');
    assert.equal(statusOf('The company said the plant exploded.', 'the plant exploded'), 'PAST');
  });
  it('a quotation with no verb form read keeps its present', () => {
    assert.equal(statusOf('"We lack tents and blankets," the aid worker said.', 'We lack tents and blankets'), 'ONGOING');
    assert.equal(statusOf('"Our people fight for every street," the commander said.', 'Our people fight for every street'), 'ONGOING');
    // negative: a past form inside the quotation keeps it past
    assert.equal(statusOf('"We lost everything," the farmer said.', 'We lost everything'), 'PAST');
  });
});

describe('backshift helpers', () => {
  const toks = (s: string) => tokenize(s, 0, s.length);
  it('event nouns from the events lexicon, plurals too', () => {
    assert.ok(isEventNoun('attack') && isEventNoun('attacks') && isEventNoun('crashes') && isEventNoun('meeting'));
    assert.ok(!isEventNoun('situation') && !isEventNoun('road') && !isEventNoun('people'));
  });
  it('the subject head stops at the first preposition', () => {
    const t = toks('the attack on the base was horrific');
    assert.equal(subjectHead(t, 0, 5)?.l, 'attack');
    const u = toks('the roads near the river were dangerous');
    assert.equal(subjectHead(u, 0, 5)?.l, 'roads');
  });
  it('a predicate that is a participle, a noun phrase or a number is no backshifted state', () => {
    assert.ok(backshiftedBeState(toks('the road was dangerous'), 0, 2, 3));
    assert.ok(!backshiftedBeState(toks('the road was damaged'), 0, 2, 3));
    assert.ok(!backshiftedBeState(toks('the man was a teacher'), 0, 2, 3));
    assert.ok(!backshiftedBeState(toks('the man was 45'), 0, 2, 3));
  });
  it('"had" of possession, not of an event', () => {
    assert.ok(backshiftedHave(toks('they had no water'), 1));
    assert.ok(!backshiftedHave(toks('they had a meeting'), 1));
    assert.ok(!backshiftedHave(toks('they had to leave'), 1));
  });
});

describe('status: what is to come, backshifted, and the clock\'s "am"', () => {
  it('"were likely", "was imminent" closing a reported clause are still ahead', () => {
    assert.equal(statusOf('The agency said aftershocks were likely.', 'aftershocks were likely'), 'FUTURE');
    assert.equal(statusOf('He said a deal was imminent.', 'a deal was imminent'), 'FUTURE');
    assert.equal(statusOf('Analysts said a recession was unlikely.', 'recession was unlikely'), 'FUTURE');
    // negatives: not reported, the outlet's own past; a predicate that does not close its clause
    assert.equal(statusOf('A deal was likely, but it collapsed on Monday.', 'A deal was likely'), 'PAST');
  });
  it('"at 3 am" is a clock time, not a present "be": the past verb gives the status', () => {
    assert.equal(statusOf('Officials said the fire started at 3 am.', 'fire started at 3 am'), 'PAST');
    assert.equal(statusOf('The fire started at 3 am in the kitchen.', 'fire started at 3 am'), 'PAST');
    // negative: the verb "am" still reads as the present
    assert.equal(statusOf('"I am still in the city," she said.', 'I am still in the city'), 'ONGOING');
  });
});

// Sentences written for this test. A place or standing after a backshifted "was in/at" that a past moment later in
// the clause dates ("last night", "earlier") was told of that moment; without one it still holds.
describe('status: a backshifted place dated by a past moment', () => {
  it('"was in the town last night", "was at the scene two hours earlier" are PAST', () => {
    assert.equal(statusOf('Nobody was in the village last night, police said.', 'Nobody was in the village last night'), 'PAST');
    assert.equal(statusOf('Police said the driver was at the depot two hours earlier.', 'the driver was at the depot'), 'PAST');
  });
  it('negative: no past moment, or an "after"/"still" that leaves the state open, stays ONGOING', () => {
    assert.equal(statusOf('Police said the driver was in custody.', 'the driver was in custody'), 'ONGOING');
    assert.equal(statusOf('Police said the driver was in custody after his arrest.', 'the driver was in custody'), 'ONGOING');
    assert.equal(statusOf('Officials said 20 people were still missing last night.', '20 people were still missing'), 'ONGOING');
  });
});
