import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { statusOf } from './helpers.js';

// Sentences written for these tests. Publication: Wednesday 6 March 2024.
describe('status: a present rank counted against history is of a past event', () => {
  it('"is the worst/first … since / in N years / in its history / to + verb" is PAST', () => {
    assert.equal(statusOf('It is the worst flood to hit the province since 1998.', 'worst flood'), 'PAST');
    assert.equal(statusOf("It is the party's first win in 30 years.", 'first win'), 'PAST');
    assert.equal(statusOf("It is the heaviest defeat in the club's history.", 'heaviest defeat'), 'PAST');
    assert.equal(statusOf('She is the first woman to be elected mayor of the city.', 'first woman'), 'PAST');
    assert.equal(statusOf('This is the first time the team has reached a final.', 'first time'), 'PAST');
    assert.equal(statusOf('It is only the third such ruling since the court was set up.', 'third such ruling'), 'PAST');
    assert.equal(statusOf("It is the country's second medal, 12 years after its first.", 'second medal'), 'PAST');
    assert.equal(statusOf('He becomes the fourth leader since 2019.', 'fourth leader'), 'PAST');
  });
  it('a standing with no count against history stays ONGOING (negatives)', () => {
    assert.equal(statusOf('Brazil is the largest producer of coffee.', 'largest producer'), 'ONGOING');
    assert.equal(statusOf('This is the best chance we have to fix the economy.', 'best chance'), 'ONGOING');
    assert.equal(statusOf('It is the first step towards justice.', 'first step'), 'ONGOING');
    assert.equal(statusOf('It is the best way to protect the children.', 'best way'), 'ONGOING');
    // a lasting condition ranked runs on
    assert.equal(statusOf('It is the worst drought since 1990.', 'worst drought'), 'ONGOING');
    assert.equal(statusOf('It is the worst outbreak since the 2014 epidemic.', 'worst outbreak'), 'ONGOING');
  });
});

describe('status: a form both present and past after a singular subject', () => {
  it('"The mission cost $46 million" is PAST (the present would be "costs")', () => {
    assert.equal(statusOf('The mission cost about $46 million.', 'mission cost'), 'PAST');
    assert.equal(statusOf('The project reportedly cost 2 billion yuan.', 'project reportedly cost'), 'PAST');
    assert.equal(statusOf('It cost the city $5 million.', 'It cost'), 'PAST');
  });
  it('after a plural subject, a modal, "to" or "does" it stays present (negatives)', () => {
    assert.equal(statusOf('Tickets cost about $50 each.', 'Tickets cost'), 'ONGOING');
    assert.equal(statusOf('Such missions cost about $100 million.', 'missions cost'), 'ONGOING');
    assert.equal(statusOf('The repairs will cost $5 million.', 'repairs will cost'), 'FUTURE');
    assert.equal(statusOf('The mission costs about $46 million.', 'mission costs'), 'ONGOING');
  });
});

// Review probes (publication 10 January 2024).
describe('status: a superlative against history is of a past event only for an occurrence', () => {
  const pub = '2024-01-10';
  it('a bare superlative, a level subject or a standing noun stays ONGOING', () => {
    assert.equal(statusOf('Inflation is the highest in 30 years.', 'highest', pub), 'ONGOING');
    assert.equal(statusOf('Unemployment is the lowest since 1970.', 'lowest', pub), 'ONGOING');
    assert.equal(statusOf('This is the worst economy since 2008.', 'worst economy', pub), 'ONGOING');
    assert.equal(statusOf('He is the best player in the league since 2010.', 'best player', pub), 'ONGOING');
    assert.equal(statusOf('The jobless rate is the highest since 2015.', 'highest', pub), 'ONGOING');
  });
  it('an occurrence ranked or a record infinitive stays PAST', () => {
    assert.equal(statusOf('It is the worst storm to hit the country since 1990.', 'worst storm', pub), 'PAST');
    assert.equal(statusOf('It is the biggest victory in 40 years.', 'biggest victory', pub), 'PAST');
    assert.equal(statusOf('It is the fastest time since 2012.', 'fastest time', pub), 'PAST');
  });
  it('an ordinal with an infinitive of state tells a standing (finding 2)', () => {
    assert.equal(statusOf('Smith is the last surviving member of the band to live in London.', 'last surviving', pub), 'ONGOING');
    assert.equal(statusOf('She is the first woman to lead the party.', 'first woman', pub), 'PAST');
  });
});

// Review probes (publication 10 January 2024).
describe('status: "cost" after a subject with a prepositional phrase, an irregular plural or a habitual marker', () => {
  const pub = '2024-01-10';
  it('the head before the phrase, a plural without -s, "every year"/"each week"/"these days" keep the present', () => {
    assert.equal(statusOf('Tariffs on steel cost American workers thousands of jobs every year.', 'cost American', pub), 'ONGOING');
    assert.equal(statusOf('The delays at the port cost exporters millions each week.', 'cost exporters', pub), 'ONGOING');
    assert.equal(statusOf('Children cost parents a fortune these days.', 'cost parents', pub), 'ONGOING');
    assert.equal(statusOf('Tariffs on steel cost American workers thousands of jobs.', 'cost American', pub), 'ONGOING');
    assert.equal(statusOf('Children cost parents a fortune.', 'cost parents', pub), 'ONGOING');
  });
  it('a singular head, past its phrase too, is still the past (negatives)', () => {
    assert.equal(statusOf('The repair of the bridge cost $5 million.', 'bridge cost', pub), 'PAST');
    assert.equal(statusOf('The storm cost the city $5 million last year.', 'storm cost', pub), 'PAST');
  });
});
