import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { attributionWords } from '../../../src/nlp/attribution/data-words.js';
import { claimIn } from '../certainty/helpers.js';
import { verbalUse } from '../../../src/nlp/attribution/find.js';
import { tokenize } from '../../../src/nlp/claims/text.js';

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
  it("verbalUse's skip words and 'over the' heads are the loaded lists: a word taken out of a list changes the reading", () => {
    const use = (s: string, verb: string): boolean => { const t = tokenize(s, 0, s.length); return verbalUse(t, t.findIndex((x) => x.l === verb)); };
    // the words the rules read, as when they were written in the code
    for (const w of ['again', 'also', 'publicly', 'repeatedly', 'recently', 'then', 'last', 'this', 'earlier']) assert.ok(attributionWords('verbalSkipWords').has(w), w);
    for (const w of ['past', 'course', 'phone', 'radio', 'border', 'city', 'area', 'head', 'top', 'next', 'last']) assert.ok(attributionWords('overNotReasonHeads').has(w), w);
    const again = 'The union called again for new talks.', lastWeek = 'The union called last week for new talks.';
    const phone = 'The senator attacked the governor over the phone.', reason = 'The senator attacked the governor over the budget cuts.';
    assert.equal(use(again, 'called'), true);
    assert.equal(use(lastWeek, 'called'), true);
    assert.equal(use(phone, 'attacked'), false);
    // negatives: a reason after 'over the' and a call with no 'for' keep their readings
    assert.equal(use(reason, 'attacked'), true);
    assert.equal(use('She called her mother again on Friday.', 'called'), false);
    // the rule reads the list loaded from the lexicon, not a copy of its words: without 'again' / 'phone' the reading flips
    const without = (key: string, w: string, f: () => void): void => {
      const set = attributionWords(key);
      set.delete(w);
      try { f(); } finally { set.add(w); }
    };
    without('verbalSkipWords', 'again', () => assert.equal(use(again, 'called'), false));
    without('overNotReasonHeads', 'phone', () => assert.equal(use(phone, 'attacked'), true));
    assert.equal(use(again, 'called'), true);
    assert.equal(use(phone, 'attacked'), false);
  });
  it("verbalUse, pluralNoun, titleCase and the participial tail read their closed word lists from the lexicon, not from inline copies", () => {
    const use = (s: string, verb: string): boolean => { const t = tokenize(s, 0, s.length); return verbalUse(t, t.findIndex((x) => x.l === verb)); };
    const want: Array<[string, string[]]> = [
      ['verbalClauseStops', ['to', 'before', 'while', 'then']], ['callNotNounAfter', ['on', 'back', 'during']],
      ['verbalObjectModifiers', ['his', 'latest', 's']], ['verbalAsNotReason', ['soon', 'well', 'though']],
      ['callNotNounDeterminers', ['their', 'those']], ['verbalForSpanWords', ['hours', 'several', 'a']],
      ['titleCaseMinorWords', ['the', 'vs']], ['tailAdverbExclusions', ['has', 'never', 'first']],
      ['pluralNounAfter', ['with', 'several', 'fresh']], ['asPredicateOpeners', ['being', 'someone']],
    ];
    for (const [key, words] of want) for (const w of words) assert.ok(attributionWords(key).has(w), `${key}: ${w}`);
    const without = (key: string, w: string, f: () => void): void => {
      const set = attributionWords(key);
      set.delete(w);
      try { f(); } finally { set.add(w); }
    };
    // a span of time and a clause after 'as' are no reason; a clause boundary ends the search for a medium of speech
    const span = 'The senator attacked the governor for several weeks.', soon = 'The senator attacked the governor as soon as the vote closed.';
    const before = 'The troops attacked the town before the speech.';
    assert.equal(use(span, 'attacked'), false);
    assert.equal(use(soon, 'attacked'), false);
    assert.equal(use(before, 'attacked'), false);
    // negatives: a reason after 'for' and 'as' still reads as words
    assert.equal(use('The senator attacked the governor for his silence.', 'attacked'), true);
    assert.equal(use('The senator attacked the plan as a giveaway.', 'attacked'), true);
    without('verbalForSpanWords', 'several', () => assert.equal(use(span, 'attacked'), true));
    without('verbalAsNotReason', 'soon', () => assert.equal(use(soon, 'attacked'), true));
    without('verbalClauseStops', 'before', () => assert.equal(use(before, 'attacked'), true));
    assert.equal(use(span, 'attacked'), false);
  });
});
