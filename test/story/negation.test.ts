// An event's negation read in its own clause, for merging events across reports. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { negatedHere } from '../../src/story/negation.js';
import { story } from './helpers.js';

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

test('not negated: a negator inside an exception, or a cue whose complement ended before the trigger', () => {
  // the claims lexicon's negation exceptions, as the certainty engine reads them
  assert.equal(neg('Rescuers said no fewer than 14 miners were killed in the collapse.', 'killed'), false);
  assert.equal(neg('The ferry operator would no longer suspend crossings at night.', 'suspend'), false);
  assert.equal(neg('The hailstorm not only flooded the square but also cut power.', 'flooded'), false);
  // a cue or a negator is the first clause's; "and" with a new subject opens the second
  assert.equal(neg('Councillors rejected the budget on Tuesday and the mayor suspended the sitting.', 'suspended'), false);
  assert.equal(neg('Mediators failed to secure a truce and the militia shelled the port.', 'shelled'), false);
  assert.equal(neg('Nobody was hurt and three buildings were damaged.', 'damaged'), false);
  // … but a verb coordinated without a subject stays in the cue's or the negator's scope
  assert.equal(neg('The governor refused to apologise and resign.', 'resign'), true);
  assert.equal(neg('The driver did not stop and did not call for help.', 'call'), true);
  assert.equal(neg('The ministry dismissed reports that soldiers looted the market.', 'looted'), true);
});

test('a POSITIVE event is never negated, whatever its clause says', () => {
  const text = 'The company has not apologised.';
  const start = text.indexOf('apologised');
  assert.equal(negatedHere(text, { polarity: 'POSITIVE', trigger: { start, end: start + 10, text: 'apologised' } }), false);
});

test('a merged story event is negated when its members are in their own clause, not by the first report\'s claim', () => {
  const s = story([
    // the first report's claim is negative ("has not responded"), its suspension is told
    ['AAA', '2021-03-10', 'Brightwater Ferries, which has suspended all crossings to Kelmsey Island, has not responded to questions from reporters.'],
    ['BBB', '2021-03-10', 'Brightwater Ferries suspended all crossings to Kelmsey Island on Tuesday after a collision in the harbour.'],
    ['CCC', '2021-03-11', 'Brightwater Ferries has not suspended its crossings to Kelmsey Island, a spokesman said on Wednesday.'],
  ]);
  const sus = s.events.filter((e) => e.type === 'SUSPEND').map((e) => [e.documents.length, e.polarity]).sort();
  assert.deepEqual(sus, [[1, 'NEGATIVE'], [2, 'POSITIVE']], JSON.stringify(s.events));
});
