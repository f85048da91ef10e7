import { describe, it } from 'node:test';
import { checkChain } from '../claims/helpers.js';

// Sentences written for these tests (not taken from any corpus): an unnamed passive that describes a noun inside a
// named speaker's report is the outlet's hearsay about the noun, the unnamed link alone.

describe('an unnamed passive describing a noun stands alone', () => {
  it('a reduced relative "said to have" after a noun, in a sentence a speaker closes', () => {
    checkChain('Firefighters saved a chalice said to have belonged to a medieval king, the bishop said.', 'said to have belonged to a medieval king', ['UNNAMED']);
  });
  it('a relative clause opening the claim: "which are thought to", "where they were said to"', () => {
    checkChain('Researchers hope the probe will find the oldest stars, which are thought to have formed soon after the Big Bang.',
      'which are thought to have formed soon after the Big Bang', ['UNNAMED']);
    checkChain('Kenya said its officers were held at the depot, where they were said to be guarding fuel trucks.',
      'where they were said to be guarding fuel trucks', ['UNNAMED']);
  });
  it('not a passive in the main clause of the report: the speaker stays outer', () => {
    checkChain('The minister said the suspect was believed to be armed.', 'the suspect was believed to be armed', ['The minister', 'UNNAMED']);
    checkChain('The mayor said the bridge is said to be unsafe.', 'the bridge is said to be unsafe', ['The mayor', 'UNNAMED']);
  });
  it('not a named source inside the relative clause', () => {
    checkChain('The rebels took the town, which the army said was empty.', 'was empty', ['the army']);
  });
});
