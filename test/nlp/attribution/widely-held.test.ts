import { describe, it } from 'node:test';
import { checkChain } from '../claims/helpers.js';

// Sentences written for these tests (not taken from any corpus): a belief held by many ("is widely expected to",
// "is often described as") is an unnamed source's.

describe('a widely-held belief is an unnamed source', () => {
  it('"is widely expected to", "had been widely seen as", "is often described as"', () => {
    checkChain('The opposition leader is widely expected to run for president next year.', 'is widely expected to run for president', ['UNNAMED']);
    checkChain('The Greens, who had been widely seen as the favourites, came third.', 'who had been widely seen as the favourites', ['UNNAMED']);
    checkChain('Voters queued at what is often described as the busiest polling station in the country.', 'often described as the busiest polling station', ['UNNAMED']);
  });
  it('"is widely believed to" is one frame over the whole clause, not split at the participle', () => {
    checkChain('The central bank is widely believed to be preparing a rate cut.', 'The central bank is widely believed to be preparing a rate cut', ['UNNAMED']);
  });
  it('holds only its own relative clause, not one coordinated before it', () => {
    checkChain('The champion, whose record still stands and who was widely seen as the favourite, finished fifth.', 'whose record still stands', []);
    checkChain('The champion, whose record still stands and who was widely seen as the favourite, finished fifth.', 'who was widely seen as the favourite', ['UNNAMED']);
  });
  it('a free relative "in what is often described as" opens the hedge; the main clause before it keeps no source', () => {
    const t = 'Some 90 million people were eligible to vote across the islands, in what is often described as the largest one-day election.';
    checkChain(t, 'Some 90 million people were eligible to vote', []);
    checkChain(t, 'what is often described as the largest one-day election', ['UNNAMED']);
  });
  it('not an active verb, a naming, or the adverb without a passive', () => {
    checkChain('The senator often described the plan as reckless.', 'the plan as reckless', ['The senator']);
    checkChain('The commander, widely known as Hemedti, led the paramilitary force for years.', 'led the paramilitary force for years', []);
    checkChain('The drug is widely used to treat malaria in the region.', 'is widely used to treat malaria', []);
  });
});
