import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { claimIn } from '../certainty/helpers.js';
import { verbalUse } from '../../../src/nlp/attribution/find.js';
import { tokenize } from '../../../src/nlp/claims/text.js';

// The frame finder's word lists are data (data/lexicon/attribution-words.json), read by attribution/find.ts; the
// sentences are written for these tests. Each list is checked by what it does to a sentence, with a negative beside
// it: no list is compared with a copy of its own words, and no loaded list is changed while the tests run.
const sources = (text: string, anchor: string): string[] => claimIn(text, anchor).attribution.map((l) => l.source);
const kinds = (text: string, anchor: string): string[] => claimIn(text, anchor).attribution.map((l) => l.kind);
const use = (s: string, verb: string): boolean => { const t = tokenize(s, 0, s.length); return verbalUse(t, t.findIndex((x) => x.l === verb)); };

describe('the frame finder reads its word lists from the lexicon', () => {
  it('perUnitWords and perRuleNouns: "per cent" is a rate, "per the ministry" a source, "per the rules" no source', () => {
    assert.deepEqual(sources('Prices rose 5 per cent, per the ministry.', 'Prices rose 5 per cent'), ['the ministry']);
    assert.equal(claimIn('The ship left early, per the rules of the port.', 'The ship left early').attribution.length, 0);
    // a capitalised unit after "per" (a title-case headline) is still a rate: no source "Capita …", the claim not cut
    const rate = claimIn('Wages Rose 3 Per Cent, Per Capita Figures Show', 'Wages Rose 3 Per Cent');
    assert.equal(rate.attribution.length, 0);
    assert.equal(rate.text, 'Wages Rose 3 Per Cent, Per Capita Figures Show');
  });
  it('reportedCasualtyWords: "were reported missing" is an unnamed report', () => {
    assert.deepEqual(kinds('Three fishermen were reported missing on Monday.', 'Three fishermen'), ['UNNAMED']);
  });
  it('bareStanceAdjectives and stanceTimeHeads: "convinced the dam would hold" opens a clause, "worried all night" does not', () => {
    assert.deepEqual(sources('The engineer was convinced the dam would hold.', 'the dam would hold'), ['The engineer']);
    assert.equal(claimIn('The engineer was worried all night about the dam.', 'about the dam').attribution.length, 0);
    // a time noun after the determiner dates the stance, it is no clause's subject, though a finite verb follows
    assert.equal(claimIn('The engineer was worried all night as the river was rising.', 'the river was rising').attribution.length, 0);
  });
  it('refusalVerbs and noCommentVerbs: "declined to comment" narrates a silence, no source', () => {
    assert.equal(claimIn('The minister declined to comment on the report.', 'comment on the report').attribution.length, 0);
    // "declined" is also a verb of intention with a claim after "to": only the pair of lists makes "declined to discuss" a silence
    assert.equal(claimIn('The minister declined to discuss the report.', 'discuss the report').attribution.length, 0);
  });
  it('headlineCues: a title-case headline\'s "Warns" is a cue', () => {
    assert.deepEqual(sources('Governor Warns Floods Will Reach the Capital', 'Floods Will Reach'), ['Governor']);
  });
  it('actOrWordVerbs with speechMediumNouns, abstractObjectNouns and verbalTimeWords: an attack in words, not a raid', () => {
    assert.equal(use('The senator attacked the governor in a speech on Monday.', 'attacked'), true);
    assert.equal(use('The senator slammed the decision to close the port.', 'slammed'), true);
    assert.equal(use('The union called Monday for new talks.', 'called'), true);
    // negatives: a physical attack and a phone call
    assert.equal(use('Rebels attacked the base in the north.', 'attacked'), false);
    assert.equal(use('She called her mother again on Friday.', 'called'), false);
    assert.equal(claimIn('Rebels attacked the base that the army had built.', 'the army had built').attribution.length, 0);
  });
  it("verbalSkipWords and overNotReasonHeads: 'called again for', 'over the phone'", () => {
    assert.equal(use('The union called again for new talks.', 'called'), true);
    assert.equal(use('The union called last week for new talks.', 'called'), true);
    assert.equal(use('The senator attacked the governor over the phone.', 'attacked'), false);
    // negative: a reason after 'over the' keeps the verbal reading
    assert.equal(use('The senator attacked the governor over the budget cuts.', 'attacked'), true);
  });
  it('verbalForSpanWords, verbalAsNotReason and verbalClauseStops: a span, a clause after "as", a clause boundary', () => {
    assert.equal(use('The senator attacked the governor for several weeks.', 'attacked'), false);
    assert.equal(use('The senator attacked the governor as soon as the vote closed.', 'attacked'), false);
    assert.equal(use('The troops attacked the town before the speech.', 'attacked'), false);
    // negatives: a reason after 'for' and a judgement after 'as' still read as words
    assert.equal(use('The senator attacked the governor for his silence.', 'attacked'), true);
    assert.equal(use('The senator attacked the plan as a giveaway.', 'attacked'), true);
  });
});
