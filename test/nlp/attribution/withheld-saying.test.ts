import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { newDoc } from '../../../src/nlp/doc.js';
import { runPipeline } from '../../../src/nlp/pipeline.js';

// Sentences written for these tests.
const run = (text: string) => runPipeline(newDoc({ id: 'withheld', text, language: 'en', publishedAt: '2024-03-06' }));
const claimOf = (text: string, anchor: string) => {
  const doc = run(text);
  const at = text.indexOf(anchor);
  const c = doc.claims.filter((x) => x.start <= at && x.end >= at + anchor.length).sort((a, b) => (a.end - a.start) - (b.end - b.start))[0];
  assert.ok(c, `no claim holds "${anchor}"`);
  return c;
};
const chainOf = (text: string, anchor: string): string[] => claimOf(text, anchor).attribution.map((l) => l.source);

describe('attribution: a saying withheld frames nothing', () => {
  it('"did not say when", "has not said whether", "has not confirmed the figure", "declined to confirm" are the outlet\'s', () => {
    assert.deepEqual(chainOf('The minister did not say when the results would be published.', 'The minister did not say'), []);
    assert.deepEqual(chainOf('The casino has not said whether it paid a ransom.', 'The casino has not said'), []);
    assert.deepEqual(chainOf('The agency has not confirmed the figure.', 'The agency has not confirmed'), []);
    assert.deepEqual(chainOf('The source declined to confirm individual amounts.', 'The source declined'), []);
  });
  it('the open question is its own claim with its own tense', () => {
    const t = 'The minister did not say when the results would be published.';
    assert.equal(claimOf(t, 'when the results would be published').status, 'FUTURE');
    assert.equal(claimOf(t, 'The minister did not say').status, 'PAST');
  });
  it('negatives: a content reported, an inability stated, a plain saying keep their source', () => {
    assert.deepEqual(chainOf('The minister did not say that the plan had failed.', 'the plan had failed'), ['The minister']);
    assert.deepEqual(chainOf('Austin Energy could not say when power would return.', 'power would return'), ['Austin Energy']);
    assert.deepEqual(chainOf('The ministry has not confirmed the deaths were linked to the storm.', 'the deaths were linked'), ['The ministry']);
    assert.deepEqual(chainOf('The minister said the results would be published soon.', 'the results would be published'), ['The minister']);
  });
});

describe('attribution: a clause of the outlet\'s own after ", according to X,"', () => {
  it('"…, according to media reports, although the agency has not confirmed the figure" keeps the last clause', () => {
    const t = 'The mission cost about $46 million, according to media reports, although the agency has not confirmed the figure.';
    assert.deepEqual(chainOf(t, 'The mission cost'), ['media reports']);
    assert.deepEqual(chainOf(t, 'the agency has not confirmed the figure'), []);
  });
  it('negative: a plain final "according to" frame keeps its whole content', () => {
    const t = 'The mission cost about $46 million, according to media reports.';
    assert.deepEqual(chainOf(t, 'The mission cost'), ['media reports']);
  });
});

// Review probe (publication 10 January 2024).
describe('attribution: "refused to" + a verb of saying withholds as "declined to" does', () => {
  it('"refused to confirm the figure", "refuses to say whether" frame nothing', () => {
    assert.deepEqual(chainOf('The company refused to confirm the figure.', 'The company refused'), []);
    assert.deepEqual(chainOf('The club refuses to say whether the coach will stay.', 'The club refuses'), []);
  });
  it('negatives: a refusal of an act keeps its reading', () => {
    assert.deepEqual(chainOf('The minister said the firm refused to pay the fine.', 'refused to pay'), ['The minister']);
  });
});
