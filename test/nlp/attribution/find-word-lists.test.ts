import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { attributionWords } from '../../../src/nlp/attribution/data-words.js';
import { claimIn } from '../certainty/helpers.js';

// The frame finder's word lists are data (data/lexicon/attribution-words.json), read by attribution/find.ts; the
// sentences are written for these tests. The rules read the same words as when the lists were written in the code.
describe('the frame finder reads its word lists from the lexicon', () => {
  it('holds each list it reads', () => {
    const want: Array<[string, string[]]> = [
      ['bareStanceAdjectives', ['convinced', 'confident', 'unaware']], ['stanceTimeHeads', ['night', 'year', 'term']],
      ['perRuleNouns', ['rules', 'policy', 'policies', 'plan']], ['noCommentVerbs', ['comment', 'elaborate']],
      ['headlineCues', ['says', 'warns', 'announces']], ['actOrWordVerbs', ['attacked', 'slamming', 'called']],
      ['speechMediumNouns', ['tweets', 'op-ed', 'op-eds', 'rallies']], ['abstractObjectNouns', ['decision', 'programme', 'programs']],
      ['verbalTimeWords', ['monday', 'hours', 'weekend']], ['asNotPredicate', ['he', 'well', 'to']],
      ['perUnitWords', ['cent', 'capita', 'person']], ['reportedCasualtyWords', ['missing', 'dead']], ['refusalVerbs', ['declined', 'refuses']],
    ];
    for (const [key, words] of want) for (const w of words) assert.ok(attributionWords(key).has(w), `${key}: ${w}`);
  });
  it('the rules behave as before: a rate, a rule, a silence, a casualty report, an attack in words', () => {
    // "per cent" is a rate, "per the ministry" a source, "per the rules" no source
    assert.deepEqual(claimIn('Prices rose 5 per cent, per the ministry.', 'Prices rose 5 per cent').attribution.map((l) => l.source), ['the ministry']);
    assert.equal(claimIn('The ship left early, per the rules of the port.', 'The ship left early').attribution.length, 0);
    // "were reported missing": an unnamed report
    assert.deepEqual(claimIn('Three fishermen were reported missing on Monday.', 'Three fishermen').attribution.map((l) => l.kind), ['UNNAMED']);
    // "slammed the decision" is said in words; "attacked the base" is no report
    assert.equal(claimIn('Rebels attacked the base that the army had built.', 'the army had built').attribution.length, 0);
  });
});
