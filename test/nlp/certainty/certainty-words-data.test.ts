import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../../src/core/shared.js';
import { wordListsOf } from '../../../src/core/word-lists.js';
import * as C from '../../../src/nlp/certainty/lexicon.js';
import { claimIn } from './helpers.js';

// The certainty stage's own word lists are data (data/lexicon/certainty-words.json), not code.
const FILE = 'certainty-words.json';
const raw = JSON.parse(readFileSync(join(projectRoot, 'data', 'lexicon', FILE), 'utf8')) as Record<string, { _about?: string; words?: string[] }>;
const camel = (name: string): string => name.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

describe('certainty word lists as data', () => {
  it('every list the stage exports is read from the data file, in file order, and says what it is for', () => {
    const names = Object.keys(C);
    assert.ok(names.length >= 40, `only ${names.length} lists`);
    for (const name of names) {
      const entry = raw[camel(name)];
      assert.ok(entry && Array.isArray(entry.words), `${FILE} has no list ${camel(name)} for ${name}`);
      assert.ok((entry._about ?? '').length > 20, `${camel(name)} lacks its note`);
      assert.deepEqual([...(C as Record<string, readonly string[]>)[name]!], entry.words!.map((w) => w.toLowerCase()), name);
    }
    // no list in the file that nothing reads
    const read = new Set(names.map(camel));
    for (const key of Object.keys(raw)) if (key !== '_about') assert.ok(read.has(key), `${FILE}: list ${key} is read by nothing`);
    assert.doesNotThrow(() => wordListsOf(FILE, raw));
  });
  it('the lists still drive the stage: a file cue, a file phrase and a file-built pattern', () => {
    // UNKNOWN_EXTRA phrase with an adverb inside
    assert.equal(claimIn('It was not immediately clear what caused the blast.', 'caused the blast').certainty, 'UNKNOWN');
    // PROBABLE_EXTRA
    assert.equal(claimIn('The company is on track to grow 3% this year.', 'grow 3%').certainty, 'PROBABLE');
    // STATE_BOUND_PREPS: a future date after "until" bounds a present state
    assert.equal(claimIn('The bridge is closed until Friday.', 'closed until Friday').status, 'ONGOING');
    // negative: the same claim without a cue from the file
    assert.equal(claimIn('The company grew 3% last year.', 'grew 3%').certainty, 'CERTAIN');
  });
});
