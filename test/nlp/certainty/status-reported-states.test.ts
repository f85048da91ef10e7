import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { statusOf } from './helpers.js';

// Sentences written for these tests. Publication: Wednesday 6 March 2024.
describe('status: an unnamed source written out frames its claim as a named one does', () => {
  it('"a report said the group has 2,000 fighters": the cue is not the content\'s verb', () => {
    assert.equal(statusOf('The report said the group has 2,000 fighters.', 'has 2,000'), 'ONGOING');
    assert.equal(statusOf('Reports said the road was closed.', 'road was closed'), 'ONGOING');
  });
  it('the content\'s own past still decides, and a bare "reportedly" stays inside the content', () => {
    assert.equal(statusOf('The report said the group fled the town.', 'fled the town'), 'PAST');
    assert.equal(statusOf('The man was reportedly killed.', 'was reportedly killed'), 'PAST');
  });
});

describe('status: more adjectives of state after a backshifted "was"', () => {
  it('"said the situation was difficult", "was normal", "was inadequate" still hold', () => {
    assert.equal(statusOf('Officials said the situation was difficult.', 'situation was'), 'ONGOING');
    assert.equal(statusOf('Residents said life in the town was normal.', 'was normal'), 'ONGOING');
    assert.equal(statusOf('The agency said the shelters were inadequate.', 'were inadequate'), 'ONGOING');
  });
  it('an event as subject or a dating phrase still makes it past', () => {
    assert.equal(statusOf('Police said the attack was brutal.', 'attack was'), 'PAST');
    assert.equal(statusOf('Residents said the town was quiet after the blast.', 'was quiet'), 'PAST');
  });
});

describe('status: a backshifted state dated by a "when" clause', () => {
  it('"were on patrol when the bomb exploded" is past', () => {
    assert.equal(statusOf('The army said the soldiers were on patrol when the bomb exploded.', 'were on patrol'), 'PAST');
    assert.equal(statusOf('Police said the road was closed at the time of the crash.', 'road was closed'), 'PAST');
  });
  it('without it the state still holds', () => {
    assert.equal(statusOf('The army said the soldiers were on patrol in the area.', 'were on patrol'), 'ONGOING');
  });
});

describe('status: a backshifted habit', () => {
  it('a rate or an adverb of habit keeps it holding', () => {
    assert.equal(statusOf('The firm said the plant produced 10,000 cars a year.', 'produced'), 'ONGOING');
    assert.equal(statusOf('He said the militants fired rockets daily.', 'fired rockets'), 'ONGOING');
  });
  it('a past period dates it; without a rate a past verb is past', () => {
    assert.equal(statusOf('Officials said the army killed 20 people a day last week.', 'killed 20'), 'PAST');
    assert.equal(statusOf('He said the factory produced 500 tonnes a day in 2019.', 'produced'), 'PAST');
    assert.equal(statusOf('The firm said the plant produced 10,000 cars.', 'produced'), 'PAST');
  });
});

describe('status: forecasts and pledges', () => {
  it('"rain is forecast", "was forecast to", "pledged to", "hoped to" point ahead', () => {
    assert.equal(statusOf('More rain is forecast for the weekend.', 'rain is forecast'), 'FUTURE');
    assert.equal(statusOf('The economy is forecast to grow 2% next year.', 'forecast to grow'), 'FUTURE');
    assert.equal(statusOf('The minister pledged to rebuild the bridge.', 'rebuild the bridge'), 'FUTURE');
    assert.equal(statusOf('She said she hoped to return home.', 'return home'), 'FUTURE');
  });
  it('a forecast overtaken by what happened, or one with a date now past, is past', () => {
    assert.equal(statusOf('The storm was forecast to hit on Monday but it veered away.', 'forecast to hit'), 'PAST');
    assert.equal(statusOf('The storm was forecast to make landfall on 2 March.', 'forecast to make'), 'PAST');
  });
});

