// Stop 28 (issue #7, stories): a participle or adjective that describes people in a noun phrase ("parents of the
// missing students on Tuesday staged a protest") recalls a state or harm; the sentence's time dates the clause's own
// verb, not it. Such a time set the reports of a missing state days apart at odds. Invented reports; dates pinned.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { story } from './helpers.js';
import { modifierTrigger } from '../../src/story/build.js';

const at = (text: string, word: string) => { const i = text.indexOf(word); return modifierTrigger(text, { start: i, end: i + word.length }); };

test('a modifier of people is told apart from a predicate or a noun', () => {
  assert.ok(at('Parents of the missing students on Tuesday staged a protest.', 'missing'));
  assert.ok(at('The injured workers were moved to Kano on Monday.', 'injured'));
  assert.ok(at('Police said 12 kidnapped boys were freed on Thursday.', 'kidnapped'));
  // a predicate or a verb: it keeps its time
  assert.ok(!at('Hundreds of students were missing on Saturday.', 'missing'));
  assert.ok(!at('Gunmen kidnapped 300 boys on Friday.', 'kidnapped'));
  assert.ok(!at('The workers injured on Monday were moved.', 'injured'));
  // a noun compound of an event: "the rescue operation on Tuesday" is the rescue's
  assert.ok(!at('The rescue operation on Tuesday freed 20 people.', 'rescue'));
  // a possessive after the noun: "the missing boys' parents" is still the boys; not a plain noun of people
  assert.ok(!at('The dead cattle were buried on Monday.', 'dead'));
});

test('a missing state is not dated by a later clause that names the missing', () => {
  const s = story([
    ['AAA', '2020-12-12', 'Gunmen attacked a school in Kankara late on Friday and hundreds of students were unaccounted for on Saturday, police said.'],
    ['BBB', '2020-12-16', 'The state news agency reports that parents of the missing students on Tuesday staged a protest at the school gate in Kankara, calling on the government to rescue their children.'],
  ]);
  const missing = s.events.filter((e) => e.type === 'MISSING').map((e) => e.id);
  const times = s.facts.filter((f) => f.attribute === 'time' && missing.includes(f.subject)).flatMap((f) => f.values.map((v) => String(v.value)));
  assert.deepEqual(times, ['2020-12-12']);
});

// Review: any plural in -s passed as people, so "the collapsed buildings" lost its sentence's date; the head must be a
// people noun of the quantity stage.
test('a modifier of things keeps its sentence\'s time', () => {
  assert.ok(!at('Rescuers searched the collapsed buildings on Monday.', 'collapsed'));
  assert.ok(!at('Water was pumped from the flooded areas on Tuesday.', 'flooded'));
  assert.ok(!at('Crews cleared the damaged roads on Friday.', 'damaged'));
  assert.ok(at('Rescuers reached the trapped miners on Monday.', 'trapped'));
  assert.ok(at('The injured crew were flown to Oslo on Monday.', 'injured'));
});
