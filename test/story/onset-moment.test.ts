// A count of a state pinned to the moment the event happened ("787 workers had been underground when the fire broke
// out", "767 workers were inside the mine when the fire started", "at the time") is one moment's figure whatever day
// each report gives it: two such figures that differ contradict each other, while readings of the state on different
// days (the workers still underground) are not compared. Reference dates 2014-05-13 to 2014-05-16.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { atOnset } from '../../src/story/build.js';
import { judgeQuantities, type Reading } from '../../src/story/values.js';

test('atOnset: "when the fire broke out", "at the time"; not a later moment or "at the time of writing"', () => {
  for (const s of [' workers had been underground when the fire broke out at around 3.10 p.m.', ' workers had been inside the mine when the fire started on Tuesday.',
    ' workers were underground at the time.', ' workers had been in the mine at the time of the fire.', ' people were on board when the ship capsized.'])
    assert.ok(atOnset(s), s);
  for (const s of [' workers were still underground on Friday.', ' people were missing at the time of writing.', ' workers got out alive.', ' when rescuers arrived.'])
    assert.ok(!atOnset(s), s);
  fc.assert(fc.property(fc.stringMatching(/^[a-z ]{0,40}$/), (s) => !/at the time|when /.test(s) ? !atOnset(s) : true));
});

test('atOnset: the figure\'s own clause must tell a state, and ends at the next figure or clause', () => {
  // an event of its own, not a state at the moment
  for (const s of [' people died when the boat capsized.', ' people were rescued after the boat capsized.', ' people died when the boat was hit.'])
    assert.ok(!atOnset(s), s);
  // the cue after another figure or clause is that figure's: "787 were in the mine, and 450 were rescued when …"
  for (const s of [' were in the mine, and 450 were rescued when the fire broke out.', ' were in the mine; 450 were underground when the fire broke out.',
    ' were in the mine and five were underground when the fire broke out.'])
    assert.ok(!atOnset(s), s);
  assert.ok(atOnset(' were rescued when the fire broke out.'));
  // property: a cue told after a comma and another figure never pins the first one
  fc.assert(fc.property(fc.integer({ min: 2, max: 5000 }), fc.constantFrom(' when the fire broke out.', ' at the time.', ' when the mine collapsed.'), (n, cue) =>
    atOnset(` workers were underground${cue}`) && !atOnset(` workers were in the mine, and ${n} were underground${cue}`)));
});

test('a figure a change started from stays an earlier figure even when both are of the moment of the event', () => {
  const prior = { ...r(812, '2014-05-14', true, 'a'), prior: true };
  assert.equal(judgeQuantities('workers', [prior, r(787, '2014-05-14', true, 'b')]).consistent, true);
  // two figures of the moment, neither a prior one, of the same day still contradict
  assert.equal(judgeQuantities('workers', [r(812, '2014-05-14', true, 'a'), r(787, '2014-05-14', true, 'b')]).consistent, false);
});

const r = (value: number, asOf: string, onset: boolean, doc: string): Reading => ({ value, unit: 'person', asOf, label: `${value}`, doc, voice: doc, ...(onset ? { atOnset: true } : {}) });

test('two figures of the moment of the fire, given on different days, contradict; readings of a state on different days do not', () => {
  assert.equal(judgeQuantities('workers', [r(787, '2014-05-13', true, 'a'), r(767, '2014-05-16', true, 'b')]).consistent, false);
  assert.equal(judgeQuantities('workers', [r(787, '2014-05-13', true, 'a'), r(787, '2014-05-16', true, 'b')]).consistent, true);
  // one of them a reading of the state on its day: not compared across days, as before
  assert.equal(judgeQuantities('workers', [r(787, '2014-05-13', true, 'a'), r(20, '2014-05-16', false, 'b')]).consistent, true);
  assert.equal(judgeQuantities('missing', [r(95, '2015-08-16', false, 'a'), r(70, '2015-08-17', false, 'b')]).consistent, true);
});
