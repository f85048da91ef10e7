// An ambiguous month word ("March", "May", "June") is a month after "beyond", "toward(s)" and "at least" as after
// "until" or "since": "the ban will last beyond March", "until at least June". Not "at least 2,000" (a count), not a
// month word with no such word before it. Sentences are our own; publication date pinned.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { check, times } from './helpers.js';

const TUE = '2024-03-05'; // a Tuesday

describe('time: an ambiguous month after "beyond", "toward" or "at least"', () => {
  it('is a month with its bound', () => {
    check(TUE, [
      ['The ban will last beyond March.', 'March', '2024-03', 'DATE', 'AFTER'],
      ['The cap stays until at least June.', 'June', '2024-06', 'DATE', 'ON_OR_AFTER'],
      ['Flights will stay grounded through at least May.', 'May', '2024-05', 'DATE', 'ON_OR_AFTER'],
      ['Talks will drag on towards June.', 'June', '2024-06', 'DATE'],
      ['Talks will drag on towards May, officials said.', 'May', '2024-05', 'DATE'],
      ['The ban will run beyond March and into April.', 'March', '2024-03', 'DATE', 'AFTER'],
      ['Work will continue beyond June when the funds run out.', 'June', '2024-06', 'DATE', 'AFTER'],
    ]);
  });
  it('leaves counts, verbs and names alone', () => {
    // negative: "at least" before a number is a count, not a year
    assert.equal(times('At least 2000 people died in the storm.', TUE).length, 0);
    // negative: "march" and "may" as verbs, "June" as a given name
    assert.equal(times('Thousands will march beyond the square.', TUE).length, 0);
    assert.equal(times('The talks may go beyond the deadline.', TUE).length, 0);
    assert.equal(times('June Carter went beyond the script.', TUE).length, 0);
    // negative: the name May after "toward"/"beyond", before a verb, "and her", a possessive (code review)
    assert.equal(times('Hostility toward May grew within the Conservative Party after the vote.', TUE).length, 0);
    assert.equal(times('Opposition to the deal spread beyond May and her cabinet.', TUE).length, 0);
    assert.equal(times("Anger spread beyond May's cabinet.", TUE).length, 0);
    assert.equal(times('Loyalty towards May cracked.', TUE).length, 0);
  });
});
