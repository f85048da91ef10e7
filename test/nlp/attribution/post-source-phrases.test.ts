import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { chainAt, checkChain as check } from '../claims/helpers.js';

// Sentences written for these tests (not taken from any corpus), read against the helpers' reference date
// (2024-03-01): a post-posed source ("C, X said") whose phrase holds an acronym spelt like a pronoun ("IT", "US"),
// a bare "with knowledge of" phrase, or an "of" phrase before the cue "says".

describe('post-posed sources: phrases the left scan used to cut', () => {
  it('an acronym written in capitals is part of the source, not a pronoun', () => {
    check('Full recovery might take days, IT specialists say.', 'Full recovery might take days', ['IT specialists']);
    check('The plan is dead, US officials said.', 'The plan is dead', ['US officials']);
  });
  it('"a source with knowledge of the matter" is one source phrase', () => {
    check('The president was expected to travel on to Singapore, two sources with knowledge of the matter said.', 'travel on to Singapore', ['UNNAMED']);
    check('The bank holds the debt offshore, a source with direct knowledge of the talks said.', 'holds the debt offshore', ['UNNAMED']);
  });
  it('"the Ministry of Health says", "the head of the agency says": "says" is the verb', () => {
    check('The search will continue through the night, the Department of Civil Aviation says.', 'The search will continue', ['Department of Civil Aviation']);
    check('Hospitals are full, the head of the agency says.', 'Hospitals are full', ['the head of the agency']);
  });
  it('negative cases: a lower-case pronoun still ends the phrase; a "with" phrase on another noun does not join', () => {
    // "it" in lower case is the pronoun subject of its own clause; the source is not "it specialists"
    assert.deepEqual(chainAt('The town says it expects rain.', 'expects rain'), ['The town']);
    // "with" followed by a plain noun outside the list stays a boundary: no source phrase "…with anger…"
    const got = chainAt('Crowds gathered, furious with anger the officials said.', 'Crowds gathered');
    assert.ok(!got.some((s) => /anger/.test(s)), JSON.stringify(got));
    // a document-like subject with "of" before "shows" is still refused ("Video of the incident shows" untouched)
    assert.deepEqual(chainAt('Reports of the flood claims were false.', 'were false'), []);
  });
  it('property: any capitalised acronym before a plural role keeps both words in the source', () => {
    const acr = fc.constantFrom('IT', 'US', 'UN', 'EU', 'WE');
    const role = fc.constantFrom('officials', 'specialists', 'engineers', 'diplomats');
    fc.assert(fc.property(acr, role, (a, r) => {
      const t = `The outage will end soon, ${a} ${r} said.`;
      const got = chainAt(t, 'The outage will end soon');
      return got.length === 1 && got[0]!.startsWith(`${a} ${r}`) || got[0] === 'UNNAMED';
    }));
  });
});
