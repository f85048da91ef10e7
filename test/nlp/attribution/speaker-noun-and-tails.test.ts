import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, claimAt, checkChain as check } from '../claims/helpers.js';

// Sentences written for these tests (not taken from any corpus).
const claimText = (text: string, anchor: string): string | undefined => claimAt(text, claimsOf(text).claims, anchor)?.text;

describe('a speaker whose head noun is also a verb of thinking', () => {
  it('"The judge said", "A senior party figure said": an article makes the head a noun', () => {
    check('The judge said the reasons would be given later.', 'reasons would be given', ['The judge']);
    check('A presiding judge said the hearing would resume.', 'hearing would resume', ['A presiding judge']);
    check('A senior party figure said the vote was close.', 'vote was close', ['A senior party figure']);
  });
  it('a bare plural or a quantifier before the verb is still no source', () => {
    check('Many believe reports of the deal.', 'reports of the deal', []);
  });
});

describe('a medium told and the reported clause after it', () => {
  it('"told The Nation the party was …": the article after the name opens the clause', () => {
    check('A senior official told The Nation the party was ready.', 'party was ready', ['The Nation', 'A senior official']);
    assert.ok(claimText('A senior official told The Nation the party was ready.', 'party was ready')?.includes('the party was ready'));
  });
  it('"he told CBC News by phone" after a quotation frames it', () => {
    check('"The whole town is on fire," he told CBC News by phone.', 'whole town is on fire', ['CBC News', 'he']);
    check('"We will stay," she told reporters over the phone.', 'We will stay', ['she']);
  });
});

describe('coordinated cues and participial tails', () => {
  it('a coordinated "and said" after a subject with a non-restrictive relative clause', () => {
    check('The minister, who arrived on Monday, met the families and said the search would continue.', 'search would continue', ['The minister']);
  });
  it('", repeating that …" and ", reiterating that …" are tails of the frame', () => {
    check('"This law is wrong," the president said, repeating that she would veto it.', 'she would veto it', ['the president']);
    check('The firm said it was ready, reiterating that it would not pay.', 'it would not pay', ['The firm']);
  });
  it('"repeating" with a plain object frames nothing', () => {
    assert.equal(claimsOf('The firm said it was ready, repeating the pattern of last year.').claims.some((c) => c.attribution.some((l) => /repeating/.test(l.cue))), false);
  });
});

describe('a person described after "a/an" is the "he"/"she" of the next quotation', () => {
  it('"A Santiago-based fund manager told …. \\"…,\\" she said" goes to the fund manager, not the minister before', () => {
    const t = 'Finance Minister Mario Marcel said the plan was sound. A Santiago-based fund manager told reporters that investors would wait. "The market hates surprises," she said.';
    check(t, 'The market hates surprises', ['A Santiago-based fund manager']);
    check('The mayor said the town was safe. A rock drill operator said the police fired first. "They were running away," he said.', 'They were running away', ['A rock drill operator']);
    check('The mayor said the town was safe. An economist at an Istanbul-based brokerage said rates would fall. "The market is testing the bank," he said.', 'market is testing', ['An economist at an Istanbul-based brokerage']);
  });
  it('a body or a document after "a" is no person', () => {
    check('Finance Minister Mario Marcel said the plan was sound. A company statement said the plant would close. "We will rebuild," he said.', 'We will rebuild', ['Finance Minister Mario Marcel']);
  });
});
