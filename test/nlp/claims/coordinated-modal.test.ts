import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { claimAt, claimsOf } from './helpers.js';

// Sentences written for these tests (review probes as negatives). Publication date pinned by claimsOf.
function at(text: string, anchor: string) {
  const { claims } = claimsOf(text);
  const c = claimAt(text, claims, anchor);
  assert.ok(c, `no claim holds "${anchor}" in: ${text}`);
  return c;
}

describe('a modal verb phrase after and/but is its own claim only when it is one', () => {
  it('splits a coordinated modal verb phrase', () => {
    const text = 'The dam was damaged and could collapse, officials said.';
    assert.equal(at(text, 'was damaged').certainty, 'CERTAIN');
    assert.equal(at(text, 'could collapse').certainty, 'POSSIBLE');
    assert.ok(!at(text, 'could collapse').text.includes('damaged'));
    const that = 'The ministry said that the plant was closed and could reopen later.';
    assert.equal(at(that, 'could reopen').text, 'could reopen later');
  });
  it('the month or name May after "and" is no modal', () => {
    const a = 'Exports fell sharply between March and May this year, the ministry said on Monday.';
    const c = at(a, 'May this year');
    assert.ok(c.text.startsWith('Exports'), c.text);
    assert.equal(c.certainty, 'CERTAIN');
    assert.notEqual(c.status, 'FUTURE');
    const b = 'Talks between Juncker and May ended without a deal on Tuesday night.';
    const d = at(b, 'May ended');
    assert.ok(d.text.startsWith('Talks'), d.text);
    assert.equal(d.certainty, 'CERTAIN');
    assert.equal(d.status, 'PAST');
    const e = 'The ministry said the plant was closed in March and May and could reopen later.';
    assert.ok(at(e, 'March and May').text.includes('closed in March and May'));
    assert.equal(at(e, 'could reopen').certainty, 'POSSIBLE');
  });
  it('a capitalised "Will" after "and" is a name', () => {
    const c = at('The talks stalled and Will Smith left the room.', 'Will Smith');
    assert.ok(c.text.startsWith('The talks'), c.text);
  });
  it('a modal coordinated inside the subject, before the clause\'s own verb, stays in the clause', () => {
    const b = 'Families who lost their homes and may need shelter were moved to a school on Sunday.';
    const d = at(b, 'may need');
    assert.ok(d.text.startsWith('Families'), d.text);
    assert.equal(d.certainty, 'CERTAIN');
    assert.equal(d.status, 'PAST');
  });
});
