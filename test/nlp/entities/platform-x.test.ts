// The platform X written as a bare capital letter: the cue words and the platforms it is listed with are data
// (data/lexicon/entities-platform-x-cues.txt, entities-social-platforms.txt). Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bySurface, names, run } from './run-entities.js';

const isX = (text: string): boolean => {
  const d = run(text);
  const e = bySurface(d, 'X');
  return e?.type === 'ORG';
};

test('X after a speech or posting word before "on" is the platform', () => {
  assert.ok(isX('The mayor of Ardel welcomed the decision on X, calling it overdue.'));
  assert.ok(isX('The health minister praised the nurses, saying on X that they had worked without rest.'));
  assert.ok(isX('In a post on X, the minister said he wanted an inquiry.'));
});

test('"on X that": reported speech after the platform', () => {
  assert.ok(isX('The governor announced on Friday on X that schools would reopen.'));
  assert.ok(isX('Officials hinted on X that the vote could slip.'));
});

test('X listed with another platform', () => {
  assert.ok(isX('Young people are organising on TikTok and X, the organisers told reporters.'));
  assert.ok(isX('The clip spread on X, Facebook and Instagram within hours.'));
  assert.ok(isX('X, formerly Twitter, removed the posts.'));
});

test('negative: a bare capital X elsewhere is no name', () => {
  for (const s of [
    'The film Malcolm X opened in 1992.',
    'Engineers focused on X and Y coordinates of the crater.',
    'Plan X was shelved in March, the council said.',
    'The company said Generation X buyers were returning.',
    'Voters in Ward X said the queue was long.',
  ]) {
    const d = run(s);
    const e = bySurface(d, 'X');
    assert.ok(!e || e.type !== 'ORG' || e.name !== 'X', `${s} → ${names(d)}`);
  }
});
