import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { statusOf } from './helpers.js';

// Sentences written for these tests. Publication: Wednesday 6 March 2024.
describe('status: "it remains unclear whether …" reads the open question as "it is unclear" does', () => {
  it('the embedded clause gives the tense', () => {
    assert.equal(statusOf('It remains unclear whether the courts will recognise the ruling.', 'remains unclear'), 'FUTURE');
    assert.equal(statusOf('It remains unclear how many people were inside the building.', 'remains unclear'), 'PAST');
  });
  it('negatives: "remains" with no open question stays a present state', () => {
    assert.equal(statusOf('It remains a mystery to investigators.', 'remains a mystery'), 'ONGOING');
    assert.equal(statusOf('The cause remains unclear.', 'cause remains unclear'), 'ONGOING');
  });
});
