import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { statusOf } from './helpers.js';

// Sentences written for these tests. Publication: Wednesday 6 March 2024.
describe('status: wishes, possible states, plans', () => {
  it('"would like/prefer" is a present wish', () => {
    assert.equal(statusOf('The mayor said she would like to see more buses.', 'would like'), 'ONGOING');
    assert.equal(statusOf('We would prefer that the talks continue.', 'would prefer'), 'ONGOING');
    // negative: "would" before an event verb stays future
    assert.equal(statusOf('The mayor said the city would buy more buses.', 'would buy'), 'FUTURE');
  });
  it('"may/could be" before a place or state is a possible present state', () => {
    assert.equal(statusOf('The suspect may be in hiding.', 'may be in hiding'), 'ONGOING');
    assert.equal(statusOf('Survivors could be alive under the rubble.', 'could be alive'), 'ONGOING');
    // negative: before a participle it is a possible future
    assert.equal(statusOf('The vote may be delayed.', 'may be delayed'), 'FUTURE');
  });
  it('"plans" with an object is a plan', () => {
    assert.equal(statusOf('The ministry plans a new round of talks.', 'plans a new round'), 'FUTURE');
    assert.equal(statusOf('Carmaker plans new cuts\n\nThe carmaker will cut jobs.', 'plans new cuts'), 'FUTURE');
    // negative: the noun "plans"
    assert.notEqual(statusOf("The ministry's plans are unclear.", 'plans are unclear'), 'FUTURE');
    assert.notEqual(statusOf('The peace plans include a ceasefire.', 'plans include'), 'FUTURE');
  });
});

describe('status: clause structure', () => {
  it('a fronted "if/when/after" clause does not give the tense', () => {
    assert.equal(statusOf('If elected, she would cut taxes.', 'cut taxes'), 'FUTURE');
    assert.equal(statusOf('After the vote ends, the minister will travel to Rome.', 'will travel'), 'FUTURE');
    // negative: the main clause's past is still read
    assert.equal(statusOf('When the storm hit, residents fled to the hills.', 'residents fled'), 'PAST');
  });
  it('a non-restrictive relative clause before the main verb does not give the tense', () => {
    assert.equal(statusOf('The ship, which sank in 1912, is now a museum.', 'is now a museum'), 'ONGOING');
    assert.equal(statusOf('The ship, which is now a museum, was built in Belfast.', 'was built'), 'PAST');
    // negative: a restrictive relative clause after the main verb leaves the main verb's tense
    assert.equal(statusOf('Police arrested a man who is now in custody.', 'arrested a man'), 'PAST');
  });
  it('"it is unclear how many …" takes the tense of the open question', () => {
    assert.equal(statusOf('It is unclear how many people were inside.', 'were inside'), 'PAST');
    // negative: a present open question stays ongoing
    assert.equal(statusOf('It is unclear how many people are inside.', 'are inside'), 'ONGOING');
  });
  it('a direct quote keeps its own past tense; indirect speech is backshifted', () => {
    assert.equal(statusOf('"The suspect was in custody," the officer said.', 'suspect was in custody'), 'PAST');
    // negative: the same words in indirect speech hold at publication
    assert.equal(statusOf('The officer said the suspect was in custody.', 'suspect was in custody'), 'ONGOING');
  });
  it('do-support: "does not" is present, a reported "did not know" still holds, a reported "did not see" is past', () => {
    assert.equal(statusOf('He said he does not trust the police.', 'does not trust'), 'ONGOING');
    assert.equal(statusOf('He said he did not know where his brother was.', 'did not know'), 'ONGOING');
    assert.equal(statusOf('He said he did not see the car.', 'did not see'), 'PAST');
  });
  it('a headline infinitive after a one-word subject is future', () => {
    assert.equal(statusOf('Committee to announce decision on bridge\n\nThe committee meets today.', 'to announce'), 'FUTURE');
    // negative: "to" later in a headline with its own verb
    assert.notEqual(statusOf('Carmaker announces cuts in response to falling sales\n\nThe carmaker cut jobs.', 'announces cuts'), 'FUTURE');
  });
});

describe('status: parts of a period and weekdays', () => {
  it('"later this week", "by the end of the month" are ahead; "earlier this week" is not', () => {
    assert.equal(statusOf('Funerals are being held later this week.', 'being held'), 'FUTURE');
    assert.equal(statusOf('Rescue work ends by the end of the month.', 'Rescue work ends'), 'FUTURE');
    assert.equal(statusOf('Funerals took place earlier this week.', 'took place'), 'PAST');
  });
  it('a written-out date after publication still makes a past-tense plan future', () => {
    assert.equal(statusOf('The match was postponed to 11 March.', 'was postponed'), 'FUTURE');
    assert.equal(statusOf('The match was played on Monday.', 'was played'), 'PAST');
    // a bare weekday the times stage counted forward ("as scheduled on Monday") after a simple past is the last one
    assert.equal(statusOf('The vote was held as scheduled on Monday.', 'was held'), 'PAST');
  });
});

describe('status: an "-ly" noun as the subject of an irregular past ("cost", "hit")', () => {
  it('"The rally cost …" is a singular subject, so "cost" is past, as after "The festival"', () => {
    assert.equal(statusOf('The rally cost the harbour town dearly.', 'cost the harbour town'), 'PAST');
    assert.equal(statusOf('The assembly cost the harbour town dearly.', 'cost the harbour town'), 'PAST');
    assert.equal(statusOf('The festival cost the harbour town dearly.', 'cost the harbour town'), 'PAST');
    // negatives: a plural subject, or an "-ly" adverb passed to a plural one, keeps the present reading
    assert.equal(statusOf('The rallies cost the harbour town dearly.', 'cost the harbour town'), 'ONGOING');
    assert.equal(statusOf('Delays usually cost the harbour town dearly.', 'cost the harbour town'), 'ONGOING');
  });
});