describe('status: irregular pasts without "-ed"', () => {
  it('"Shares slid 3%", "The rebels overran the base", "Profits leapt 20%" are past (data/lexicon/irregular-past.txt)', () => {
    assert.equal(statusOf('Shares slid 3% in early trading.', 'slid'), 'PAST');
    assert.equal(statusOf('The rebels overran the base.', 'overran'), 'PAST');
    assert.equal(statusOf('Profits leapt 20%.', 'leapt'), 'PAST');
  });
  it('the present of the same verbs is not', () => {
    assert.equal(statusOf('Shares slide as investors worry about rates.', 'Shares slide'), 'ONGOING');
  });
});

describe('status: more backshifted stative pasts', () => {
  it('"said the government backed the plan", "said residents struggled to find food" still hold', () => {
    assert.equal(statusOf('The minister said the government backed the plan.', 'backed the plan'), 'ONGOING');
    assert.equal(statusOf('Officials said residents struggled to find food.', 'struggled'), 'ONGOING');
  });
  it('outside reported speech they are past', () => {
    assert.equal(statusOf('The team struggled in the first half.', 'struggled'), 'PAST');
  });
});

describe('status: a fronted clause or a subject relative in reported speech', () => {
  it('"said that if the talks failed, the army would attack" is read from the main clause', () => {
    assert.equal(statusOf('He said that if the talks failed, the army would attack.', 'the army would attack'), 'FUTURE');
    assert.equal(statusOf('Officials said that when the water receded, crews would begin repairs.', 'crews would begin'), 'FUTURE');
  });
  it('"the money that was raised would go to the victims": the relative clause does not give the tense', () => {
    assert.equal(statusOf('She said the money that was raised would go to the victims.', 'would go'), 'FUTURE');
  });
  it('the main clause still decides when it is past', () => {
    assert.equal(statusOf('He said that when the water receded, crews found two bodies.', 'crews found'), 'PAST');
    assert.equal(statusOf('She said the money that was raised went to the victims.', 'went to'), 'PAST');
    assert.equal(statusOf('He said that prices rose in March.', 'prices rose'), 'PAST');
  });
});

describe('status: a backshifted state that a phrase dates', () => {
  it('"said it employed 5,000 people in 2019", "said the city lacked water on Monday" are past', () => {
    assert.equal(statusOf('The company said it employed 5,000 people in 2019.', 'employed'), 'PAST');
    assert.equal(statusOf('The UN said the city lacked water on Monday.', 'lacked water'), 'PAST');
    assert.equal(statusOf('Officials said the shelters housed 300 people last year.', 'housed'), 'PAST');
  });
  it('undated, the state still holds', () => {
    assert.equal(statusOf('The UN said the city lacked water.', 'lacked water'), 'ONGOING');
    assert.equal(statusOf('The company said it employed 5,000 people.', 'employed'), 'ONGOING');
  });
});

describe('status: more resulting states after a backshifted passive', () => {
  it('"were deployed", "was affiliated with", "was owned by", "closed until further notice" still hold', () => {
    assert.equal(statusOf('The ministry said 3,000 troops were deployed along the border.', 'were deployed'), 'ONGOING');
    assert.equal(statusOf('He said the group was affiliated with al-Qaeda.', 'was affiliated'), 'ONGOING');
    assert.equal(statusOf('The company said the plant was owned by a Chinese firm.', 'was owned'), 'ONGOING');
    assert.equal(statusOf('Officials said the airport was closed until further notice.', 'was closed'), 'ONGOING');
  });
  it('an event participle, or a date after the state, stays past', () => {
    assert.equal(statusOf('Police said the man was arrested.', 'was arrested'), 'PAST');
    assert.equal(statusOf('Officials said the bridge was destroyed.', 'was destroyed'), 'PAST');
    assert.equal(statusOf('Police said the attack was linked to the group.', 'was linked'), 'PAST');
    assert.equal(statusOf('Police said the airport was closed on Monday.', 'was closed'), 'PAST');
    assert.equal(statusOf('Officials said the road was closed until Monday.', 'was closed'), 'PAST');
  });
});
