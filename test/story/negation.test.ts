// An event's negation read in its own clause, for merging events across reports. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { negatedHere } from '../../src/story/negation.js';

/** A NEGATIVE event whose trigger is the first occurrence of `trigger` in `text`. */
function neg(text: string, trigger: string): boolean {
  const start = text.indexOf(trigger);
  assert.ok(start >= 0, trigger);
  return negatedHere(text, { polarity: 'NEGATIVE', trigger: { start, end: start + trigger.length, text: trigger } });
}

test('negated in its own clause: a negator or a negating cue before the trigger, or in it', () => {
  assert.equal(neg('The company has not apologised to the families.', 'apologised'), true);
  assert.equal(neg('Officials said no one was killed in the blast.', 'killed'), true);
  assert.equal(neg('The minister refused to resign on Monday.', 'resign'), true);
  assert.equal(neg("The firm hasn't suspended its flights.", 'suspended'), true);
  assert.equal(neg('Rescuers never reached the village.', 'reached'), true);
  // a negating cue reaches into its complement clause, not past the sentence
  assert.equal(neg('The army denied that troops attacked the village.', 'attacked'), true);
  assert.equal(neg('The army denied the report. Troops attacked the village at dawn.', 'attacked'), false);
});

test('not negated: the negation is in another clause, or is the reporting verb itself', () => {
  // the main clause's negation does not reach the relative clause
  assert.equal(neg('OceanGate, which has suspended all operations, has not responded to the criticism.', 'suspended'), false);
  // a REJECT event's own trigger: the vote is told, not denied
  assert.equal(neg('On April 29, deputies from the ruling party rejected a motion by the opposition.', 'rejected'), false);
  assert.equal(neg('The police did not say why the men were arrested.', 'arrested'), false);
  // "not" in another word is no negator
  assert.equal(neg('Nothing remained after the notice; the company announced a recall.', 'recall'), false);
});

test('a POSITIVE event is never negated, whatever its clause says', () => {
  const text = 'The company has not apologised.';
  const start = text.indexOf('apologised');
  assert.equal(negatedHere(text, { polarity: 'POSITIVE', trigger: { start, end: start + 10, text: 'apologised' } }), false);
});
