import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newDoc } from '../../../src/nlp/doc.js';
import { runPipeline } from '../../../src/nlp/pipeline.js';

// Sentences written for this test. "welcome", "praise" and "criticize" are also attribution cues: the claim's
// polarity leaves out a negation of its cue ("did not welcome the decision" still asserts the decision), so the event
// the cue triggers must read that negation itself, as "did not salute" (no cue) does through its claim.
const polarityOf = (text: string, trigger: string, type: string): string | undefined => {
  const doc = runPipeline(newDoc({ id: 'negated-cue', text, language: 'en', publishedAt: '2024-03-06' }));
  const ev = doc.events.find((e) => e.type === type && e.trigger.text === trigger);
  assert.ok(ev, `no ${type} event on "${trigger}" in "${text}"`);
  return ev.polarity;
};

test('a negated verb that is also the claim\'s cue gives a NEGATIVE event; its plain form a POSITIVE one', () => {
  assert.equal(polarityOf('The minister welcomed the decision.', 'welcomed', 'PRAISE'), 'POSITIVE');
  assert.equal(polarityOf('The minister did not welcome the decision.', 'welcome', 'PRAISE'), 'NEGATIVE');
  assert.equal(polarityOf('The minister praised the report.', 'praised', 'PRAISE'), 'POSITIVE');
  assert.equal(polarityOf('The minister did not praise the report.', 'praise', 'PRAISE'), 'NEGATIVE');
  assert.equal(polarityOf("The minister didn't praise the report.", 'praise', 'PRAISE'), 'NEGATIVE');
  assert.equal(polarityOf('The minister criticized the report.', 'criticized', 'CRITICIZE'), 'POSITIVE');
  assert.equal(polarityOf('The minister did not criticize the report.', 'criticize', 'CRITICIZE'), 'NEGATIVE');
  assert.equal(polarityOf('The minister has never publicly criticized the army.', 'criticized', 'CRITICIZE'), 'NEGATIVE');
});

test('negations already read through the claim stay NEGATIVE, and their plain forms POSITIVE', () => {
  assert.equal(polarityOf('The minister saluted the troops.', 'saluted', 'PRAISE'), 'POSITIVE');
  assert.equal(polarityOf('The minister did not salute the troops.', 'salute', 'PRAISE'), 'NEGATIVE');
  assert.equal(polarityOf('The minister is willing to negotiate.', 'negotiate', 'NEGOTIATE'), 'POSITIVE');
  assert.equal(polarityOf('The minister is not willing to negotiate.', 'negotiate', 'NEGOTIATE'), 'NEGATIVE');
});
