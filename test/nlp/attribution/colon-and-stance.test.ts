import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { claimIn } from '../certainty/helpers.js';

// Sentences written for these tests (not taken from any corpus): a cue with a short adjunct before a colon ("wrote
// on X: C", "put it bluntly: C") and a stance adjective of belief with or without "that" ("was confident (that) C").
const chain = (text: string, anchor: string): string[] => claimIn(text, anchor).attribution.map((l) => l.source);

describe('a cue, a short adjunct and a colon', () => {
  it('"wrote on X: C" and "said in a statement on Monday: C"', () => {
    assert.deepEqual(chain('Karim Haddad wrote on X: the dam will hold.', 'the dam will hold'), ['Karim Haddad']);
    assert.deepEqual(chain('The ministry said in a statement on Monday: the roads will reopen next week.', 'the roads will reopen'), ['The ministry']);
  });
  it('"put it bluntly: C"', () => {
    assert.deepEqual(chain('Karim Haddad put it bluntly: the dam will not hold.', 'the dam will not hold'), ['Karim Haddad']);
  });
  it('negative: a clause or a verb before the colon, and "put it" with no colon', () => {
    assert.deepEqual(chain('Karim Haddad wrote that the dam was old and added a list of repairs: pumps, gates and walls.', 'pumps, gates and walls'), ['Karim Haddad']);
    assert.deepEqual(chain('Workers put it on the truck before the storm arrived.', 'Workers put it on the truck'), []);
    assert.deepEqual(chain('Karim Haddad arrived in Tarsk on Monday: the town was empty.', 'the town was empty'), []);
  });
});

describe('a stance adjective of belief', () => {
  it('a singular subject with "that" and without it', () => {
    assert.deepEqual(chain('Karim Haddad was confident that the dam would hold.', 'the dam would hold'), ['Karim Haddad']);
    assert.deepEqual(chain('Karim Haddad was confident the dam would hold.', 'the dam would hold'), ['Karim Haddad']);
    assert.deepEqual(chain('Karim Haddad, however, is convinced the dam will hold.', 'the dam will hold'), ['Karim Haddad']);
  });
  it('negative: a prepositional object, and a stance word before a noun', () => {
    assert.deepEqual(chain('Karim Haddad was sure of victory in the vote.', 'sure of victory'), []);
    assert.deepEqual(chain('The climbers faced certain death on the ridge.', 'certain death'), []);
    assert.deepEqual(chain('Karim Haddad was confident on Monday.', 'confident on Monday'), []);
    // a time phrase after the adjective opens no clause, and "and" ends the scan for a verb
    assert.deepEqual(chain('The firm was confident this year and profits were up.', 'profits were up'), []);
    assert.deepEqual(chain('Residents were worried all night and the river was rising.', 'the river was rising'), []);
    assert.deepEqual(chain('Karim Haddad was confident this plan would work.', 'this plan would work'), ['Karim Haddad']);
  });
});

describe('"expected to" as a passive participle has no source of its own', () => {
  it('"is expected to" has none; "is widely expected to" only the unnamed many who expect it, never its subject', () => {
    assert.deepEqual(chain('The central bank is widely expected to raise rates next week.', 'raise rates next week'), ['unnamed']);
    assert.deepEqual(chain('The central bank is expected to raise rates next week.', 'raise rates next week'), []);
  });
  it('negative: an active intention keeps its subject', () => {
    assert.deepEqual(chain('The ministry expected to finish repairs by May.', 'finish repairs by May'), ['The ministry']);
    assert.deepEqual(chain('The ministry expects to finish repairs by May.', 'finish repairs by May'), ['The ministry']);
  });
});
