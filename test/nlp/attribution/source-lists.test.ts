import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { claimIn } from '../certainty/helpers.js';

// Sentences written for these tests. A list of sources before a cue is one source, the whole list.
const sources = (text: string, anchor: string): string[] => claimIn(text, anchor).attribution.map((l) => l.source);

describe('a list of sources before a cue', () => {
  it('two plural or role nouns joined by "and" are one source', () => {
    assert.deepEqual(sources('Officials and witnesses said the fire started in the kitchen.', 'the fire started'), ['Officials and witnesses']);
    assert.deepEqual(sources('Police and rescue workers said at least 12 people were killed.', '12 people were killed'), ['Police and rescue workers']);
    assert.deepEqual(sources('The mayor and police said the road would close.', 'the road would close'), ['The mayor and police']);
  });
  it('a list with commas, of nouns or of names after "of", is one source', () => {
    assert.deepEqual(sources('Residents, doctors and aid workers said the water was unsafe.', 'the water was unsafe'), ['Residents, doctors and aid workers']);
    const s = 'Ontario Premier Doug Ford backed the move, but the premiers of Alberta, Saskatchewan, Quebec and Manitoba said the law was not needed.';
    assert.deepEqual(sources(s, 'the law was not needed'), ['the premiers of Alberta, Saskatchewan, Quebec and Manitoba']);
    // (the list is no claim of its own)
    assert.equal(claimIn(s, 'the law was not needed').text.startsWith('the premiers of Alberta'), true);
  });
  it('negatives: a clause before "and" is no part of the source', () => {
    assert.deepEqual(sources('The storm hit the coast and officials said ten people died.', 'ten people died'), ['officials']);
    assert.deepEqual(sources('The bridge collapsed and officials said ten people died.', 'ten people died'), ['officials']);
    assert.deepEqual(sources('He thanked troops and officials said the base was safe.', 'the base was safe'), ['officials']);
    assert.deepEqual(sources('Prices fell and analysts said the market would recover.', 'the market would recover'), ['analysts']);
    // a phrase the list does not close: the names stay inside the claim, which is not cut at the last one
    const s = 'Lenders including the United States and Japan have pledged loans, according to Ruto, who spoke to reporters, but payments were unlikely before May.';
    const d = claimIn(s, 'have pledged loans');
    assert.equal(d.text, 'Lenders including the United States and Japan have pledged loans');
    assert.deepEqual(d.attribution.map((l) => l.source), ['Ruto']);
  });
  it('negatives: a list never starts inside a prepositional object or at a date', () => {
    assert.deepEqual(sources('The ship sank on Monday and Smith said the crew was safe.', 'the crew was safe'), ['Smith']);
    assert.deepEqual(sources('Fighting continued in Gaza and Israel said the talks would resume.', 'the talks would resume'), ['Israel']);
    assert.deepEqual(sources('The talks ended in Geneva and Russian officials said a deal was close.', 'a deal was close'), ['Russian officials']);
    assert.deepEqual(sources('The ship sank in March and rescuers said the crew was safe.', 'the crew was safe'), ['rescuers']);
    assert.deepEqual(sources('On Monday, Smith and Jones said the crew was safe.', 'the crew was safe'), ['Smith and Jones']);
  });
  it('a subject and a past verb before an "and" between names: the source starts after that "and" (review finding)', () => {
    assert.deepEqual(sources('Russia attacked Kyiv and Ukrainian officials said the strikes hit power plants.', 'the strikes hit'), ['Ukrainian officials']);
    assert.deepEqual(sources('Trump visited Paris and French and German officials said the talks went well.', 'the talks went well'), ['French and German officials']);
    assert.deepEqual(sources('Israel struck Gaza and Egyptian and Qatari mediators said a truce was close.', 'a truce was close'), ['Egyptian and Qatari mediators']);
    // negatives: names joined inside the source, a past participle opening the phrase
    assert.deepEqual(sources('Procter and Gamble said profits rose.', 'profits rose'), ['Procter and Gamble']);
    assert.deepEqual(sources('Retired General John Smith and Jane Doe said the war was lost.', 'the war was lost'), ['Retired General John Smith and Jane Doe']);
  });
  it('a list that opens a clause stays whole: after a comma, "that", an intro phrase; a name that reads as a month', () => {
    assert.deepEqual(sources('Ford backed the move, but Alberta and Quebec said the law was not needed.', 'the law was not needed'), ['Alberta and Quebec']);
    assert.deepEqual(sources('Police said that Britain and France said the talks would resume.', 'the talks would resume'), ['Police', 'Britain and France']);
    assert.deepEqual(sources('After the vote the mayor and police said the road would close.', 'the road would close'), ['the mayor and police']);
    assert.deepEqual(sources('Theresa May and Boris Johnson said the deal was dead.', 'the deal was dead'), ['Theresa May and Boris Johnson']);
    assert.deepEqual(sources('Officials at Procter and Gamble said the plant would close.', 'the plant would close'), ['Officials at Procter and Gamble']);
  });
});
