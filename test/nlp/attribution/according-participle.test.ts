import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, claimAt, chainOf } from '../claims/helpers.js';

// Sentences written for these tests (review probes as negatives): after "according to Y," a participle describing
// the source ("published on Monday by the ministry") is no predicate of the clause, and no claim of its own.
const texts = (text: string): string[] => claimsOf(text).claims.map((c) => c.text);

describe('"according to Y, <participle>": the participle describes the source', () => {
  it('a document participle or an -ed form with "by" or a date after a full clause is no second claim', () => {
    for (const [text, tail] of [
      ['Prices rose 3 percent in April, according to a survey, published on Monday by the ministry.', 'published on Monday'],
      ['Unemployment fell to 5 percent, according to figures, released by the statistics office.', 'released by'],
      ['Prices rose, according to a survey, conducted in March by the bank.', 'conducted in March'],
    ] as const) {
      const got = texts(text);
      assert.ok(!got.some((t) => t.startsWith(tail)), `${text} -> ${JSON.stringify(got)}`);
      const c = claimAt(text, claimsOf(text).claims, text.slice(0, 11));
      assert.ok(c && chainOf(c).length === 1, JSON.stringify(got));
    }
  });
  it('a predicate after a verbless subject stays the predicate (mid-clause phrase)', () => {
    for (const text of [
      'The talks, according to diplomats, stalled on Monday.',
      'The economy, according to the ministry, grew 2 percent last year.',
      'The storm, according to forecasters, will hit the coast on Sunday.',
    ]) {
      const got = texts(text);
      assert.equal(got.length, 1, JSON.stringify(got));
      assert.ok(got[0]!.startsWith('The') && got[0]!.endsWith(text.slice(-12, -1)), JSON.stringify(got));
    }
  });
});
