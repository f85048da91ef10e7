import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { statusOf } from './helpers.js';

// Sentences written for these tests. Publication: Wednesday 6 March 2024.
describe('status: a prospective predicate heads the verb group with no "be" to carry it', () => {
  it('after a verb of seeming ("appeared set to become", "seemed likely to resign") the clause looks ahead', () => {
    assert.equal(statusOf('The defence minister appeared set to become the next president.', 'appeared set'), 'FUTURE');
    assert.equal(statusOf('The defence minister appeared set on Thursday to become the next president.', 'appeared set'), 'FUTURE');
    assert.equal(statusOf('The minister seemed likely to resign.', 'likely to resign'), 'FUTURE');
    assert.equal(statusOf('The champion looks poised to win a third title.', 'poised to win'), 'FUTURE');
  });
  it('a past seeming closed by a past date or a later past event is past', () => {
    assert.equal(statusOf('The team seemed set to win the title last season.', 'win the title'), 'PAST');
    assert.equal(statusOf('The minister appeared certain to win but lost the vote on Monday.', 'certain to win'), 'PAST');
    // negatives: a span that may lie ahead, a present seeming with a date to come
    assert.equal(statusOf('Analysts said the minister appeared set to become president after the vote.', 'set to become'), 'FUTURE');
    assert.equal(statusOf('The team seems set to win the title next season.', 'win the title'), 'FUTURE');
  });
  it('in a clause with no finite verb of its own (an absolute phrase, a headline-like clause)', () => {
    assert.equal(statusOf('The navy ordered twelve boats, with the first expected to enter service in the early 2040s.', 'first expected to enter'), 'FUTURE');
    assert.equal(statusOf('Rachel Reeves reportedly set to become the first woman to serve as chancellor.', 'set to become'), 'FUTURE');
  });
  it('does not change past acts, appearances or causes (negative cases)', () => {
    assert.equal(statusOf('He set to work on the roof.', 'set to work'), 'PAST');
    assert.equal(statusOf('The minister appeared in court on Monday.', 'appeared in court'), 'PAST');
    assert.equal(statusOf('The flight was cancelled due to bad weather.', 'was cancelled'), 'PAST');
    assert.equal(statusOf('The talks were set up by Qatar last year.', 'set up'), 'PAST');
  });
});

describe('status: a predicate of what may come followed by a span still to come', () => {
  it('"is possible within hours", "was unlikely before the inauguration" look ahead', () => {
    assert.equal(statusOf('Officials said a hazardous explosive eruption is possible within hours to days.', 'is possible'), 'FUTURE');
    assert.equal(statusOf('Analysts told Reuters a major escalation was unlikely before the inauguration.', 'was unlikely'), 'FUTURE');
    assert.equal(statusOf('Union leaders said further strikes were possible within days.', 'were possible'), 'FUTURE');
  });
  it('a span a past event or date closes, or another phrase after the predicate, leaves it as it was (negative cases)', () => {
    assert.equal(statusOf('Police said a second attack was possible before the ceasefire began last year.', 'was possible'), 'PAST');
    assert.equal(statusOf('Police said a second attack was possible before the ceasefire in 2019.', 'was possible'), 'PAST');
    assert.equal(statusOf('The company said a deal was possible with the right partner.', 'was possible'), 'ONGOING');
    assert.equal(statusOf('Officials said an eruption is possible.', 'is possible'), 'FUTURE');
  });
});
