import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { newDoc } from '../../../src/nlp/doc.js';
import { runPipeline } from '../../../src/nlp/pipeline.js';

// Sentences written for these tests.
const chainOf = (text: string, anchor: string): string[] => {
  const doc = runPipeline(newDoc({ id: 'coord-appos', text, language: 'en', publishedAt: '2024-03-06' }));
  const at = text.indexOf(anchor);
  const c = doc.claims.filter((x) => x.start <= at && x.end >= at + anchor.length).sort((a, b) => (a.end - a.start) - (b.end - b.start))[0];
  assert.ok(c, `no claim holds "${anchor}"`);
  return c.attribution.map((l) => l.source);
};

describe('attribution: a coordinated cue takes the subject over an apposed name or an adverb', () => {
  it('"The minister, Ana Lopes, visited the site and said …" → Ana Lopes', () => {
    assert.deepEqual(chainOf('The health minister, Ana Lopes, visited the hospital and said she was willing to hold talks.', 'she was willing'), ['Ana Lopes']);
    assert.deepEqual(chainOf("The party's candidate, Maria Santos, congratulated the winner and said her party would not form a rival government.", 'her party would not'), ['Maria Santos']);
  });
  it('"The bank also scrapped X and said …" → the subject over "also"', () => {
    assert.deepEqual(chainOf('The Reserve Bank also scrapped its bond programme and said it would stop buying shares.', 'it would stop'), ['The Reserve Bank']);
  });
  it('negatives: an aside or a lower-case apposition in the commas is no apposed name', () => {
    assert.deepEqual(chainOf('The minister, however, visited the hospital and said she was willing to hold talks.', 'she was willing'), []);
    assert.deepEqual(chainOf('The minister, a former nurse, visited the hospital and said she was willing to hold talks.', 'she was willing'), []);
  });
});

// Review probes (publication 10 January 2024).
describe('attribution: the apposed name is the subject only for a person or a role', () => {
  it('a place after a place, a club after "the club" is no speaker: the phrase before it is', () => {
    assert.deepEqual(chainOf('A pensioner from Leeds, West Yorkshire, called the hotline and said the scam had cost her thousands.', 'the scam had cost'), ['A pensioner from Leeds']);
    assert.deepEqual(chainOf('The chairman of the club, Manchester United, met the players and said the manager would stay.', 'the manager would stay'), ['The chairman of the club']);
  });
  it('a person apposed to a role, capitalised or after a prepositional phrase, is still the speaker', () => {
    assert.deepEqual(chainOf('The Health Secretary, Steve Barclay, visited the hospital and said the strike would end.', 'the strike would end'), ['Steve Barclay']);
    assert.deepEqual(chainOf('The chief executive of the company, John Smith, met the staff and said the plant would close.', 'the plant would close'), ['John Smith']);
  });
});
